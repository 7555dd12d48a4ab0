/**
 * Horizontal bar charts as server-rendered SVG: an image with a title for
 * screen readers (the numbers are also in the table beside it).
 */
import { escapeText, trusted, type Html } from './html.ts';

export interface Bar {
  label: string;
  value: number;
}

/** Bars scaled to `total` (shares), labelled with count and percent. */
export function renderBarChart(title: string, bars: Bar[], total: number): Html {
  const rowHeight = 34;
  const labelWidth = 250;
  const barWidth = 300;
  const height = bars.length * rowHeight + 10;
  const rows = bars
    .map((b, i) => {
      const share = total > 0 ? b.value / total : 0;
      const y = 5 + i * rowHeight;
      const w = Math.max(share * barWidth, b.value > 0 ? 2 : 0);
      return `<text x="0" y="${y + 20}" font-size="14" fill="#0b0c0c">${escapeText(b.label)}</text><rect x="${labelWidth}" y="${y + 4}" width="${w.toFixed(1)}" height="22" fill="#1d70b8"></rect><text x="${(labelWidth + w + 6).toFixed(1)}" y="${y + 20}" font-size="14" fill="#0b0c0c">${b.value} (${formatPercent(share)})</text>`;
    })
    .join('');
  const id = `chart-${title.toLowerCase().replace(/[^a-zåäö0-9]+/g, '-')}`;
  return trusted(
    `<svg class="app-chart" viewBox="0 0 ${labelWidth + barWidth + 90} ${height}" role="img" aria-labelledby="${escapeText(id)}" xmlns="http://www.w3.org/2000/svg"><title id="${escapeText(id)}">${escapeText(`${title}: ${bars.map((b) => `${b.label} ${b.value}`).join(', ')}`)}</title>${rows}</svg>`,
  );
}

/** "40 %" the Swedish way (space before the sign). */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)} %`;
}
