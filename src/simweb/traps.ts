/**
 * Infinite URL spaces real sites have: an event calendar with endless
 * next-month links, a search page with endless query strings, and a
 * relative-link bug that nests paths without end. A polite crawler bounds
 * them; these pages exist only when asked for.
 */
import { createRng, hashSeed } from './prng.ts';
import type { LinkSpec, PageSpec, SimSite } from './sim-types.ts';

function monthShift(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = (y ?? 2017) * 12 + ((m ?? 1) - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The trap page for a path and query, or null when the path is no trap. */
export function trapPage(site: SimSite, decodedPath: string, query: URLSearchParams, year: number): PageSpec | null {
  const home: LinkSpec = { href: '/', text: 'Startsida' };
  if (decodedPath === site.calendarPath) {
    const month = /^\d{4}-\d{2}$/.test(query.get('manad') ?? '') ? (query.get('manad') as string) : `${year}-09`;
    const rng = createRng(hashSeed(site.code, 'calendar', month));
    const events = ['Loppmarknad på torget', 'Föreläsning på biblioteket', 'Företagarträff', 'Konsert i kyrkan', 'Barnteater', 'Guidad vandring'];
    return {
      title: `Evenemang ${month}`,
      breadcrumbs: [home],
      blocks: [
        { kind: 'links', heading: 'Evenemang', links: rng.sample(events, 3).map((e, i) => ({ href: `${site.calendarPath}?manad=${month}&dag=${i + 3}`, text: e })) },
        { kind: 'links', links: [{ href: `${site.calendarPath}?manad=${monthShift(month, -1)}`, text: 'Föregående månad' }, { href: `${site.calendarPath}?manad=${monthShift(month, 1)}`, text: 'Nästa månad' }] },
      ],
    };
  }
  if (decodedPath === site.searchPath) {
    const q = query.get('q') ?? '';
    const page = Math.max(1, Number(query.get('page') ?? '1') || 1);
    const rng = createRng(hashSeed(site.code, 'search', q, page));
    const pages = [...site.resources.entries()].filter(([, r]) => r.kind === 'page').map(([p]) => p);
    const hits = pages.length ? rng.sample(pages, 8) : [];
    const base = `${site.searchPath}?q=${encodeURIComponent(q)}`;
    return {
      title: `Sökresultat för "${q}"`,
      breadcrumbs: [home],
      blocks: [
        { kind: 'p', text: `Din sökning gav ${rng.int(40, 900)} träffar.` },
        { kind: 'links', links: hits.map((h) => ({ href: h, text: h.split('/').filter(Boolean).pop() ?? h })) },
        {
          kind: 'links',
          links: [
            { href: `${base}&page=${page + 1}`, text: 'Nästa sida' },
            { href: `${base}&page=${page}&sort=${rng.pick(['datum', 'relevans', 'titel'])}`, text: 'Sortera' },
            { href: `${site.searchPath}?q=${encodeURIComponent(`${q} ${rng.pick(['företag', 'bygglov', 'program', 'skola'])}`.trim())}`, text: 'Relaterade sökningar' },
          ],
        },
      ],
    };
  }
  if (site.deepTrapPrefix && decodedPath.startsWith(site.deepTrapPrefix)) {
    const depth = decodedPath.split('/').filter(Boolean).length;
    // Relative links without a leading slash: each page nests one level deeper.
    return {
      title: `Arkiv (nivå ${depth})`,
      breadcrumbs: [home],
      blocks: [{ kind: 'links', links: [{ href: 'dokument/', text: 'Dokument' }, { href: `handlingar-${depth % 3}/`, text: 'Handlingar' }] }],
    };
  }
  return null;
}
