/**
 * Removes running headers and footers from paged text. Page numbers and
 * "Åmåls kommun" on every page would otherwise drown the evidence and split
 * sentences across pages; a line that repeats (digits ignored) at the top or
 * bottom of most pages is kept once, on page 1, and dropped elsewhere.
 */

const ZONE = 3;

function lineKey(line: string): string {
  return line.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/** Indexes of the first and last ZONE non-empty lines: where headers and footers sit. */
function zoneIndexes(lines: readonly string[]): number[] {
  const nonEmpty = lines.map((l, i) => (l.trim() === '' ? -1 : i)).filter((i) => i >= 0);
  // Short pages (slides, covers) get a narrower zone so body lines are not mistaken for headers.
  const zone = Math.max(1, Math.min(ZONE, Math.floor(nonEmpty.length / 3)));
  const head = nonEmpty.slice(0, zone);
  const tail = nonEmpty.slice(Math.max(zone, nonEmpty.length - zone));
  return [...new Set([...head, ...tail])];
}

/**
 * Drops repeated header/footer lines from pages 2..n (page 1 keeps them).
 * Needs at least two pages; a line counts when it sits in the top or bottom
 * zone of at least 40 % of the pages (and at least two). Lines in
 * `protectedLines[page]` (headings set larger than body text: "Kapitel 3")
 * are never dropped, since running headers are never bigger than the body.
 */
export function removeRunningHeaders(pages: readonly string[], protectedLines: ReadonlyArray<ReadonlySet<string>> = []): string[] {
  return splitRunningHeaders(pages, protectedLines).pages;
}

/** removeRunningHeaders, also telling which of page 1's lines are running headers/footers. */
export function splitRunningHeaders(pages: readonly string[], protectedLines: ReadonlyArray<ReadonlySet<string>> = []): { pages: string[]; runningLines: string[] } {
  if (pages.length < 2) return { pages: [...pages], runningLines: [] };
  const split = pages.map((p) => p.split('\n'));
  const counts = new Map<string, number>();
  for (const lines of split) {
    const keys = new Set(zoneIndexes(lines).map((i) => lineKey(lines[i]!)));
    for (const key of keys) if (key !== '') counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(pages.length * 0.4));
  const running = new Set([...counts].filter(([, n]) => n >= threshold).map(([key]) => key));
  if (running.size === 0) return { pages: [...pages], runningLines: [] };
  const first = split[0] ?? [];
  // A cover heading set large that happens to repeat as the running header is still the cover's heading.
  const runningLines = zoneIndexes(first).map((i) => first[i]!.trim()).filter((line) => line !== '' && running.has(lineKey(line)) && !protectedLines[0]?.has(line));
  const out = split.map((lines, pageIndex) => {
    if (pageIndex === 0) return lines.join('\n');
    const keep = protectedLines[pageIndex];
    const drop = new Set(zoneIndexes(lines).filter((i) => running.has(lineKey(lines[i]!)) && !keep?.has(lines[i]!.trim())));
    return lines
      .filter((_, i) => !drop.has(i))
      .join('\n')
      .replace(/^\n+|\n+$/g, '');
  });
  return { pages: out, runningLines };
}
