/**
 * In-memory CrawlJournal for tests and one-off runs. It copies state in and
 * out, like a database would, so a test can "kill" a crawl and start a new
 * one on the same journal to check resume behaviour.
 */
import type { CrawlJournal, FetchRecord, FrontierEntry, PreviousFetch, SiteCrawlState } from '../domain/index.ts';

interface SiteRow {
  status: SiteCrawlState['status'];
  pending: FrontierEntry[];
  seen: Set<string>;
  fetchedCount: number;
  goalFound: boolean;
  error: string | null;
}

export type MemoryJournal<P> = CrawlJournal<P> & {
  /** Every processing result committed, in order. */
  processed: P[];
  /** Every fetch record committed, in order. */
  records: FetchRecord[];
  /** Final status and error per site, as given to finishSite. */
  finished: Map<string, { status: 'done' | 'unreachable'; error: string | null }>;
};

export function createMemoryJournal<P>(): MemoryJournal<P> {
  const sites = new Map<string, SiteRow>();
  const previous = new Map<string, PreviousFetch>();
  const processed: P[] = [];
  const records: FetchRecord[] = [];
  const finished = new Map<string, { status: 'done' | 'unreachable'; error: string | null }>();
  const row = (code: string): SiteRow => {
    let site = sites.get(code);
    if (!site) {
      site = { status: 'pending', pending: [], seen: new Set(), fetchedCount: 0, goalFound: false, error: null };
      sites.set(code, site);
    }
    return site;
  };
  const enqueueInto = (site: SiteRow, entries: FrontierEntry[]) => {
    for (const entry of entries) {
      if (site.seen.has(entry.url)) continue;
      site.seen.add(entry.url);
      site.pending.push({ ...entry });
    }
  };
  return {
    processed,
    records,
    finished,
    async loadSite(siteCode) {
      const site = row(siteCode);
      return { status: site.status, pending: site.pending.map((entry) => ({ ...entry })), seen: [...site.seen], fetchedCount: site.fetchedCount, goalFound: site.goalFound };
    },
    async enqueue(siteCode, entries) {
      const site = row(siteCode);
      if (site.status === 'pending') site.status = 'running';
      enqueueInto(site, entries);
    },
    async commitFetch(siteCode, entry, record, newEntries, result, goal) {
      const site = row(siteCode);
      if (site.status === 'pending') site.status = 'running';
      site.pending = site.pending.filter((pending) => pending.url !== entry.url);
      site.seen.add(entry.url);
      enqueueInto(site, newEntries);
      site.fetchedCount += 1;
      if (goal) site.goalFound = true;
      records.push({ ...record });
      if (result !== null) processed.push(result);
      // Keep validators from real responses; a 304 keeps the ones it confirmed.
      if (record.sha256 !== null || record.etag !== null || record.lastModified !== null) {
        previous.set(record.url, { etag: record.etag, lastModified: record.lastModified, sha256: record.sha256 });
      }
    },
    async finishSite(siteCode, status, error) {
      const site = row(siteCode);
      site.status = status;
      site.error = error;
      finished.set(siteCode, { status, error });
    },
    async previousFetch(url) {
      const found = previous.get(url);
      return found ? { ...found } : null;
    },
  };
}
