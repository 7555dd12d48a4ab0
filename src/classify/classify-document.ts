/**
 * The classifier: one extracted document in, one explainable judgement out.
 * Pure and synchronous; every field carries a confidence, the signals that
 * decided it and quotes with pages. Never throws: odd input gives
 * isProgram false with the reason.
 */
import { lacksDiacritics, restoreDiacritics } from './ocr-repair.ts';
import type { Classification, ClassificationDetails, Evidence, ExtractedDocument } from '../domain/index.ts';
import { buildTextModel } from './text-model.ts';
import { cleanTitle, findTitle, joinLines } from './title.ts';
import { judgeKind } from './document-kind.ts';
import { judgeProgramType } from './program-type.ts';
import { findAdoption } from './adoption.ts';
import { judgeValidity, periodFromFileName } from './validity.ts';
import { judgeRegionalLink } from './regional-link.ts';
import { judgeActionPlan } from './action-plan.ts';
import { judgeSustainability } from './sustainability.ts';
import { judgeDraft, judgeGoals, judgeWrittenWithBusiness, judgeYearlyActivities } from './details.ts';
import { normForMatch } from './normalize.ts';
import { isEnglishText, translateEnglish } from './english-glossary.ts';
import type { TitleResult } from './title.ts';
import type { TextModel } from './text-model.ts';

/** The translated title's line, in the original words (line i of the translation is line i of the original). */
function originalTitle(judged: TitleResult, translated: TextModel, original: TextModel, metaTitle: string | null): TitleResult {
  if (!judged.title) return judged;
  if (judged.source === 'metadata' && metaTitle) return { ...judged, title: cleanTitle(metaTitle) };
  const i = translated.lines.findIndex((l) => judged.title?.startsWith(cleanTitle(l.text)));
  const line = i >= 0 && translated.lines.length === original.lines.length ? original.lines[i] : undefined;
  if (!line) return judged;
  // A name wrapped over two or three lines was joined: join the same original lines.
  let span = 1;
  for (let n = 2; n <= 3; n += 1) {
    const joined = cleanTitle(joinLines(translated.lines.slice(i, i + n)));
    if (joined === judged.title) span = n;
  }
  const lineTitle = cleanTitle(joinLines(original.lines.slice(i, i + span)));
  // The judged title was completed from the metadata (a wrapped "2020–" / "2030"): so is the original.
  const completed = metaTitle && /[–—-]$/.test(lineTitle) && cleanTitle(metaTitle).startsWith(lineTitle) ? cleanTitle(metaTitle) : null;
  return { ...judged, title: completed ?? lineTitle };
}

/** What the caller knows about where the document came from. */
export interface ClassifyContext {
  url?: string | null;
  municipalityName?: string | null;
  countyCode?: string | null;
  year?: number | null;
}

/** Below this, a judgement is flagged for human review. */
const REVIEW_THRESHOLD = 0.6;

function emptyDetails(documentKind: string): ClassificationDetails {
  return {
    adoptedBy: null,
    adoptedDate: null,
    validUntilFurtherNotice: false,
    isDraft: false,
    writtenWithBusiness: false,
    yearlyActivities: false,
    goals: { present: false, measurable: false, kinds: [], indicators: [] },
    agenda2030: { mentioned: false, goals: [] },
    regionalReference: null,
    documentKind,
  };
}

function failed(reason: string): Classification {
  return {
    isProgram: false,
    programType: null,
    title: null,
    validFrom: null,
    validTo: null,
    regionalLink: null,
    actionPlan: null,
    sustainability: null,
    evidence: [],
    details: emptyDetails('unreadable'),
    confidence: { isProgram: 0.5 },
    needsReview: true,
    reviewReasons: [reason],
    signals: [reason],
  };
}

/**
 * Classifies one document like an analyst would.
 *
 * @example
 *   const c = classifyDocument(await extractFile('naringslivsprogram.pdf'), { countyCode: '12' });
 *   c.isProgram && c.programType === 'business'
 */
export function classifyDocument(doc: ExtractedDocument, context: ClassifyContext = {}): Classification {
  try {
    return classifyUnsafe(doc, context);
  } catch (error) {
    return failed(`klassificeringen misslyckades: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function classifyUnsafe(doc: ExtractedDocument, context: ClassifyContext): Classification {
  const rawPages = Array.isArray(doc?.pages) ? doc.pages : [];
  // An English translation is judged through the glossary; its title keeps the original wording.
  const english = isEnglishText(rawPages);
  // A text stripped of å/ä/ö (OCR without Swedish) is read with its key words restored; the title keeps the original spelling.
  const restored = !english && lacksDiacritics(rawPages);
  const pages = english ? rawPages.map(translateEnglish) : restored ? rawPages.map(restoreDiacritics) : rawPages;
  const model = buildTextModel(pages, doc?.pageCount);
  const metaTitle = typeof doc?.title === 'string' ? doc.title : null;
  const runningLines = Array.isArray(doc?.runningLines) ? doc.runningLines.filter((l): l is string => typeof l === 'string') : [];
  const judgedTitle = findTitle(model, english && metaTitle ? translateEnglish(metaTitle) : metaTitle, doc?.format ?? 'pdf', english ? runningLines.map(translateEnglish) : runningLines);
  const title = english || restored ? originalTitle(judgedTitle, model, buildTextModel(rawPages, doc?.pageCount), metaTitle) : judgedTitle;
  const kind = judgeKind(model, { ...title, norm: judgedTitle.norm }, doc?.format ?? 'text', english);
  if (english) kind.signals.unshift('engelsk text, läst via ordlista');
  const signals: string[] = [...kind.signals];
  const reviewReasons: string[] = [...kind.reviewReasons];
  const confidence: Record<string, number> = { isProgram: kind.confidence };
  const evidence: Evidence[] = [...kind.evidence];

  if (doc?.scanned) {
    reviewReasons.push('skannad PDF utan textlager: behöver OCR');
    signals.push('skannad PDF utan textlager');
  }
  if (title.title) {
    confidence['title'] = title.source === 'none' ? 0.3 : 0.85;
    evidence.push({ aspect: 'title', quote: title.title, page: title.page });
  }

  if (!kind.isProgram) {
    const details = emptyDetails(kind.documentKind);
    if (kind.confidence < REVIEW_THRESHOLD + 0.15) reviewReasons.push('osäkert om dokumentet är ett program');
    return {
      isProgram: false,
      programType: null,
      title: title.title,
      validFrom: null,
      validTo: null,
      regionalLink: null,
      actionPlan: null,
      sustainability: null,
      evidence,
      details,
      confidence,
      needsReview: reviewReasons.length > 0 && kind.confidence < 0.8,
      reviewReasons,
      signals,
    };
  }

  const namingText = title.norm && kind.naming && kind.naming.norm === title.norm ? title.norm : kind.naming?.norm ?? title.norm;
  const type = judgeProgramType(namingText);
  confidence['programType'] = type.confidence;
  signals.push(`typ: ${type.signal}`);
  evidence.push({ aspect: 'programType', quote: kind.naming?.text ?? title.title ?? '', page: kind.naming?.page ?? 1 });

  const adoption = findAdoption(model);
  if (adoption.signal) signals.push(adoption.signal);
  if (adoption.evidence) evidence.push(adoption.evidence);

  const judged = judgeValidity(model, title.norm, title.title, kind.naming ? normForMatch(kind.naming.text) : null, adoption);
  // The file name fills in only what the text leaves open: no period at all, or a start year without an end.
  const fromName = judged.validTo === null && !judged.untilFurtherNotice ? periodFromFileName(context.url ?? null) : null;
  const validity = fromName && (judged.validFrom === null || judged.validFrom === fromName.validFrom) ? { ...fromName, evidence: [...judged.evidence, ...fromName.evidence], signals: [...judged.signals, ...fromName.signals] } : judged;
  confidence['validity'] = validity.confidence;
  signals.push(...validity.signals.map((s) => `giltighet: ${s}`));
  evidence.push(...validity.evidence);
  reviewReasons.push(...validity.reviewReasons);

  const regional = judgeRegionalLink(model, context.countyCode);
  confidence['regionalLink'] = regional.confidence;
  signals.push(...regional.signals.map((s) => `regional koppling: ${s}`));
  evidence.push(...regional.evidence);

  const action = judgeActionPlan(model, title.norm);
  confidence['actionPlan'] = action.confidence;
  signals.push(...action.signals.map((s) => `handlingsplan: ${s}`));
  evidence.push(...action.evidence);

  const sustain = judgeSustainability(model, regional.reference ? [regional.reference] : []);
  confidence['sustainability'] = sustain.confidence;
  signals.push(`hållbarhet (poäng ${sustain.score}): ${sustain.signals.join('; ')}`);
  evidence.push(...sustain.evidence);

  const draft = judgeDraft(model, title.norm, title.title);
  const business = judgeWrittenWithBusiness(model);
  const yearly = judgeYearlyActivities(model);
  const goals = judgeGoals(model);
  confidence['isDraft'] = draft.confidence;
  confidence['writtenWithBusiness'] = business.confidence;
  confidence['yearlyActivities'] = yearly.confidence;
  confidence['goals'] = goals.confidence;
  for (const d of [draft, business, yearly, goals]) {
    if (d.signal) signals.push(d.signal);
    evidence.push(...d.evidence);
  }
  if (adoption.adoptedBy) confidence['adoptedBy'] = adoption.adoptedDate ? 0.85 : 0.7;

  // A program adopted before its stated start or a draft with an adoption note: worth a look.
  for (const [field, value] of Object.entries(confidence)) {
    if (value < REVIEW_THRESHOLD) reviewReasons.push(`låg säkerhet för ${field} (${value.toFixed(2)})`);
  }
  const inYear = context.year ?? null;
  if (inYear !== null && validity.validFrom === null && validity.validTo === null && !validity.untilFurtherNotice) {
    signals.push(`giltighet för ${inYear} kan inte avgöras`);
  }

  // A draft has not been adopted, whatever decision it plans ("ska antas av kommunfullmäktige").
  const adopted = draft.value ? { adoptedBy: null, adoptedDate: null } : { adoptedBy: adoption.adoptedBy, adoptedDate: adoption.adoptedDate };
  if (draft.value && adoption.adoptedBy) signals.push('utkast: antagandenoteringen räknas inte som antagande');
  const details: ClassificationDetails = {
    ...adopted,
    validUntilFurtherNotice: validity.untilFurtherNotice,
    isDraft: draft.value,
    writtenWithBusiness: business.value,
    yearlyActivities: yearly.value,
    goals: goals.value,
    agenda2030: sustain.agenda2030,
    regionalReference: regional.reference,
    documentKind: 'program',
  };
  return {
    isProgram: true,
    programType: type.programType,
    title: title.title,
    validFrom: validity.validFrom,
    validTo: validity.validTo,
    regionalLink: regional.regionalLink,
    actionPlan: action.actionPlan,
    sustainability: sustain.sustainability,
    evidence: evidence.filter((e) => e.quote.length > 0),
    details,
    confidence,
    needsReview: reviewReasons.length > 0,
    reviewReasons: [...new Set(reviewReasons)],
    signals,
  };
}
