/** Reports: a year's inventory figures, computed from stored rows. */
export { buildReport, effectiveFields, validityInYear, type InventoryReport, type ReportProgram, type ReportMunicipality } from './build-report.ts';
export { loadReport } from './load-report.ts';
export { formatReportText } from './format-report.ts';
