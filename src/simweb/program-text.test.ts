/**
 * The text of every program says what the truth says (labelling rules of
 * docs/cli-contract.md), and rendered files carry a real text layer.
 */
import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { generateWeb, loadMunicipalities, documentBytes } from './index.ts';
import { decodePath } from './generate-site.ts';
import type { ExpectedProgram, SimSite } from './sim-types.ts';

const web = generateWeb({ year: 2017, seed: 3, municipalities: loadMunicipalities() });

function textOf(site: SimSite, p: ExpectedProgram): string {
  const r = site.resources.get(decodePath(p.path));
  if (r?.kind === 'document') {
    const spec = r.build();
    return [spec.title, ...spec.pages.flat()].join('\n');
  }
  if (r?.kind === 'page') {
    const page = r.build();
    return [page.title, ...page.blocks.map((b) => (b.kind === 'p' || b.kind === 'h2' ? b.text : ''))].join('\n');
  }
  throw new Error(`no resource for ${p.path}`);
}

// Several seeds: the rules must hold for every wording the bank can produce.
const programs = [web, ...[1, 7, 11].map((seed) => generateWeb({ year: 2017, seed, municipalities: loadMunicipalities() }))].flatMap((w) =>
  w.sites.flatMap((site, i) => [...(w.truth[i]?.validPrograms ?? []), ...(w.truth[i]?.otherProgramDocs ?? [])].map((p) => ({ site, p, text: textOf(site, p) }))),
);

describe('program texts', () => {
  it('express the labels and nothing that contradicts them', () => {
    expect(programs.length).toBeGreaterThan(600);
    for (const { site, p, text } of programs) {
      const where = `${site.code} ${p.title}`;
      const lower = text.toLowerCase();
      // programType by the head word of the title
      const head = /näringsliv|tillväxt/i.exec(p.title.replace(/^förslag till /i, ''))?.[0]?.toLowerCase();
      const named = /(näringslivs|tillväxt)(program|strategi)|strategi för (hållbar tillväxt|näringslivsutveckling)|program för (näringslivet|näringslivsutveckling)|näringslivs- och tillväxtstrategi|tillväxtprogram/i.test(p.title);
      if (p.programType === 'other') expect(named, where).toBe(false);
      else expect(head, where).toBe(p.programType === 'business' ? 'näringsliv' : 'tillväxt');
      // regional link
      const rus = /regional(a)? utvecklingsstrategi|\brus\b|regionens utvecklingsstrategi/i.test(text);
      const collab = /samverkan|kommunalförbund|business region|grannkommun/i.test(text);
      if (p.regionalLink === 'rus') expect(rus, where).toBe(true);
      if (p.regionalLink === 'intermunicipal') expect([rus, collab], where).toEqual([false, true]);
      if (p.regionalLink === 'none') expect([rus, collab], where).toEqual([false, false]);
      // action plan
      const included = /\n(handlingsplan|aktivitetsplan|åtgärder)\n/i.test(`\n${text.replace(/^# /gm, '')}\n`);
      const mentioned = /handlingsplan|aktivitetsplan|åtgärder/i.test(text);
      expect(included, where).toBe(p.actionPlan === 'included');
      expect(mentioned, where).toBe(p.actionPlan !== 'none');
      // sustainability: emphasis (several mentions) vs at most one passing word
      const hallbar = (lower.match(/hållbar/g) ?? []).length;
      if (p.sustainability) expect(hallbar, where).toBeGreaterThanOrEqual(3);
      else expect(hallbar, where).toBeLessThanOrEqual(1);
      for (const g of p.agenda2030Goals) expect(text, where).toContain(`mål ${g}`);
      // validity and adoption
      if (p.validUntilFurtherNotice) expect(lower, where).toContain('tills vidare');
      if (p.validityForm === 'mandate-current') expect(lower, where).toContain('innevarande mandatperiod');
      if (p.validTo !== null && p.validityForm !== 'mandate-current') expect(text, where).toContain(String(p.validTo));
      if (p.adoptedDate) expect(text.includes(p.adoptedDate) || /den \d+ \w+ \d{4}/.test(text), where).toBe(true);
      if (p.isDraft) expect(/remiss|förslag|utkast/i.test(text), where).toBe(true);
      else expect(/remissversion|utkast/i.test(text), where).toBe(false);
      if (p.writtenWithBusiness) expect(/dialog|näringslivsråd|tillsammans med näringslivet|företagare har medverkat/i.test(text), where).toBe(true);
    }
  });

  it('renders PDFs with a real text layer that carries the title and the adoption line', async () => {
    const sample = web.truth.flatMap((t) => t.validPrograms.filter((p) => p.format === 'pdf' && p.adoptedDate).map((p) => ({ code: t.code, p }))).slice(0, 3);
    expect(sample.length).toBe(3);
    for (const { code, p } of sample) {
      const doc = await documentBytes(web, code, p.path);
      expect(doc?.mime).toBe('application/pdf');
      const pdf = await getDocument({ data: new Uint8Array(doc?.bytes ?? []), useSystemFonts: false, verbosity: 0 }).promise;
      const page = await pdf.getPage(1);
      const content = await page.getTextContent();
      const text = content.items.map((it) => ('str' in it ? it.str : '')).join(' ');
      expect(text).toContain(p.title.split(' ')[0]);
      expect(text).toMatch(/kommunfullmäktige|kommunstyrelsen|KF|KS/);
      await pdf.destroy();
    }
  });
});
