/**
 * Rebuilds lines from pdf.js text items. Items arrive in content-stream order
 * with positions; a new line starts at an end-of-line mark or a vertical move,
 * a space goes where the horizontal gap is wider than a thin space, and a
 * blank line marks a paragraph-sized vertical gap.
 */

/** The fields of a pdf.js TextItem this module needs. */
export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

export interface PdfLine {
  text: string;
  /** Largest font size on the line, for title detection. */
  fontSize: number;
}

/** Groups text items into lines; empty lines mark paragraph gaps. */
export function buildLines(items: readonly PdfTextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let text = '';
  let size = 0;
  let lastY: number | null = null;
  let lastEndX = 0;
  let lastSize = 0;
  let breakPending = false;
  const flush = (): void => {
    if (text.trim() !== '') lines.push({ text, fontSize: size });
    text = '';
    size = 0;
  };
  for (const item of items) {
    const t = item.transform;
    const x = t[4] ?? 0;
    const y = t[5] ?? 0;
    const fontSize = Math.hypot(t[2] ?? 0, t[3] ?? 0) || item.height || 1;
    if (item.str === '') {
      // pdf.js emits empty items just to carry an end-of-line mark.
      if (item.hasEOL) breakPending = true;
      continue;
    }
    if (lastY !== null) {
      const dy = Math.abs(y - lastY);
      const ref = Math.max(fontSize, lastSize);
      if (breakPending || dy > ref * 0.5) {
        flush();
        // A gap clearly larger than line spacing is a paragraph break.
        if (dy > ref * 1.6 && lines.length > 0 && lines[lines.length - 1]!.text !== '') lines.push({ text: '', fontSize: 0 });
      } else {
        const gap = x - lastEndX;
        if (gap > fontSize * 0.15 && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
      }
    }
    text += item.str;
    size = Math.max(size, fontSize);
    lastY = y;
    lastSize = fontSize;
    lastEndX = x + item.width;
    breakPending = item.hasEOL;
  }
  flush();
  while (lines.length > 0 && lines[lines.length - 1]!.text === '') lines.pop();
  return lines;
}
