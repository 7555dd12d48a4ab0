/**
 * The settings a queued run carries in `runs.options_json`, so that any
 * worker on any machine crawls the run exactly as `inventory --enqueue` asked
 * (year and sites live in the run itself).
 */
import { z } from 'zod';
import { DEFAULT_CRAWL_OPTIONS, type CrawlOptions } from '../crawler/index.ts';

/** The crawl options a run fixes for all its workers; siteConcurrency is each worker's own. */
const crawlSchema = z.object({
  politenessMs: z.number().int().min(0),
  pageBudget: z.number().int().min(1),
  timeoutMs: z.number().int().min(100),
  maxBytes: z.number().int().min(1024),
  retries: z.number().int().min(0),
  allowPrivateHosts: z.boolean(),
  maxDepth: z.number().int().min(0).optional(),
  strategy: z.enum(['focused', 'breadth-first']).optional(),
});

const settingsSchema = z.object({
  mode: z.literal('queued'),
  crawl: crawlSchema,
  heartbeatSeconds: z.number().int().min(10),
});

export type RunCrawlSettings = z.infer<typeof crawlSchema>;
export type QueuedRunSettings = z.infer<typeof settingsSchema>;

/** The options object stored with the run (flat keys kept for runs listed by other tools). */
export function runOptionsFor(settings: QueuedRunSettings): Record<string, unknown> {
  return { allowPrivateHosts: settings.crawl.allowPrivateHosts, politenessMs: settings.crawl.politenessMs, pageBudget: settings.crawl.pageBudget, ...settings };
}

/** The run's settings, or null for a run that was not enqueued (a local `inventory`). */
export function parseRunSettings(options: unknown): QueuedRunSettings | null {
  const parsed = settingsSchema.safeParse(options);
  return parsed.success ? parsed.data : null;
}

/** Full crawl options for a worker: the run's settings over the defaults, with the worker's own concurrency. */
export function crawlOptionsFor(settings: QueuedRunSettings): CrawlOptions {
  const { maxDepth, strategy, ...fixed } = settings.crawl;
  return { ...DEFAULT_CRAWL_OPTIONS, ...fixed, ...(maxDepth === undefined ? {} : { maxDepth }), ...(strategy === undefined ? {} : { strategy }) };
}

/** Picks the stored settings from the crawl options the enqueuing command was given. */
export function crawlSettingsFrom(crawl: Partial<CrawlOptions>): RunCrawlSettings {
  const full = { ...DEFAULT_CRAWL_OPTIONS, ...crawl };
  return {
    politenessMs: full.politenessMs,
    pageBudget: full.pageBudget,
    timeoutMs: full.timeoutMs,
    maxBytes: full.maxBytes,
    retries: full.retries,
    allowPrivateHosts: full.allowPrivateHosts,
    maxDepth: full.maxDepth,
    strategy: full.strategy,
  };
}
