/** DOCX headers and footers reach the text: adoption notes often live there. */
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../simweb/render-documents.ts';
import { extractDocument } from './index.ts';

describe('DOCX headers and footers', () => {
  it('puts header and footer text once around page 1', async () => {
    const bytes = await renderDocx({
      title: 'Näringslivsprogram',
      header: 'Testby kommun · Näringslivsprogram',
      footer: 'Antaget av kommunfullmäktige 2019-04-23 § 41. Gäller 2019–2022.',
      pages: [['# Inledning', 'Programmet beskriver kommunens näringslivsarbete.'], ['# Mål', 'Fler företag.']],
    });
    const doc = await extractDocument(bytes, { fileName: 'program.docx' });
    expect(doc.pages[0]).toMatch(/^Testby kommun · Näringslivsprogram/);
    expect(doc.pages[0]).toContain('Antaget av kommunfullmäktige 2019-04-23 § 41. Gäller 2019–2022.');
    expect(doc.pages.join('\n').match(/Antaget av kommunfullmäktige/g)).toHaveLength(1);
    expect(doc.pages[1]).not.toContain('Antaget');
  });

  it('leaves documents without headers as they were', async () => {
    const bytes = await renderDocx({ title: 'Kulturplan', pages: [['Kulturplan för Testby']] });
    const doc = await extractDocument(bytes, { fileName: 'plan.docx' });
    expect(doc.pages[0]?.split('\n')[0]).toBe('Kulturplan');
  });
});
