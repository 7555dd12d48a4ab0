/** The HTTP layer: the Hono app (pages + JSON API), auth, password hashing, exports. */
export { createApp, type AppOptions } from './create-app.ts';
export { hashPassword, verifyPassword } from './password.ts';
export { HttpError } from './http-error.ts';
export { createDataService, type DataService, type CatalogueEntry } from './data-service.ts';
export { toCsv, toXlsx, toJsonExport, LICENCE } from './export-formats.ts';
export { writeXlsx } from './xlsx-writer.ts';
export { compareYears } from './year-comparison.ts';
export { OPENAPI_DOCUMENT } from './openapi.ts';
export type { AppEnv } from './app-env.ts';
