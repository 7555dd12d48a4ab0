/** The store: one database (SQLite file or PostgreSQL) behind Kysely. */
export { openStore, isPostgresUrl, type StoreConnection } from './open-store.ts';
export type { Database } from './schema.ts';
export { createSqlJournal } from './crawl-journal.ts';
export { saveDocument, writeClassification } from './document-writer.ts';
export { saveMunicipalities, startOrResumeRun, completeRunIfFinished, runSites, listYears, type RunInfo, type RunSiteSummary } from './inventory-store.ts';
export { loadYearRows, type YearRows, type SiteRow, type DocumentRow, type JudgedFields, type MunicipalityReview } from './year-rows.ts';
