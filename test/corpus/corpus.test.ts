/**
 * Guards the development corpus: the committed labels and files match the
 * sources, the mix meets its quotas, and every label is backed by the text
 * it labels (so a composing bug cannot silently mislabel a document).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusSources } from './sources/index.ts';

const ROOT = import.meta.dirname;
const sources = corpusSources();
const text = (s: (typeof sources)[number]): string => [s.spec.title, s.spec.header ?? '', ...s.spec.pages.flat()].join('\n');
const programs = sources.filter((s) => s.labels.isProgram);

describe('development corpus', () => {
  it('has the agreed size and mix', () => {
    expect(sources.length).toBeGreaterThanOrEqual(160);
    const by = (f: string): number => sources.filter((s) => s.format === f).length;
    expect(by('pdf')).toBeGreaterThanOrEqual(50);
    expect(by('docx')).toBeGreaterThanOrEqual(35);
    expect(by('html')).toBeGreaterThanOrEqual(35);
    expect(by('txt')).toBeGreaterThanOrEqual(15);
    expect(programs.length).toBeGreaterThanOrEqual(75);
    expect(sources.length - programs.length).toBeGreaterThanOrEqual(75);
    expect(programs.filter((s) => s.labels.isDraft).length).toBeGreaterThanOrEqual(8);
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
  });

  it('committed labels.csv and files are in sync with the sources (run scripts/build-corpus.ts)', () => {
    const rows = readFileSync(join(ROOT, 'labels.csv'), 'utf8').trim().split('\n');
    expect(rows[0]).toBe('file,isProgram,programType,title,validFrom,validTo,regionalLink,actionPlan,sustainability,isDraft,adoptedBy,writtenWithBusiness,yearlyActivities,agenda2030,goalsMeasurable');
    expect(rows.length - 1).toBe(sources.length);
    for (const [i, s] of sources.entries()) {
      const file = rows[i + 1]!.split(',')[0]!;
      expect(file.startsWith(s.id)).toBe(true);
      expect(existsSync(join(ROOT, 'files', file))).toBe(true);
    }
  });

  it('backs every validity label with years in the text', () => {
    for (const s of programs) {
      const t = text(s);
      // The current electoral term is resolved from the adoption date, so its end year need not be printed.
      if (s.labels.validTo !== null && !/(innevarande|nuvarande) mandatperiod/.test(t)) expect(t, s.id).toContain(String(s.labels.validTo));
      if (s.labels.validFrom !== null && !/mandatperiod/.test(t)) expect(t, s.id).toContain(String(s.labels.validFrom));
      // Years may appear (draft dates, the region's strategy), but never as the program's own period.
      if (s.labels.validFrom === null) expect(t, s.id).not.toMatch(/(gäller|period|giltig|antagen|antogs|beslutad)[^.\n]{0,40}\b20\d\d\b/i);
    }
  });

  it('backs regional, action-plan, sustainability and draft labels with wording', () => {
    for (const s of programs) {
      const t = text(s);
      if (s.labels.regionalLink === 'rus') expect(t, s.id).toMatch(/utvecklingsstrategi|RUS|RUFS|strategin|Gröna Kronoberg|Växtplats|Halland – bästa|Västernorrland|Jämtlands län 2050/);
      if (s.labels.regionalLink === 'none') expect(t, s.id).not.toMatch(/utvecklingsstrategi|RUS\b|kommunalförbund|grannkommun|mellankommunal|kommungräns/i);
      if (s.labels.actionPlan === 'included') expect(t, s.id).toMatch(/^# .*(Handlingsplan|Aktivitet|Åtgärd|insatser)/im);
      if (s.labels.actionPlan === 'none') expect(t, s.id).not.toMatch(/handlingsplan|aktivitetsplan|åtgärdsplan/i);
      if (s.labels.sustainability === false) expect(t, s.id).not.toMatch(/Agenda 2030|globala mål|klimatpåverkan|klimatomställ|klimatsmart|omställning|hållbar utveckling/i);
      if (s.labels.agenda2030) expect(t, s.id).toMatch(/Agenda 2030|globala mål/i);
      if (s.labels.isDraft) expect(t, s.id).toMatch(/remiss|utkast|förslag|samråd|arbetsmaterial/i);
      if (s.labels.isDraft) expect(s.labels.adoptedBy, s.id).toBeNull();
    }
  });

  it('leaves every judged field of a look-alike empty', () => {
    for (const s of sources.filter((x) => !x.labels.isProgram)) {
      expect(s.labels.programType).toBeNull();
      expect(s.labels.regionalLink).toBeNull();
      expect(s.extra.documentKind).not.toBe('program');
    }
  });
});
