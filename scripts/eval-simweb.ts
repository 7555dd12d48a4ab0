/**
 * Evaluates the classifier on documents written by a different author: the
 * simulated municipal web (src/simweb) with its ground truth. Every program
 * document (valid, expired, future, draft), every look-alike document and
 * every HTML page that is not a program (start, section, landing, library
 * listing, news, archive and ordinary pages) is extracted with src/extract
 * and classified; prints the metrics of eval-classify and the failures
 * grouped by kind.
 *
 *   npx node scripts/eval-simweb.ts [--sites 120] [--seed 3 | --seeds 1,2,3] [--year 2017] [--json] [--pages all|none]
 */
import { parseArgs } from 'node:util';
import { closeExtractPool, extractDocument } from '../src/extract/index.ts';
import { classifyDocument } from '../src/classify/index.ts';
import type { Classification } from '../src/domain/index.ts';
import { listMunicipalities } from '../src/registry/index.ts';
import { documentBytes, generateWeb, pageHtml } from '../src/simweb/index.ts';
import type { ExpectedProgram, SimWeb } from '../src/simweb/index.ts';

const { values } = parseArgs({
  options: {
    sites: { type: 'string', default: '120' },
    seed: { type: 'string' },
    seeds: { type: 'string' },
    year: { type: 'string', default: '2017' },
    json: { type: 'boolean', default: false },
    pages: { type: 'string', default: 'all' },
    'max-failures': { type: 'string', default: '12' },
  },
});
const siteCount = Math.min(290, Math.max(1, Number(values.sites)));
const year = Number(values.year);
const seeds = (values.seeds ?? values.seed ?? '1,2,3').split(',').map((s) => Number(s.trim())).filter((n) => Number.isInteger(n));
const maxPerGroup = Number(values['max-failures']);

/** One labelled item of the simulated web. */
interface Item {
  seed: number;
  code: string;
  municipality: string;
  countyCode: string;
  path: string;
  /** What it is: program role, look-alike documentKind or page role. */
  kind: string;
  format: 'pdf' | 'docx' | 'html';
  truth: ExpectedProgram | null;
}

interface Outcome {
  item: Item;
  c: Classification | null;
  error: string | null;
}

const SECTION_TITLES = new Set(['Näringsliv och arbete', 'Företagare', 'Näringsliv', 'Företag och näringsliv', 'Arbete och näringsliv', 'Kommun och politik', 'Kommun & politik', 'Bo, bygga och miljö', 'Bygga, bo och miljö', 'Miljö och bygg', 'Omsorg och stöd', 'Omsorg, hjälp och stöd', 'Stöd och omsorg', 'Uppleva och göra', 'Kultur och fritid', 'Fritid och kultur', 'Utbildning och barnomsorg', 'Förskola och skola', 'Barn och utbildning']);
const LIBRARY_HEADINGS = new Set(['Styrdokument', 'Planer och program', 'Författningssamling', 'Styrande dokument', 'Policyer, planer och riktlinjer']);

/** A spread of municipalities over the whole country (every county), deterministic. */
function pickMunicipalities(n: number): Array<{ code: string; name: string; countyCode: string; countyName: string }> {
  const all = listMunicipalities();
  const out = [];
  for (let i = 0; i < n; i += 1) {
    const m = all[Math.floor((i * all.length) / n)];
    if (m) out.push(m);
  }
  return out;
}

function pageRole(web: SimWeb, code: string, path: string, title: string, published: boolean, lookalikeKind: string | undefined, name: string): string {
  if (lookalikeKind === 'news') return 'page:news-about-program';
  if (lookalikeKind === 'web_page') return 'page:landing';
  if (published) return 'page:news-other';
  if (title === `${name} kommun`) return 'page:start';
  if (LIBRARY_HEADINGS.has(title)) return 'page:library';
  if (SECTION_TITLES.has(title)) return /närings|företag/i.test(title) ? 'page:section-naringsliv' : 'page:section';
  if (/^Nyheter/.test(title)) return 'page:news-archive';
  void web;
  void code;
  void path;
  return 'page:other';
}

function collect(web: SimWeb, seed: number): Item[] {
  const items: Item[] = [];
  const munis = new Map(web.options.municipalities.map((m) => [m.code, m]));
  for (const [i, truth] of web.truth.entries()) {
    const site = web.sites[i];
    const muni = munis.get(truth.code);
    if (!site || !muni || site.unreachable) continue;
    const base = { seed, code: truth.code, municipality: muni.name, countyCode: muni.countyCode };
    const programPaths = new Set<string>();
    for (const p of [...truth.validPrograms, ...truth.otherProgramDocs]) {
      programPaths.add(decodeURI(p.path));
      items.push({ ...base, path: p.path, kind: `program:${p.role}`, format: p.format, truth: p });
    }
    const lookalikeKind = new Map(truth.lookalikes.map((l) => [decodeURI(l.path), l.documentKind]));
    for (const l of truth.lookalikes) {
      if (l.format === 'html') continue; // pages are collected below with their role
      items.push({ ...base, path: l.path, kind: `lookalike:${l.documentKind}`, format: l.format, truth: null });
    }
    if (values.pages === 'none') continue;
    for (const [path, resource] of site.resources) {
      if (resource.kind !== 'page' || programPaths.has(path)) continue;
      const spec = resource.build();
      const role = pageRole(web, truth.code, path, spec.title, spec.published !== undefined, lookalikeKind.get(path), muni.name);
      items.push({ ...base, path: encodeURI(path), kind: role, format: 'html', truth: null });
    }
  }
  return items;
}

async function classifyItem(web: SimWeb, item: Item): Promise<Outcome> {
  try {
    let bytes: Uint8Array;
    let contentType: string;
    if (item.format === 'html') {
      const html = pageHtml(web, item.code, item.path);
      if (html === null) return { item, c: null, error: 'no page' };
      bytes = new TextEncoder().encode(html);
      contentType = 'text/html; charset=utf-8';
    } else {
      const doc = await documentBytes(web, item.code, item.path);
      if (!doc) return { item, c: null, error: 'no document' };
      bytes = doc.bytes;
      contentType = doc.mime;
    }
    const url = `http://127.0.0.1${item.path}`;
    const doc = await extractDocument(bytes, { url, contentType });
    const c = classifyDocument(doc, { url, municipalityName: item.municipality, countyCode: item.countyCode, year });
    return { item, c, error: null };
  } catch (error) {
    return { item, c: null, error: error instanceof Error ? error.message : String(error) };
  }
}

const FIELDS = ['programType', 'validity', 'regionalLink', 'actionPlan', 'sustainability', 'isDraft'] as const;
type Field = (typeof FIELDS)[number];

function expectedOf(t: ExpectedProgram, f: Field): string {
  switch (f) {
    case 'programType': return t.programType;
    case 'validity': return `${t.validFrom ?? 'null'}–${t.validTo ?? 'null'}`;
    case 'regionalLink': return t.regionalLink;
    case 'actionPlan': return t.actionPlan;
    case 'sustainability': return String(t.sustainability);
    case 'isDraft': return String(t.isDraft);
  }
}
function actualOf(c: Classification, f: Field): string {
  switch (f) {
    case 'programType': return c.programType ?? 'null';
    case 'validity': return `${c.validFrom ?? 'null'}–${c.validTo ?? 'null'}`;
    case 'regionalLink': return c.regionalLink ?? 'null';
    case 'actionPlan': return c.actionPlan ?? 'null';
    case 'sustainability': return String(c.sustainability ?? false);
    case 'isDraft': return String(c.details.isDraft);
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const munis = pickMunicipalities(siteCount);
  const outcomes: Outcome[] = [];
  for (const seed of seeds) {
    const web = generateWeb({ year, seed, municipalities: munis });
    const items = collect(web, seed);
    let next = 0;
    const worker = async (): Promise<void> => {
      for (let i = next++; i < items.length; i = next++) outcomes.push(await classifyItem(web, items[i] as Item));
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
  }
  await closeExtractPool();

  const failures: Array<{ group: string; where: string; expected: string; actual: string; review: boolean; title: string | null }> = [];
  const where = (o: Outcome): string => `seed ${o.item.seed} ${o.item.code} ${decodeURI(o.item.path)}`;

  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const o of outcomes) {
    const exp = o.item.truth !== null;
    const act = o.c?.isProgram ?? false;
    if (exp && act) tp++;
    else if (!exp && act) fp++;
    else if (exp && !act) fn++;
    else tn++;
    if (exp !== act) {
      failures.push({
        group: exp ? `isProgram false negative (${o.item.kind}, ${o.item.format})` : `isProgram false positive (${o.item.kind})`,
        where: where(o),
        expected: String(exp),
        actual: o.c ? `${act} [${o.c.details.documentKind}]` : `error: ${o.error}`,
        review: o.c?.needsReview ?? false,
        title: o.c?.title ?? null,
      });
    }
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;

  // Fields are judged on true programs the classifier also took as programs (a miss is counted above).
  const programs = outcomes.filter((o) => o.item.truth !== null);
  const fieldStats: Record<string, { n: number; right: number; accuracy: number; confusion: Record<string, Record<string, number>> }> = {};
  for (const f of FIELDS) {
    let right = 0;
    const confusion: Record<string, Record<string, number>> = {};
    for (const o of programs) {
      const t = o.item.truth as ExpectedProgram;
      const e = expectedOf(t, f);
      const a = o.c ? actualOf(o.c, f) : 'error';
      if (e === a) right++;
      else {
        const form = f === 'validity' ? ` (${t.validityForm})` : '';
        failures.push({ group: `${f}: ${f === 'validity' ? `form ${t.validityForm}` : `${e} → ${a}`}`, where: where(o), expected: `${e}${form}`, actual: a, review: o.c?.needsReview ?? false, title: o.c?.title ?? t.title });
      }
      if (f !== 'validity') {
        const row = (confusion[e] ??= {});
        row[a] = (row[a] ?? 0) + 1;
      }
    }
    fieldStats[f] = { n: programs.length, right, accuracy: programs.length ? right / programs.length : 1, confusion };
  }
  const byKind: Record<string, { n: number; wrong: number }> = {};
  for (const o of outcomes) {
    const k = (byKind[o.item.kind] ??= { n: 0, wrong: 0 });
    k.n += 1;
    if ((o.item.truth !== null) !== (o.c?.isProgram ?? false)) k.wrong += 1;
  }
  const seconds = (Date.now() - started) / 1000;
  const report = { sites: siteCount, seeds, year, documents: outcomes.length, programs: programs.length, errors: outcomes.filter((o) => o.error).length, seconds, isProgram: { tp, fp, fn, tn, precision, recall, f1 }, fields: fieldStats, byKind, failures };
  if (values.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
  console.log(`Simulated web: ${siteCount} sites × seeds ${seeds.join(',')} (year ${year}): ${outcomes.length} items, ${programs.length} programs, ${report.errors} errors, ${seconds.toFixed(1)} s\n`);
  console.log('field            n      precision  recall   F1       accuracy  target');
  console.log(`${'isProgram'.padEnd(16)} ${String(outcomes.length).padStart(5)}  ${pct(precision).padEnd(11)}${pct(recall).padEnd(9)}${pct(f1).padEnd(9)}${pct((tp + tn) / outcomes.length).padEnd(10)}F1 ≥ 97 %${f1 >= 0.97 ? '  ok' : '  MISSED'}`);
  for (const f of FIELDS) {
    const s = fieldStats[f];
    if (!s) continue;
    console.log(`${f.padEnd(16)} ${String(s.n).padStart(5)}  ${''.padEnd(29)}${pct(s.accuracy).padEnd(10)}acc ≥ 95 %${s.accuracy >= 0.95 ? '  ok' : '  MISSED'}`);
  }
  console.log('\nisProgram errors by item kind');
  for (const [k, v] of Object.entries(byKind).sort()) console.log(`  ${k.padEnd(32)} ${String(v.n).padStart(6)} items  ${String(v.wrong).padStart(5)} wrong`);
  for (const f of FIELDS) {
    const conf = fieldStats[f]?.confusion ?? {};
    if (Object.keys(conf).length === 0) continue;
    const labels = [...new Set([...Object.keys(conf), ...Object.values(conf).flatMap((r) => Object.keys(r))])].sort();
    console.log(`\nConfusion ${f} (rows expected, columns actual)`);
    console.log(`${''.padEnd(16)}${labels.map((l) => l.slice(0, 15).padStart(16)).join('')}`);
    for (const e of labels) if (conf[e]) console.log(`${e.slice(0, 15).padEnd(16)}${labels.map((a) => String(conf[e]?.[a] ?? 0).padStart(16)).join('')}`);
  }
  const groups = new Map<string, typeof failures>();
  for (const x of failures) groups.set(x.group, [...(groups.get(x.group) ?? []), x]);
  if (groups.size > 0) {
    console.log(`\nFailures (${failures.length}) by kind:`);
    for (const [group, list] of [...groups.entries()].sort((a, b) => b[1].length - a[1].length)) {
      console.log(`\n  ${group}: ${list.length}`);
      for (const x of list.slice(0, maxPerGroup)) console.log(`    ${x.where}  "${x.title ?? ''}"  expected ${x.expected}, got ${x.actual}${x.review ? '  [review]' : ''}`);
      if (list.length > maxPerGroup) console.log(`    … ${list.length - maxPerGroup} more`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : String(error));
  process.exit(1);
});
