/**
 * The focused crawler: finds where a municipality's programs live within a
 * few tens of pages per site, politely, resumably. This file is the folder's
 * only public surface.
 */
export { crawlSite, crawlSites } from './crawl-site.ts';
export type { CrawlEvent, CrawlHooks, SiteCrawlResult } from './crawl-site.ts';
export { createMemoryJournal } from './memory-journal.ts';
export type { MemoryJournal } from './memory-journal.ts';
export { normalizeUrl, isSameSite } from './normalize-url.ts';
export { scoreLink } from './score-link.ts';
export { trapReason } from './trap-guard.ts';
export { DEFAULT_CRAWL_OPTIONS, DEFAULT_USER_AGENT } from './options.ts';
export type { CrawlOptions } from './options.ts';
export { OriginScheduler } from './origin-scheduler.ts';
export { sniffKind } from './sniff-kind.ts';
export { SharedOriginScheduler, type SlotClient, type SharedOriginSchedulerOptions } from './shared-origin-scheduler.ts';
