/**
 * The simulated municipal web: a deterministic generator of municipal
 * websites with ground truth, and a loopback HTTP server for them. The
 * project's test data and demo.
 */
export type {
  SimMunicipality,
  SimWebOptions,
  ExpectedProgram,
  ProgramRole,
  ProgramPlacement,
  LookalikeDoc,
  SiteTruth,
  SimWeb,
  SimSite,
  SiteTemplateName,
} from './sim-types.ts';
export { generateWeb, STATUS_SHARES } from './generate-web.ts';
export { startSimWeb, type RequestLogEntry, type RunningSimWeb, type StartOptions } from './sim-server.ts';
export { writeSitesCsv, sitesCsv } from './sites-csv.ts';
export { loadMunicipalities } from './reference-data.ts';
export { documentBytes } from './document-bytes.ts';
export { pageHtml } from './page-html.ts';
export { renderPdf, renderDocx, type DocumentSpec, type PdfOptions, type DocxOptions } from './render-documents.ts';
