import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.ts';
import { cleanHtmlTitle } from './extract-html.ts';

const page = `<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Näringslivsprogram - Åmåls kommun</title>
<style>.x{color:red}</style><script>var menu = "Näringsliv";</script></head>
<body>
<a href="#content" class="skip-link">Hoppa till huvudinnehåll</a>
<div id="cookie-banner" class="cookie-consent">Vi använder kakor. <button>Godkänn</button></div>
<header><div class="logo">Åmåls kommun</div><nav><ul><li><a href="/">Start</a></li><li><a href="/naringsliv">Näringsliv och arbete</a></li></ul></nav></header>
<div class="breadcrumbs"><a href="/">Start</a> / <a href="/naringsliv">Näringsliv</a></div>
<main id="content">
  <h1>Näringslivsprogram 2016–2020</h1>
  <p>Kommunfullmäktige antog näringslivsprogrammet
     i mars 2016.</p>
  <ul><li>Fler företag</li><li>Bättre företagsklimat</li></ul>
  <table><tr><td>Mål</td><td>Indikator</td></tr></table>
  <aside class="related">Relaterade sidor: Turism</aside>
</main>
<aside>Kontakta näringslivskontoret</aside>
<footer>Åmåls kommun, 662 80 Åmål. Telefon 0532-170 00</footer>
</body></html>`;

describe('extractDocument on HTML', () => {
  it('keeps only the main content', async () => {
    const doc = await extractDocument(Buffer.from(page, 'utf8'), { url: 'https://www.amal.se/naringsliv/program', contentType: 'text/html; charset=utf-8' });
    expect(doc.format).toBe('html');
    expect(doc.pageCount).toBe(1);
    expect(doc.title).toBe('Näringslivsprogram 2016–2020');
    const text = doc.pages[0]!;
    expect(text).toBe('Näringslivsprogram 2016–2020\n\nKommunfullmäktige antog näringslivsprogrammet i mars 2016.\n\nFler företag\nBättre företagsklimat\nMål Indikator');
    for (const noise of ['kakor', 'Hoppa', 'Start', 'Näringsliv och arbete', 'Relaterade', 'Kontakta', 'Telefon', 'var menu']) expect(text).not.toContain(noise);
  });

  it('falls back to the body without boilerplate when there is no main element', async () => {
    const html = '<html><head><title>Tillväxtstrategi | Falu kommun</title></head><body><nav class="menu">Meny Kommun och politik</nav><div class="page"><p>Tillväxtstrategin gäller tills vidare och beskriver hur Falun ska växa.</p></div><div class="site-footer">Falu kommun</div></body></html>';
    const doc = await extractDocument(Buffer.from(html), {});
    expect(doc.pages[0]).toBe('Tillväxtstrategin gäller tills vidare och beskriver hur Falun ska växa.');
    expect(doc.title).toBe('Tillväxtstrategi');
  });

  it('decodes windows-1252 declared in <meta>', async () => {
    const html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Företag</title></head><body><main><h1>Näringslivsstrategi för Härjedalen</h1><p>Åtgärder för företagsklimatet i Härjedalens kommun, med fokus på besöksnäring och hållbar tillväxt.</p></main></body></html>';
    const bytes = Buffer.from(html, 'latin1');
    expect(bytes.includes(0xe4)).toBe(true); // "ä" is one byte: this really is Latin-1
    const doc = await extractDocument(bytes, { contentType: 'text/html' });
    expect(doc.title).toBe('Näringslivsstrategi för Härjedalen');
    expect(doc.pages[0]).toContain('Åtgärder för företagsklimatet i Härjedalens kommun');
  });

  it('decodes windows-1252 from the Content-Type header, and survives a header that wrongly claims UTF-8', async () => {
    const html = '<html><body><p>Växjö kommuns näringslivsprogram – ”Tillsammans”</p></body></html>';
    const bytes = new Uint8Array(Buffer.from(new TextEncoder().encode('x')).length === 1 ? encode1252(html) : []);
    const declared = await extractDocument(bytes, { contentType: 'text/html; charset=windows-1252' });
    expect(declared.pages[0]).toBe('Växjö kommuns näringslivsprogram – ”Tillsammans”');
    const lying = await extractDocument(bytes, { contentType: 'text/html; charset=utf-8' });
    expect(lying.pages[0]).toBe('Växjö kommuns näringslivsprogram – ”Tillsammans”');
    expect(lying.warnings.join(' ')).toMatch(/not valid UTF-8/);
  });

  it('repairs mojibake in a page that was double-encoded', async () => {
    const html = '<html><body><p>NÃ¤ringslivsprogram fÃ¶r Ã…mÃ¥l</p></body></html>';
    const doc = await extractDocument(Buffer.from(html, 'utf8'), { contentType: 'text/html' });
    expect(doc.pages[0]).toBe('Näringslivsprogram för Åmål');
  });

  it('keeps accordion sections: their button headers become lines and collapsed panels are read', async () => {
    const html = `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Näringslivsstrategi</title></head><body>
<header><button aria-expanded="false" aria-controls="menu">Meny</button><nav id="menu" hidden><a href="/">Start</a></nav></header>
<div class="cookie-banner"><button>Godkänn</button></div>
<main><h1>Näringslivsstrategi 2024–2030</h1>
<h2 class="accordion-header"><button aria-expanded="false" aria-controls="p1">Vision</button></h2>
<div id="p1" hidden><p>Den bästa platsen för företag.</p></div>
<button class="accordion__toggle">Uppföljning</button>
<div class="accordion__panel" aria-hidden="true"><p>Strategin följs upp årligen.</p></div>
<div hidden><p>Dold ruta utan koppling.</p></div>
</main></body></html>`;
    const doc = await extractDocument(new TextEncoder().encode(html), { contentType: 'text/html' });
    const lines = doc.pages[0]!.split('\n').filter((l) => l.trim());
    expect(lines).toEqual(['Näringslivsstrategi 2024–2030', 'Vision', 'Den bästa platsen för företag.', 'Uppföljning', 'Strategin följs upp årligen.']);
  });

  it('strips municipality suffixes from <title>', () => {
    expect(cleanHtmlTitle('Näringslivsprogram - Åmåls kommun')).toBe('Näringslivsprogram');
    expect(cleanHtmlTitle('Tillväxt | Göteborgs Stad')).toBe('Tillväxt');
    expect(cleanHtmlTitle('Malung-Sälens kommun')).toBe('Malung-Sälens kommun');
    expect(cleanHtmlTitle('Strategi – Näringsliv – Region Gävleborg')).toBe('Strategi – Näringsliv');
  });
});

describe('extractDocument on plain text', () => {
  it('reads UTF-8 and falls back to windows-1252', async () => {
    const utf8 = await extractDocument(Buffer.from('Näringslivsprogram\n\nGäller 2016–2020.'), { fileName: 'program.txt' });
    expect(utf8).toMatchObject({ format: 'text', title: 'Näringslivsprogram', pages: ['Näringslivsprogram\n\nGäller 2016–2020.'] });
    const latin = await extractDocument(Buffer.from('Företagsklimat i Åmål', 'latin1'), { contentType: 'text/plain' });
    expect(latin.pages[0]).toBe('Företagsklimat i Åmål');
  });
});

/** windows-1252 bytes for text with – and ” (outside Latin-1). */
function encode1252(text: string): number[] {
  const extra: Record<string, number> = { '–': 0x96, '”': 0x94, '“': 0x93 };
  return [...text].map((c) => extra[c] ?? c.charCodeAt(0));
}

describe('an article header inside the main content', () => {
  it('keeps the article\'s h1 (WordPress "entry-header"), drops the site header', async () => {
    const html = `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Näringslivsprogram | Ånge kommun</title></head><body>
<header class="site-header"><a href="/">Ånge kommun</a></header>
<main id="main"><article><header class="entry-header"><h1 class="entry-title">Näringslivsprogram 2020–2023</h1></header>
<div class="entry-content"><p>Programmet antogs av kommunfullmäktige.</p></div></article></main></body></html>`;
    const doc = await extractDocument(new TextEncoder().encode(html), { contentType: 'text/html' });
    expect(doc.title).toBe('Näringslivsprogram 2020–2023');
    expect(doc.pages[0]).toContain('Näringslivsprogram 2020–2023');
    expect(doc.pages[0]).not.toContain('Ånge kommun');
  });
});
