/**
 * The built-in register of Sweden's 290 municipalities and their official
 * websites, read from the reference data shipped in data/ (sources and
 * licences in data/SOURCES.md).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { InputError, type Municipality, type Site } from '../domain/index.ts';

const DATA_DIR = new URL('../../data/', import.meta.url);

function readCsv(name: string): Record<string, string>[] {
  return parse(readFileSync(new URL(name, DATA_DIR), 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
}

let municipalities: Municipality[] | null = null;

/** All 290 municipalities, ordered by SCB code. */
export function listMunicipalities(): Municipality[] {
  municipalities ??= readCsv('municipalities.csv')
    .map((r) => ({ code: r.code ?? '', name: r.name ?? '', countyCode: r.county_code ?? '', countyName: r.county_name ?? '' }))
    .sort((a, b) => a.code.localeCompare(b.code));
  return municipalities;
}

/** The registry's official website of every municipality. */
export function registrySites(): Site[] {
  return readCsv('municipality-websites.csv').map((r) => ({ code: r.code ?? '', name: r.name ?? '', url: r.url ?? '' }));
}

/** Looks up a municipality by code, or null. */
export function findMunicipality(code: string): Municipality | null {
  return listMunicipalities().find((m) => m.code === code) ?? null;
}

/** Keeps the sites of one county (`--county NN`) and/or an explicit list of codes (`--only`). */
export function selectSites(sites: Site[], filter: { county?: string | undefined; only?: string[] | undefined }): Site[] {
  let selected = sites;
  if (filter.county !== undefined) {
    if (!/^\d{2}$/.test(filter.county)) throw new InputError(`--county "${filter.county}" must be a 2-digit county code, e.g. 01 or 14`);
    const county = filter.county;
    selected = selected.filter((s) => s.code.startsWith(county));
    if (selected.length === 0) throw new InputError(`--county ${county}: no site in that county`);
  }
  if (filter.only !== undefined) {
    const unknown = filter.only.filter((c) => !sites.some((s) => s.code === c));
    if (unknown.length > 0) throw new InputError(`--only: unknown municipality code(s) ${unknown.join(', ')}`);
    const only = new Set(filter.only);
    selected = selected.filter((s) => only.has(s.code));
  }
  return selected;
}
