/** A period that only the file name gives is used, with low confidence and a review flag. */
import { describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../domain/index.ts';
import { classifyDocument } from './index.ts';
import { periodFromFileName } from './validity.ts';

function doc(pages: string[]): ExtractedDocument {
  return { format: 'pdf', pages, title: null, scanned: false, pageCount: pages.length, warnings: [] };
}

const text = [
  'Näringslivsprogram för Sala kommun\n\nAntaget av kommunfullmäktige.\n\nVision\nSala ska vara en kommun där det är lätt att starta och driva företag.\n\nMål\nFler företag ska starta i kommunen varje år och företagsklimatet ska förbättras.\n\nInsatsområden\nFöretagsklimat, etablering, kompetensförsörjning och entreprenörskap.\n\nUppföljning\nKommunstyrelsen följer upp programmet varje år.',
];

describe('period from the file name', () => {
  it('reads ranges in file names and URLs, nothing else', () => {
    expect(periodFromFileName('https://k.se/dokument/Naringslivsprogram_2019-2023.pdf')).toMatchObject({ validFrom: 2019, validTo: 2023, confidence: 0.5 });
    expect(periodFromFileName('/tmp/N%C3%A4ringslivsprogram%202019%E2%80%932023.pdf')).toMatchObject({ validFrom: 2019, validTo: 2023 });
    expect(periodFromFileName('https://k.se/2019-2023/naringslivsprogram.pdf')).toBeNull(); // a folder, not the file
    expect(periodFromFileName('https://k.se/program-2023-2019.pdf')).toBeNull();
    expect(periodFromFileName('https://k.se/18.2019123412345/program.pdf')).toBeNull();
    expect(periodFromFileName(null)).toBeNull();
  });

  it('is used only when the text names no period, and then sends the document to review', () => {
    const fromName = classifyDocument(doc(text), { url: 'https://sala.se/download/Naringslivsprogram_2019-2023.pdf' });
    expect(fromName).toMatchObject({ isProgram: true, validFrom: 2019, validTo: 2023, needsReview: true });
    expect(fromName.reviewReasons.join(' ')).toMatch(/filnamnet/);
    const fromText = classifyDocument(doc([text[0]!.replace('Antaget av kommunfullmäktige.', 'Programmet gäller 2016–2020.')]), { url: 'https://sala.se/Naringslivsprogram_2019-2023.pdf' });
    expect(fromText).toMatchObject({ validFrom: 2016, validTo: 2020 });
  });
});
