/** Generator tests: determinism, the 2017 proportions, and truth consistency on the site model. */
import { describe, expect, it } from 'vitest';
import { generateWeb, loadMunicipalities, documentBytes } from './index.ts';
import { decodePath, encodePath } from './generate-site.ts';
import { trapPage } from './traps.ts';
import type { Block, SimSite } from './sim-types.ts';
import { createHash } from 'node:crypto';

const all = loadMunicipalities();
const web = generateWeb({ year: 2017, seed: 1, municipalities: all });

/** Links a page model points at (root-relative ones only, resolved to decoded paths). */
function linksOf(blocks: Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'p' && b.link) out.push(b.link.href);
    if (b.kind === 'links') out.push(...b.links.map((l) => l.href));
    if (b.kind === 'doclist') out.push(...b.rows.map((r) => r.link.href));
  }
  return out.filter((h) => h.startsWith('/')).map((h) => h.split('?')[0] ?? h);
}

/** Paths reachable from the start page by links and redirects, plus the sitemap when robots.txt or /sitemap.xml announces one. */
function reachable(site: SimSite): Set<string> {
  const seen = new Set<string>();
  const queue = ['/', ...site.menu.map((m) => m.href)];
  const sitemap = site.resources.get('/sitemap.xml');
  const sitemaps = sitemap?.kind === 'text' ? [sitemap.body, ...['/sitemap-1.xml', '/sitemap-2.xml'].map((p) => site.resources.get(p)).map((r) => (r?.kind === 'text' ? r.body : ''))] : [];
  for (const body of sitemaps) for (const m of body.matchAll(/<loc>\{origin\}([^<]+)<\/loc>/g)) queue.push(decodePath((m[1] ?? '').replace(/&amp;/g, '&')));
  while (queue.length > 0) {
    const path = queue.shift() as string;
    if (seen.has(path)) continue;
    seen.add(path);
    const r = site.resources.get(path);
    if (!r) continue;
    if (r.kind === 'redirect') queue.push(r.location);
    if (r.kind === 'page') queue.push(...linksOf(r.build().blocks));
  }
  return seen;
}

function disallowed(site: SimSite, encodedPath: string): boolean {
  const rules = (site.robotsTxt ?? '').split('\n\n')[0] ?? '';
  return [...rules.matchAll(/^Disallow: (\S+)/gm)].some((m) => encodedPath.startsWith(m[1] ?? '\u0000'));
}

describe('generateWeb', () => {
  it('is deterministic: same seed gives the same truth and the same document bytes', async () => {
    const again = generateWeb({ year: 2017, seed: 1, municipalities: all });
    expect(again.truth).toEqual(web.truth);
    const other = generateWeb({ year: 2017, seed: 2, municipalities: all });
    expect(other.truth).not.toEqual(web.truth);
    const sample = web.truth.filter((t) => t.validPrograms.some((p) => p.format !== 'html')).slice(0, 3);
    for (const t of sample) {
      const path = t.validPrograms.find((p) => p.format !== 'html')?.path ?? '';
      const a = await documentBytes(web, t.code, path);
      const b = await documentBytes(again, t.code, path);
      expect(a).not.toBeNull();
      const hash = (x: Uint8Array | undefined): string => createHash('sha256').update(x ?? new Uint8Array()).digest('hex');
      expect(hash(b?.bytes)).toBe(hash(a?.bytes));
    }
  });

  it('follows the 2017 proportions over 290 municipalities', () => {
    const by = (status: string): number => web.truth.filter((t) => t.expectedStatus === status).length;
    expect(web.truth).toHaveLength(290);
    expect(by('program_found')).toBeGreaterThanOrEqual(120);
    expect(by('program_found')).toBeLessThanOrEqual(140);
    expect(by('only_expired_or_future')).toBeGreaterThanOrEqual(20);
    expect(by('only_expired_or_future')).toBeLessThanOrEqual(40);
    expect(by('unreachable')).toBeGreaterThanOrEqual(3);
    expect(by('unreachable')).toBeLessThanOrEqual(6);
    const valid = web.truth.flatMap((t) => t.validPrograms);
    expect(valid).toHaveLength(by('program_found'));
    const share = (pred: (p: (typeof valid)[number]) => boolean): number => valid.filter(pred).length / valid.length;
    expect(share((p) => p.programType === 'business')).toBeCloseTo(81 / 116, 1);
    expect(share((p) => p.programType === 'growth')).toBeCloseTo(11 / 116, 1);
    expect(share((p) => p.regionalLink === 'rus')).toBeCloseTo(0.1, 1);
    expect(share((p) => p.regionalLink === 'intermunicipal')).toBeCloseTo(0.25, 1);
    expect(share((p) => p.actionPlan === 'none')).toBeCloseTo(0.4, 1);
    expect(share((p) => p.sustainability)).toBeGreaterThanOrEqual(0.25);
    expect(share((p) => p.sustainability)).toBeLessThanOrEqual(0.35);
    expect(share((p) => p.format === 'pdf')).toBeCloseTo(0.6, 1);
    expect(share((p) => p.format === 'html')).toBeCloseTo(0.25, 1);
    // Some sites also carry expired, future or draft programs, and every site without one has look-alikes.
    expect(web.truth.filter((t) => t.expectedStatus === 'program_found' && t.otherProgramDocs.length > 0).length).toBeGreaterThan(20);
    for (const t of web.truth.filter((x) => x.expectedStatus === 'none_found')) expect(t.lookalikePaths.length).toBeGreaterThanOrEqual(3);
    // Templates vary.
    expect(new Set(web.truth.map((t) => t.template)).size).toBe(4);
  });

  it('labels validity so that valid programs cover the year and the others do not', () => {
    for (const t of web.truth) {
      for (const p of t.validPrograms) {
        expect(p.validFrom, `${t.code} ${p.title}`).not.toBeNull();
        expect(p.validFrom ?? 9999).toBeLessThanOrEqual(2017);
        expect(p.validTo ?? 9999).toBeGreaterThanOrEqual(2017);
        expect(p.isDraft).toBe(false);
      }
      for (const p of t.otherProgramDocs) {
        const covers = (p.validFrom ?? 0) <= 2017 && (p.validTo ?? 9999) >= 2017;
        expect(p.isDraft || !covers, `${t.code} ${p.title}`).toBe(true);
      }
      expect(t.expectedStatus === 'only_expired_or_future').toBe(t.validPrograms.length === 0 && t.otherProgramDocs.some((p) => !p.isDraft));
    }
  });

  it('makes every program reachable by links or the sitemap, never behind robots.txt', () => {
    for (const [i, site] of web.sites.entries()) {
      const t = web.truth[i];
      if (!t || site.unreachable) continue;
      const seen = reachable(site);
      for (const p of [...t.validPrograms, ...t.otherProgramDocs]) {
        expect(seen.has(decodePath(p.path)), `${t.code} ${p.path} (${p.placement})`).toBe(true);
        expect(disallowed(site, p.path), `${t.code} ${p.path} disallowed`).toBe(false);
        expect(encodePath(decodePath(p.path))).toBe(p.path);
      }
      for (const d of t.disallowedPaths) expect(disallowed(site, d), `${t.code} ${d}`).toBe(true);
    }
  });

  it('builds trap pages that lead to ever new URLs', () => {
    const site = web.sites.find((s) => !s.unreachable) as SimSite;
    const first = trapPage(site, site.calendarPath, new URLSearchParams('manad=2017-12'), 2017);
    const next = first?.blocks.flatMap((b) => (b.kind === 'links' ? b.links : [])).find((l) => l.text === 'Nästa månad');
    expect(next?.href).toContain('manad=2018-01');
    const search = trapPage(site, site.searchPath, new URLSearchParams('q=x&page=7'), 2017);
    expect(search?.blocks.flatMap((b) => (b.kind === 'links' ? b.links : [])).some((l) => l.href.includes('page=8'))).toBe(true);
  });
});
