import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx, renderPdf } from '../simweb/render-documents.ts';
import { sniffKind } from './sniff-kind.ts';

const spec = { title: 'Näringslivsprogram', pages: [['Text.']] };

describe('sniffKind', () => {
  it('trusts magic bytes over a lying Content-Type', async () => {
    expect(sniffKind(await renderPdf(spec), 'text/html; charset=utf-8', 'https://x.se/sida.html')).toBe('pdf');
    expect(sniffKind(await renderDocx(spec), 'application/octet-stream', null)).toBe('docx');
    expect(sniffKind(strToU8('<!DOCTYPE html><html><body>x</body></html>'), 'application/pdf', 'https://x.se/a.pdf')).toBe('html');
  });

  it('finds %PDF after leading junk', () => {
    expect(sniffKind(strToU8('\r\n   %PDF-1.4\n...'), null, null)).toBe('pdf');
  });

  it('treats a ZIP without word/document.xml as other', () => {
    const zip = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') });
    expect(sniffKind(zip, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'a.docx')).toBe('other');
  });

  it('recognises HTML without a doctype and text by label or extension', () => {
    expect(sniffKind(strToU8('\n  <html lang="sv"><head><title>x</title></head></html>'), null, null)).toBe('html');
    expect(sniffKind(strToU8('<p>Fragment</p>'), 'text/html', null)).toBe('html');
    expect(sniffKind(strToU8('Näringslivsprogram\nText'), 'text/plain', null)).toBe('text');
    expect(sniffKind(strToU8('Näringslivsprogram\nText'), null, 'notes.txt')).toBe('text');
  });

  it('calls binary noise and images other', () => {
    const noise = new Uint8Array(2048).map((_, i) => (i * 7919 + 13) % 256);
    expect(sniffKind(noise, null, null)).toBe('other');
    expect(sniffKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'text/html', null)).toBe('other');
  });
});
