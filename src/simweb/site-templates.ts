/**
 * URL schemes of the CMSs Swedish municipalities run: SiteVision
 * (/download/18.x/…), EPiServer (/globalassets/…, /contentassets/…),
 * Drupal (/sites/default/files/…) and WordPress (/wp-content/uploads/…).
 * Paths are returned decoded (åäö and spaces raw); the server and HTML
 * renderer percent-encode them.
 */
import type { Rng } from './prng.ts';
import type { SiteTemplateName } from './sim-types.ts';

/** ASCII slug as CMSs make them: "Näringsliv och arbete" → "naringsliv-och-arbete". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/é/g, 'e')
    .replace(/&/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export type FileNaming = 'ascii-dash' | 'raw-swedish' | 'lower-underscore' | 'dnr';

/** File name for a document title in the site's naming habit. */
export function fileName(title: string, ext: string, naming: FileNaming, rng: Rng): string {
  switch (naming) {
    case 'ascii-dash': {
      const s = slugify(title).split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1));
      return `${s.join('-')}.${ext}`;
    }
    case 'raw-swedish':
      return `${title.replace(/[/:?#%"]/g, ' ').replace(/\s+/g, ' ').trim()}.${ext}`;
    case 'lower-underscore':
      return `${slugify(title).replace(/-/g, '_')}.${ext}`;
    case 'dnr':
      return `KS-20${rng.int(10, 19)}-${rng.int(10, 999)}-${slugify(title)}.${ext}`;
  }
}

function hex(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(rng.int(0, 15));
  return s;
}

export interface Template {
  name: SiteTemplateName;
  sectionPath(sectionSlug: string): string;
  pagePath(sectionSlug: string, pageSlug: string): string;
  docPath(file: string, year: number, rng: Rng): string;
  newsPath(isoDate: string, slug: string): string;
  newsArchivePath: string;
  startPath: string;
  searchPath: string;
  calendarPath: string;
}

export function templateFor(name: SiteTemplateName, rng: Rng): Template {
  const siteId = rng.int(10, 99);
  switch (name) {
    case 'sitevision':
      return {
        name,
        sectionPath: (s) => `/${s}.html`,
        pagePath: (s, p) => `/${s}/${p}.html`,
        docPath: (file) => `/download/18.${hex(rng, 5)}${siteId}${hex(rng, 10)}/${rng.int(1400000000000, 1520000000000)}/${file}`,
        newsPath: (d, slug) => `/nyheter/nyhetsarkiv/${d.slice(0, 7)}/${slug}.html`,
        newsArchivePath: '/nyheter.html',
        startPath: rng.chance(0.5) ? '/start.html' : '/',
        searchPath: '/sok.html',
        calendarPath: '/evenemangskalender.html',
      };
    case 'episerver':
      return {
        name,
        sectionPath: (s) => `/${s}/`,
        pagePath: (s, p) => `/${s}/${p}/`,
        docPath: (file, _year, r) =>
          r.chance(0.6) ? `/globalassets/dokument/${r.pick(['kommun-och-politik/styrdokument', 'naringsliv', 'dokument-och-blanketter', 'styrdokument'])}/${file}` : `/contentassets/${hex(r, 32)}/${file}`,
        newsPath: (d, slug) => `/nyheter/${d.slice(0, 4)}/${slug}/`,
        newsArchivePath: '/nyheter/',
        startPath: rng.chance(0.4) ? '/start/' : '/',
        searchPath: '/sok/',
        calendarPath: '/evenemang/kalender/',
      };
    case 'drupal':
      return {
        name,
        sectionPath: (s) => `/${s}`,
        pagePath: (s, p) => `/${s}/${p}`,
        docPath: (file, year, r) => (r.chance(0.7) ? `/sites/default/files/${year}-${String(r.int(1, 12)).padStart(2, '0')}/${file}` : `/sites/default/files/dokument/${file}`),
        newsPath: (d, slug) => `/nyheter/${slug}`,
        newsArchivePath: '/nyheter',
        startPath: '/',
        searchPath: '/search',
        calendarPath: '/kalender',
      };
    case 'wordpress':
      return {
        name,
        sectionPath: (s) => `/${s}/`,
        pagePath: (s, p) => `/${s}/${p}/`,
        docPath: (file, year, r) => `/wp-content/uploads/${year}/${String(r.int(1, 12)).padStart(2, '0')}/${file}`,
        newsPath: (d, slug) => `/${d.slice(0, 4)}/${d.slice(5, 7)}/${slug}/`,
        newsArchivePath: '/nyheter/',
        startPath: '/',
        searchPath: '/sok/',
        calendarPath: '/evenemang/',
      };
  }
}
