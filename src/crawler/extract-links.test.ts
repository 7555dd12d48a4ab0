/** Tests for link extraction with anchor and context text. */
import { describe, expect, it } from 'vitest';
import { extractLinks } from './extract-links.ts';

describe('extractLinks', () => {
  it('resolves links, skips mailto/tel/javascript/fragments and keeps the heading as context', () => {
    const html = `<html><body>
      <h2>Näringslivsprogram 2016–2020</h2>
      <div><p>Programmet antogs av kommunfullmäktige. <a href="docs/program.pdf#page=2">Ladda ner</a></p></div>
      <a href="mailto:info@k.se">Mejla</a> <a href="tel:0101">Ring</a> <a href="javascript:void(0)">JS</a> <a href="#top">Upp</a>
      <map><area href="/karta" alt="Karta"></map>
      <a href="/start"><img src="logo.png" alt="Till startsidan"></a>
    </body></html>`;
    const links = extractLinks(html, 'https://k.se/naringsliv/');
    expect(links.map((link) => link.url)).toEqual(['https://k.se/naringsliv/docs/program.pdf', 'https://k.se/karta', 'https://k.se/start']);
    expect(links[0]?.anchor).toBe('Ladda ner');
    expect(links[0]?.context).toContain('Näringslivsprogram 2016–2020');
    expect(links[0]?.context).toContain('antogs av kommunfullmäktige');
    expect(links[1]?.anchor).toBe('Karta');
    expect(links[2]?.anchor).toBe('Till startsidan');
  });

  it('honours <base href> and merges duplicate links, keeping the longer anchor', () => {
    const html = '<html><head><base href="https://k.se/dokument/"></head><body><a href="a.pdf">PDF</a><a href="a.pdf">Tillväxtstrategi (PDF)</a></body></html>';
    expect(extractLinks(html, 'https://k.se/x/y')).toEqual([{ url: 'https://k.se/dokument/a.pdf', anchor: 'Tillväxtstrategi (PDF)', context: expect.any(String) }]);
  });

  it('names a link in a table cell by its whole row', () => {
    const html = '<table><tr><th>Dokument</th><th>År</th><th></th></tr><tr><td>Näringslivsstrategi 2022–2026</td><td>2024</td><td><a href="/dokument/visa?id=92">Här</a></td></tr></table>';
    const [link] = extractLinks(html, 'https://x.se/arkiv');
    expect(link?.context).toContain('Näringslivsstrategi 2022–2026');
  });
});
