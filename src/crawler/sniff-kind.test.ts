/** Tests for kind sniffing on real PDF and DOCX bytes. */
import { describe, expect, it } from 'vitest';
import { renderDocx, renderPdf } from '../simweb/render-documents.ts';
import { sniffKind } from './sniff-kind.ts';

const spec = { title: 'Näringslivsprogram', pages: [['# Inledning', 'Kommunens näringslivsprogram 2016–2020.']] };

describe('sniffKind', () => {
  it('trusts magic bytes over a lying Content-Type', async () => {
    const pdf = await renderPdf(spec);
    const docx = await renderDocx(spec);
    expect(sniffKind(pdf, 'https://k.se/download/18.1/fil', 'application/octet-stream')).toBe('pdf');
    expect(sniffKind(pdf, 'https://k.se/a.html', 'text/html')).toBe('pdf');
    expect(sniffKind(docx, 'https://k.se/download/fil', 'application/octet-stream')).toBe('docx');
  });

  it('recognises HTML, plain text and other zips', () => {
    const enc = (text: string) => new TextEncoder().encode(text);
    expect(sniffKind(enc('\uFEFF  <!DOCTYPE html><html></html>'), 'https://k.se/x.pdf', 'application/pdf')).toBe('html');
    expect(sniffKind(enc('hej'), 'https://k.se/a.txt', 'text/plain; charset=utf-8')).toBe('text');
    expect(sniffKind(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), 'https://k.se/a.zip', 'application/zip')).toBe('other');
  });
});
