/**
 * Who adopted the document and when ("Antagen av kommunfullmäktige
 * 2017-03-27 § 45", "Fastställd av KS den 3 maj 2016", a "Beslutad av:" /
 * "Datum:" table on the cover). Proposals ("föreslås antas") are not adoptions.
 */
import type { Evidence } from '../domain/index.ts';
import type { TextModel, TextUnit } from './text-model.ts';
import { quoteOf } from './text-model.ts';
import { rx } from './lexicon.ts';

export interface AdoptionResult {
  adoptedBy: string | null;
  adoptedDate: string | null;
  year: number | null;
  month: number | null;
  evidence: Evidence | null;
  signal: string | null;
}

const BODY = rx('\\b(kommunstyrelsens arbetsutskott|ksau|kommunfullmäktige\\p{L}*|regionfullmäktige|regionstyrelse\\p{L}*|fullmäktige|kf|kommunstyrelse\\p{L}*|ks|\\p{L}*nämnd(?:en|ens)?|\\p{L}*utskott(?:et)?)\\b');
const ADOPT_VERB = rx('\\b(antag\\p{L}*|antog\\p{L}*|fastställ\\p{L}*|beslut\\p{L}*|godkän\\p{L}*|godkändes|klubba\\p{L}*)\\b');
const NOT_ADOPTED = rx('\\b(föreslå\\p{L}*|förslag\\p{L}*|ska antas|skall antas|kommer att antas|planeras|inför beslut|remiss\\p{L}*|för antagande|att anta\\b)');
const DECIDED = rx('\\b(beslutade|beslöt|har beslutat|antog|antogs|fastställde)\\b');
// Compounds name the document too ("Näringslivsstrategin antogs av …", "Tillväxtprogrammet fastställdes …").
const ABOUT_DOCUMENT = rx('\\b(\\p{L}*program\\p{L}*|\\p{L}*strategi\\p{L}*|\\p{L}*policy\\p{L}*|plan(?:en)?|\\p{L}+planen|dokument\\p{L}*|styrdokument\\p{L}*)\\b');
const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const ISO = /(?<!\d)((?:19|20)\d{2})[-.](\d{2})[-.](\d{2})(?!\d)/;
// 09.02.2027, 05/05 2017, 24/1 2022 (day first, as Swedes write by hand).
const DMY = /(?<![\d/.])(\d{1,2})[./](\d{1,2})(?:[./]|\s)\s?((?:19|20)\d{2})(?!\d)/;
// 19/2-11: day/month-two-digit year.
const DMY_SHORT = /(?<![\d/.])(\d{1,2})\/(\d{1,2})-(\d{2})(?!\d)/;
const MONTH_ABBR = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const SHORT_MONTH = rx(`(\\d{1,2})\\s(${MONTH_ABBR.join('|')})(?:\\p{L}*)\\.?\\s((?:19|20)\\d{2})`);
const LONG = rx(`(\\d{1,2})\\s(${MONTHS.join('|')})\\s((?:19|20)\\d{2})`);
const MONTH_YEAR = rx(`\\b(${MONTHS.join('|')})\\s((?:19|20)\\d{2})`);
const PARAGRAPH_YEAR = /§\s?\d+\s?\/\s?((?:19|20)\d{2})|((?:19|20)\d{2})\s?§/;
const YEAR = /(?<![\d/-])((?:19|20)\d{2})(?![\d/])/;
// "… upphäva tidigare näringslivsprogram antaget 2012-05-28": a clause about an earlier document's adoption.
const EARLIER_ADOPTION = /\bupphäv\p{L}*[^.;]*|\b(?:tidigare|föregående|förra|gamla)\s(?:\p{L}+\s){0,2}?\p{L}*(?:program|strategi|policy|plan|styrdokument)\p{L}*,?\s(?:\p{L}+\s){0,2}?(?:antag|antog|beslut|fastställ)\p{L}*[^.;]*/u;
const EARLIER_ADOPTION_ALL = new RegExp(EARLIER_ADOPTION.source, 'gu');
const RANK: Record<string, number> = { kommunfullmäktige: 3, regionfullmäktige: 3, kommunstyrelsen: 2, regionstyrelsen: 2 };

function bodyName(raw: string): string {
  if (/^(kommunstyrelsens arbetsutskott|ksau)$/.test(raw)) return 'kommunstyrelsens arbetsutskott';
  if (/^(kommunfullmäktige|fullmäktige|kf)/.test(raw)) return 'kommunfullmäktige';
  if (/^(kommunstyrelse|ks)/.test(raw)) return 'kommunstyrelsen';
  if (raw === 'regionfullmäktige') return 'regionfullmäktige';
  if (/^regionstyrelse/.test(raw)) return 'regionstyrelsen';
  return raw.replace(/ens$/, 'en');
}

function findDate(norm: string): { iso: string; year: number; month: number | null } | null {
  const iso = ISO.exec(norm);
  if (iso) return { iso: `${iso[1]}-${iso[2]}-${iso[3]}`, year: Number(iso[1]), month: Number(iso[2]) };
  const iso2 = (y: number, m: number, d: number): string => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const dmy = DMY.exec(norm);
  if (dmy && Number(dmy[2]) >= 1 && Number(dmy[2]) <= 12 && Number(dmy[1]) >= 1 && Number(dmy[1]) <= 31) {
    return { iso: iso2(Number(dmy[3]), Number(dmy[2]), Number(dmy[1])), year: Number(dmy[3]), month: Number(dmy[2]) };
  }
  const short = SHORT_MONTH.exec(norm);
  if (short) {
    const month = MONTH_ABBR.indexOf(short[2] ?? '') + 1;
    return { iso: iso2(Number(short[3]), month, Number(short[1])), year: Number(short[3]), month };
  }
  const dmys = DMY_SHORT.exec(norm);
  if (dmys && Number(dmys[2]) >= 1 && Number(dmys[2]) <= 12) {
    const year = 2000 + Number(dmys[3]);
    return { iso: iso2(year, Number(dmys[2]), Number(dmys[1])), year, month: Number(dmys[2]) };
  }
  const long = LONG.exec(norm);
  if (long) {
    const month = MONTHS.indexOf(long[2] ?? '') + 1;
    return { iso: `${long[3]}-${String(month).padStart(2, '0')}-${String(long[1]).padStart(2, '0')}`, year: Number(long[3]), month };
  }
  const my = MONTH_YEAR.exec(norm);
  if (my) return { iso: String(my[2]), year: Number(my[2]), month: MONTHS.indexOf(my[1] ?? '') + 1 };
  const par = PARAGRAPH_YEAR.exec(norm);
  if (par) {
    const y = par[1] ?? par[2];
    return { iso: String(y), year: Number(y), month: null };
  }
  const y = YEAR.exec(norm);
  if (y) return { iso: String(y[1]), year: Number(y[1]), month: null };
  return null;
}

/** Scans the cover, the first pages and the last page, where adoption notes live. */
export function findAdoption(model: TextModel): AdoptionResult {
  const last = model.pagesRead;
  const lines = model.lines.filter((l) => l.page <= 3 || l.page >= last - 1);
  let best: { rank: number; unit: TextUnit; by: string; date: ReturnType<typeof findDate> } | null = null;
  for (let i = 0; i < lines.length; i += 1) {
    const u = lines[i];
    if (!u) continue;
    // A short adoption note may wrap onto the next lines; in a long paragraph only the sentence with the verb counts.
    const long = u.norm.length > 90;
    const parts = long ? u.norm.split(/(?<=[.!?])\s+/) : [u.norm];
    const at = long ? parts.findIndex((x) => ADOPT_VERB.test(x)) : 0;
    const sentence = at >= 0 ? (parts[at] ?? '') : '';
    // "… näringslivsprogram gäller 2021–2025. Det antogs av kommunfullmäktige …": the pronoun is the document.
    const pronounForDocument = long && at > 0 && /^(?:det|den) /u.test(sentence) && ABOUT_DOCUMENT.test(parts[at - 1] ?? '');
    const window = long ? [] : [u, lines[i + 1], lines[i + 2]].filter((x): x is TextUnit => x !== undefined && x.page === u.page);
    // "att upphäva tidigare näringslivsprogram antaget 2012-05-28" in the decision dates the earlier document: leave it out.
    const joined = (long ? sentence : window.map((x) => x.norm).join(' ')).replace(EARLIER_ADOPTION_ALL, ' ');
    // "Kommunfullmäktige 8 juli 2012, § 96": a body and a date alone on a short line is an adoption note too.
    const bareNote = u.norm.length < 90 && /^(kommunfullmäktige|kommunstyrelsen|kf|ks)\b/u.test(u.norm) && findDate(u.norm) !== null && /§|\d{4}-\d{2}-\d{2}|\d{1,2} \p{L}+ \d{4}/u.test(u.norm);
    if (!ADOPT_VERB.test(sentence) && !bareNote) continue;
    // The decision's clause on an earlier document is not this document's adoption.
    if (EARLIER_ADOPTION.test(sentence)) continue;
    // "föreslås antas" is a proposal; "beslutade kommunstyrelsen att anta detta program" is a decision.
    if (NOT_ADOPTED.test(sentence) && !(DECIDED.test(sentence) && !/föreslå|förslag|remiss/u.test(sentence))) continue;
    // A decision about something else ("beslutat att de globala målen ska …") is not this document's adoption.
    // A participle sentence of its own ("… 2022–2030. Antagen av kommunfullmäktige 16 juni 2022.") is the paragraph's note on the document,
    // and so is a field of a flattened cover table ("Dokumenttyp: Policy. Beslutad av: Kommunfullmäktige 2019-10-08 § 201.").
    const participleNote = long && /^(?:antagen|antaget|fastställd|fastställt|beslutad|beslutat|godkänd|godkänt) (?:av|i):? /u.test(sentence) && findDate(sentence) !== null;
    if (long && ((!ABOUT_DOCUMENT.test(sentence) && !pronounForDocument && !participleNote) || /\b(ett|en)\s\p{L}*(program|strategi|policy)\p{L}* är\b/u.test(sentence))) continue;
    // The highest body named wins ("Ansvarig nämnd: kommunfullmäktige"); bare "nämnd" names nobody.
    const bodies = [...(BODY.exec(sentence) ? sentence : joined).matchAll(new RegExp(BODY.source, 'gu'))]
      .map((m) => bodyName(m[1] ?? ''))
      .filter((b) => !/^(nämnd|nämnden|nämndens|utskott|utskottet)$/.test(b));
    if (bodies.length === 0) continue;
    const by = bodies.sort((a, b) => (RANK[b] ?? 1) - (RANK[a] ?? 1))[0] ?? '';
    const ownDate = findDate(sentence.slice(Math.max(0, (ADOPT_VERB.exec(sentence)?.index ?? 0) - 40)));
    // A note wrapped onto the next line carries a full date; a bare year there is some other line ("Giltighet: t.o.m. 2018").
    const nextDate = ownDate ? null : findDate(joined);
    const date = ownDate ?? (nextDate && nextDate.month !== null ? nextDate : null);
    // An undated decision that names no document ("fullmäktige har beslutat om en inriktning") is prose, not an adoption note.
    if (!date && !ABOUT_DOCUMENT.test(sentence) && !pronounForDocument && !/^(antagen|antaget|fastställd|fastställt|beslutad|beslutat|godkänd|godkänt)\b/u.test(u.norm)) continue;
    // A dated note is the document's own record; it outranks a higher body named without a date.
    const rank = (RANK[by] ?? 1) * 10 + (date ? 35 : 0) - (u.page > 3 ? 2 : 0);
    if (!best || rank > best.rank) best = { rank, unit: u, by, date };
  }
  if (!best) return { adoptedBy: null, adoptedDate: null, year: null, month: null, evidence: null, signal: null };
  // Region Gotland is a municipality with regional responsibility: its regionfullmäktige is the municipal council.
  const gotland = /\bgotland\b/u.test(model.pageNorms.slice(0, 3).join(' '));
  const by = gotland ? ({ regionfullmäktige: 'kommunfullmäktige', regionstyrelsen: 'kommunstyrelsen' } as Record<string, string>)[best.by] ?? best.by : best.by;
  return {
    adoptedBy: by,
    adoptedDate: best.date?.iso ?? null,
    year: best.date?.year ?? null,
    month: best.date?.month ?? null,
    evidence: { aspect: 'adoption', quote: quoteOf(best.unit), page: best.unit.page },
    signal: `antagen av ${by}${best.date ? ` ${best.date.iso}` : ''} (s. ${best.unit.page})`,
  };
}
