/**
 * English translations of municipal programs ("Business Development
 * Programme", "Growth Strategy … adopted by the Municipal Council") are read
 * through a small glossary that maps the governance vocabulary onto the
 * Swedish words the rules are written in. Only the judging uses the
 * translated text; titles and quotes keep the original wording. Line breaks
 * are kept, so line i of the translation is line i of the original.
 */

/** Phrase → Swedish equivalent; longer phrases first so they win over their parts. */
// English month names only inside a full date ("16 June 2022", "June 16, 2022"): "may" alone is a verb.
const MONTHS_EN = 'january|february|march|april|may|june|july|august|september|october|november|december';
const MONTHS_SV = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const monthSv = (en: string): string => MONTHS_SV[MONTHS_EN.split('|').indexOf(en.toLowerCase())] ?? en;

/** "16 June 2022" / "June 16, 2022" → "16 juni 2022", so the Swedish date rules read English dates. */
export function translateEnglishDates(text: string): string {
  return text
    .replace(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (${MONTHS_EN}) ((?:19|20)\\d{2})\\b`, 'gi'), (_m, d: string, mo: string, y: string) => `${d} ${monthSv(mo)} ${y}`)
    .replace(new RegExp(`\\b(${MONTHS_EN}) (\\d{1,2})(?:st|nd|rd|th)?,? ((?:19|20)\\d{2})\\b`, 'gi'), (_m, mo: string, d: string, y: string) => `${d} ${monthSv(mo)} ${y}`);
}

const GLOSSARY: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bbusiness (?:development )?programmes?\b|\bbusiness (?:development )?programs?\b/gi, 'näringslivsprogram'],
  [/\bbusiness (?:development )?strateg(?:y|ies)\b/gi, 'näringslivsstrategi'],
  [/\bbusiness (?:development )?polic(?:y|ies)\b/gi, 'näringslivspolicy'],
  [/\bbusiness (?:development )?plans?\b/gi, 'näringslivsplan'],
  [/\bgrowth programmes?\b|\bgrowth programs?\b/gi, 'tillväxtprogram'],
  [/\bgrowth strateg(?:y|ies)\b/gi, 'tillväxtstrategi'],
  [/\b(?:strategy|programme|program) for (sustainable )?growth\b/gi, 'strategi för $1tillväxt'],
  [/\b(?:strategy|programme|program) for (?:the )?(?:business community|local business|businesses|enterprise|entrepreneurship)\b/gi, 'strategi för näringslivet'],
  [/\bthis is an? (?:english )?(?:summary )?translation of\b/gi, 'detta är en översättning av'],
  [/\bsummary translation\b/gi, 'översättning'],
  [/\bthe programme\b|\bthe program\b|\bthis programme\b|\bthis program\b/gi, 'programmet'],
  [/\bthe strategy\b|\bthis strategy\b/gi, 'strategin'],
  [/\bthe policy\b|\bthis policy\b/gi, 'policyn'],
  [/\bmunicipal(?:ity)? council\b/gi, 'kommunfullmäktige'],
  [/\bmunicipal executive (?:board|committee)\b/gi, 'kommunstyrelsen'],
  [/\bregional development strateg(?:y|ies)\b/gi, 'regionala utvecklingsstrategin'],
  [/\bregional development programme\b/gi, 'regionala utvecklingsprogrammet'],
  [/\bvalid until further notice\b/gi, 'gäller tills vidare'],
  [/\b(?:is|are) adopted by(?: the)?\b/gi, 'antas av'],
  [/\badopted by(?: the)?\b/gi, 'antagen av'],
  [/\bapproved by\b/gi, 'fastställd av'],
  [/\baction plans?\b/gi, 'handlingsplan'],
  [/\bactivity plans?\b/gi, 'aktivitetsplan'],
  [/\b(?:each|every) year\b|\bannually\b/gi, 'varje år'],
  [/\bannual\b/gi, 'årlig'],
  // "the 2030 Agenda" is the usual English word order for Agenda 2030.
  [/\b(?:the )?2030 agenda\b|\bagenda 2030\b/gi, 'Agenda 2030'],
  [/\bsustainable development goals\b|\bglobal goals\b|\bglobal sustainable development goals\b/gi, 'globala målen'],
  [/\bgoals? (\d{1,2})\b/gi, 'mål $1'],
  [/\benvironmentally, socially and economically\b/gi, 'ekologiskt, socialt och ekonomiskt'],
  [/\bsustainable development\b/gi, 'hållbar utveckling'],
  [/\bsustainability\b/gi, 'hållbarhet'],
  [/\bsustainable\b/gi, 'hållbar'],
  [/\bclimate transition\b/gi, 'klimatomställning'],
  [/\btogether with (?:the )?(?:local )?(?:businesses|companies|business community|entrepreneurs)\b/gi, 'tillsammans med näringslivet'],
  [/\b(?:in|through) (?:close |broad )?(?:cooperation|co-operation|collaboration|dialogue) with (?:the )?(?:local )?(?:business(?:es)?|companies|business community|entrepreneurs)\b/gi, 'i samverkan med näringslivet'],
  [/\b(?:was|were|has been|have been) (?:developed|drawn up|prepared|written)\b/gi, 'har tagits fram'],
  [/\b(\d+) companies answered\b/gi, '$1 företag svarade'],
  [/\bworkshops? with\b/gi, 'workshoppar med'],
  [/\bbusiness council\b/gi, 'näringslivsråd'],
  [/\bdialogue meetings?\b/gi, 'dialogmöten'],
  [/\bsurvey\b/gi, 'enkät'],
  [/\bneighbouring municipalities\b|\bneighboring municipalities\b/gi, 'grannkommunerna'],
  [/\binter-?municipal\b/gi, 'mellankommunal'],
  [/\bthe municipality\b|\bour municipality\b/gi, 'kommunen'],
  [/\bmunicipalit(?:y|ies)\b/gi, 'kommun'],
  [/\bfocus areas?\b/gi, 'fokusområden'],
  [/\btargets? for\b/gi, 'mål för'],
  [/\bgoals\b|\btargets\b/gi, 'mål'],
  [/\bis adopted\b|\bare adopted\b/gi, 'antas'],
  [/\badopts\b/gi, 'antar'],
  [/\bby the\b/gi, 'av'],
  [/\bat least\b/gi, 'minst'],
  [/\bshall\b/gi, 'ska'],
  [/\bamong the (\d+) best\b/gi, 'bland de $1 bästa'],
  [/\bper cent\b|\bpercent\b/gi, 'procent'],
  [/\bnew jobs\b/gi, 'nya jobb'],
  [/\bnew (?:companies|businesses)\b/gi, 'nya företag'],
  [/\bbusiness climate\b/gi, 'företagsklimat'],
];

const ENGLISH = new Set('the and of to in is for that with are on as be by this from will our which an it have at we'.split(' '));
const SWEDISH = new Set('och att det som för med är på av till en ett i om har de den inte kan ska vi vår kommunen också eller från'.split(' '));

/** Is the text mostly English? (Function-word shares of its first few thousand words.) */
export function isEnglishText(pages: readonly string[]): boolean {
  let words = 0;
  let en = 0;
  let sv = 0;
  for (const page of pages) {
    for (const w of page.toLowerCase().split(/[^\p{L}]+/u)) {
      if (!w) continue;
      words += 1;
      if (ENGLISH.has(w)) en += 1;
      if (SWEDISH.has(w)) sv += 1;
      if (words >= 3000) break;
    }
    if (words >= 3000) break;
  }
  return words >= 30 && en / words > 0.08 && en > sv * 2;
}

/** Maps English governance vocabulary onto Swedish, line by line. */
export function translateEnglish(text: string): string {
  let out = translateEnglishDates(text);
  // Keep a capital first letter, so headings still read as headings ("Targets for 2030" → "Mål för 2030").
  for (const [re, sv] of GLOSSARY) {
    out = out.replace(re, (match: string, ...groups: unknown[]) => {
      const swedish = sv.replace(/\$(\d)/g, (_m, n: string) => String(groups[Number(n) - 1] ?? ''));
      return /^\p{Lu}/u.test(match) ? swedish.charAt(0).toUpperCase() + swedish.slice(1) : swedish;
    });
  }
  return out;
}
