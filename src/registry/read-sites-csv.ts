/**
 * Parses a sites CSV (header `code,name,url`) into sites, reporting every
 * problem at once with line numbers, so an analyst fixes the file in one go.
 */
import { parse } from 'csv-parse/sync';
import { InputError, type Site } from '../domain/index.ts';

const MAX_CSV_BYTES = 5 * 1024 * 1024;

/** Parses CSV text; throws InputError listing all problems. */
export function parseSitesCsv(text: string, source = 'sites CSV'): Site[] {
  if (text.length > MAX_CSV_BYTES) throw new InputError(`${source}: file is larger than 5 MB`);
  let rows: string[][];
  try {
    rows = parse(text.replace(/^\uFEFF/, ''), { skip_empty_lines: true, trim: true, relax_column_count: true }) as string[][];
  } catch (error) {
    throw new InputError(`${source}: not valid CSV (${error instanceof Error ? error.message : String(error)})`);
  }
  const header = rows[0]?.map((h) => h.toLowerCase());
  if (!header || header.join(',') !== 'code,name,url') {
    throw new InputError(`${source}: first line must be the header "code,name,url" (found "${rows[0]?.join(',') ?? ''}")`);
  }
  const problems: string[] = [];
  const sites: Site[] = [];
  const seen = new Set<string>();
  rows.slice(1).forEach((row, i) => {
    const line = i + 2;
    if (row.length !== 3) {
      problems.push(`line ${line}: expected 3 fields (code,name,url), found ${row.length}`);
      return;
    }
    const [code = '', name = '', url = ''] = row;
    if (!/^\d{4}$/.test(code)) problems.push(`line ${line}: code "${code}" is not a 4-digit SCB municipality code`);
    if (!name) problems.push(`line ${line}: name is empty`);
    let parsed: URL | null = null;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`line ${line}: url "${url}" is not an absolute URL`);
    }
    if (parsed && parsed.protocol !== 'http:' && parsed.protocol !== 'https:') problems.push(`line ${line}: url "${url}" must use http or https`);
    if (seen.has(code)) problems.push(`line ${line}: code ${code} appears more than once`);
    seen.add(code);
    sites.push({ code, name, url });
  });
  if (sites.length === 0 && problems.length === 0) problems.push('no sites listed after the header');
  if (problems.length > 0) {
    const shown = problems.slice(0, 20).join('; ');
    throw new InputError(`${source}: ${problems.length} problem(s): ${shown}${problems.length > 20 ? '; …' : ''}`);
  }
  return sites;
}
