/**
 * Shared set-up for the crawler's integration tests: fast but real options
 * and a crawl runner that records what the pipeline was handed. Test support only.
 */
import type { FetchedResource, Site } from '../domain/index.ts';
import { crawlSite, type CrawlEvent, type SiteCrawlResult } from './crawl-site.ts';
import { createMemoryJournal, type MemoryJournal } from './memory-journal.ts';
import { type CrawlOptions, DEFAULT_CRAWL_OPTIONS } from './options.ts';

export interface Seen {
  url: string;
  finalUrl: string;
  status: number | null;
  kind: FetchedResource['kind'];
  unchanged: boolean;
  error: string | null;
}

export function testOptions(overrides: Partial<CrawlOptions> = {}): CrawlOptions {
  return { ...DEFAULT_CRAWL_OPTIONS, politenessMs: 20, timeoutMs: 2_000, retryBaseMs: 20, allowPrivateHosts: true, ...overrides };
}

export function site(url: string, code = '0114'): Site {
  return { code, name: 'Testkommun', url };
}

/** Runs crawlSite with a memory journal (or the given one); the processed results are summaries of each resource. */
export async function runCrawl(
  target: Site,
  options: CrawlOptions,
  journal: MemoryJournal<Seen> = createMemoryJournal<Seen>(),
  extra: { signal?: AbortSignal; onEvent?: (event: CrawlEvent) => void } = {},
): Promise<{ result: SiteCrawlResult; journal: MemoryJournal<Seen>; events: CrawlEvent[] }> {
  const events: CrawlEvent[] = [];
  const result = await crawlSite(target, options, {
    journal,
    process: async ({ record, kind }) => ({ url: record.url, finalUrl: record.finalUrl, status: record.status, kind, unchanged: record.unchanged, error: record.error }),
    onEvent: (event) => {
      events.push(event);
      extra.onEvent?.(event);
    },
    ...(extra.signal ? { signal: extra.signal } : {}),
  });
  return { result, journal, events };
}
