/**
 * Reference geography, computed once at start-up: SVG path strings of the
 * 290 municipality shapes (projected with d3-geo), neighbours (shapes that
 * share border vertices, else the nearest centroids) and population, for the
 * map and for "similar municipalities".
 */
import { readFileSync } from 'node:fs';
import { geoCentroid, geoDistance, geoPath, geoTransverseMercator } from 'd3-geo';
import type { ExtendedFeature, ExtendedFeatureCollection } from 'd3-geo';

export interface MunicipalityShape {
  code: string;
  name: string;
  countyCode: string;
  countyName: string;
  /** SVG path in the map's coordinate space. */
  path: string;
  centroid: [number, number];
  population: number | null;
  neighbours: string[];
}

export interface Geography {
  width: number;
  height: number;
  shapes: Map<string, MunicipalityShape>;
  counties: Map<string, string>;
}

const DATA = new URL('../../data/', import.meta.url);

function readPopulation(): Map<string, number> {
  const text = readFileSync(new URL('population.csv', DATA), 'utf8');
  const out = new Map<string, number>();
  for (const line of text.split('\n').slice(1)) {
    const [code, , , population] = line.split(',');
    if (code && population && /^\d+$/.test(population)) out.set(code, Number(population));
  }
  return out;
}

/** Drops points that round to the previous one: a third of the bytes at this scale. */
function compactPath(d: string): string {
  return d.replace(/M[^MZ]*Z?/g, (ring) => {
    const closed = ring.endsWith('Z');
    const points = (closed ? ring.slice(1, -1) : ring.slice(1)).split('L');
    const kept = points.filter((pt, i) => i === 0 || pt !== points[i - 1]);
    return kept.length < 3 ? '' : `M${kept.join('L')}${closed ? 'Z' : ''}`;
  });
}

let cached: Geography | null = null;

/** The geography, built on first use (≈100 ms) and kept for the life of the process. */
export function loadGeography(): Geography {
  if (cached) return cached;
  const collection = JSON.parse(readFileSync(new URL('municipalities.geo.json', DATA), 'utf8')) as ExtendedFeatureCollection<ExtendedFeature>;
  // RFC 7946 winds exterior rings counter-clockwise; d3-geo expects the opposite
  // (spherical polygons), or every shape becomes "the whole globe minus it".
  for (const feature of collection.features) {
    const geometry = feature.geometry as { type: string; coordinates: number[][][] | number[][][][] };
    const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as number[][][][];
    for (const polygon of polygons) for (const ring of polygon) ring.reverse();
  }
  const width = 400;
  const height = 860;
  // Transverse Mercator centred on Sweden (like SWEREF 99 TM) keeps the long country undistorted.
  const projection = geoTransverseMercator().rotate([-15, -62]).fitSize([width, height], collection);
  const path = geoPath(projection).digits(1);
  const population = readPopulation();
  const shapes = new Map<string, MunicipalityShape>();
  const counties = new Map<string, string>();
  const vertexOwners = new Map<string, Set<string>>();
  for (const feature of collection.features) {
    const p = feature.properties as { code: string; name: string; county_code: string; county_name: string };
    counties.set(p.county_code, p.county_name);
    shapes.set(p.code, {
      code: p.code,
      name: p.name,
      countyCode: p.county_code,
      countyName: p.county_name,
      path: compactPath(path(feature) ?? ''),
      centroid: geoCentroid(feature),
      population: population.get(p.code) ?? null,
      neighbours: [],
    });
    const geometry = feature.geometry as { type: string; coordinates: unknown };
    const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as number[][][][];
    for (const polygon of polygons) for (const ring of polygon) for (const [x, y] of ring) {
      const key = `${x},${y}`;
      let owners = vertexOwners.get(key);
      if (!owners) vertexOwners.set(key, (owners = new Set()));
      owners.add(p.code);
    }
  }
  const shared = new Map<string, Map<string, number>>();
  for (const owners of vertexOwners.values()) {
    if (owners.size < 2) continue;
    for (const a of owners) for (const b of owners) {
      if (a === b) continue;
      const m = shared.get(a) ?? new Map<string, number>();
      m.set(b, (m.get(b) ?? 0) + 1);
      shared.set(a, m);
    }
  }
  for (const shape of shapes.values()) {
    // Two shared vertices make a border; one can be a corner touch.
    const bordering = [...(shared.get(shape.code) ?? new Map<string, number>()).entries()].filter(([, n]) => n >= 2).map(([c]) => c);
    if (bordering.length > 0) shape.neighbours = bordering.sort();
    else {
      // Islands (Gotland) and simplified shapes: the nearest centroids stand in for neighbours.
      shape.neighbours = [...shapes.values()]
        .filter((s) => s.code !== shape.code)
        .map((s) => ({ code: s.code, d: geoDistance(s.centroid, shape.centroid) }))
        .sort((a, b) => a.d - b.d)
        .slice(0, 4)
        .map((s) => s.code);
    }
  }
  cached = { width, height, shapes, counties };
  return cached;
}

/**
 * Municipalities most like this one: same county first, then closest in
 * population (on a log scale, so 10 000 vs 20 000 is as far as 100 000 vs 200 000).
 */
export function similarMunicipalities(geo: Geography, code: string, count = 5): MunicipalityShape[] {
  const self = geo.shapes.get(code);
  if (!self || self.population === null) return [];
  const score = (s: MunicipalityShape): number => Math.abs(Math.log((s.population ?? 1) / self.population!)) + (s.countyCode === self.countyCode ? 0 : 0.35);
  return [...geo.shapes.values()]
    .filter((s) => s.code !== code && s.population !== null)
    .sort((a, b) => score(a) - score(b))
    .slice(0, count);
}
