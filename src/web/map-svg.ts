/**
 * The choropleth map: every municipality as `<path data-kommunkod>` coloured
 * by its status for a year. Paths are precomputed; this only joins strings.
 * Accessible as an image with a title and description; the status table next
 * to it is the text alternative.
 */
import { LABELS_SV, type MunicipalityStatus } from '../domain/index.ts';
import { escapeText, trusted, type Html } from './html.ts';
import type { Geography } from './geography.ts';

export type MapStatus = MunicipalityStatus | 'not_covered';

export const STATUS_COLOURS: Record<MapStatus, string> = {
  program_found: '#00703c',
  only_expired_or_future: '#912b88',
  none_found: '#b1b4b6',
  unreachable: '#d4351c',
  not_covered: '#f3f2f1',
};

export const STATUS_LABELS: Record<MapStatus, string> = { ...LABELS_SV.status, not_covered: 'Ingår inte i inventeringen' };

/** The SVG map; `statusOf` gives each code's status (missing = not covered). */
export function renderMap(geo: Geography, statusOf: Map<string, MunicipalityStatus>, title: string): Html {
  const parts: string[] = [];
  for (const shape of geo.shapes.values()) {
    const status: MapStatus = statusOf.get(shape.code) ?? 'not_covered';
    parts.push(
      // No links inside: the map is one image for assistive technology (290 tab stops would trap keyboard users); the table links every municipality.
      `<path data-kommunkod="${shape.code}" data-status="${status}" fill="${STATUS_COLOURS[status]}" d="${shape.path}"><title>${escapeText(`${shape.name} – ${STATUS_LABELS[status]}`)}</title></path>`,
    );
  }
  return trusted(
    `<svg class="app-map" viewBox="0 0 ${geo.width} ${geo.height}" role="img" aria-labelledby="map-title map-desc" xmlns="http://www.w3.org/2000/svg"><title id="map-title">${escapeText(title)}</title><desc id="map-desc">Karta över Sveriges 290 kommuner färgade efter status. Samma uppgifter finns i tabellen Status per kommun.</desc>${parts.join('')}</svg>`,
  );
}

/** Legend with counts per status. */
export function renderLegend(counts: Record<MapStatus, number>): Html {
  const items = (Object.keys(STATUS_COLOURS) as MapStatus[])
    .map((s) => `<li><span class="app-swatch" style="background:${STATUS_COLOURS[s]}"></span>${escapeText(STATUS_LABELS[s])} (${counts[s]})</li>`)
    .join('');
  return trusted(`<ul class="app-legend" aria-label="Teckenförklaring">${items}</ul>`);
}
