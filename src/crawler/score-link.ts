/**
 * Link scoring: how likely a link leads to a business or growth program.
 * Pure and table-driven so the weights can be tuned against real sites.
 * Text is folded (lower case, åäö → aao, percent escapes decoded) so that
 * "Näringsliv", "naringsliv" and "n%C3%A4ringsliv" all score alike.
 */

/** Links that can never be a program or a page leading to one. */
const SKIPPED_FILE = /\.(jpe?g|png|gif|svg|webp|bmp|ico|tiff?|zip|rar|7z|gz|tar|mp4|mp3|m4a|wav|avi|mov|wmv|webm|ogg|css|js|json|ics|vcf|exe|dmg|msi|iso|xlsx?|pptx?|eps|woff2?|ttf)$/i;
const DOCUMENT_FILE = /\.(pdf|docx?|odt|rtf)$/i;

/** [folded pattern, weight]; patterns are tested on folded text. */
type Rule = readonly [RegExp, number];

const POSITIVE: readonly Rule[] = [
  [/naringslivs?(program|strategi|plan|policy)/, 40],
  [/tillvaxt(program|strategi|plan|policy)/, 40],
  [/naringsliv/, 20],
  [/tillvaxt/, 15],
  [/styrdokument/, 15],
  [/planer och program|planer program|program och planer/, 15],
  [/forfattningssamling/, 12],
  [/handlingsplan|aktivitetsplan/, 10],
  [/foretag|besoksnaring|etablering/, 10],
  [/program/, 10],
  [/strategi/, 10],
  [/policy|policyer/, 3],
  [/\bplan(er)?\b/, 4],
  [/dokument|publikationer|rapporter/, 4],
  [/politik|kommunfullmaktige|beslut/, 2],
  // An English section leads to the program too ("Business" → "Invest in X" → "Business development programme (in Swedish)").
  [/business (development )?(strateg|programme|program|plan|policy)|growth (strateg|programme|program)/, 30],
  [/\bbusiness\b|invest in|\benterprise\b/, 8],
  // The business unit usually sits in the municipality's central office: a way in when no link says "näringsliv".
  [/kommunledning|kommunstyrelseforvaltning|kommunstyrelsens forvaltning|kommunkansli|stadsledning/, 8],
];

const NEGATIVE: readonly Rule[] = [
  [/logga in|\blogin\b|\blogout\b|logga ut|\bsign in\b/, -30],
  [/skriv ut|\bprint\b/, -30],
  [/\bsok\b|\bsearch\b|sokresultat/, -25],
  [/kalender|kalendarium|evenemang|\bevents?\b/, -20],
  [/lediga (tjanster|jobb)|\bjobb\b|\bkarriar\b/, -15],
  [/\bnyhet\b|\bnews\b|pressmeddelande|arkiv/, -4],
  [/\benglish\b|\ben\b|languages?/, -3],
  [/cookie|tillganglighet|kontakta oss|facebook|instagram|twitter|linkedin|youtube/, -10],
];

// Document links without a file extension: download handlers of many CMSs, or an anchor that says "(pdf, 2 MB)".
const DOCUMENT_HANDLER = /\/(?:file|files|getfile|fil|filer|download|downloadfile|document|documents|dokument|doc|bilaga|bilagor)(?:\.(?:ashx|aspx|php|jsp)|\/(?:visa|hamta|get|open|download))(?:[/?]|$)|[?&](?:download|dl|attachment)=(?:1|true|yes)\b|\/(?:getfile|filedownload|download)\.(?:ashx|aspx|php)/i;
const DOCUMENT_ANCHOR = /\b(?:pdf|docx?|word|odt|rtf)\b(?: \d+(?: \d+)? ?(?:kb|mb))?/;

/** A link to a file, named so or not. */
export function looksLikeDocument(url: string, foldedAnchor: string): boolean {
  return DOCUMENT_HANDLER.test(url) || DOCUMENT_ANCHOR.test(foldedAnchor);
}

/** Share of a rule's weight earned by a folder name rather than the last path segment. */
const DIRECTORY_WEIGHT = 0.4;
/** The list of news items (not a single item). */
const NEWS_INDEX = /^(alla |fler |senaste )?(nyheter|aktuellt|pressmeddelanden|nyhetsarkiv)$/;
const NEWS_INDEX_BONUS = 6;
const LETTER_INDEX_BONUS = 24;

/** What a link carries for scoring. */
export interface ScoredLink {
  url: string;
  anchor: string;
  context: string;
}

/**
 * Scores a link: URL path words and anchor text count fully, nearby text a
 * third; program documents get a boost; each level of depth costs a little.
 * Returns -Infinity for files that are never followed (images, archives, media).
 *
 * @example scoreLink({ url: 'https://x.se/naringsliv/program.pdf', anchor: 'Näringslivsprogram', context: '' }, 2) > 50
 */
export function scoreLink(link: ScoredLink, depth: number): number {
  const path = urlWords(link.url);
  if (SKIPPED_FILE.test(path.raw)) return Number.NEGATIVE_INFINITY;
  const anchor = fold(link.anchor);
  const context = fold(link.context).slice(0, 400);
  let score = 0;
  for (const [pattern, weight] of POSITIVE) {
    // The last path segment names the target; folder names (".../naringsliv/personalpolicy.pdf") say less.
    if (pattern.test(path.leaf)) score += weight;
    else if (pattern.test(path.dirs)) score += weight * DIRECTORY_WEIGHT;
    if (pattern.test(anchor)) score += weight;
    if (pattern.test(context)) score += weight / 3;
  }
  // A news index is where "Nytt näringslivsprogram antaget" is announced: worth a look, below the business section.
  if (NEWS_INDEX.test(path.leaf) || NEWS_INDEX.test(anchor)) score += NEWS_INDEX_BONUS;
  for (const [pattern, weight] of NEGATIVE) {
    // Take the URL or anchor penalty once; context penalties are soft so a
    // program link inside a news list still ranks by its own words.
    if (pattern.test(path.words) || pattern.test(anchor)) score += weight;
    else if (pattern.test(context)) score += weight / 4;
  }
  // An A–Ö register of governing documents ("?letter=N", anchor "N"): näringsliv and tillväxt file under N and T.
  const letter = /^[a-z]$/.exec(anchor.trim());
  if (letter && /[?&][^=]+=[a-z%0-9]{1,6}$|\/[a-z]\/?$/i.test(link.url)) score += letter[0] === 'n' || letter[0] === 't' ? LETTER_INDEX_BONUS : letter[0] === 'p' || letter[0] === 's' ? LETTER_INDEX_BONUS / 3 : 0;
  const namedFile = DOCUMENT_FILE.test(path.raw);
  if (namedFile || looksLikeDocument(link.url, anchor)) {
    // Documents are what we look for, but a budget of tens of fetches is soon
    // spent on a styrdokument list of 40 policies: boost business documents most.
    // A link without a file name ("/file.ashx?id=12", anchor "Här") is named by its row or heading.
    const text = namedFile ? `${anchor} ${path.leaf}` : `${anchor} ${path.leaf} ${context.slice(0, 120)}`;
    if (/naringsliv|tillvaxt|foretag|business|growth|enterprise/.test(text)) score += 35;
    else if (/program|strategi|handlingsplan|\bplan\b|besoksnaring/.test(text)) score += 12;
    else score += 4;
  }
  return score - 3 * depth;
}

/** Lower case, åäö/éü folded to ascii, punctuation to spaces. @internal */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The URL's path and query as words, plus the raw decoded path for extension checks. */
function urlWords(url: string): { words: string; leaf: string; dirs: string; raw: string } {
  let path = url;
  let query = '';
  try {
    const parsed = new URL(url);
    path = parsed.pathname;
    query = parsed.search;
  } catch {
    // Score whatever text we were given.
  }
  const raw = safeDecode(path).toLowerCase();
  const segments = raw.split('/').filter(Boolean);
  const leafSegment = (segments.pop() ?? '').replace(/\.[a-z0-9]{2,4}$/, '');
  return { words: fold(`${raw} ${safeDecode(query)}`), leaf: fold(`${leafSegment} ${safeDecode(query)}`), dirs: fold(segments.join(' ')), raw };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const PAGINATION_ANCHOR = /^(nasta( sida)?|aldre( nyheter| artiklar| inlagg)?|visa fler( nyheter)?|fler nyheter|next( page)?|sida \d{1,3}|\d{1,3})$/;

/**
 * True for a link to the next page of the same list ("Nästa sida", "2",
 * "Äldre nyheter") under the same first path segment as the page it is on.
 */
export function isPaginationLink(link: ScoredLink, pageUrl: string): boolean {
  if (!PAGINATION_ANCHOR.test(fold(link.anchor))) return false;
  try {
    const first = (u: string) => new URL(u).pathname.split('/').filter(Boolean)[0] ?? '';
    return first(link.url) !== '' && first(link.url) === first(pageUrl);
  } catch {
    return false;
  }
}
