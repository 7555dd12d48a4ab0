/** Tests for link scoring: program links must outrank the noise of a municipal site. */
import { describe, expect, it } from 'vitest';
import { isPaginationLink, scoreLink } from './score-link.ts';

const link = (url: string, anchor = '', context = '') => ({ url, anchor, context });

describe('scoreLink', () => {
  it('ranks näringsliv/program links above news, events and login', () => {
    const program = scoreLink(link('https://k.se/naringsliv/naringslivsprogram', 'Näringslivsprogram'), 2);
    const news = scoreLink(link('https://k.se/nyheter/2019/ny-lekplats', 'Ny lekplats invigd'), 2);
    const events = scoreLink(link('https://k.se/evenemang', 'Evenemang'), 1);
    const login = scoreLink(link('https://k.se/logga-in', 'Logga in'), 1);
    expect(program).toBeGreaterThan(news);
    expect(news).toBeGreaterThan(events);
    expect(events).toBeGreaterThan(login);
  });

  it('reads ascii, Swedish and percent-encoded spellings alike', () => {
    const ascii = scoreLink(link('https://k.se/naringsliv'), 1);
    const encoded = scoreLink(link('https://k.se/n%C3%A4ringsliv'), 1);
    const swedish = scoreLink(link('https://k.se/x', 'Näringsliv'), 1);
    expect(ascii).toBeGreaterThan(10);
    expect(encoded).toBe(ascii);
    expect(swedish).toBe(ascii);
  });

  it('boosts documents, most when the anchor names a program', () => {
    const plainPdf = scoreLink(link('https://k.se/download/18.1/protokoll.pdf', 'Protokoll'), 3);
    const programPdf = scoreLink(link('https://k.se/download/18.1/file.pdf', 'Tillväxtstrategi 2018–2025'), 3);
    const page = scoreLink(link('https://k.se/protokoll', 'Protokoll'), 3);
    expect(plainPdf).toBeGreaterThan(page);
    expect(programPdf).toBeGreaterThan(plainPdf + 30);
  });

  it('uses nearby text when the anchor says nothing', () => {
    const withContext = scoreLink(link('https://k.se/download/18.1/a.pdf', 'Läs mer', 'Näringslivsstrategi för Kommunen'), 2);
    const without = scoreLink(link('https://k.se/download/18.1/a.pdf', 'Läs mer', 'Badplatser i sommar'), 2);
    expect(withContext).toBeGreaterThan(without);
  });

  it('skips images, archives and media, and penalises depth', () => {
    expect(scoreLink(link('https://k.se/bild.jpg'), 1)).toBe(Number.NEGATIVE_INFINITY);
    expect(scoreLink(link('https://k.se/film.MP4'), 1)).toBe(Number.NEGATIVE_INFINITY);
    expect(scoreLink(link('https://k.se/paket.zip'), 1)).toBe(Number.NEGATIVE_INFINITY);
    expect(scoreLink(link('https://k.se/styrdokument'), 1)).toBeGreaterThan(scoreLink(link('https://k.se/styrdokument'), 4));
  });

  it('recognises the next page of the same list', () => {
    expect(isPaginationLink(link('https://k.se/nyheter/sida-2/', 'Nästa sida'), 'https://k.se/nyheter/')).toBe(true);
    expect(isPaginationLink(link('https://k.se/nyheter?page=3', '3'), 'https://k.se/nyheter')).toBe(true);
    expect(isPaginationLink(link('https://k.se/aktuellt/arkiv', 'Äldre nyheter'), 'https://k.se/aktuellt/')).toBe(true);
    expect(isPaginationLink(link('https://k.se/kalender/2031', 'Nästa'), 'https://k.se/nyheter/')).toBe(false);
    expect(isPaginationLink(link('https://k.se/nyheter/sida-2/', 'Läs mer'), 'https://k.se/nyheter/')).toBe(false);
  });
});

describe('an A–Ö register of governing documents', () => {
  const letter = (l: string) => scoreLink({ url: `https://x.se/styrdokument?letter=${l}`, anchor: l, context: 'Styrdokument A–Ö' }, 2);
  it('ranks N and T (näringsliv, tillväxt) above the other letters', () => {
    expect(letter('N')).toBeGreaterThan(letter('A'));
    expect(letter('T')).toBeGreaterThan(letter('B'));
    expect(letter('N')).toBeGreaterThan(letter('S'));
  });
  it('reads a one-letter path as a register too, and leaves a one-letter anchor elsewhere alone', () => {
    expect(scoreLink({ url: 'https://x.se/om-kommunen/n', anchor: 'N', context: '' }, 2)).toBeGreaterThan(scoreLink({ url: 'https://x.se/om-kommunen/a', anchor: 'A', context: '' }, 2));
    expect(scoreLink({ url: 'https://x.se/nyheter/artikel-12', anchor: 'N', context: '' }, 2)).toBe(scoreLink({ url: 'https://x.se/nyheter/artikel-12', anchor: 'A', context: '' }, 2));
  });
});

describe('the central office as a way to the business unit', () => {
  it('ranks "Kommunledningsförvaltningen" above other departments', () => {
    const dept = (slug: string, anchor: string) => scoreLink({ url: `https://x.se/kommunen/organisation/${slug}/`, anchor, context: 'Förvaltningar' }, 3);
    expect(dept('kommunledningsforvaltningen', 'Kommunledningsförvaltningen')).toBeGreaterThan(dept('socialforvaltningen', 'Socialförvaltningen'));
    expect(dept('kommunledningskontoret', 'Kommunledningskontoret')).toBeGreaterThan(dept('barn-och-utbildning', 'Barn- och utbildningsförvaltningen'));
  });
});

describe('document links without a file extension', () => {
  it('a download handler is scored as a document, named by the text around it', () => {
    const handler = scoreLink({ url: 'https://x.se/dokument/visa?id=92&download=1', anchor: 'Här', context: 'Näringslivsstrategi 2022–2026 2024 Här' }, 3);
    const page = scoreLink({ url: 'https://x.se/om-kommunen/visa?id=92', anchor: 'Här', context: 'Kontakta oss 2024 Här' }, 3);
    expect(handler).toBeGreaterThan(page + 30);
  });
  it('"Ladda ner (pdf, 1 MB)" on a file.ashx link is a document', () => {
    expect(scoreLink({ url: 'https://x.se/file.ashx?id=1187', anchor: 'Ladda ner (pdf, 1 MB)', context: 'Näringslivsenheten Strategi' }, 4))
      .toBeGreaterThan(scoreLink({ url: 'https://x.se/kontakt.ashx?id=1187', anchor: 'Ladda ner', context: 'Näringslivsenheten' }, 4));
  });
});

describe('an English business section', () => {
  it('ranks "Business development programme (pdf)" as a business document and "Business" above other English pages', () => {
    expect(scoreLink({ url: 'https://x.se/download/18.5f/159/Naringslivsprogram.pdf', anchor: 'Business development programme 2020–2025 (in Swedish, pdf)', context: '' }, 4))
      .toBeGreaterThan(scoreLink({ url: 'https://x.se/download/18.5f/159/Kostpolicy.pdf', anchor: 'Food policy (pdf)', context: '' }, 4) + 30);
    expect(scoreLink({ url: 'https://x.se/en/business/', anchor: 'Business', context: '' }, 2)).toBeGreaterThan(scoreLink({ url: 'https://x.se/en/visit/', anchor: 'Visit', context: '' }, 2));
  });
});
