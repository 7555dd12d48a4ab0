/**
 * The Swedish vocabulary the rules are written in: stems with inflections and
 * compounds, kept as data so every rule reads the same words. Regexes run on
 * the matching form (lowercase, NFC, dashes unified to "-").
 */

const WORD_START = '(?<![\\p{L}\\d])';
const WORD_END = '(?![\\p{L}\\d])';

/**
 * Builds a Unicode regex in which `\\b` is a word boundary that understands å, ä and ö.
 * A `\\b` that follows an alternation, a group opening, whitespace or the start
 * is a start-of-word check, otherwise an end-of-word check (one-sided
 * lookarounds are much cheaper than a two-sided boundary).
 */
export function rx(source: string, flags = ''): RegExp {
  const out = source.replace(/\\b/g, (_m, offset: number) => {
    const before = source.slice(Math.max(0, offset - 2), offset);
    const start = offset === 0 || /[|(:^ =!]$/.test(before) || before === '\\s';
    return start ? WORD_START : WORD_END;
  });
  return new RegExp(out, `u${flags}`);
}

/** Any letter run (one Swedish word, inflected or compounded). */
export const WORD = '[\\p{L}]+';

/** Nouns that name a governing document of the program family. */
export const KIND_NOUN = rx(
  '\\b(\\p{L}*?)(program|strategi|policy|plan|riktlinjer|agenda)(?:met|men|mets|en|ens|er|erna|et|ets|s|n|na)?\\b',
  'g',
);

/** Head words that make a document about business policy / growth. */
export const BUSINESS_WORD = rx('näringsliv|företagande|företagsklimat|entreprenörskap|nyföretagande|företagarpolicy|\\bföretag(en|ens|s)?\\b');
export const GROWTH_WORD = rx('tillväxt');

/** A document named as a business/growth program (title or first page). */
export const PROGRAM_NAME = [
  rx('näringsliv\\p{L}{0,24}?(?:-\\s?(?:och|samt)\\s\\p{L}+?)?(?:program|strategi|policy|plan|agenda|politi\\p{L}* program)(?:met|men|mets|en|ens|et|ets|n|er|erna|s)?\\b'),
  rx('tillväxt\\p{L}{0,24}?(?:-\\s?(?:och|samt)\\s\\p{L}+?)?(?:program|strategi|policy|plan|agenda)(?:met|men|mets|en|ens|et|ets|n|er|erna|s)?\\b'),
  rx('\\b\\p{L}*(?:program|strategi|policy|plan|riktlinjer|agenda)(?:met|men|en|et|n|na)?\\b(?: \\p{L}+){0,1} (?:för|om) (?:[\\p{L}-]+ ){0,5}?(?:näringsliv|tillväxt|företag|entreprenörskap|nyföretagande|näringslivsutveckling)\\p{L}*'),
  rx('\\b\\p{L}*(?:företag|företagar|entreprenör|näringspolitisk)\\p{L}*(?:program|strategi|policy|plan)(?:met|men|en|et|n)?\\b|närings(?:livs)?politisk\\p{L}* (?:program|strategi|plattform)'),
];

/** Topics whose own programs are not business/growth policy. */
export const TOPICAL_PREFIX =
  '(?:turism|besöksnäring|landsbygd|miljö|klimat|kultur|bostad|bostadsförsörjning|energi|digitalisering|folkhäls|integration|kompetensförsörjning|kompetens|trafik|cykel|avfall|vatten|skog|jämställdhet|biblioteks|idrott|friluft|livsmedel|mat|besöks|evenemang|destinations|fritid|skol|utbildnings|arbetsmarknad|säkerhet|trygghet|fiske|vindkraft|handels|landsbygdsutvecklings|upphandling|inköp|lokalförsörjning|grönstruktur|kommunikation|personal|arbetsgivar|kvalitet|it|e-|dricksvatten|översikts|detalj|strand)';

export const ACTION_PLAN_NOUN = rx('\\b(?:handlingsplan|aktivitetsplan|åtgärdsplan|genomförandeplan|verksamhetsplan för näringsliv)\\p{L}*');

/** Self-references: the text speaks of itself as a program. */
export const SELF_REFERENCE = rx(
  '\\b(?:detta|det här|föreliggande|vårt|denna|den här)\\s(?:\\p{L}+\\s)?(?:program|strategi|policy|dokument|plan)\\p{L}*|\\b(?:programmet|strategin|policyn)\\b',
);

/** Reports about a program (follow-ups, evaluations, consultation answers) are not the program. */
export const REPORT_TITLE = rx('^(?:\\p{L}+\\s)?(?:\\p{L}*uppföljning|\\p{L}*utvärdering|\\p{L}*rapport|redovisning|förstudie|analys|sammanställning|remissvar|yttrande|genomlysning|granskning|revisionsrapport|kartläggning)\\b');

/** Minutes and administrative decision documents. */
// Motions and citizens' proposals ask for a program; they are decision documents, not the program.
export const MINUTES_TITLE = rx('^motion\\b|\\bminnesanteckning\\p{L}*|\\bmötesanteckning\\p{L}*|\\banteckningar från\\b|\\bmedborgarförslag|\\binterpellation|\\bmedborgarinitiativ|\\b(?:sammanträdes)?protokoll\\p{L}*|\\bprotokollsutdrag|\\btjänsteskrivelse|\\bkallelse\\b|\\bbeslutsunderlag|\\butdrag ur|\\bärendebeskrivning|\\bföredragningslista|\\bdelegationsbeslut|\\bmissiv');
export const MINUTES_MARKER = rx('\\bförslag till beslut|\\bsammanfattning av ärendet|\\bärendebeskrivning|\\bbeslutsunderlag|\\bföreslår (?:kommunfullmäktige|kommunstyrelsen|nämnden)|\\bbeslutsförslag|\\bbeskrivning av ärendet|^ärendet$|\\bjusterande\\p{L}*|\\bjusterare\\b|\\bjustering\\p{L}*|\\bbeslutande\\b|\\bnärvarande\\b|\\bövriga deltagare|\\butses att justera|\\bsekreterare\\b|\\bsammanträdesdatum|\\bordförande\\b|\\bjusteras\\b');

export const NEWS_MARKER = rx('\\bnyhet(?:er)?\\b|\\bpressmeddelande|\\bpublicera(?:d|t|des)\\b|\\bsenast uppdaterad|\\bdela (?:sidan|artikeln)|\\bläs mer\\b|\\bnyhetsarkiv|\\bpresskontakt|\\bför mer information,? kontakta');
export const NEWS_VERB = rx('\\b(?:har|hade) (?:nu )?(?:antagit|beslutat|klubbat)\\b|\\b(?:i|under) (?:måndags|tisdags|onsdags|torsdags|fredags|går|förrgår)\\b|\\bnyligen\\b|\\bantogs\\b|\\bklubbades\\b|\\bbeslutade (?:igår|i går|på|vid|under)|\\bär nu (?:klar|antagen|antaget|beslutad)|\\bnya\\s\\p{L}*(?:program|strategi)\\p{L}*|\\blanserar|\\bpresenterades|\\bpresenterar\\b|\\bgår (?:\\p{L}+ ){0,2}?ut på remiss|(?<!\\bvar |\\bhar varit |\\bhade varit )\\bute på remiss|\\bsäger (?:\\p{L}+ ){0,4}?(?:ordförande|kommunalråd\\p{L}*|näringslivschef\\p{L}*|chef\\p{L}*)\\b|\\bsäger hon\\b|\\bsäger han\\b');

export const COMPREHENSIVE_PLAN = rx('\\b(?:fördjupad |fördjupning av |tematiskt tillägg till )?översiktsplan\\p{L}*|\\bföp\\b');
export const BUDGET_TITLE = rx(
  '\\b(?:mål och budget|budget(?:\\s|-)?\\d{4}|budget och\\b|\\bbudget\\b|årsredovisning\\p{L}*|delårsrapport\\p{L}*|delårsbokslut|verksamhetsberättelse\\p{L}*|verksamhetsplan(?:\\s|$|\\s?\\d|\\s(?:och|med)\\sbudget)|årsbokslut|flerårsplan|\\p{L}*resursplan|ekonomisk plan|strategisk plan och budget|budgetunderlag|kommunplan|kommunens plan och budget|\\bårsplan|övergripande plan med budget|\\bdetaljbudget|internbudget|ägardirektiv\\p{L}*|bolagsordning\\p{L}*|reglemente\\p{L}*|delegationsordning\\p{L}*|arbetsordning\\p{L}*|budgetdirektiv\\p{L}*)',
);
/** Documents of a federation or a group of municipalities, not one municipality's own. */
export const JOINT_ISSUER = rx('\\bkommunalförbund\\p{L}*|\\bförbundsdirektion\\p{L}*|\\bförbundsstyrelse\\p{L}*|\\bförbundsfullmäktige|\\bförbundsstämma\\p{L}*|\\bmedlemskommuner\\p{L}*|\\bsamarbetskommitt\\p{L}*|\\bbusiness region\\b|\\bgemensam(?:ma)? (?:närings|tillväx)\\p{L}*|\\bdelregional\\p{L}*|\\bregional (?:närings|tillväxt)\\p{L}*');
export const REGIONAL_ISSUER = rx(
  '\\bregionfullmäktige\\p{L}*|\\bregionstyrelse\\p{L}*|\\blänsstyrelse\\p{L}*|\\bregionförbund\\p{L}*|\\blandsting\\p{L}*|\\bregionala utvecklingsnämnd\\p{L}*|\\bregionens utvecklingsnämnd|\\bregional\\p{L}* utvecklingsnämnd',
);
export const RUS_TITLE = rx('\\bregional\\p{L}* utvecklings(?:strategi|program|plan)\\p{L}*|\\brus\\b|\\brufs\\b|\\brup\\b|\\blänsstrategi');
export const JOB_AD = rx('\\bvi söker\\b|\\bsista ansökningsdag|\\bansökan\\b|\\banställningsform|\\btillträde\\b|\\bsök tjänsten|\\bomfattning:|\\blöneform|\\bkvalifikationer\\b|\\bsom person är du');
export const EVENT = rx('\\banmälan\\b|\\banmäl dig|\\bvälkommen till\\b|\\bvälkomna till\\b|\\bfrukostmöte|\\bseminari(?:um|et)|\\bdatum:|\\btid:|\\bplats:|\\bkl\\.? \\d|\\bföreläs\\p{L}*|\\bmingel|\\bfika\\b|\\bsista anmälningsdag|\\bkostnadsfritt');

export const DRAFT_MARKER = rx('^(?:remiss(?:version|utgåva|underlag|handling)?|samrådsversion|samrådshandling|utkast|förslag|preliminär(?: version)?|arbetsmaterial|diskussionsunderlag)\\b|\\b(?:remissversion|remissutgåva|samrådsversion|utkast|arbetsversion)\\b|\\bförslag till\\b|\\bremiss(?:versionen|handling)\\b|\\bpå remiss\\b|\\bskickas på remiss|\\bremisstid\\p{L}*|\\bsynpunkter (?:på förslaget|lämnas senast|ska vara)');

/** Lowercase Swedish function words, to tell Swedish prose from other languages and junk. */
export const SWEDISH_STOPWORDS = new Set(
  'och att det som för med är på av till en ett i om har de den inte kan ska vi vår våra kommunen kommun också eller där från inom genom under samt detta dessa mer alla andra skapa ökad utveckling företag näringslivet arbete'.split(' '),
);
export const ENGLISH_STOPWORDS = new Set('the and of to in is for that with are on as be by this from will our which an it have at'.split(' '));
