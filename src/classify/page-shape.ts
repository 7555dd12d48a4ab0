/**
 * The shape of a text, read the way a person skims a web page: is it a list
 * of documents and links, does it point to the program somewhere else ("Läs
 * programmet (PDF)", "Här hittar du …"), and does it carry a program's own
 * structure (vision, mål, insatsområden, uppföljning …) at a program's length?
 * A page that talks about, summarises or lists a program is not the program.
 */
import type { TextModel, TextUnit } from './text-model.ts';
import { rx } from './lexicon.ts';

export interface PageShape {
  words: number;
  /** Content lines (the first line, the page's own name, excluded). */
  lines: number;
  /** Lines that read as entries of a document list or link list. */
  entryLines: number;
  entryShare: number;
  /** Distinct structure words found in heading-like lines ("vision", "mål", "uppföljning" …). */
  structure: string[];
  /** Sentences that point to the program as a document elsewhere. */
  pointers: TextUnit[];
}

// A list entry names a document (kind noun, file type, size, date column) and is not a sentence.
const ENTRY = rx(
  '\\((?:pdf|docx?|word|xlsx?)\\b[^)]*\\)|\\b\\d+(?:[,.]\\d+)? ?(?:kb|mb)\\b|\\d{4}-\\d{2}-\\d{2}$|\\b(?:pdf|docx)$|\\p{L}*(?:program|strategi|policy|plan|planer|riktlinje|riktlinjer|reglemente|taxa|taxor|ordning|föreskrifter|avgifter|direktiv)\\b',
);
const STRUCTURE: ReadonlyArray<readonly [string, RegExp]> = [
  ['vision', rx('\\bvision\\p{L}*|\\bmålbild\\p{L}*')],
  ['mål', rx('\\b(?:mål|målen|målsättning\\p{L}*|övergripande mål\\p{L}*|delmål\\p{L}*|effektmål\\p{L}*|strategiska mål\\p{L}*)\\b')],
  ['områden', rx('\\b\\p{L}*(?:målområde|insatsområde|fokusområde|utvecklingsområde|strategiområde|prioriterade områden|strategiska områden|prioritering)\\p{L}*|^område \\d')],
  ['inledning', rx('^(?:\\d+(?:\\.\\d+)*\\.?\\s)?(?:inledning|förord|bakgrund|syfte|sammanfattning|om (?:programmet|strategin|policyn|planen)|(?:varför|därför) (?:\\p{L}+ ){0,3}?(?:\\p{L}*program\\p{L}*|\\p{L}*strategi\\p{L}*|\\p{L}*policy\\p{L}*|\\p{L}*plan\\p{L}*))\\b')],
  // Programs place themselves among their partners: a section on collaboration or the region.
  ['samverkan', rx('^(?:\\d+(?:\\.\\d+)*\\.?\\s)?(?:\\p{L}+ ){0,3}?(?:samverkan|samarbete|samarbetar|regional\\p{L}* (?:samverkan|koppling|förankring|perspektiv)|koppling till (?:\\p{L}+ ){0,2}?region\\p{L}*)\\b')],
  ['nuläge', rx('\\b(?:nuläge\\p{L}*|utgångsläge\\p{L}*|omvärld\\p{L}*|förutsättningar|näringslivet i dag|analys)\\b')],
  ['genomförande', rx('\\b(?:genomförande\\p{L}*|ansvar\\p{L}*|roller|organisation)\\b')],
  // The verb form heads web pages as well ("Så följer vi upp", "Hur följs programmet upp?").
  ['uppföljning', rx('\\b(?:uppföljning\\p{L}*|utvärdering\\p{L}*|indikator\\p{L}*|nyckeltal)\\b|\\bfölj(?:er|s|a)? (?:\\p{L}+ ){0,2}?upp\\b')],
  ['aktiviteter', rx('\\b(?:handlingsplan\\p{L}*|aktivitetsplan\\p{L}*|åtgärder|aktiviteter|insatser|strategier)\\b')],
];
// "Läs programmet (PDF)", "Strategin finns att läsa här", "Här hittar du …", "Kontakta näringslivsenheten".
const POINTER = rx(
  '\\((?:pdf|docx?|word)\\b[^)]*\\)|\\bläs (?:hela |mer om |mer i )?(?:\\p{L}+ )?(?:programmet|strategin|policyn|planen|dokumentet|\\p{L}*program(?:met)?|\\p{L}*strategi(?:n)?)\\b|\\bfinns att (?:läsa|ladda ner|hämta)\\b|\\bhär (?:hittar|finns|kan) (?:du|ni)\\b|\\bladda ner\\b|\\bdokumentet finns\\b|\\bkontakta (?:gärna )?(?:oss|näringslivs\\p{L}*|kommunens näringslivs\\p{L}*)\\b|\\blänk(?:en)? till\\b',
);

const OWN_NOTE_LINE = rx('^(?:antagen|antaget|fastställd|fastställt|beslutad|beslutat|godkänd|godkänt) (?:av|i) (?:kommunfullmäktige|kommunstyrelsen|fullmäktige|kf|ks)\\b');

/** Measures the shape of a document's text (cheap: reads at most the first 400 lines). */
export function measureShape(model: TextModel, wordCount: number): PageShape {
  const lines = model.lines.slice(1, 400);
  let entryLines = 0;
  const structure = new Set<string>();
  for (const l of lines) {
    // Web headings are often questions ("Varför ett näringslivsprogram?"): a short question is still a heading.
    const wordsInLine = l.norm.split(' ').length;
    const sentence = /[.!:]$/.test(l.text) || (/\?$/.test(l.text) && wordsInLine > 8) || wordsInLine > 16;
    const entry = !sentence && l.norm.length <= 140 && ENTRY.test(l.norm) && !/^(?:\d+(?:\.\d+)*\.?\s)?(?:handlingsplan|aktivitetsplan|åtgärdsplan)$/u.test(l.norm)
      // "Varför ett näringslivsprogram?" / "Därför har vi en strategi" introduce the text; they name no listed document.
      && !/^(?:varför|därför)\s/u.test(l.norm)
      // A part heading ("Del 2 Handlingsplan") divides the document itself, and the document's own adoption
      // note ("Antagen av kommunfullmäktige 2016-02-17") dates it: neither lists other documents.
      && !/^del \d+\b/u.test(l.norm)
      && !OWN_NOTE_LINE.test(l.norm);
    if (entry) entryLines += 1;
    // A heading counts as structure; a document name in a list does not.
    if (!sentence && !entry && l.norm.length <= 70) {
      for (const [name, re] of STRUCTURE) if (re.test(l.norm)) structure.add(name);
    }
  }
  const pointers = model.sentences.slice(0, 200).filter((s) => POINTER.test(s.norm));
  return {
    words: wordCount,
    lines: lines.length,
    entryLines,
    entryShare: lines.length ? entryLines / lines.length : 0,
    structure: [...structure],
    pointers,
  };
}

/** A listing of documents or links: many entry lines, and they are a large part of the text. */
export function isListing(shape: PageShape): boolean {
  return shape.entryLines >= 5 && shape.entryShare >= 0.35;
}

/**
 * Does the text carry a program's own body? Length and structure both: a
 * summary on a landing page has neither, a program page has both.
 */
export function hasProgramBody(shape: PageShape): boolean {
  if (shape.words >= 700) return shape.structure.length >= 2;
  if (shape.words >= 250) return shape.structure.length >= 3;
  // A terse program is still a program when nearly all of a program's parts are there.
  if (shape.words >= 150) return shape.structure.length >= 4;
  return false;
}
