import { Document, Packer, PageBreak, Paragraph, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDocxBomb } from '../../test/fixtures/documents/build-zip-bomb.ts';
import { ExtractionError } from '../domain/index.ts';
import { renderDocx, type DocumentSpec } from '../simweb/render-documents.ts';
import { closeExtractPool, extractDocument } from './index.ts';

afterAll(() => closeExtractPool());

const spec: DocumentSpec = {
  title: 'Tillväxtstrategi för Malung-Sälens kommun 2018–2022',
  header: 'Malung-Sälens kommun',
  footer: 'Tillväxtstrategi',
  pages: [
    ['# Inledning', 'Strategin är framtagen tillsammans med det lokala näringslivet och antagen av kommunfullmäktige.'],
    ['# Mål', 'Fler arbetstillfällen i Sälenfjällen och ett starkare företagsklimat.'],
    ['# Handlingsplan', 'Aktiviteterna följs upp årligen. Hållbar utveckling är ett genomgående perspektiv.'],
  ],
};

async function codeOf(promise: Promise<unknown>): Promise<ExtractionError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ExtractionError);
    return error as ExtractionError;
  }
  throw new Error('expected an ExtractionError');
}

describe('extractDocument on DOCX', () => {
  it('reads text, title and pages split at page breaks', async () => {
    const doc = await extractDocument(await renderDocx(spec), { fileName: 'strategi.docx' });
    expect(doc.format).toBe('docx');
    expect(doc.title).toBe('Tillväxtstrategi för Malung-Sälens kommun 2018–2022');
    expect(doc.pageCount).toBe(3);
    expect(doc.pages[0]).toContain('framtagen tillsammans med det lokala näringslivet');
    expect(doc.pages[1]).toMatch(/^Mål\n/);
    expect(doc.pages[1]).toContain('Sälenfjällen');
    expect(doc.pages[2]).toContain('Hållbar utveckling');
    // Headers and footers live in their own parts: they reach the text once, around page 1 only.
    expect(doc.pages[0]?.split('\n')[0]).toBe('Malung-Sälens kommun');
    expect(doc.pages.slice(1).join('\n')).not.toContain('Malung-Sälens kommun\n');
  });

  it('splits at explicit <w:br w:type="page"/> breaks', async () => {
    const document = new Document({
      sections: [{ children: [new Paragraph({ children: [new TextRun('Första sidan om näringsliv.'), new PageBreak(), new TextRun('Andra sidan om tillväxt.')] })] }],
    });
    const doc = await extractDocument(new Uint8Array(await Packer.toBuffer(document)), {});
    expect(doc.pages).toEqual(['Första sidan om näringsliv.', 'Andra sidan om tillväxt.']);
  });

  it('truncates at maxPages with a warning', async () => {
    const doc = await extractDocument(await renderDocx(spec), {}, { maxPages: 1 });
    expect(doc.pages).toHaveLength(1);
    expect(doc.pageCount).toBe(3);
    expect(doc.warnings.join(' ')).toMatch(/truncated after 1 of 3 pages/);
  });

  it('refuses a bomb that declares its 300 MB honestly, from the directory alone', async () => {
    const bomb = buildDocxBomb(300 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(3 * 1024 * 1024);
    const error = await codeOf(extractDocument(bomb, { fileName: 'bomb.docx' }));
    expect(error.code).toBe('zip_bomb');
    expect(error.message).toMatch(/word\/document\.xml would inflate \d+:1/);
  });

  it('refuses a bomb whose directory lies about the size, stopping inflation at the declared size', async () => {
    const bomb = buildDocxBomb(300 * 1024 * 1024, 20_000);
    const error = await codeOf(extractDocument(bomb, { fileName: 'bomb.docx' }));
    expect(error.code).toBe('zip_bomb');
    expect(error.message).toMatch(/inflates beyond its declared 20000 bytes/);
  });

  it('refuses more declared output than maxDecompressedBytes', async () => {
    const bomb = buildDocxBomb(2 * 1024 * 1024);
    expect((await codeOf(extractDocument(bomb, {}, { maxDecompressedBytes: 1024 * 1024 }))).code).toBe('zip_bomb');
  });

  it('refuses an archive with thousands of entries', async () => {
    const files: Record<string, Uint8Array> = { 'word/document.xml': strToU8('<w:document/>') };
    for (let i = 0; i < 6000; i++) files[`word/media/x${i}.xml`] = strToU8('x');
    const error = await codeOf(extractDocument(zipSync(files, { level: 0 }), {}));
    expect(error.code).toBe('zip_bomb');
    expect(error.message).toMatch(/6001 entries/);
  });

  it('refuses a ZIP that is not a Word document as unsupported', async () => {
    const zip = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') });
    expect((await codeOf(extractDocument(zip, { fileName: 'budget.xlsx' }))).code).toBe('unsupported');
  });

  it('refuses a truncated DOCX as corrupt', async () => {
    const bytes = await renderDocx(spec);
    expect((await codeOf(extractDocument(bytes.subarray(0, Math.floor(bytes.length * 0.6)), { fileName: 'a.docx' }))).code).toBe('corrupt');
  });

  it('refuses a password-protected DOCX (OLE container with EncryptedPackage) as encrypted', async () => {
    // Minimal stand-in for Office encryption: OLE magic plus the EncryptedPackage stream name.
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
    ole.set(Buffer.from('EncryptedPackage', 'utf16le'), 512);
    const error = await codeOf(extractDocument(ole, { fileName: 'program.docx' }));
    expect(error.code).toBe('encrypted');
    expect(error.message).toMatch(/password protected/);
  });
});
