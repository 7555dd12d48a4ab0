/**
 * Reference data the simulated web draws on: the real municipalities, each
 * county's regional development strategy (RUS) and real inter-municipal
 * collaborations, read once from data/*.csv (all columns as strings).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { SimMunicipality } from './sim-types.ts';

const DATA_DIR = join(import.meta.dirname, '..', '..', 'data');

function readCsv(file: string): Array<Record<string, string>> {
  return parse(readFileSync(join(DATA_DIR, file), 'utf8'), { columns: true, skip_empty_lines: true, cast: false }) as Array<Record<string, string>>;
}

export interface RegionalStrategy {
  countyCode: string;
  county: string;
  name: string;
}

export interface Collaboration {
  name: string;
  kind: string;
  memberCodes: string[];
}

interface ReferenceData {
  municipalities: SimMunicipality[];
  strategies: Map<string, RegionalStrategy>;
  collaborations: Collaboration[];
}

let cached: ReferenceData | null = null;

function load(): ReferenceData {
  if (cached) return cached;
  const municipalities = readCsv('municipalities.csv').map((r) => ({
    code: r.code ?? '',
    name: r.name ?? '',
    countyCode: r.county_code ?? '',
    countyName: r.county_name ?? '',
  }));
  const strategies = new Map<string, RegionalStrategy>();
  for (const r of readCsv('regional-strategies.csv')) {
    const countyCode = r.county_code ?? '';
    strategies.set(countyCode, { countyCode, county: r.county ?? '', name: r.strategy_name ?? '' });
  }
  const collaborations = readCsv('intermunicipal-collaborations.csv').map((r) => ({
    name: r.name ?? '',
    kind: r.kind ?? '',
    memberCodes: (r.member_codes ?? '').split(';').filter((c) => c.length > 0),
  }));
  cached = { municipalities, strategies, collaborations };
  return cached;
}

/** All 290 municipalities in SCB order, ready for `generateWeb`. */
export function loadMunicipalities(): SimMunicipality[] {
  return load().municipalities.map((m) => ({ ...m }));
}

export function regionalStrategyFor(countyCode: string): RegionalStrategy | null {
  return load().strategies.get(countyCode) ?? null;
}

/** Collaborations that list the municipality as a member (cross-border political ones excluded: they are not business collaboration). */
export function collaborationsFor(code: string): Collaboration[] {
  return load().collaborations.filter((c) => c.memberCodes.includes(code) && !c.name.startsWith('Greater Copenhagen'));
}
