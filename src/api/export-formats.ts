/**
 * A year's inventory as CSV, XLSX and JSON, each with the licence line
 * (CC BY 4.0). Rows are the report's programs plus every municipality's
 * status, so "no program" is as visible as a program.
 */
import type { InventoryReport } from '../report/index.ts';
import { writeXlsx, type XlsxCell } from './xlsx-writer.ts';

export const LICENCE = 'Data: Programkartan, licens CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)';

const HEAD = ['kommunkod', 'kommun', 'lan', 'status', 'titel', 'url', 'programtyp', 'giltig_fran', 'giltig_till', 'regional_koppling', 'handlingsplan', 'hallbarhet', 'granskad'];

export function exportRows(report: InventoryReport): XlsxCell[][] {
  const byCode = new Map(report.municipalityStatus.map((m) => [m.code, m]));
  const rows: XlsxCell[][] = [];
  const withPrograms = new Set<string>();
  for (const p of report.programs) {
    const m = byCode.get(p.municipality);
    withPrograms.add(p.municipality);
    rows.push([p.municipality, m?.name ?? '', m?.countyCode ?? '', m?.status ?? '', p.title ?? '', p.url, p.programType, p.validFrom, p.validTo, p.regionalLink, p.actionPlan, p.sustainability, p.reviewed]);
  }
  for (const m of report.municipalityStatus) {
    if (!withPrograms.has(m.code)) rows.push([m.code, m.name, m.countyCode, m.status, '', '', '', null, null, '', '', null, null]);
  }
  return rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
}

function csvCell(v: XlsxCell): string {
  if (v === null) return '';
  const s = String(v);
  // Formula injection: a cell starting with = + - @ is opened as a formula by spreadsheet programs.
  const safe = /^[=+\-@\t\r]/.test(s) && typeof v === 'string' ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(report: InventoryReport): string {
  const lines = [`# ${LICENCE}. Inventeringsår ${report.year}.`, HEAD.join(','), ...exportRows(report).map((r) => r.map(csvCell).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function toXlsx(report: InventoryReport): Uint8Array {
  return writeXlsx(`Inventering ${report.year}`, [HEAD, ...exportRows(report), [], [LICENCE]]);
}

export function toJsonExport(report: InventoryReport): string {
  return `${JSON.stringify({ licence: 'CC BY 4.0', licenceUrl: 'https://creativecommons.org/licenses/by/4.0/', attribution: 'Programkartan', ...report }, null, 2)}\n`;
}
