/** The store: one database (SQLite file or PostgreSQL) behind Kysely. */
export { openStore, isPostgresUrl, type StoreConnection } from './open-store.ts';
export { redactUrl } from './postgres/redact-url.ts';
export type { Database } from './schema.ts';
export { createSqlJournal } from './crawl-journal.ts';
export { saveDocument, writeClassification } from './document-writer.ts';
export { saveMunicipalities, startOrResumeRun, completeRunIfFinished, runSites, listYears, storedValidity, type RunInfo, type RunSiteSummary } from './inventory-store.ts';
export { loadYearRows, judgedFieldsFromRow, type YearRows, type SiteRow, type DocumentRow, type JudgedFields, type MunicipalityReview } from './year-rows.ts';
export { createUser, listUsers, findUserByName, createSession, findSession, deleteSession, deleteExpiredSessions, recordLoginAttempt, countFailedLogins, appDb, ROLES, type Role, type User, type SessionWithUser, type AppDatabase } from './accounts-store.ts';
export { addReviews, listReviews, reviewQueue, markGoodExample, unmarkGoodExample, listGoodExamples, type ReviewInput, type ReviewRecord, type QueueItem } from './review-store.ts';
export { updateSearchIndex, searchIndexStale, searchDocuments, swedishStem, swedishTokens, indexTerms, queryTerms, type SearchHit } from './search-store.ts';
