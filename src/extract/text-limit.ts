/**
 * Caps the text kept from a document. Classification needs the opening
 * pages most; a 2-million-character cap keeps memory and regex time bounded
 * on pathological documents while never touching real programs.
 */

/** Cuts pages so their total length stays within maxChars; pages after the cut are dropped. */
export function applyTextLimit(pages: readonly string[], maxChars: number, warnings: string[]): string[] {
  let used = 0;
  const out: string[] = [];
  for (const page of pages) {
    if (used + page.length > maxChars) {
      out.push(page.slice(0, Math.max(0, maxChars - used)));
      warnings.push(`text truncated at ${maxChars} characters (page ${out.length} of ${pages.length})`);
      return out;
    }
    out.push(page);
    used += page.length;
  }
  return out;
}
