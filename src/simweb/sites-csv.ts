/** Writes the sites list the `inventory --sites` command reads (header code,name,url). */
import { writeFile } from 'node:fs/promises';
import type { Site } from '../domain/index.ts';

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function sitesCsv(sites: Site[]): string {
  return ['code,name,url', ...sites.map((s) => [s.code, s.name, s.url].map(csvField).join(','))].join('\n') + '\n';
}

export async function writeSitesCsv(sites: Site[], path: string): Promise<void> {
  await writeFile(path, sitesCsv(sites), 'utf8');
}
