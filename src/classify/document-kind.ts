/**
 * Decides whether a document is a municipality's own business/growth program,
 * and if not, what look-alike it is (minutes, budget, comprehensive plan, news,
 * regional strategy, topical program, action plan, job ad, event page ...).
 * Naming in the title weighs most, then the top of page 1, then the body.
 */
import type { Evidence } from '../domain/index.ts';
import type { TextModel, TextUnit } from './text-model.ts';
import { quoteOf } from './text-model.ts';
import { hasProgramBody, isListing, measureShape } from './page-shape.ts';
import type { TitleResult } from './title.ts';
import { countMunicipalityNames } from './regional-reference.ts';
import {
  ACTION_PLAN_NOUN,
  BUDGET_TITLE,
  COMPREHENSIVE_PLAN,
  ENGLISH_STOPWORDS,
  EVENT,
  JOB_AD,
  JOINT_ISSUER,
  KIND_NOUN,
  MINUTES_MARKER,
  MINUTES_TITLE,
  NEWS_MARKER,
  NEWS_VERB,
  PROGRAM_NAME,
  REGIONAL_ISSUER,
  REPORT_TITLE,
  RUS_TITLE,
  SELF_REFERENCE,
  SWEDISH_STOPWORDS,
  TOPICAL_PREFIX,
  rx,
} from './lexicon.ts';

export interface KindResult {
  isProgram: boolean;
  documentKind: string;
  confidence: number;
  signals: string[];
  evidence: Evidence[];
  reviewReasons: string[];
  /** The unit (title or first-page line) that names the program, when found. */
  naming: { text: string; norm: string; page: number } | null;
}

const TOPICAL_COMPOUND = rx(`^(?:\\p{L}+\\s){0,3}?${TOPICAL_PREFIX}\\p{L}*(?:\\s\\p{L}+)?\\s?(?:program|strategi|policy|plan|riktlinjer)`);
const TOPICAL_FOR = rx(
  `\\b(?:program|strategi|policy|plan|riktlinjer)\\p{L}*(?: \\p{L}+)? för (?:\\p{L}+ ){0,2}?${TOPICAL_PREFIX}\\p{L}*`,
);
const CORE_TOPIC = rx('näringsliv|tillväxt|företag|entreprenörskap');
const PARENT_PROGRAM = rx(
  '\\b(?:näringslivs|tillväxt)\\p{L}*(?:programmet|strategin|policyn|planen)\\b|\\b(?:programmet|strategin|policyn)\\b|\\butifrån (?:kommunens )?(?:\\p{L}+ )?(?:program|strategi|policy)|\\bgenomförandet av\\b|\\bkopplad till\\b.*\\b(?:program|strategi)',
);
// A sentence whose subject is the document itself, in the definite form, simple or compound ("näringslivsstrategin").
const SELF_SUBJECT = rx('^(?:\\p{L}*(?:programmet|strategin|policyn|planen)|dokumentet|detta|denna|den här|det här)\\b');
// The owner in the genitive before the document's name ("Ydre kommuns företagarpolicy antogs …", "Kommunens
// näringslivsprogram gäller …") is the document's own note too, unless it is announced as new or dated like news.
const GENITIVE_SELF_SUBJECT = rx('^(?:\\p{L}+ ){0,2}?\\p{L}+s (?!nya\\b|nytt\\b|ny\\b)(?:\\p{L}+ )?\\p{L}*(?:program|strategi|policy|plan)(?:met|en|n)?\\b');
// The site-wide "last updated" line dates the page, not a news item.
const PAGE_FURNITURE_DATE = rx('^(?:sidan )?senast (?:uppdaterad|ändrad)\\b');
const PARTY = rx('^(?:\\p{L}+ )?(?:socialdemokraterna|moderaterna|centerpartiet|liberalerna|folkpartiet|kristdemokraterna|vänsterpartiet|miljöpartiet|sverigedemokraterna)(?:s)?\\b|\\b(?:partiets?|kommunkrets\\p{L}*|partiföreningen?)\\b');
const OUTSIDE_ISSUER_NOTE = rx('^(?:antag\\p{L}*|framtag\\p{L}*|beslutad|beslutat|fastställ\\p{L}*|utgiven|utgivet|utgiven|skrivet|skriven) av (?:\\p{L}+ ){0,3}?(?:styrelsen för (?!\\p{L}+ kommun)|årsmöte\\p{L}*|medlemsmöte\\p{L}*|föreningsstämma\\p{L}*|\\p{L}*förening\\p{L}*|företagarna\\b|handelskammar\\p{L}*|\\p{L}*partiet|\\p{L}*partiets|kommunkrets\\p{L}*)');
const STANDALONE_PLAN = rx('\\b(?:inget|inte något|inte ett|saknar(?: ett)?)\\s(?:separat |eget |särskilt )?(?:näringslivsprogram|tillväxtprogram|program för näringslivet|näringslivsstrategi)|\\b(?:är|utgör) kommunens (?:samlade |övergripande )?(?:styrdokument|policy) för (?:näringsliv|företagande)');
const RELATED_FIELD = rx('^(?:relaterade (?:dokument|styrdokument)|relaterade|se även|ersätter|ersätts av|hänvisningar|kopplade dokument|övergripande styrdokument|styrande dokument)\\b');
// "Information till kommunfullmäktige 25 oktober", "Presentation vid näringslivsfrukost", "Kortversion av näringslivsprogrammet".
const PRESENTATION_COVER = rx('^(?:information|dragning|presentation|föredragning|informationsmöte)\\s(?:till|för|vid|på|om|inför)\\s|^(?:kortversion|sammanfattning|populärversion|lättläst version)(?: av)? (?:\\p{L}+ )?\\p{L}*(?:programmet|strategin|policyn|planen)\\b');
const SUMMARY_OF = rx('^(?:det här|detta|här) är en (?:kort )?(?:sammanfattning|kortversion|populärversion|lättläst version|presentation) av\\b');
// A sidebar or footer list of news ("Senaste nyheter", "Fler nyheter") is site furniture, not an article's mark.
const NEWS_LIST_HEADING = rx('^(?:senaste|fler|alla|aktuella|andra|relaterade) nyheter$|^nyheter$|^aktuellt$');
// "Sedan det förra programmet antogs …" tells the history of an earlier document.
const PREVIOUS_DOCUMENT = rx('\\b(?:förra|föregående|tidigare|gamla|förrförra)\\s(?:\\p{L}+\\s)?\\p{L}*(?:program|strategi|policy|plan)\\p{L}*');
const ADOPTION_VERB = rx('\\b(?:har|hade) (?:nu )?(?:antagit|beslutat|klubbat)\\b|\\bantogs\\b|\\bklubbades\\b|\\bbeslutade\\b|\\bär nu (?:klar|antagen|antaget|beslutad)');
const ADOPTED_DOCUMENT = rx('\\p{L}*(?:program|strategi|policy|plan|planen|dokument)\\p{L}*');
const NEWS_DEIXIS = rx('\\b(?:i|under) (?:måndags|tisdags|onsdags|torsdags|fredags|går|förrgår|veckan)\\b|\\bnyligen\\b|\\bnu\\b|\\bidag\\b|\\bi dag\\b|\\bsäger\\b');
// A pronoun sentence right after the note continues it ("… gäller från 2021 till 2025. Det antogs av kommunfullmäktige …").
const PRONOUN_ADOPTION = rx('^(?:det|den|hon) (?:antogs|fastställdes|beslutades|godkändes)\\b');

/** Is sentence i the document speaking of itself? `newsPage`: the text carries news marks ("Publicerad …"), so only the plain self-subject counts. */
export function isOwnNote(sentences: readonly TextUnit[], i: number, newsPage = false): boolean {
  const s = sentences[i];
  if (!s) return false;
  if (SELF_SUBJECT.test(s.norm)) return true;
  if (newsPage) return false;
  if (GENITIVE_SELF_SUBJECT.test(s.norm) && !NEWS_DEIXIS.test(s.norm)) return true;
  return i > 0 && PRONOUN_ADOPTION.test(s.norm) && !NEWS_DEIXIS.test(s.norm) && isOwnNote(sentences, i - 1);
}
// The note states the document's adoption by a municipal body or its period of validity.
const NOTE_CONTENT = rx('\\b(?:antogs|antagen|antaget|fastställdes|fastställd|fastställt|beslutades|gäller)\\b.*(?:\\d{4}|tills vidare)');
// The document's own formal adoption note near the top ("Fastställt av kommunstyrelsen 2019-05-14 § 99"):
// a participle, a deciding body and a date. News reports an adoption in the past tense ("antogs") instead.
const OWN_ADOPTION_NOTE = rx(
  '^(?:\\p{L}+ )?(?:antagen|antaget|antagna|fastställd|fastställt|beslutad|beslutat|godkänd|godkänt)(?: (?:av|i))? (?:kommunfullmäktige|kommunstyrelsen|fullmäktige|kf|ks|\\p{L}*nämnden)\\b.*\\d{4}',
);
// A line that is only the name of a federation of municipalities: the issuer of a joint document.
const JOINT_ISSUER_LINE = rx('^\\p{L}+(?:s)? (?:kommunalförbund|kommunförbund|samordningsförbund)$');
// "Ett samarbete mellan Sundsvall, Timrå och Ånge" on the cover, or an adoption by a collaboration's own board
// ("Fastställt av Sundsvallsregionens styrgrupp"): several municipalities' document, not one municipality's.
// "Ett samarbete mellan …" describes who issues the document; a heading "Samverkan mellan …" is a topic.
const COOKIE_BANNER = rx('\\bkakor(?:na)?\\b|\\bcookies?\\b');
const COLLAB_BETWEEN = rx('^ett (?:samarbete|samverkan) mellan\\b');
const JOINT_COVER = rx('^(?:antagen|antaget|fastställd|fastställt|beslutad|beslutat|godkänd|godkänt) (?:av|i) (?!kommun)\\p{L}+s (?:styrgrupp|styrelse|direktion|presidium|ledningsgrupp)\\p{L}*');
const COMPANY_ISSUER = rx('\\bab\\b|\\bpå uppdrag av\\b|\\bbolag\\p{L}*');
// An adoption told in the active voice by the municipality or its council ("Mörbylånga kommun antog i
// kommunfullmäktige den 16 februari 2021 …"), dated, on a page without news marks: the page's own note.
const ACTIVE_ADOPTION = rx('\\b(?:antog|fastställde|beslutade)\\b.* (?:kommunfullmäktige|kommunstyrelsen|fullmäktige)\\b.*\\d{4}|\\b(?:kommunfullmäktige|kommunstyrelsen|fullmäktige)\\b.* (?:antog|fastställde|beslutade)\\b.*\\d{4}');
const MUNICIPAL_OWNER = rx('\\bkommun(?:en|ens)?\\b|\\bstad(?:en|ens)?\\b|\\bkommunfullmäktige|\\bkommunstyrelse|\\bkf\\b|\\bks\\b');

export function namesProgram(norm: string): RegExpExecArray | null {
  for (const re of PROGRAM_NAME) {
    const m = re.exec(norm);
    if (m) return m;
  }
  return null;
}

/** Fraction of Swedish function words among the first words read; junk and other languages score low. */
export function languageProfile(model: TextModel): { words: number; swedish: number; english: number; letters: number } {
  let words = 0;
  let swedish = 0;
  let english = 0;
  let letters = 0;
  let total = 0;
  for (const s of model.sentences) {
    for (const w of s.norm.split(' ')) {
      if (words >= 4000) break;
      words += 1;
      if (SWEDISH_STOPWORDS.has(w)) swedish += 1;
      if (ENGLISH_STOPWORDS.has(w)) english += 1;
    }
    if (total < 60_000) {
      for (const ch of s.norm) {
        total += 1;
        if (/[\p{L}\s]/u.test(ch)) letters += 1;
      }
    }
    if (words >= 4000 && total >= 60_000) break;
  }
  return { words, swedish: words ? swedish / words : 0, english: words ? english / words : 0, letters: total ? letters / total : 0 };
}

/** The top of the document: page 1, and page 2 too when page 1 is a bare cover. */
function firstPageHead(model: TextModel, n = 14): TextUnit[] {
  const first = model.lines.filter((l) => l.page === 1);
  if (first.length >= 4) return first.slice(0, n);
  return model.lines.filter((l) => l.page <= 2).slice(0, n);
}

function ev(aspect: Evidence['aspect'], u: { text: string; page: number }): Evidence {
  return { aspect, quote: quoteOf({ ...u, norm: '', heading: false, order: 0 }), page: u.page };
}

/** The first kind noun of a title, with its compound prefix ("landsbygds" + "program"). */
function headNoun(norm: string): { prefix: string; noun: string; index: number } | null {
  KIND_NOUN.lastIndex = 0;
  const m = KIND_NOUN.exec(norm);
  KIND_NOUN.lastIndex = 0;
  if (!m) return null;
  return { prefix: m[1] ?? '', noun: m[2] ?? '', index: m.index };
}

export function judgeKind(model: TextModel, title: TitleResult, format: string, translated = false): KindResult {
  const signals: string[] = [];
  const evidence: Evidence[] = [];
  const reviewReasons: string[] = [];
  const no = (documentKind: string, confidence: number, signal: string, unit?: { text: string; page: number }): KindResult => {
    signals.push(signal);
    if (unit) evidence.push(ev('isProgram', unit));
    return { isProgram: false, documentKind, confidence, signals, evidence, reviewReasons, naming: null };
  };

  // 1. Bad input: nothing to read, junk, or not Swedish.
  const lang = languageProfile(model);
  if (lang.words < 15) return no(model.sentences.length === 0 ? 'empty' : 'too_short', 0.95, `för lite text (${lang.words} ord)`);
  if (lang.letters < 0.6) return no('unreadable', 0.9, `texten är mest skräptecken (${Math.round(lang.letters * 100)} % bokstäver)`);
  // A translation read through the glossary passes when its name is a program's; other English pages do not.
  const translatedProgram = translated && (namesProgram(title.norm) !== null || model.lines.slice(0, 6).some((l) => l.norm.length <= 100 && namesProgram(l.norm) !== null));
  if (lang.swedish < 0.06 && !translatedProgram) {
    return no(lang.english > 0.08 ? 'not_swedish' : 'unreadable', 0.9, `inte svensk text (svenska funktionsord ${Math.round(lang.swedish * 100)} %, engelska ${Math.round(lang.english * 100)} %)`);
  }

  const head = firstPageHead(model);
  const headNorm = head.map((l) => l.norm).join('\n');
  const tNorm = title.norm;
  const titleUnit = title.title ? { text: title.title, page: title.page } : undefined;
  const findHead = (re: RegExp): TextUnit | undefined => head.find((l) => re.test(l.norm));

  // 2. Look-alikes named by their title or first lines.
  // Minutes and officer reports: the document type in the title or top lines, and their fixed headings.
  const minutesLine = MINUTES_TITLE.test(tNorm) ? titleUnit : head.slice(0, 4).find((l) => MINUTES_TITLE.test(l.norm));
  const firstPages = model.lines.filter((l) => l.page <= 2).slice(0, 60);
  const minutesMarkers = firstPages.filter((l) => MINUTES_MARKER.test(l.norm) && l.norm.length < 160).length + firstPages.filter((l) => /^§\s?\d+/.test(l.text)).length;
  // A text that opens as meeting notes ("Minnesanteckningar – Näringslivsrådet") is notes whatever items it lists.
  const notesCover = head.slice(0, 2).some((l) => /^(?:minnesanteckning|mötesanteckning|anteckningar från)/u.test(l.norm));
  if ((minutesLine && (MINUTES_TITLE.test(tNorm) || minutesMarkers >= 1 || notesCover)) || minutesMarkers >= 3) {
    return no('minutes', 0.9, 'protokoll/tjänsteskrivelse (rubrik eller justeringsrader)', minutesLine ?? head.find((l) => MINUTES_MARKER.test(l.norm)));
  }

  const naming = namesProgram(tNorm) ? titleUnit && { ...titleUnit, norm: tNorm } : undefined;
  // Only a title-like line names the document; a sentence that mentions a program does not.
  // A metadata field listing other documents ("Relaterade dokument: Näringslivsprogram 2019–2022") names them, not this one.
  let headNaming = naming ?? head.find((l) => l.norm.length <= 100 && !/[.!?]$/.test(l.text) && !RELATED_FIELD.test(l.norm) && namesProgram(l.norm) !== null);
  // A presentation or a short version about the program: the cover or the opening says so.
  const aboutUnit = head.slice(0, 8).find((l) => PRESENTATION_COVER.test(l.norm)) ?? model.sentences.slice(0, 8).find((s) => SUMMARY_OF.test(s.norm));
  if (aboutUnit) {
    return no('presentation', 0.8, 'presentation eller kortversion om programmet, inte programmet självt', aboutUnit);
  }


  if (COMPREHENSIVE_PLAN.test(tNorm) || (!naming && head.slice(0, 6).some((l) => COMPREHENSIVE_PLAN.test(l.norm) && l.norm.length < 90))) {
    return no('comprehensive_plan', 0.9, 'översiktsplan i rubriken', titleUnit);
  }
  // A budget or operational plan stays one even when it names the business unit ("Verksamhetsplan för näringslivsenheten").
  if (BUDGET_TITLE.test(tNorm) && !PROGRAM_NAME.slice(0, 2).some((re) => re.test(tNorm))) return no('budget', 0.9, 'budget/årsredovisning/verksamhetsplan i rubriken', titleUnit);

  if (REPORT_TITLE.test(tNorm)) return no('report', 0.85, 'rapport/uppföljning/yttrande om ett program, inte programmet självt', titleUnit);
  // A cover that opens with the report kind ("Årsuppföljning 2023" above "Näringslivsprogram 2021–2024") reports on the program it names.
  // Not a field ("Uppföljning: årligen") and not a bare section heading ("Uppföljning").
  const reportCover = head.slice(0, 5).find((l) => {
    const words = l.norm.split(' ').length;
    return words >= 2 && words <= 6 && !l.text.includes(':') && REPORT_TITLE.test(l.norm);
  });
  if (reportCover) return no('report', 0.8, 'omslaget anger en rapport/uppföljning om programmet', reportCover);

  const regionalTitle = RUS_TITLE.test(tNorm);
  const regionalIssuer = head.some((l) => REGIONAL_ISSUER.test(l.norm) || /^region \p{L}+$/u.test(l.norm));
  const municipalIssuer = head.some((l) => /\bkommun(?:en|ens|fullmäktige|styrelsen)?\b/u.test(l.norm) && !/\bkommuner(na)?\b/u.test(l.norm));
  if (regionalTitle || (regionalIssuer && !municipalIssuer)) {
    return no('regional_strategy', regionalTitle ? 0.9 : 0.75, 'regionens egen strategi (RUS eller region som avsändare)', titleUnit ?? head[0]);
  }

  // The issuer is named on a cover or note line; a body sentence about the municipality's collaborations names no issuer.
  const coverLine = (l: TextUnit): boolean => l.norm.split(' ').length <= 20;
  const jointUnit = JOINT_ISSUER.test(tNorm)
    ? titleUnit
    : head.slice(0, 8).find((l) => coverLine(l) && ((JOINT_ISSUER.test(l.norm) && /\b(framtagen|framtaget|beslutad|beslutat|antagen|antaget|fastställd|gemensam)\b/u.test(l.norm)) || JOINT_COVER.test(l.norm) || (COLLAB_BETWEEN.test(l.norm) && (countMunicipalityNames(l.text) >= 2 || /\bkommuner(?:na)?\b/u.test(l.norm)))));
  // The federation named alone on the cover, with no municipality as issuer, is the author too.
  // A company working for several municipalities issues its own program ("Business Region X AB på uppdrag av
  // medlemskommunerna"): the company form or the commission marks the issuer on a cover line.
  const companyUnit = head.slice(0, 8).find((l) => coverLine(l) && JOINT_ISSUER.test(l.norm) && COMPANY_ISSUER.test(l.norm));
  const issuerLine = jointUnit ?? companyUnit ?? (municipalIssuer ? undefined : head.slice(0, 8).find((l) => JOINT_ISSUER_LINE.test(l.norm)));
  if (issuerLine) return no('joint_strategy', 0.8, 'gemensam strategi för flera kommuner (kommunalförbund/samverkan), inte en kommuns egen', issuerLine);

  // A party, a business association or another organisation issuing its own program for the municipality
  // ("Antaget av Centerpartiets kommunkrets vid årsmötet", "Framtaget av styrelsen för Företagarna X").
  const municipalNote = head.slice(0, 10).some((l) => OWN_ADOPTION_NOTE.test(l.norm) || /\b(?:kommunfullmäktige|kommunstyrelsen)\b/u.test(l.norm));
  const outsideIssuer = municipalNote ? undefined : head.slice(0, 10).find((l) => coverLine(l) && (OUTSIDE_ISSUER_NOTE.test(l.norm) || PARTY.test(l.norm)) && !/\bkommun(?!krets)\p{L}*/u.test(l.norm));
  if (outsideIssuer) return no('other_issuer', 0.8, 'utgivet av ett parti, en förening eller annan organisation, inte av kommunen', outsideIssuer);

  // Action plans belonging to a program.
  const tHead = headNoun(tNorm);
  const titleIsActionPlan = tHead !== null && ACTION_PLAN_NOUN.test(tNorm.slice(tHead.index)) && /(plan)$/.test(tHead.noun) && /^(handlings|aktivitets|åtgärds|genomförande|verksamhets)$/.test(tHead.prefix);
  // A plan that says it is the municipality's business policy itself, with no program above it
  // ("Kommunen har i dag inget separat näringslivsprogram; handlingsplanen anger därför också inriktningen"), is one.
  const standalone = titleIsActionPlan && titleUnit ? model.sentences.slice(0, 40).find((s) => STANDALONE_PLAN.test(s.norm)) : undefined;
  if (standalone && titleUnit) {
    headNaming = { ...titleUnit, norm: tNorm, heading: true, order: 0 } as TextUnit;
    signals.push('handlingsplanen är kommunens eget styrdokument för näringslivet (inget program ovanför)');
  } else if (titleIsActionPlan) {
    const parent = model.sentences.slice(0, 80).find((s) => PARENT_PROGRAM.test(s.norm));
    // An action/activity plan for the business work is the operational part of a program even when it does not name it.
    return no('action_plan', parent ? 0.9 : 0.8, parent ? 'fristående handlingsplan/aktivitetsplan till ett program' : 'handlings-/aktivitetsplan för arbetet, inte ett program i sig', parent ?? titleUnit);
  }

  // News items and web pages: short, dated, speaking about the program in the third person.
  const short = model.chars < 6000;
  // A cookie banner's "Läs mer om kakor" is site furniture, not a news mark.
  // "Senast uppdaterad" is furniture of every page on a municipal site, not the date line of an article.
  const newsMarks = model.sentences.slice(0, 60).filter((s) => NEWS_MARKER.test(s.norm) && !COOKIE_BANNER.test(s.norm) && !PAGE_FURNITURE_DATE.test(s.norm) && !NEWS_LIST_HEADING.test(s.norm)).length;
  // The document speaking of itself ("Programmet antogs av …") is an adoption note, not news.
  // Compounds count too: "Näringslivsstrategin gäller … och antogs av kommunstyrelsen" is the strategy's own note.
  // An adoption is news about a program only when a document is what was adopted ("har antagit Agenda 2030 som ramverk" is not).
  const newsVerb = model.sentences.slice(0, 30).find((s, i) => NEWS_VERB.test(s.norm) && !isOwnNote(model.sentences, i, newsMarks > 0)
    && (!ADOPTION_VERB.test(s.norm) || (ADOPTED_DOCUMENT.test(s.norm) && !PREVIOUS_DOCUMENT.test(s.norm))));
  // The text's own adoption/validity note among its first sentences ("Policyn gäller tills vidare", "Kommunens program antogs 2020 …").
  const ownNote = model.sentences.slice(0, 12).find((s, i) => isOwnNote(model.sentences, i, newsMarks > 0) && NOTE_CONTENT.test(s.norm));
  // A web page or very short text that reports an adoption ("antogs i februari", "det nya programmet") is news even when its headline names the program.
  const webLike = format === 'html' || format === 'text';
  const newTitle = /\b(ny|nytt|nya)\s/u.test(tNorm);
  const reportsNews = newsVerb !== undefined && (lang.words < 200 || (webLike && (newTitle || newsMarks >= 1 || lang.words < 400)));
  const jobMarks = model.sentences.slice(0, 80).filter((s) => JOB_AD.test(s.norm)).length;
  if (jobMarks >= 2 && !naming) return no('job_ad', 0.85, 'platsannons', model.sentences.find((s) => JOB_AD.test(s.norm)));
  const eventMarks = model.sentences.slice(0, 80).filter((s) => EVENT.test(s.norm)).length;
  const eventTitle = /anmäl|frukost|seminari|träff|mässa|gala|inbjudan|välkommen till (?!näringsliv)/u.test(tNorm);
  if (short && !naming && (eventTitle ? eventMarks >= 1 : eventMarks >= 3)) return no('event', 0.8, 'evenemangssida', model.sentences.find((s) => EVENT.test(s.norm)));

  if (short && (/nyhet|pressmeddelande/u.test(tNorm) || (newsMarks >= 1 && newsVerb) || (newsVerb && webLike && !naming) || reportsNews)) {
    return no('news', 0.85, 'nyhet/pressmeddelande om ett program', newsVerb ?? head[0]);
  }

  // A municipality's "Näringsliv" web page: links and contacts, no document noun in its title.
  const kindNounInTitle = /(program|strategi|policy|plan|riktlinje|protokoll|budget|rapport|annons)/u.test(tNorm);
  if (webLike && !naming && !kindNounInTitle && /näringsliv|företag|arbete|jobb/u.test(tNorm) ) {
    return no('landing_page', 0.8, 'webbsida om näringsliv som länkar vidare, inget eget program', titleUnit ?? head[0]);
  }

  // Topical programs (tourism, rural, climate ...) without business/growth in the name.
  const titleForTopic = tNorm || head[0]?.norm || '';
  // A topical head word ("Landsbygdsstrategi för ökad tillväxt") decides; "Strategi för X" is topical only without business words.
  const compoundTopical = TOPICAL_COMPOUND.test(titleForTopic) && !(tHead && /^(?:närings|näringslivs|tillväxt|företag)/.test(tHead.prefix));
  const forTopical = TOPICAL_FOR.test(titleForTopic) && !namesProgramCore(titleForTopic);
  if (compoundTopical || forTopical) {
    return no('other_policy', 0.85, 'ämnesprogram utanför näringslivspolitiken (turism, landsbygd, klimat …)', titleUnit);
  }

  // 3. A named business/growth program, unless the text only presents, lists or points to one.
  if (headNaming) {
    const shape = measureShape(model, lang.words);
    const body = hasProgramBody(shape);
    if (isListing(shape) && !body) {
      return no('listing_page', 0.85, `förteckning över dokument/länkar (${shape.entryLines} av ${shape.lines} rader), inte ett program`, headNaming);
    }
    if (format === 'html' && !naming && title.source === 'metadata') {
      return no('web_page', 0.8, `webbsidans rubrik "${title.title ?? ''}" namnger inget program; sidan presenterar ett program under en underrubrik`, headNaming);
    }
    // A web text of a few sentences with no program sections is a notice about the program, whatever its headline says.
    // A note set in a narrow cover column breaks after the body ("Antagen av kommunfullmäktige" / "2016-11-28, § 112"):
    // the line and the next one read together.
    const ownAdoption = head.slice(0, 8).find((l, i) => OWN_ADOPTION_NOTE.test(l.norm) || (!/\d{4}/.test(l.norm) && OWN_ADOPTION_NOTE.test(`${l.norm} ${head[i + 1]?.norm ?? ''}`) && /^\d{4}-\d{2}-\d{2}\b/.test(head[i + 1]?.norm ?? '')))
      // The participle note as a sentence of its own inside the opening paragraph ("… 2022–2030. Antagen av kommunfullmäktige 16 juni 2022.").
      ?? model.sentences.slice(0, 6).find((s) => OWN_ADOPTION_NOTE.test(s.norm))
      ?? ownNote;
    if (webLike && lang.words < 120 && shape.structure.length < 2 && !ownAdoption) {
      return no(newsVerb || newsMarks > 0 ? 'news' : 'web_page', 0.75, `för kort webbtext (${lang.words} ord) utan programmets avsnitt`, newsVerb ?? headNaming);
    }
    // A page whose own heading names the program and that carries the program's own note is the program
    // published as a web page, even when it ends with a link to the PDF version.
    // A terse page still qualifies when it has two of the program's sections; an active-voice adoption counts
    // as the page's own note only when it names the document in the page's first sentences and no news marks show.
    const activeNote = newsMarks === 0 && !newsVerb ? model.sentences.slice(0, 6).find((s) => ACTIVE_ADOPTION.test(s.norm) && !NEWS_DEIXIS.test(s.norm)) : undefined;
    const pageIsProgram = naming !== undefined && (ownAdoption !== undefined || activeNote !== undefined) && (lang.words >= 100 || (lang.words >= 60 && shape.structure.length >= 2)) && shape.structure.length >= 1;
    if (webLike && shape.pointers.length > 0 && !body && !pageIsProgram) {
      return no('web_page', 0.8, `kort sida som hänvisar till programmet (${shape.words} ord, ${shape.structure.length} programavsnitt)`, shape.pointers[0]);
    }

    const selfRefs = model.sentences.filter((s) => SELF_REFERENCE.test(s.norm)).length;
    const owner = model.sentences.slice(0, 200).some((s) => MUNICIPAL_OWNER.test(s.norm));
    signals.push(naming ? `rubriken namnger ett program: "${titleUnit?.text ?? ''}"` : `första sidan namnger ett program: "${headNaming.text}"`);
    if (selfRefs > 0) signals.push(`texten talar om sig själv som program/strategi (${selfRefs} ggr)`);
    evidence.push(ev('isProgram', headNaming));
    let confidence = naming ? 0.93 : 0.8;
    if (selfRefs >= 2) confidence += 0.04;
    if (!owner) {
      confidence -= 0.2;
      reviewReasons.push('ingen kommun nämns som avsändare');
    }
    if (lang.words < 150) {
      confidence -= 0.25;
      reviewReasons.push(`mycket kort dokument (${lang.words} ord) för att vara ett program`);
    }
    if (model.truncated) signals.push('läst i begränsad omfattning (mycket stort dokument)');
    return { isProgram: true, documentKind: 'program', confidence: Math.round(Math.min(0.98, Math.max(0.4, confidence)) * 100) / 100, signals, evidence, reviewReasons, naming: headNaming };
  }

  // 4. No naming up front: mentions deep in the text do not make a program.
  const deep = model.sentences.find((s) => namesProgram(s.norm));
  if (deep) {
    reviewReasons.push('nämner ett näringslivsprogram men är inte själv namngiven som ett');
    return no('other', 0.7, 'nämner ett program i brödtexten men rubriken namnger inget program', deep);
  }
  return no('other', 0.85, 'inget näringslivs-/tillväxtprogram namnges');
}

function namesProgramCore(norm: string): boolean {
  return namesProgram(norm) !== null && CORE_TOPIC.test(norm);
}
