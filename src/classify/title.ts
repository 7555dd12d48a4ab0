/**
 * Finds the document's own name: the metadata title when it is a real name,
 * otherwise the most prominent naming line near the top of page 1 (joined
 * with its continuation line, as titles often wrap).
 */
import type { TextModel, TextUnit } from './text-model.ts';
import { boilerplateKey } from './text-model.ts';
import { cleanQuote, normForMatch } from './normalize.ts';
import { rx } from './lexicon.ts';

export interface TitleResult {
  title: string | null;
  norm: string;
  page: number;
  source: 'metadata' | 'first-page' | 'none';
}

const NAMING = rx(
  '(?:program|strategi|policy|plan|protokoll|budget|årsredovisning|riktlinje|tjänsteskrivelse|pressmeddelande|agenda|vision|handlingsprogram|utvecklingsstrategi|verksamhetsberättelse|rapport)',
);
const JUNK_LINE = rx(
  '^(?:dnr|diarienummer|dokumentnamn|dokumenttyp|beslutad av|antagen|antaget|fastställd|fastställt|beslutsdatum|giltig|gäller|reviderad|senast|ansvarig|version|sida|innehåll|innehållsförteckning|foto|omslagsbild|framsida|datum|upprättad|ärende|dokumentansvarig|\\d{4}-\\d{2}-\\d{2})\\b',
);
// A letterhead: the municipality and a bare genre word ("ÅNGE KOMMUN   POLICY"), not the document's name.
const LETTERHEAD = rx('^[\\p{L} -]{2,30} (?:kommun|stad|kommuns) (?:policy|program|strategi|plan|styrdokument|riktlinjer?|dokument)$');
const MUNICIPALITY_ONLY = rx('^[\\p{L} -]+(?:kommun|stad|kommuns)$');
// A running header puts the issuer before a short name ("VETLANDA KOMMUN Tillväxtstrategi 2016–2020"); the cover's own line names it fully.
const ISSUER_PREFIX = rx('^\\p{L}+(?:[ -]\\p{L}+)? (?:kommun|stad) \\p{L}');
const META_JUNK = /^(microsoft (word|powerpoint)|untitled|namnlös|dokument\d*|document\d*|presentation\d*|slide|powerpoint|pdf|title|rubrik|mall|template)\b|\.(docx?|pdf|pptx?|indd|odt)$/i;

/** Strips site-name suffixes, file noise and trailing punctuation from a title candidate. */
export function cleanTitle(raw: string): string {
  let t = cleanQuote(raw, 400)
    .replace(/^microsoft (word|powerpoint) - /i, '')
    .replace(/\.(docx?|pdf|odt)$/i, '');
  // "Köpings kommun | Näringslivspolicy", "Näringslivsprogram – Ale kommun": keep the part that names the document.
  // "·" separates a running header's parts as well ("Vingåkers kommun · Näringslivsprogram 2023–2026").
  const parts = t.split(/\s+[|–—·-]\s+|\s+\|\s*/);
  if (parts.length > 1) {
    const site = (p: string): boolean => /^[\p{L} -]{0,40}(kommun|stad|kommuns)$/iu.test(p.trim()) && p.trim().split(/\s+/).length <= 3;
    const kept = parts.filter((p) => !site(p));
    if (kept.length > 0 && kept.length < parts.length) t = kept.join(' – ');
  }
  t = t.replace(/[\s:;,.]+$/u, '').trim();
  if (t.length > 200) t = cleanQuote(t, 200);
  return t;
}

function scoreLine(u: TextUnit, index: number): number {
  const n = u.norm;
  if (n.length < 4 || n.length > 160) return -10;
  if (JUNK_LINE.test(n)) return -8;
  if (MUNICIPALITY_ONLY.test(n) && !NAMING.test(n) && n.split(' ').length <= 4) return -4;
  if (LETTERHEAD.test(n)) return -6;
  if (!/\p{L}{3}/u.test(n)) return -8;
  // A table of contents flattened into one line ("1 Inledning 2 Nuläge 3 Mål …") lists chapters, it names nothing.
  if ((n.match(/(?:^|\s)\d{1,2}(?:\.\d+)*\s+\p{L}/gu) ?? []).length >= 3) return -6;
  let s = 0;
  if (NAMING.test(n)) s += 6;
  if (u.heading) s += 2;
  if (ISSUER_PREFIX.test(n) && NAMING.test(n)) s -= 3;
  if (/^\p{Lu}/u.test(u.text)) s += 1;
  if (n.length > 90) s -= 2;
  if (/[.!?]$/.test(u.text)) s -= 3;
  return s - index * 0.4;
}

/** The lines of a wrapped name as one: a range cut at its dash ("2020–" / "2030") closes up. */
export function joinLines(units: readonly TextUnit[]): string {
  return units.reduce((text, u) => (text === '' ? u.text : /[–—-]$/.test(text) && /^\d/.test(u.text) ? `${text}${u.text}` : `${text} ${u.text}`), '');
}

/** Joins a title that wraps onto the next line ("Näringslivsprogram för" / "Ale kommun 2016–2020"). */
function withContinuation(lines: readonly TextUnit[], i: number): TextUnit[] {
  const first = lines[i];
  const next = lines[i + 1];
  if (!first || !next || next.page !== first.page || next.text.length > 70) return first ? [first] : [];
  // A cover that sets the name twice ("Sollentuna kommun – Näringslivsstrategi 2030" / "Näringslivsstrategi 2030") is one name.
  if (normForMatch(cleanTitle(next.text)) === normForMatch(cleanTitle(first.text))) return [first];
  const joinable =
    /(?:\s(för|och|i|av|med|om|till)|[-–—:,])$/i.test(first.text) ||
    /^\p{Ll}/u.test(next.text) ||
    /^(?:\d{4}\s*[-–—]\s*\d{2,4}|för\s|\d{4}$)/u.test(next.text) ||
    // A cover set in capitals wraps the same way ("NÄRINGSLIVSSTRATEGI" / "FÖR MORA KOMMUN"); "För ett växande …" is a subtitle.
    (/^FÖR\s/u.test(next.text) && first.text === first.text.toUpperCase()) ||
    /^(?:och|samt)\s/i.test(next.text) ||
    // A short second line ending in the year completes the name ("Näringslivsstrategi" / "Tierp 2035").
    (next.text.split(/\s+/).length <= 3 && /\s(?:19|20)\d{2}$/.test(next.text) && !/[.!?]$/.test(first.text)) ||
    // A bare genre word needs its subtitle to be a name ("Näringslivsprogram" / "Hallsbergs kommun 2015–2018");
    // a full name keeps its subtitle apart ("Strategi för hållbar tillväxt" / "Katrineholms kommun 2020–2024").
    (first.text.trim().split(/\s+/).length <= 2 && NAMING.test(first.norm) && next.text.split(/\s+/).length <= 4 && /[–—-](?:19|20)\d{2}$/.test(next.text) && !/[.!?]$/.test(first.text));
  // A status line under the name ("Remissversion, oktober 2023") describes the copy, it is not part of the name.
  if (!joinable || JUNK_LINE.test(next.norm) || /^(?:remissversion|remiss|utkast|förslag|samrådsversion|preliminär|arbetsmaterial|version)\b/u.test(next.norm)) return [first];
  // A cover set in three lines ends with the period alone ("NÄRINGSLIVSSTRATEGI" / "FÖR MORA KOMMUN" / "2017–2020").
  const third = lines[i + 2];
  const period = third && third.page === first.page && /^(?:19|20)\d{2}(?:\s*[-–—]\s*(?:19|20)?\d{2})?$/.test(third.text.trim()) && !/\d{4}/.test(next.text);
  return period ? [first, next, third] : [first, next];
}

/**
 * A cover that repeats the name with its period on the next line ("Näringslivsprogram för Säffle kommun" /
 * "Näringslivsprogram för Säffle kommun 2012–2015") gives the fuller form.
 */
function withPeriod(result: TitleResult, firstPage: readonly TextUnit[]): TitleResult {
  if (!result.title || result.norm.length < 6) return result;
  const longer = firstPage.slice(0, 6).find((l) => l.norm.startsWith(result.norm) && /^\s*[-,]?\s*(?:19|20)\d{2}(?:\s?-\s?(?:19|20)\d{2})?$/.test(l.norm.slice(result.norm.length)));
  if (!longer) return result;
  const title = cleanTitle(longer.text);
  return { ...result, title, norm: normForMatch(title), page: longer.page };
}

/**
 * The lines of the first page that are running headers or footers: the extractor's (matched at the
 * top or bottom of page 1, where it put them, so the same words set as the cover's heading stay
 * the name), the model's boilerplate, and in plain text a line met three times or more (a PDF
 * copied to text keeps its headers; a PDF or DOCX has them apart already).
 */
function runningUnits(model: TextModel, page1: readonly TextUnit[], runningLines: readonly string[], format: string): Set<TextUnit> {
  const out = new Set<TextUnit>(page1.filter((u) => model.boilerplate.has(boilerplateKey(u.text))));
  const zone = 4;
  for (const line of runningLines) {
    const key = boilerplateKey(line);
    const top = page1.slice(0, zone).find((u) => boilerplateKey(u.text) === key && !out.has(u));
    const bottom = [...page1.slice(-zone)].reverse().find((u) => boilerplateKey(u.text) === key && !out.has(u));
    const hit = top ?? bottom;
    if (hit) out.add(hit);
  }
  if (format === 'text') {
    const counts = new Map<string, number>();
    for (const l of model.lines) {
      if (l.text.length > 120 || l.norm.split(' ').length < 2) continue;
      const key = boilerplateKey(l.text);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const u of page1) if ((counts.get(boilerplateKey(u.text)) ?? 0) >= 3) out.add(u);
  }
  return out;
}

/**
 * Chooses the title; `metaTitle` is the extractor's (metadata or first heading), `runningLines` its
 * running headers/footers (ExtractedDocument.runningLines).
 */
export function findTitle(model: TextModel, metaTitle: string | null, format = 'pdf', runningLines: readonly string[] = []): TitleResult {
  // A bare cover (logo, municipality name) puts the name on page 2.
  const page1 = model.lines.filter((l) => l.page === 1);
  const firstPage = (page1.length >= 4 ? page1 : model.lines.filter((l) => l.page <= 2)).slice(0, 18);
  let best: { score: number; units: TextUnit[] } | null = null;
  const metaLine = metaTitle ? normForMatch(cleanTitle(metaTitle)) : '';
  const running = runningUnits(model, page1, runningLines, format);
  firstPage.forEach((u, i) => {
    // A running header repeats the name in short form, after the issuer or a draft stamp; the line that
    // equals the metadata title is the name, unless it is that header.
    const runs = running.has(u);
    const units = withContinuation(firstPage, i);
    const joined = normForMatch(cleanTitle(joinLines(units)));
    const matchesMeta = metaLine.length > 3 && (normForMatch(cleanTitle(u.text)) === metaLine || joined === metaLine);
    const score = scoreLine(u, i) - (runs ? 5 : 0) + (!runs && matchesMeta ? 4 : 0);
    if (!best || score > best.score) best = { score, units };
  });
  const meta = metaTitle ? cleanTitle(metaTitle) : '';
  const metaNorm = normForMatch(meta);
  const metaUsable = meta.length >= 4 && meta.length <= 200 && !META_JUNK.test(meta) && /\p{L}{3}/u.test(meta) && !LETTERHEAD.test(metaNorm);
  // File-like metadata ("Microsoft Word - nlp_slutversion.docx") is what the author's tool left, not the name.
  const metaFileLike = metaTitle !== null && (/^microsoft|\.(docx?|pdf|odt)$/i.test(metaTitle.trim()) || /_/.test(metaTitle));
  const chosen = best as { score: number; units: TextUnit[] } | null;
  const pageNames = chosen !== null && chosen.score > 0 && NAMING.test(chosen.units[0]?.norm ?? '');
  const useMeta =
    metaUsable &&
    (format === 'html'
      ? true // a web page's h1/<title> is its name, even when a sub-heading names a program it presents
      : format === 'text'
      ? (NAMING.test(metaNorm) && !(page1[0] !== undefined && running.has(page1[0]) && normForMatch(cleanTitle(page1[0].text)) === metaNorm)) || !pageNames
      : !pageNames && !metaFileLike && (NAMING.test(metaNorm) || !chosen || chosen.score < 3));
  if (useMeta) {
    // A text file's first line is its metadata title; when the name wraps onto a "för …" line
    // ("Näringslivs- och tillväxtstrategi" / "för Vänersborgs kommun"), the wrapped part belongs to it.
    const at = firstPage.findIndex((u) => normForMatch(cleanTitle(u.text)) === metaNorm);
    const units = at >= 0 ? withContinuation(firstPage, at) : [];
    if (units.length === 2 && /^för\s/u.test(units[1]?.text ?? '')) {
      const joined = cleanTitle(joinLines(units));
      return withPeriod({ title: joined, norm: normForMatch(joined), page: 1, source: 'metadata' }, firstPage);
    }
    return withPeriod({ title: meta, norm: metaNorm, page: 1, source: 'metadata' }, firstPage);
  }
  if (chosen && chosen.score > -3 && chosen.units.length > 0) {
    let title = cleanTitle(joinLines(chosen.units));
    // A name cut at its range ("… 2020–", the end year set apart from the text layer) is completed by the
    // metadata title that starts with it.
    if (metaUsable && /[–—-]$/.test(title) && metaNorm.startsWith(normForMatch(title)) && meta.length - title.length <= 12) title = meta;
    return withPeriod({ title, norm: normForMatch(title), page: chosen.units[0]?.page ?? 1, source: 'first-page' }, firstPage);
  }
  if (metaUsable && !metaFileLike) return { title: meta, norm: metaNorm, page: 1, source: 'metadata' };
  return { title: null, norm: '', page: 1, source: 'none' };
}
