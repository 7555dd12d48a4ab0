/**
 * Text that lost its å, ä and ö (an OCR pass without Swedish, a system that
 * wrote ASCII: "NARINGSLIVSPROGRAM", "kommunfullmaktige", "f0r") is read
 * through the words the judgements need, restored. Only a text that shows no
 * å/ä/ö at all while being Swedish is touched, so ordinary documents never
 * change; the quotes then carry the restored spelling.
 */

/** ASCII stems as they appear without diacritics, and their Swedish spelling (lower case). */
const STEMS: ReadonlyArray<readonly [string, string]> = [
  ['naringsliv', 'näringsliv'], ['narings', 'närings'], ['tillvaxt', 'tillväxt'], ['foretag', 'företag'],
  ['kommunfullmaktige', 'kommunfullmäktige'], ['fullmaktige', 'fullmäktige'], ['regionfullmaktige', 'regionfullmäktige'],
  ['galler', 'gäller'], ['gallande', 'gällande'], ['galla', 'gälla'], ['hallbar', 'hållbar'], ['atgard', 'åtgärd'],
  ['malomrade', 'målområde'], ['malsattning', 'målsättning'], ['malbild', 'målbild'], ['mal', 'mål'], ['malen', 'målen'], ['malet', 'målet'],
  ['oversiktsplan', 'översiktsplan'], ['overgripande', 'övergripande'], ['utvardering', 'utvärdering'], ['uppfoljning', 'uppföljning'],
  ['foljs', 'följs'], ['folja', 'följa'], ['foljer', 'följer'], ['forslag', 'förslag'], ['forvaltning', 'förvaltning'], ['forening', 'förening'],
  ['besoksnaring', 'besöksnäring'], ['sysselsattning', 'sysselsättning'], ['handlaggning', 'handläggning'], ['lansstyrelse', 'länsstyrelse'],
  ['arlig', 'årlig'], ['arligen', 'årligen'], ['fran', 'från'], ['for', 'för'], ['pa', 'på'], ['nar', 'när'], ['aven', 'även'], ['ocksa', 'också'],
  ['oka', 'öka'], ['okning', 'ökning'], ['vaxa', 'växa'], ['vaxer', 'växer'], ['hosten', 'hösten'], ['varen', 'våren'], ['samrad', 'samråd'],
  ['tjanst', 'tjänst'], ['mojlig', 'möjlig'], ['manga', 'många'], ['battre', 'bättre'], ['storre', 'större'],
  ['darfor', 'därför'], ['utifran', 'utifrån'], ['tillganglig', 'tillgänglig'], ['okad', 'ökad'],
];
// Stems that start words, so their compounds and inflections follow ("naringslivsprogrammet", "foretagen").
const PREFIX_STEMS = new Set(['naringsliv', 'narings', 'tillvaxt', 'foretag', 'kommunfullmaktige', 'fullmaktige', 'regionfullmaktige', 'hallbar', 'atgard', 'malomrade', 'malsattning', 'malbild', 'oversiktsplan', 'overgripande', 'utvardering', 'uppfoljning', 'forslag', 'forvaltning', 'forening', 'besoksnaring', 'sysselsattning', 'handlaggning', 'lansstyrelse', 'arlig', 'okning', 'tjanst', 'mojlig', 'tillganglig']);
const SWEDISH_WORDS = /\b(?:och|att|som|med|det|kommun|kommunen|ska|inom|samt)\b/giu;
const DIACRITICS = /[åäöÅÄÖ]/u;

/** True for a Swedish text of some length that has no å, ä or ö at all. */
export function lacksDiacritics(pages: readonly string[]): boolean {
  let letters = 0;
  let swedish = 0;
  for (const page of pages) {
    if (DIACRITICS.test(page)) return false;
    letters += (page.match(/\p{L}/gu) ?? []).length;
    swedish += (page.match(SWEDISH_WORDS) ?? []).length;
    if (letters > 20_000) break;
  }
  return letters >= 300 && swedish >= 5;
}

function withCase(source: string, restored: string): string {
  if (source === source.toUpperCase()) return restored.toUpperCase();
  if (source[0] === source[0]?.toUpperCase()) return restored[0]!.toUpperCase() + restored.slice(1);
  return restored;
}

const WORD_STEMS = new Map(STEMS);
const PREFIX_RE = new RegExp(`\\b(${[...PREFIX_STEMS].sort((a, b) => b.length - a.length).join('|')})(\\p{L}*)`, 'giu');
const WORD_RE = /\b\p{L}+\b/gu;

/** Restores the stems above and OCR's zero-for-o inside words ("f0r", "pr0grammet", "0ka"). */
export function restoreDiacritics(text: string): string {
  return text
    .replace(/(?<=\p{L})0(?=\p{L})|(?<=\p{L}{2})0\b|\b0(?=\p{Ll}{2})/gu, 'o')
    .replace(PREFIX_RE, (_m, stem: string, rest: string) => withCase(stem, WORD_STEMS.get(stem.toLowerCase()) ?? stem) + rest)
    .replace(WORD_RE, (word) => {
      const restored = WORD_STEMS.get(word.toLowerCase());
      return restored && !PREFIX_STEMS.has(word.toLowerCase()) ? withCase(word, restored) : word;
    });
}
