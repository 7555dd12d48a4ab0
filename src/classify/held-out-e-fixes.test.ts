/**
 * General rules added after the held-out corpus E (test/corpus-e): each case
 * is written anew here in other words and checks one rule, with a negative
 * twin where the rule could over-reach.
 */
import { describe, expect, it } from 'vitest';
import { classifyDocument } from './classify-document.ts';
import { extracted } from './document-factory.ts';
import { translateEnglish } from './english-glossary.ts';
import { flattenedTableHeader } from './action-plan.ts';
import { judgeWrittenWithBusiness } from './details.ts';
import { buildTextModel } from './text-model.ts';
import { findAdoption } from './adoption.ts';

describe('an adoption note broken over two lines of a narrow cover column', () => {
  const text = (dateLine: string) => `MOTALA KOMMUN                     Riktlinje
                                  Antagen av kommunfullmäktige
                                  ${dateLine}
Företagarpolicy för Motala kommun
Kommunen ska ge företagare ett snabbt och korrekt bemötande i alla ärenden.
Vi lovar att återkomma inom en arbetsdag och att samordna tillstånd.
Vi träffar företagarna minst tre gånger varje år för att höra vad de behöver.
Policyn följs upp av kommunstyrelsen vartannat år.`;

  it('counts as the policy\'s own note when the next line starts with the date', () => {
    const c = classifyDocument(extracted([text('2019-04-29, § 51')], { format: 'text' }));
    expect(c.isProgram).toBe(true);
    expect(c.validFrom).toBe(2019);
  });

  it('does not when the next line is ordinary text', () => {
    const c = classifyDocument(extracted([text('efter förslag från utredningen')], { format: 'text' }));
    expect(c.isProgram).toBe(false);
  });
});

describe('a program web page whose only news-like line is the site-wide "Senast uppdaterad"', () => {
  const page = (extra: string) => `Näringslivsprogram 2022–2025
Kommunfullmäktige antog den 14 mars 2022 ett näringslivsprogram för Vara kommun. Här kan du läsa programmet.
Prioriterade områden
Service till företag, mark för etableringar och kompetens till industrin och lantbruket i hela kommunen.
Samverkan i Skaraborg
Programmet ska ses tillsammans med det delregionala arbetet i Skaraborgs kommunalförbund kring etableringar.
Näringslivsprogram 2022–2025 (pdf, 800 kB)
${extra}`;

  it('is the program page', () => {
    const c = classifyDocument(extracted([page('Senast uppdaterad: 2 april 2022')], { format: 'html', title: 'Näringslivsprogram 2022–2025' }));
    expect(c.isProgram).toBe(true);
  });

  it('stays a pointer page when a real news mark is present', () => {
    const c = classifyDocument(extracted([page('Publicerad 2022-03-15. Dela artikeln')], { format: 'html', title: 'Näringslivsprogram 2022–2025' }));
    expect(c.isProgram).toBe(false);
  });
});

describe('English "adopted by the Municipal Council"', () => {
  it('translates without the article so the adoption note is read', () => {
    expect(translateEnglish('Adopted by the Municipal Council on 3 May 2021.')).toMatch(/^antagen av kommunfullmäktige/i);
  });
});

describe('an action-plan table flattened into long lines by the PDF text layer', () => {
  it('reads the header cells at the start of a long pipe-separated line', () => {
    expect(flattenedTableHeader('insats | ansvarig | klart senast starta företagarträffar | näringslivskontoret | 2024 ny webb | kommunikation')).toBe(true);
  });

  it('does not take an ordinary pipe-separated goal table for one', () => {
    expect(flattenedTableHeader('mål | indikator | målvärde 2030 fler jobb | antal förvärvsarbetande | +1 500')).toBe(false);
  });

  it('makes a program with such a section carry its action plan', () => {
    const text = `Näringslivsprogram för Skara kommun 2024–2028
Antaget av kommunfullmäktige 2024-02-19
Inledning
Skara ska vara en kommun där det är lätt att starta och driva företag, med bra service och mark för etableringar.
Mål
Fler företag ska starta och NKI för företagsärenden ska öka till 75 år 2028.
5 Handlingsplan
Insats | Ansvarig | Klart senast Företagslots för etableringar | Näringslivskontoret | 2024 Verksamhetsmark vid väg 49 | Samhällsbyggnad | 2025 Skola och industri möts | Bildningsförvaltningen | 2026`;
    const c = classifyDocument(extracted([text]));
    expect(c.isProgram).toBe(true);
    expect(c.actionPlan).toBe('included');
  });
});

describe('a document that says it rests on dialogue with business', () => {
  const doc = (sentence: string) => buildTextModel([`Handlingsprogram för näringslivet\n${sentence}`]);
  it('was written with business when the document is the subject', () => {
    expect(judgeWrittenWithBusiness(doc('Handlingsprogrammet bygger på dialog med företagarna i kommunen.')).value).toBe(true);
  });
  it('was not when the sentence describes the everyday working method', () => {
    expect(judgeWrittenWithBusiness(doc('Näringslivsarbetet bygger på dialog med företagarna i kommunen.')).value).toBe(false);
  });
});

describe('an adoption note as a participle sentence inside an opening paragraph', () => {
  const para = (note: string) => buildTextModel([`Näringslivsstrategi för Vaxholms stad 2023–2027. ${note} Strategin beskriver hur staden ska bli bättre på service till företag och på att ta emot nya etableringar i skärgården.`]);
  it('is read as the document\'s adoption', () => {
    const a = findAdoption(para('Antagen av kommunfullmäktige den 12 juni 2023.'));
    expect([a.adoptedBy, a.adoptedDate]).toEqual(['kommunfullmäktige', '2023-06-12']);
  });
  it('reads English dates through the glossary', () => {
    const a = findAdoption(buildTextModel([translateEnglish('Business Strategy for Vaxholm 2023–2027. Adopted by the Municipal Council on June 12, 2023. The strategy describes how the town will improve its service to businesses and welcome new companies.')]));
    expect([a.adoptedBy, a.adoptedDate]).toEqual(['kommunfullmäktige', '2023-06-12']);
  });
  it('is not read when the undated participle names no document', () => {
    expect(findAdoption(para('Beslutad i kommunstyrelsen att ändras vid behov.')).adoptedDate).toBeNull();
  });
});
