import { afterAll, describe, expect, it } from 'vitest';
import { ExtractionError } from '../domain/index.ts';
import { renderPdf, type DocumentSpec } from '../simweb/render-documents.ts';
import { cleanMetadataTitle } from './extract-pdf.ts';
import { closeExtractPool, extractDocument, warmExtractPool } from './index.ts';

afterAll(() => closeExtractPool());

const program: DocumentSpec = {
  title: 'Näringslivsprogram 2016–2020',
  header: 'Näringslivsprogram 2016–2020',
  footer: 'Åmåls kommun',
  pages: [
    ['# Näringslivsprogram för Åmåls kommun', 'Programmet är antaget av kommunfullmäktige. Det nya närings-\nlivsprogrammet gäller 2016–2020 och tar sikte på ett bättre företagsklimat.'],
    ['# Regional samverkan', 'Programmet utgår från den regionala utvecklingsstrategin för Västra Götaland och samverkan inom Fyrbodal.'],
    ['# Handlingsplan', 'Varje år tas en aktivitetsplan fram tillsammans med näringslivsrådet. Hållbar utveckling och Agenda 2030 genomsyrar arbetet.'],
  ],
};

/** Page text with line breaks as spaces: PDF lines wrap mid-sentence. */
const flat = (text: string | undefined): string => (text ?? '').replace(/\s+/g, ' ');

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ExtractionError);
    return (error as ExtractionError).code;
  }
  throw new Error('expected an ExtractionError');
}

describe('extractDocument on PDF', () => {
  it('splits pages, keeps åäö, finds the title and joins hyphenated words', async () => {
    const doc = await extractDocument(await renderPdf(program), { url: 'https://www.amal.se/program.pdf', contentType: 'application/pdf' });
    expect(doc.format).toBe('pdf');
    expect(doc.pageCount).toBe(3);
    expect(doc.pages).toHaveLength(3);
    expect(doc.scanned).toBe(false);
    expect(doc.title).toBe('Näringslivsprogram 2016–2020');
    expect(flat(doc.pages[0])).toContain('antaget av kommunfullmäktige');
    expect(flat(doc.pages[0])).toContain('näringslivsprogrammet gäller 2016–2020');
    expect(flat(doc.pages[1])).toContain('regionala utvecklingsstrategin för Västra Götaland');
    expect(flat(doc.pages[2])).toContain('Hållbar utveckling och Agenda 2030');
    expect(doc.pages[2]).not.toContain('regionala');
  });

  it('keeps running headers and footers once, on page 1', async () => {
    const doc = await extractDocument(await renderPdf(program), {});
    expect(doc.pages[0]).toMatch(/^Näringslivsprogram 2016–2020/);
    expect(doc.pages[0]).toContain('Åmåls kommun Sida 1 av 3');
    for (const page of doc.pages.slice(1)) {
      expect(page).not.toContain('Åmåls kommun');
      expect(page).not.toContain('Sida');
      expect(page).not.toContain('Näringslivsprogram 2016–2020');
    }
    expect(doc.pages[1]!.split('\n')[0]).toBe('Regional samverkan');
  });

  it('takes the title from the big first heading when metadata has none', async () => {
    const doc = await extractDocument(await renderPdf({ ...program, header: undefined }, { metadataTitle: false }), {});
    expect(doc.title).toBe('Näringslivsprogram för Åmåls kommun');
  });

  it('sniffs a PDF served as text/html', async () => {
    const doc = await extractDocument(await renderPdf(program), { url: 'https://www.amal.se/sida', contentType: 'text/html; charset=utf-8' });
    expect(doc.format).toBe('pdf');
  });

  it('marks a PDF without a text layer as scanned, not as an error', async () => {
    const doc = await extractDocument(await renderPdf(program, { scanned: true }), {});
    expect(doc.scanned).toBe(true);
    expect(doc.pageCount).toBe(3);
    expect(doc.warnings.join(' ')).toMatch(/scanned, needs OCR/);
  });

  it('refuses an encrypted PDF', async () => {
    const bytes = await renderPdf(program, { userPassword: 'x' });
    expect(await codeOf(extractDocument(bytes, {}))).toBe('encrypted');
    await expect(extractDocument(bytes, {})).rejects.toThrow(/encrypted \(password protected\)/);
  });

  it('refuses zero bytes as empty', async () => {
    expect(await codeOf(extractDocument(new Uint8Array(0), { contentType: 'application/pdf' }))).toBe('empty');
  });

  it('refuses a truncated PDF as corrupt', async () => {
    const bytes = await renderPdf(program);
    expect(await codeOf(extractDocument(bytes.subarray(0, Math.floor(bytes.length / 2)), {}))).toBe('corrupt');
  });

  it('refuses garbage behind a PDF header as corrupt', async () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 2654435761) % 251);
    garbage.set(new TextEncoder().encode('%PDF-1.7\n'), 0);
    expect(await codeOf(extractDocument(garbage, {}))).toBe('corrupt');
  });

  it('refuses random binary labelled as PDF', async () => {
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919 + 17) % 256);
    expect(['corrupt', 'unsupported']).toContain(await codeOf(extractDocument(noise, { url: 'https://x.se/program.pdf' })));
    expect(['corrupt', 'unsupported']).toContain(await codeOf(extractDocument(noise, {})));
  });

  it('refuses input over maxBytes as too_large', async () => {
    const bytes = await renderPdf(program);
    expect(await codeOf(extractDocument(bytes, {}, { maxBytes: 1000 }))).toBe('too_large');
  });

  it('truncates at maxPages with a warning', async () => {
    const doc = await extractDocument(await renderPdf(program), {}, { maxPages: 2 });
    expect(doc.pageCount).toBe(3);
    expect(doc.pages).toHaveLength(2);
    expect(doc.warnings.join(' ')).toMatch(/truncated after 2 of 3 pages/);
  });

  it('truncates at maxTextChars with a warning', async () => {
    const doc = await extractDocument(await renderPdf(program), {}, { maxTextChars: 100 });
    expect(doc.pages.join('').length).toBeLessThanOrEqual(100);
    expect(doc.warnings.join(' ')).toMatch(/text truncated at 100 characters/);
  });

  it('stops a parse that runs past the timeout and keeps working afterwards', async () => {
    const big: DocumentSpec = { title: 'Lång', pages: Array.from({ length: 60 }, (_, i) => [`# Kapitel ${i + 1}`, 'Näringsliv och tillväxt. '.repeat(120)]) };
    const bytes = await renderPdf(big);
    expect(await codeOf(extractDocument(bytes, {}, { timeoutMs: 1 }))).toBe('timeout');
    const doc = await extractDocument(bytes, {});
    expect(doc.pageCount).toBe(60);
    expect(doc.pages[59]).toContain('Kapitel 60');
  });

  it('cleans authoring-tool noise from metadata titles', () => {
    expect(cleanMetadataTitle('Microsoft Word - Näringslivsprogram 2016.docx')).toBe('Näringslivsprogram 2016');
    expect(cleanMetadataTitle('Untitled')).toBeNull();
    expect(cleanMetadataTitle('  ')).toBeNull();
    expect(cleanMetadataTitle('Tillväxtprogram för Sundsvall')).toBe('Tillväxtprogram för Sundsvall');
  });

  it('extracts many PDFs concurrently through the warm pool', async () => {
    warmExtractPool();
    const bytes = await renderPdf(program);
    const docs = await Promise.all(Array.from({ length: 8 }, () => extractDocument(bytes, {})));
    expect(docs.every((d) => d.pages.length === 3 && flat(d.pages[2]).includes('Hållbar utveckling och Agenda 2030'))).toBe(true);
  });
});
