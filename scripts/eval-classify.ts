/**
 * Evaluates the classifier on the labelled development corpus
 * (test/corpus/labels.csv + test/corpus/files/): extracts every file with
 * src/extract, classifies it and prints per-field precision/recall/F1 or
 * accuracy, confusion tables and the misclassified files.
 *
 *   npx node scripts/eval-classify.ts [--json] [--corpus DIR] [--only FIELD]
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { extractFile, closeExtractPool } from '../src/extract/index.ts';
import { classifyDocument } from '../src/classify/index.ts';
import type { Classification } from '../src/domain/index.ts';

interface Row {
  file: string;
  [column: string]: string;
}

type Gold = Record<string, string>;

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const corpusDir = args.includes('--corpus') ? (args[args.indexOf('--corpus') + 1] ?? 'test/corpus') : 'test/corpus';
const labelsPath = join(corpusDir, 'labels.csv');

function bool(v: string | undefined): boolean | null {
  const s = (v ?? '').trim().toLowerCase();
  if (['true', 'yes', 'ja', '1', 'y', 'x'].includes(s)) return true;
  if (['false', 'no', 'nej', '0', 'n', ''].includes(s)) return false;
  // A list of goal numbers ("8;9") means "mentioned".
  if (/^\d/.test(s)) return true;
  return null;
}
function year(v: string | undefined): number | null {
  const s = (v ?? '').trim();
  return /^\d{4}$/.test(s) ? Number(s) : null;
}
function cat(v: string | undefined): string {
  const s = (v ?? '').trim();
  return s === '' ? 'null' : s;
}
function normTitle(s: string | null | undefined): string {
  return (s ?? '').normalize('NFC').toLowerCase().replace(/[–—−-]/g, '-').replace(/[^\p{L}\d-]+/gu, ' ').trim();
}

/** The classifier's value for a label column, in the label's vocabulary. */
function predicted(c: Classification, field: string): string {
  const d = c.details;
  switch (field) {
    case 'isProgram': return String(c.isProgram);
    case 'programType': return c.programType ?? 'null';
    case 'regionalLink': return c.regionalLink ?? 'null';
    case 'actionPlan': return c.actionPlan ?? 'null';
    case 'sustainability': return String(c.sustainability ?? false);
    case 'isDraft': return String(d.isDraft);
    case 'adoptedBy': return d.adoptedBy ?? 'null';
    case 'writtenWithBusiness': return String(d.writtenWithBusiness);
    case 'yearlyActivities': return String(d.yearlyActivities);
    case 'agenda2030': return String(d.agenda2030.mentioned);
    case 'goalsMeasurable': return String(d.goals.measurable);
    case 'validity': return `${c.validFrom ?? 'null'}–${c.validTo ?? 'null'}`;
    case 'title': return c.title ?? 'null';
    default: return '?';
  }
}
function expected(g: Gold, field: string): string {
  if (field === 'validity') return `${year(g['validFrom']) ?? 'null'}–${year(g['validTo']) ?? 'null'}`;
  if (['isProgram', 'sustainability', 'isDraft', 'writtenWithBusiness', 'yearlyActivities', 'agenda2030', 'goalsMeasurable'].includes(field)) return String(bool(g[field]) ?? false);
  if (field === 'title') return g['title'] ?? '';
  return cat(g[field]);
}
function same(field: string, exp: string, act: string): boolean {
  if (field === 'title') return normTitle(exp) === normTitle(act);
  if (field === 'adoptedBy') return exp.toLowerCase() === act.toLowerCase() || (exp === 'null' && act === 'null');
  return exp === act;
}

const BOOLEAN_FIELDS = ['sustainability', 'isDraft', 'writtenWithBusiness', 'yearlyActivities', 'agenda2030', 'goalsMeasurable'];
const CATEGORICAL_FIELDS = ['programType', 'regionalLink', 'actionPlan', 'adoptedBy'];
const CONTRACT = new Set(['isProgram', 'programType', 'title', 'validity', 'regionalLink', 'actionPlan', 'sustainability']);

interface Outcome { file: string; gold: Gold; c: Classification | null; error: string | null }

async function main(): Promise<void> {
  if (!existsSync(labelsPath)) {
    console.error(`no labels at ${labelsPath} (the corpus has not arrived yet)`);
    process.exit(2);
  }
  const allRows = parse(readFileSync(labelsPath, 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as Row[];
  // Labels may run ahead of files while the corpus is being written: evaluate what exists.
  const rows = allRows.filter((r) => existsSync(join(corpusDir, 'files', r.file)));
  const pending = allRows.length - rows.length;
  if (pending > 0) console.error(`${pending} labelled files are not present yet; skipped`);
  const outcomes: Outcome[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < rows.length; i = next++) {
      const row = rows[i] as Row;
      const path = join(corpusDir, 'files', row.file);
      try {
        const doc = await extractFile(path);
        outcomes[i] = { file: row.file, gold: row, c: classifyDocument(doc, { url: path }) /* as `programkartan classify FILE` does */, error: null };
      } catch (error) {
        outcomes[i] = { file: row.file, gold: row, c: null, error: (error as Error).message };
      }
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  await closeExtractPool();

  const misclassified: Array<{ file: string; field: string; expected: string; actual: string; review: boolean }> = [];
  const fields: Record<string, unknown> = {};
  const isProg = (o: Outcome): boolean => bool(o.gold['isProgram']) === true;

  // isProgram: precision / recall / F1 over all documents.
  const prf = (field: string, set: Outcome[]) => {
    let tp = 0, fp = 0, fn = 0, tn = 0;
    for (const o of set) {
      const exp = expected(o.gold, field) === 'true';
      const act = o.c ? predicted(o.c, field) === 'true' : false;
      if (exp && act) tp++; else if (!exp && act) fp++; else if (exp && !act) fn++; else tn++;
      if (exp !== act) misclassified.push({ file: o.file, field, expected: String(exp), actual: o.c ? String(act) : `error: ${o.error}`, review: o.c?.needsReview ?? false });
    }
    const precision = tp + fp ? tp / (tp + fp) : 1;
    const recall = tp + fn ? tp / (tp + fn) : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { n: set.length, tp, fp, fn, tn, precision, recall, f1, accuracy: set.length ? (tp + tn) / set.length : 1 };
  };
  fields['isProgram'] = prf('isProgram', outcomes);
  const programs = outcomes.filter(isProg);
  for (const f of BOOLEAN_FIELDS) if (rows[0] && f in rows[0]) fields[f] = prf(f, programs);

  const accuracy = (field: string) => {
    let right = 0;
    const confusion: Record<string, Record<string, number>> = {};
    for (const o of programs) {
      const exp = expected(o.gold, field);
      const act = o.c ? predicted(o.c, field) : `error`;
      const ok = same(field, exp, act);
      if (ok) right++;
      else misclassified.push({ file: o.file, field, expected: exp, actual: o.c ? act : `error: ${o.error}`, review: o.c?.needsReview ?? false });
      if (field !== 'title' && field !== 'validity') {
        const row = (confusion[exp] ??= {});
        row[act] = (row[act] ?? 0) + 1;
      }
    }
    return { n: programs.length, accuracy: programs.length ? right / programs.length : 1, ...(Object.keys(confusion).length ? { confusion } : {}) };
  };
  for (const f of CATEGORICAL_FIELDS) if (rows[0] && f in rows[0]) fields[f] = accuracy(f);
  fields['validity'] = accuracy('validity');
  if (rows[0] && 'title' in rows[0]) fields['title'] = accuracy('title');

  // Extra labels from labels.json (details beyond the CSV), when the corpus has them.
  const jsonPath = join(corpusDir, 'labels.json');
  if (existsSync(jsonPath)) {
    const extra = new Map((JSON.parse(readFileSync(jsonPath, 'utf8')) as Array<Record<string, unknown>>).map((r) => [String(r['file']), r]));
    const detail = (field: string, exp: (r: Record<string, unknown>) => string, act: (c: Classification) => string) => {
      let right = 0;
      let n = 0;
      for (const o of programs) {
        const r = extra.get(o.file);
        if (!r || !o.c) continue;
        n += 1;
        const e = exp(r);
        const a = act(o.c);
        if (e === a) right += 1;
        else misclassified.push({ file: o.file, field, expected: e, actual: a, review: o.c.needsReview });
      }
      return { n, accuracy: n ? right / n : 1 };
    };
    fields['agenda2030Goals'] = detail('agenda2030Goals', (r) => JSON.stringify(r['agenda2030Goals'] ?? []), (c) => JSON.stringify(c.details.agenda2030.goals));
    fields['validUntilFurtherNotice'] = detail('validUntilFurtherNotice', (r) => String(r['validUntilFurtherNotice'] ?? false), (c) => String(c.details.validUntilFurtherNotice));
    fields['adoptedDate'] = detail('adoptedDate', (r) => String(r['adoptedDate'] ?? null), (c) => String(c.details.adoptedDate));
    // What the look-alikes were taken for (informational: the kind names differ between corpus and classifier).
    const kinds: Record<string, Record<string, number>> = {};
    for (const o of outcomes) {
      const r = extra.get(o.file);
      if (!r || r['isProgram'] === true) continue;
      const row = (kinds[String(r['documentKind'])] ??= {});
      const k = o.c?.details.documentKind ?? 'error';
      row[k] = (row[k] ?? 0) + 1;
    }
    fields['lookAlikeKinds'] = { n: outcomes.length - programs.length, accuracy: NaN, kinds };
  }

  const report = { corpus: corpusDir, documents: outcomes.length, programs: programs.length, errors: outcomes.filter((o) => o.error).length, fields, misclassified };
  if (asJson) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
  console.log(`Corpus ${corpusDir}: ${outcomes.length} documents, ${programs.length} programs (gold), ${report.errors} extraction errors\n`);
  console.log('field                 n    precision  recall   F1       accuracy  target');
  for (const [name, v] of Object.entries(fields) as Array<[string, Record<string, number>]>) {
    if (name === 'lookAlikeKinds') continue;
    const target = name === 'isProgram' ? 'F1 ≥ 97 %' : CONTRACT.has(name) ? 'acc ≥ 95 %' : '';
    const met = name === 'isProgram' ? (v['f1'] ?? 0) >= 0.97 : CONTRACT.has(name) ? (v['accuracy'] ?? 0) >= 0.95 : true;
    const cols = 'f1' in v ? [pct(v['precision'] ?? 0), pct(v['recall'] ?? 0), pct(v['f1'] ?? 0)] : ['', '', ''];
    console.log(`${name.padEnd(20)} ${String(v['n']).padStart(3)}   ${cols.map((c) => c.padEnd(9)).join('')}${pct(v['accuracy'] ?? 0).padEnd(10)}${target}${target ? (met ? '  ok' : '  MISSED') : ''}`);
  }
  for (const [name, v] of Object.entries(fields) as Array<[string, { confusion?: Record<string, Record<string, number>> }]>) {
    if (!v.confusion) continue;
    const labels = [...new Set([...Object.keys(v.confusion), ...Object.values(v.confusion).flatMap((r) => Object.keys(r))])].sort();
    console.log(`\nConfusion ${name} (rows expected, columns actual)`);
    console.log(`${''.padEnd(18)}${labels.map((l) => l.slice(0, 15).padStart(16)).join('')}`);
    for (const e of labels) {
      if (!v.confusion[e]) continue;
      console.log(`${e.slice(0, 17).padEnd(18)}${labels.map((a) => String(v.confusion?.[e]?.[a] ?? 0).padStart(16)).join('')}`);
    }
  }
  const lk = fields['lookAlikeKinds'] as { kinds?: Record<string, Record<string, number>> } | undefined;
  if (lk?.kinds) {
    console.log('\nLook-alikes: corpus kind → classifier documentKind');
    for (const [k, row] of Object.entries(lk.kinds).sort()) console.log(`  ${k.padEnd(22)} ${Object.entries(row).map(([a, n]) => `${a} ${n}`).join(', ')}`);
  }
  if (misclassified.length) {
    console.log(`\nMisclassified (${misclassified.length}):`);
    for (const m of misclassified) console.log(`  ${m.file}  ${m.field}: expected ${m.expected}, got ${m.actual}${m.review ? '  [flagged for review]' : ''}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
