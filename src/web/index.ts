/** The user interface: server-rendered views, the map and charts, static assets. */
export { h, trusted, escapeText, type Html } from './html.ts';
export { renderPage, type PageOptions, type Viewer } from './layout.ts';
export { loadGeography, similarMunicipalities, type Geography, type MunicipalityShape } from './geography.ts';
export { renderMap, renderLegend, STATUS_COLOURS, STATUS_LABELS, type MapStatus } from './map-svg.ts';
export { renderBarChart, formatPercent } from './bar-chart.ts';
export { highlightQuotes, highlightTerms, snippet, findQuote } from './highlight.ts';
export { renderOverview } from './views/overview-view.ts';
export { renderMunicipality, type MunicipalityPageData, type MunicipalityProgram } from './views/municipality-view.ts';
export { renderProgram, FIELD_LABELS, type ProgramPageData, type ProgramFields } from './views/program-view.ts';
export { renderQueue, renderAddProgram, renderAuditLog, type AddProgramForm } from './views/review-views.ts';
export { renderSearch, type SearchFilters, type SearchResultItem, type FacetCounts } from './views/search-view.ts';
export { renderCompare, type CompareItem } from './views/compare-view.ts';
export { renderYearCompare, type YearComparison, type YearChange } from './views/year-compare-view.ts';
export { renderLogin, renderError, renderAbout } from './views/simple-views.ts';

/** Directory of our own static files (CSS, JS), served under /static. */
export const STATIC_DIR = new URL('./static/', import.meta.url);
