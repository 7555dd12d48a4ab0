/**
 * Marks page breaks in word/document.xml with a private-use character that
 * survives mammoth's raw-text conversion, so DOCX text can be split into pages
 * (hard breaks, "page break before" paragraphs, and the breaks Word recorded
 * at its last layout).
 */

/** Private-use character standing for a page break in marked text. */
export const PAGE_MARK = '\ue000';

const MARK_RUN = `<w:r><w:t>${PAGE_MARK}</w:t></w:r>`;

/** Inserts PAGE_MARK text where the XML says a new page starts. */
export function markPageBreaks(xml: string): string {
  return xml
    .replace(/<w:br\b[^>]*\bw:type="page"[^>]*\/>/g, `<w:t>${PAGE_MARK}</w:t>`)
    .replace(/<w:lastRenderedPageBreak\s*\/>/g, `<w:t>${PAGE_MARK}</w:t>`)
    .replace(/(<w:pPr\b[^>]*>(?:(?!<\/w:pPr>)[\s\S])*?<w:pageBreakBefore(?:\s+w:val="(?:1|true|on)")?\s*\/>(?:(?!<\/w:pPr>)[\s\S])*?<\/w:pPr>)/g, `$1${MARK_RUN}`);
}

/** Splits marked text into pages; empty pages (two marks in a row) collapse. */
export function splitMarkedPages(text: string): string[] {
  const pages = text.split(PAGE_MARK).filter((p, i) => i === 0 || p.trim() !== '');
  if (pages.length > 1 && pages[0]!.trim() === '') pages.shift();
  return pages;
}
