/**
 * Shapes the crawler and the store agree on. The crawler persists every step
 * through a CrawlJournal so that a run killed at any moment (SIGKILL too)
 * resumes where it stopped without refetching or duplicating.
 */

/** A URL waiting in a site's frontier. Higher score is fetched first. */
export interface FrontierEntry {
  url: string; // normalised
  score: number;
  depth: number;
  /** URL of the page that linked here (null for seeds). */
  referrer: string | null;
  /** Anchor text of the link, for scoring and for titles. */
  anchor: string | null;
  /** Where the entry came from. */
  via: 'seed' | 'sitemap' | 'link' | 'redirect' | 'search';
}

/** Outcome of one fetch, success or failure, as recorded in the database. */
export interface FetchRecord {
  url: string;
  finalUrl: string;
  status: number | null; // HTTP status; null when no response (timeout, refused, ...)
  contentType: string | null;
  bytes: number;
  sha256: string | null;
  etag: string | null;
  lastModified: string | null;
  /** Conditional re-run: 304 Not Modified, or same hash as before. */
  unchanged: boolean;
  error: string | null; // short code + message, e.g. "too_large: response over 30 MB"
  fetchedAt: string; // ISO time
  durationMs: number;
}

/** Validators remembered from an earlier run, for conditional requests. */
export interface PreviousFetch {
  etag: string | null;
  lastModified: string | null;
  sha256: string | null;
}

/** What the crawler hands to the pipeline: a fetched resource that may be a document. */
export interface FetchedResource {
  siteCode: string;
  entry: FrontierEntry;
  record: FetchRecord;
  /** Body bytes, absent on errors and on 304. */
  body: Uint8Array | null;
  /** Sniffed kind from magic bytes and headers (Content-Type may lie). */
  kind: 'html' | 'pdf' | 'docx' | 'text' | 'other' | null;
}

/** Resume state of one site within one run. */
export interface SiteCrawlState {
  status: 'pending' | 'running' | 'done' | 'unreachable';
  pending: FrontierEntry[];
  /** Every URL already enqueued (fetched or pending), normalised. */
  seen: string[];
  fetchedCount: number;
  /** A fetch of this run already found what the crawl looks for (see CrawlHooks.isGoal); a resumed crawl keeps to the narrow search. */
  goalFound?: boolean;
}

/**
 * Durable log of a site's crawl. Implemented in-memory for unit tests and
 * on SQL in the store. `commitFetch` is one transaction: the fetch, its new
 * links and the processing result land together or not at all.
 */
export interface CrawlJournal<P = unknown> {
  loadSite(siteCode: string): Promise<SiteCrawlState>;
  enqueue(siteCode: string, entries: FrontierEntry[]): Promise<void>;
  /** `goal`: this fetch found what the crawl looks for; remembered for a resume (SiteCrawlState.goalFound). */
  commitFetch(siteCode: string, entry: FrontierEntry, record: FetchRecord, newEntries: FrontierEntry[], processed: P | null, goal?: boolean): Promise<void>;
  finishSite(siteCode: string, status: 'done' | 'unreachable', error: string | null): Promise<void>;
  previousFetch(url: string): Promise<PreviousFetch | null>;
}
