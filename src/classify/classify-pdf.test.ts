/**
 * End to end on real bytes: PDFs and DOCX rendered with pdfkit/docx, read by
 * the extraction stage, classified; evidence pages must point at the right
 * page, and explainClassification must show them.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { renderDocx, renderPdf } from '../simweb/render-documents.ts';
import type { DocumentSpec } from '../simweb/render-documents.ts';
import { closeExtractPool, extractDocument } from '../extract/index.ts';
import { classifyDocument } from './classify-document.ts';
import { explainClassification } from './explain.ts';

const spec: DocumentSpec = {
  title: 'Näringslivsprogram 2019–2022',
  header: 'Exempelby kommun – Näringslivsprogram',
  pages: [
    ['# Näringslivsprogram 2019–2022', 'Exempelby kommun', 'Antagen av kommunfullmäktige 2019-03-18, § 27'],
    [
      '# Inledning',
      'Programmet har tagits fram i dialog med näringslivet. Under hösten genomfördes workshops med företagare i alla kommundelar.',
      '# Koppling till andra styrdokument',
      'Näringslivsprogrammet utgår från den regionala utvecklingsstrategin och bidrar till dess mål om fler och växande företag.',
    ],
    [
      '# Hållbar utveckling',
      'Hållbarhet är ett genomgående perspektiv i programmet. Vi bidrar till Agenda 2030, särskilt mål 8 och mål 9.',
      '# Mål',
      'Kommunen ska nå topp 100 i Svenskt Näringslivs ranking av företagsklimatet senast 2022.',
    ],
    [
      '# Handlingsplan',
      'Aktivitet Ansvarig Klart',
      'Företagsbesök med politiker Näringslivsenheten Q2 2019',
      'Etableringsguide Kommunikationsenheten Q4 2019',
      'Frukostmöten för företagare Näringslivsenheten Löpande',
    ],
  ],
};

afterAll(async () => {
  await closeExtractPool();
});

describe('classify real documents', () => {
  it('PDF: every judgement with evidence on the right page', async () => {
    const doc = await extractDocument(await renderPdf(spec), { fileName: 'naringslivsprogram.pdf', contentType: 'application/pdf' });
    const c = classifyDocument(doc, { year: 2020 });
    expect(c.isProgram).toBe(true);
    expect(c.programType).toBe('business');
    expect(c.title).toBe('Näringslivsprogram 2019–2022');
    expect([c.validFrom, c.validTo]).toEqual([2019, 2022]);
    expect(c.regionalLink).toBe('rus');
    expect(c.actionPlan).toBe('included');
    expect(c.sustainability).toBe(true);
    expect(c.details.adoptedBy).toBe('kommunfullmäktige');
    expect(c.details.writtenWithBusiness).toBe(true);
    expect(c.details.agenda2030.goals).toEqual([8, 9]);
    const page = (aspect: string): number | undefined => c.evidence.find((e) => e.aspect === aspect)?.page;
    expect(page('adoption')).toBe(1);
    expect(page('businessParticipation')).toBe(2);
    expect(page('regionalLink')).toBe(2);
    expect(page('sustainability')).toBe(3);
    expect(page('actionPlan')).toBe(4);
    for (const e of c.evidence) expect(e.quote.length).toBeLessThanOrEqual(300);
    const text = explainClassification(c);
    expect(text).toContain('Regional koppling: rus');
    expect(text).toMatch(/s\. 2: ".*regionala utvecklingsstrategin/);
    expect(text).toContain('Handlingsplan: included');
  });

  it('DOCX gives the same judgements', async () => {
    const doc = await extractDocument(await renderDocx(spec), { fileName: 'naringslivsprogram.docx' });
    const c = classifyDocument(doc);
    expect(c.isProgram).toBe(true);
    expect(c.programType).toBe('business');
    expect([c.validFrom, c.validTo]).toEqual([2019, 2022]);
    expect(c.regionalLink).toBe('rus');
    expect(c.actionPlan).toBe('included');
    expect(c.sustainability).toBe(true);
  });

  it('a scanned PDF without text layer is not a program and asks for review of OCR', async () => {
    const doc = await extractDocument(await renderPdf(spec, { scanned: true }), { fileName: 'scan.pdf' });
    const c = classifyDocument(doc);
    expect(c.isProgram).toBe(false);
    expect(c.reviewReasons.join(' ')).toMatch(/OCR/);
  });
});
