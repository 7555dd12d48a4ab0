/**
 * Distributed crawling: runs planned as jobs in PostgreSQL (pg-boss), worked
 * by any number of worker processes on any machines, and their progress.
 */
export { enqueueRun, DEFAULT_HEARTBEAT_SECONDS, type EnqueueInput, type EnqueueResult } from './enqueue-run.ts';
export { runWorker, hasOpenWork, type WorkerOptions, type WorkerEvent, type WorkerSummary } from './run-worker.ts';
export { runStatus, formatRunStatus, type RunStatus } from './run-status.ts';
export { openCrawlQueue, CRAWL_QUEUE, type CrawlQueue, type JobCounts, type SiteJobData, type QueueOptions } from './crawl-queue.ts';
export { parseRunSettings, type QueuedRunSettings } from './run-settings.ts';
