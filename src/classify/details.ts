/**
 * The analyst's extra questions: was it written with local business, is it
 * broken into yearly activities, are there (measurable) goals and which
 * indicators, and is it a draft.
 */
import type { ClassificationDetails, Evidence } from '../domain/index.ts';
import type { TextModel, TextUnit } from './text-model.ts';
import { quoteOf } from './text-model.ts';
import { DRAFT_MARKER, rx } from './lexicon.ts';

export interface DetailResult<T> {
  value: T;
  confidence: number;
  signal: string | null;
  evidence: Evidence[];
}

// External business actors; the municipality's own business unit ("näringslivsenheten") is not one.
const ACTORS = rx(
  '\\b(?:näringslivet|näringslivets|näringslivsråd\\p{L}*|näringslivsföreträdare\\p{L}*|företagen|företagens|företagare|företagarna|företagarnas|företagarföreningar\\p{L}*|företagarförening\\p{L}*|handelsförening\\p{L}*|köpmannaförening\\p{L}*|lrf|branschorganisation\\p{L}*|branschföreträdare|företagsledare|entreprenörer|näringsidkare|lokala företag|företag i kommunen|representanter för (?:\\p{L}+ )?företag\\p{L}*|ett (?:\\p{L}+ )?antal företag|ett \\p{L}+tal (?:lokala )?företag\\p{L}*|\\d+ \\p{L}*företag\\p{L}*|medlemsföretag\\p{L}*|företagarenkät\\p{L}*|företagsenkät\\p{L}*|\\p{L}+företagen|näringslivsförening\\p{L}*|företagsdialog\\p{L}*|näringslivsträff\\p{L}*|företagarfrukost\\p{L}*|(?:på|hos|med|bland) (?:lokala |många |olika )?företag)\\b',
);
// The document saying what it rests on ("Handlingsprogrammet bygger på dialog med näringslivsrådet") tells how it was made;
// the work's method ("Näringslivsarbetet bygger på dialog …") does not, so the subject must be the document.
const PROCESS_PAST = rx(
  '\\b(?:(?:\\p{L}*programmet|\\p{L}*strategin|\\p{L}*policyn|\\p{L}*planen|förslaget|underlaget|det|den) bygger på (?:en )?(?:[\\p{L}\\d]+ ){0,2}?(?:dialog|dialoger|samtal|intervjuer|enkät\\p{L}*|företagsbesök|företagsenkät\\p{L}*|workshop\\p{L}*)|mött (?:\\p{L}+ ){0,2}?företag|tagits fram|tagit fram|togs fram|framtagen|framtaget|framtagits|arbetats fram|arbetat fram|arbetades fram|utarbetats|utarbetades|skrivit|skrivits|skrevs|skrev|deltagit|deltog|medverkat|medverkade|involverats|involverades|varit delaktiga?|varit med|lämnat synpunkter|lämnade synpunkter|genomfördes|genomförts|har genomfört|genomförde|inleddes|besökte|bjöd in|bjöds in|ställde|bidragit|bidrog|förankrats|förankrades|förankrat|hölls|har hållits|inhämtats|samlades in|samlats in|skickades|besvarade|svarade|intervjuades|har intervjuat|har träffat|träffade|i bred dialog|tillsammans med näringslivet|i dialog med näringslivet|i samverkan med näringslivet|i samarbete med näringslivet|startade med|intervjuat|framtagandet|under arbetet med|referensgrupp\\p{L}*|styrgrupp\\p{L}*|diskuterats med|diskuterades (?:\\p{L}+ ){0,6}?med|diskuterats (?:vid|i)|diskuterades (?:vid|i)|samrått med|rundabordssamtal\\p{L}*|efter (?:\\p{L}+ ){0,3}?(?:samtal|möten|dialog\\p{L}*) med|(?:samtal|öppna möten|möten|temakvällar) med (?:lokala |många )?företag\\p{L}*|företagsdialoger|vuxit fram|växte fram|låg till grund|legat till grund|ligger till grund för (?:programmet|strategin|policyn|planen)|genomfört|har skett|skett i (?:nära )?(?:samverkan|samarbete|dialog)|(?:tar|tas) fram(?: [\\p{L},]+){0,6} tillsammans med|tillsammans (?:med [\\p{L} ]{0,40})?(?:tagit|tar) fram)\\b',
);
const IMPLEMENTATION = rx('\\b(?:genomförs|genomföra|genomför|verkställs|förverkligas|förverkliga|arbetar vi|arbetar kommunen|ska arbeta|realiseras)\\b');
const MAKING = rx('\\b(?:tagits fram|togs fram|framtagen|framtaget|arbetats fram|utarbetats|utarbetades|skrivits|bygger på|deltagit|deltog|medverkat|medverkade|dialogmöten|workshop\\p{L}*|enkät\\p{L}*|intervju\\p{L}*)\\b');
const FUTURE = rx('\\b(?:ska|skall|kommer att|vill|planerar)\\b');

/** Written together with local business: a past-tense process with business actors. */
export function judgeWrittenWithBusiness(model: TextModel): DetailResult<boolean> {
  // "Strategin genomförs tillsammans med näringslivet" is about carrying it out, not how it was made.
  const hits = model.sentences.filter((s) => ACTORS.test(s.norm) && PROCESS_PAST.test(s.norm) && !(IMPLEMENTATION.test(s.norm) && !MAKING.test(s.norm)));
  // A plan for the future ("ska ha dialog") is not participation; past-tense process words already say so.
  // "… ska ha deltagit i klimatnätverket 2027" is a target in the future perfect, not how the program was made.
  const strong = hits.filter((s) => !FUTURE.test(s.norm.replace(/för att [^,.]*/u, '')) || (/(tagits|arbetats|utarbetats|deltagit|medverkat|genomfört|framtagen|framtaget|intervjuat|skett)/u.test(s.norm) && !/\b(?:ska|skall|kommer att) ha \p{L}+t\b/u.test(s.norm)));
  const best = strong[0] ?? hits[0];
  if (!best) return { value: false, confidence: 0.75, signal: null, evidence: [] };
  return {
    value: strong.length > 0,
    confidence: strong.length >= 2 ? 0.9 : strong.length === 1 ? 0.8 : 0.55,
    signal: `framtaget med näringslivet (${strong.length} meningar, s. ${best.page})`,
    evidence: [{ aspect: 'businessParticipation', quote: quoteOf(best, PROCESS_PAST), page: best.page }],
  };
}

const YEARLY = rx(
  '\\b(?:årlig\\p{L}* (?:handlingsplan\\p{L}*|aktivitetsplan\\p{L}*|aktiviteter|åtgärdsplan\\p{L}*|verksamhetsplan\\p{L}*|plan\\p{L}*|insatser)|(?:handlingsplan\\p{L}*|aktivitetsplan\\p{L}*|aktiviteter\\p{L}*|åtgärder\\p{L}*|insatser\\p{L}*)(?: [\\p{L}\\d]+){0,10} (?:årligen|varje år|per år|år för år|årsvis|för varje år|för respektive år|inför varje år|ett år i taget|för ett år i taget|för kommande år)|(?:årligen|varje år|år för år) (?:tas|upprättas|beslutas|fastställs|antas|revideras|tar|tar vi)(?: \\p{L}+){0,3} (?:fram )?(?:en |ny |nya )?(?:handlingsplan|aktivitetsplan|aktiviteter|åtgärdsplan)\\p{L}*|(?:årligen|varje år)(?: \\p{L}+){0,2} (?:antar|antas|fastställer|beslutar|upprättar)(?: \\p{L}+){0,3} (?:en |ett |ny |nya )?(?:\\p{L}+ )?(?:handlingsplan|aktivitetsplan|åtgärdsplan)\\p{L}*|årets (?:handlingsplan|aktivitetsplan|aktiviteter|åtgärdsplan|insatser)\\p{L}*|(?:handlingsplan|aktivitetsplan|åtgärdsplan)\\p{L}* för (?:året|kommande år|nästa år|varje år|respektive år)|bryts (?:ned|ner) (?:i|till) (?:årlig\\p{L}*|år)|\\bettårig\\p{L}*|(?:aktivitet|åtgärd|insats|handlingsplan|prioritera)\\p{L}*(?: \\p{L}+){0,3} 20\\d{2} (?:och|samt|,) 20\\d{2})',
);
// "År 2019", "Åtgärder 2020", "Prioriterat 2021:": a short line that is a year with at most two words before it.
// "Aktiviteter 2017: planarbete, företagsfrukostar" and "År 2022: Starta klimatrådgivning" carry the year's activities on the same line.
const YEAR_HEADING = /^(?:\p{L}+\s){0,2}(20\d{2})\s?:?$|^(?:(?:år|aktiviteter|åtgärder|insatser|prioriteringar|prioriterat|handlingsplan)\s)?(20\d{2})\s?[:–—-]\s\p{L}/u;

// "Handlingsplanen följs upp årligen", "rapporterar två gånger per år": a rhythm of follow-up, not activities per year
// (a plan revised every year is a new plan every year, though).
const FOLLOW_UP = rx('\\b(?:följ\\p{L}* (?:\\p{L}+ ){0,3}?upp|uppföljning\\p{L}*|stäms av|redovisa\\p{L}* (?:\\p{L}+ ){0,6}?till\\b|rapporter\\p{L}*|utvärder\\p{L}*|gås igenom)\\b');
const YEARLY_MAKING = rx('\\b(?:tas fram|tar fram|tas det fram|upprättas|upprättar|arbetas fram|utarbetas|årlig\\p{L}* (?:handlingsplan|aktivitetsplan|åtgärdsplan)\\p{L}*|(?:ny|nya) (?:handlingsplan|aktivitetsplan|åtgärdsplan)\\p{L}*|för varje år|för respektive år|år för år|bryts (?:ned|ner))');

/** Long-term program broken into activities per year. */
export function judgeYearlyActivities(model: TextModel): DetailResult<boolean> {
  const hit = model.sentences.find((s) => YEARLY.test(s.norm) && (!FOLLOW_UP.test(s.norm) || YEARLY_MAKING.test(s.norm)));
  if (hit) {
    return { value: true, confidence: 0.85, signal: `aktiviteter per år (s. ${hit.page})`, evidence: [{ aspect: 'yearlyActivities', quote: quoteOf(hit, YEARLY), page: hit.page }] };
  }
  // Headings or lines for consecutive years ("2019", "2020", ...) that carry activities; a paragraph
  // that lists them inline ("År 2016: Inrätta en företagslots. År 2017: …") counts the same.
  const years = new Set<number>();
  let first: TextUnit | undefined;
  for (const l of model.lines) {
    const inline = [...l.norm.matchAll(/(?:^|[.;]\s)(?:år\s)?(20\d{2})\s?[:–—-]\s\p{L}/gu)].map((m) => Number(m[1]));
    // A plan table with the years as columns ("Aktivitet | Ansvarig | 2017 | 2018 | 2019 | 2020").
    const columns = /\b(?:aktivitet|åtgärd|insats)\p{L}*\b/u.test(l.norm) ? [...l.norm.matchAll(/(?:^|[\s|])(20\d{2})(?=$|[\s|])/gu)].map((m) => Number(m[1])) : [];
    if (columns.length >= 2) {
      for (const y of columns) years.add(y);
      first ??= l;
    }
    if (inline.length >= 2) {
      for (const y of inline) years.add(y);
      first ??= l;
    }
    const m = YEAR_HEADING.exec(l.norm);
    if (m && (l.norm.length < 60 || (m[2] !== undefined && l.norm.length < 240))) {
      years.add(Number(m[1] ?? m[2]));
      first ??= l;
    }
  }
  const sorted = [...years].sort();
  // Two or more consecutive year headings: the work is laid out year by year.
  const consecutive = sorted.some((y, i) => sorted[i + 1] === y + 1);
  if (consecutive && first) {
    return { value: true, confidence: 0.7, signal: `aktiviteter uppdelade på år ${sorted.join(', ')}`, evidence: [{ aspect: 'yearlyActivities', quote: quoteOf(first), page: first.page }] };
  }
  return { value: false, confidence: 0.75, signal: null, evidence: [] };
}

const GOAL = rx('\\b(?:mål(?:et|en|ens)?|målsättning\\p{L}*|delmål\\p{L}*|effektmål\\p{L}*|resultatmål\\p{L}*|processmål\\p{L}*|aktivitetsmål\\p{L}*|övergripande mål\\p{L}*|målbild\\p{L}*|målområde\\p{L}*|strategiska mål\\p{L}*|verksamhetsmål\\p{L}*)\\b');
// "Vad vill vi uppnå?" heads a list of goals as surely as "Mål" does.
const GOAL_HEADING_EXTRA = rx('\\buppnå\\b|\\bvill vi nå\\b|\\bså mäter vi\\b|\\bhur (?:vi )?mäter\\b|\\bmått och mål\\b|^indikatorer\\b|^nyckeltal\\b|^uppföljning och mått');
const MEASURE = rx(
  '\\b(?:indikator\\p{L}*|nyckeltal\\p{L}*|mätbar\\p{L}*|mäts (?:genom|med|via|i)|mäter (?:\\p{L}+ ){0,2}?(?:genom|med|via)|mätas|mätning\\p{L}*|målvärde\\p{L}*|utgångsvärde\\p{L}*|basvärde|mätetal|ska (?:öka|minska|uppgå|nå|ligga|vara minst|förbättra\\p{L}*|höja\\p{L}*|sänka\\p{L}*|halvera\\p{L}*|fördubbla\\p{L}*)(?: \\p{L}+){0,10} (?:till|med|från) \\d|ska (?:inte |ej )?(?:överstiga|understiga|överskrida|underskrida)\\b[^.]{0,60}\\d|topp ?\\d+|(?:bland|tillhöra|en av) de \\d+(?: \\p{L}+)? bästa|bland de \\d+|plats \\d+|placering\\p{L}*|ranking\\p{L}*|rankning\\p{L}*|(?:minst|över|fler än|högst|under) (?:\\d+|(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|tolv|femton|tjugo|hundra)\\b(?! år\\b| års\\b))|\\d+ ?(?:%|procent|nya företag|arbetstillfällen|jobb|företag)|\\d+ (?:fler|nya|färre) (?:arbetstillfällen|jobb|företag|invånare|elever|bostäder)|\\bnki\\b|(?:minst|över|högst) (?:betyget|betyg|nivån|värdet|indexet?) \\d|\\b\\d{1,3}(?: \\d{3})+ (?:invånare|företag|arbetstillfällen|jobb|besökare|gästnätter|bostäder|anställda|sysselsatta)\\b)',
);
const STATED_TARGET = rx('\\bska\\b(?: [\\p{L}\\d]+){0,10} (?:minst|högst|över|under|fler än|bland de) (?!(?:19|20)\\d{2}\\b)\\d|\\bska (?:senast |år |till )?20\\d{2}\\b|\\bsom mått\\b|\\bmått(?:en)? på\\b|\\bska (?:inte |ej )?(?:överstiga|understiga|överskrida|underskrida)\\b');
const RESULT_KIND = rx('\\b(?:resultatmål\\p{L}*|effektmål\\p{L}*|mätbara mål|målvärde\\p{L}*|ska (?:öka|minska|uppgå|nå|förbättras))');
const PROCESS_KIND = rx('\\b(?:processmål\\p{L}*|aktivitetsmål\\p{L}*|prestationsmål\\p{L}*)');
const INDICATORS: ReadonlyArray<readonly [string, RegExp]> = [
  ['Svenskt Näringslivs ranking', rx('\\bsvenskt näringsliv\\p{L}*(?: \\p{L}+){0,5} (?:ranking|rankning|attitydundersökning|enkät|placering|företagsklimat|mätning)|\\b(?:ranking|rankning|placering)\\p{L}*(?: \\p{L}+){0,5} svenskt näringsliv')],
  ['företagsklimat', rx('\\bföretagsklimat\\p{L}*')],
  ['NKI', rx('\\bnki\\b|\\bnöjd kund[- ]?index')],
  ['Insikt (SKR)', rx('\\b(?:löpande )?insikt\\b(?=.*\\b(?:skr|skl|servicemätning|myndighetsutövning|nki))|\\bskr:?s servicemätning|\\bskl:?s servicemätning')],
  ['antal nystartade företag', rx('\\b(?:antal )?(?:nystartade företag|nyföretagande|nyföretagar\\p{L}*|nya företag)')],
  ['antal företag', rx('\\bantal(?:et)? (?:aktiva )?företag\\b')],
  ['antal arbetstillfällen', rx('\\bantal(?:et)? (?:arbetstillfällen|jobb|sysselsatta|arbetsplatser)')],
  ['sysselsättningsgrad', rx('\\bsysselsättningsgrad\\p{L}*|\\bförvärvsfrekvens\\p{L}*')],
  ['arbetslöshet', rx('\\barbetslöshet\\p{L}*')],
  ['befolkningsutveckling', rx('\\bbefolkningsutveckling\\p{L}*|\\bantal(?:et)? invånare|\\bbefolkningsmängd')],
  ['etableringar', rx('\\bantal(?:et)? (?:nya )?etableringar|\\bnyetablering\\p{L}*')],
  ['handläggningstid', rx('\\bhandläggningstid\\p{L}*')],
  ['UC:s företagsregister / överlevnadsgrad', rx('\\böverlevnadsgrad\\p{L}*|\\bfortlevnad\\p{L}*')],
];

/**
 * Sentences under a goal heading ("Mål", "Strategiska mål", "Mål och indikatorer"):
 * a target listed there ("Minst 90 procent av ärendena …") is a goal without saying "mål".
 * @internal
 */
export function goalSectionSentences(model: TextModel): Set<number> {
  const inside = new Set<number>();
  // 'goals': a heading on goals themselves; 'area': a goal area ("Målområde kompetens"), which often lists
  // activities ("genomföra 60 företagsbesök") — there only a stated target ("… ska …") is a goal.
  let open: 'goals' | 'area' | null = null;
  for (const s of model.sentences) {
    // "Motala ska år 2022 ha" looks like a heading but is the lead-in of the goal list below it.
    // A short target line under the heading ("NKI i Insikt: minst 78") looks like a heading but is one of the goals.
    if (open === 'goals' && s.heading && MEASURE.test(s.norm)) {
      inside.add(s.order);
      continue;
    }
    if (s.heading && !/(?:^|\s)ska\s/u.test(s.norm)) {
      open = s.norm.length > 60 || !(GOAL.test(s.norm) || GOAL_HEADING_EXTRA.test(s.norm)) ? null : /målområde|fokusområde|insatsområde/u.test(s.norm) ? 'area' : 'goals';
      continue;
    }
    if (open === 'goals' || (open === 'area' && /\bska\b/u.test(s.norm))) inside.add(s.order);
  }
  return inside;
}

/** Goals: present, measurable, result/process kinds and named indicators. */
export function judgeGoals(model: TextModel): DetailResult<ClassificationDetails['goals']> {
  const goalUnits = model.sentences.filter((s) => GOAL.test(s.norm));
  const inGoalSection = goalSectionSentences(model);
  // A stated target counts without the word "mål": "X ska år 2023 vara bland de 100 bästa", "ska ha minst 200 elever",
  // and so does a named yardstick ("… ranking används som mått").
  const measurableUnits = model.sentences.filter(
    (s) => MEASURE.test(s.norm) && (GOAL.test(s.norm) || inGoalSection.has(s.order) || /indikator|nyckeltal|mäts|mäter|ska (öka|minska|uppgå|nå|förbättra|höja|sänka|halvera|fördubbla)/u.test(s.norm) || STATED_TARGET.test(s.norm)),
  );
  const kinds: Array<'result' | 'process'> = [];
  if (model.sentences.some((s) => RESULT_KIND.test(s.norm)) || measurableUnits.length > 0) kinds.push('result');
  if (model.sentences.some((s) => PROCESS_KIND.test(s.norm))) kinds.push('process');
  const indicators: string[] = [];
  const goalish = model.sentences.filter((s) => GOAL.test(s.norm) || MEASURE.test(s.norm) || s.heading);
  for (const [name, re] of INDICATORS) if (goalish.some((s) => re.test(s.norm))) indicators.push(name);
  const present = goalUnits.length > 0;
  const measurable = measurableUnits.length > 0;
  const best = measurableUnits[0] ?? goalUnits[0];
  return {
    value: { present, measurable, kinds: present ? kinds : [], indicators },
    confidence: present ? (measurable ? 0.8 : 0.7) : 0.8,
    signal: present ? `mål nämns i ${goalUnits.length} meningar${measurable ? `, mätbara (${measurableUnits.length})` : ''}${indicators.length ? `; indikatorer: ${indicators.join(', ')}` : ''}` : null,
    evidence: best ? [{ aspect: 'goals', quote: quoteOf(best, measurable ? MEASURE : GOAL), page: best.page }] : [],
  };
}

// The adopted document telling how it was made ("Ett utkast diskuterades på temakvällar", "efter remissen") is no draft.
const PAST_DRAFT = rx('\\b(?:utkast\\p{L}*|förslag\\p{L}*|remiss\\p{L}*) (?:\\p{L}+ ){0,3}?(?:diskuterades|skickades|presenterades|remitterades|behandlades|bearbetades|omarbetades|var ute|har varit)\\b|\\b(?:remissades|efter remiss\\p{L}*|remissvar\\p{L}*|remissynpunkter\\p{L}*|remissinstanser\\p{L}*|under remisstiden kom|(?:har|hade) lämnat synpunkter|lämnade synpunkter|inkomna synpunkter|synpunkter (?:som )?(?:kom in|inkom))\\b');

// "förslag till nytt program" in an activity plans the next document.
const NEXT_DOCUMENT = rx('\\bförslag till (?:ett )?(?:nytt?|nästa|kommande|reviderat?)\\s');

/** Drafts: "Remissversion", "Förslag till …", "Utkast" on the cover or in the running header. */
export function judgeDraft(model: TextModel, titleNorm: string, titleText: string | null): DetailResult<boolean> {
  const cover = model.lines.filter((l) => l.page === 1).slice(0, 20);
  const titleHit = DRAFT_MARKER.test(titleNorm) ? { text: titleText ?? titleNorm, page: 1 } : undefined;
  const coverHit = cover.find((l) => DRAFT_MARKER.test(l.norm) && (l.norm.length < 120 || /remiss|utkast|samråd/u.test(l.norm)) && !PAST_DRAFT.test(l.norm) && !NEXT_DOCUMENT.test(l.norm));
  // "Utvärdering och förslag till nytt program" plans the next document; it does not make this one a draft.
  const early = model.sentences.filter((s) => s.page <= 3).find((s) => /\b(remissversion|remissutgåva|samrådsversion|utkast till|förslag till (?!(?:ett )?(?:nytt?|nästa|kommande|reviderat?)\s)(?:\p{L}+)?(?:program|strategi|policy|plan)|skickas (?:ut )?på remiss|synpunkter på förslaget)\b/u.test(s.norm) && !PAST_DRAFT.test(s.norm));
  const hit = titleHit ?? coverHit ?? early;
  if (!hit) return { value: false, confidence: 0.85, signal: null, evidence: [] };
  return { value: true, confidence: titleHit || coverHit ? 0.85 : 0.7, signal: `utkast/remissversion (s. ${hit.page})`, evidence: [{ aspect: 'draft', quote: quoteOf({ ...hit, norm: '', heading: false, order: 0 }), page: hit.page }] };
}
