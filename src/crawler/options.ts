/**
 * Crawl options and their defaults. One place so the CLI, the pipeline and
 * tests agree on what "polite" means for Programkartan.
 */

/** Sent with every request; names us and where site owners can read about the crawler. */
export const DEFAULT_USER_AGENT = 'Programkartan/0.1 (+https://programkartan.se/om-crawlern; inventering av näringslivsprogram)';

/** The product token matched against robots.txt user-agent groups. */
export const ROBOTS_AGENT_TOKEN = 'Programkartan';

export interface CrawlOptions {
  userAgent: string;
  /** Min gap between requests to one origin (scheme+host+port). robots Crawl-delay raises it (cap 60 s). */
  politenessMs: number;
  /** Sites crawled at once. */
  siteConcurrency: number;
  /** Max fetches per site (HTML pages + documents; robots.txt and sitemaps are not counted). */
  pageBudget: number;
  maxDepth: number;
  /**
   * 'focused' follows the best-scored link first; 'breadth-first' ignores
   * scores (shallowest first), the exhaustive baseline of the benchmark.
   */
  strategy: 'focused' | 'breadth-first';
  /** After a program valid in the year is found, links scoring below this are not followed. */
  afterGoalMinScore: number;
  /** Response size limit; reading stops past it with error 'too_large'. */
  maxBytes: number;
  /** Per request, headers + body. */
  timeoutMs: number;
  /** Retries on 5xx, 429, timeouts and connection errors; never on other 4xx. */
  retries: number;
  /** Base of the exponential backoff between retries (jittered ±50 %). */
  retryBaseMs: number;
  /** Longest Retry-After (429/503) we wait for before retrying; a longer one is recorded as the final answer. */
  maxRetryAfterMs: number;
  /** Refuse loopback/private/link-local/unique-local addresses unless true (checked on the resolved IP). */
  allowPrivateHosts: boolean;
  /** Max URLs read from sitemaps per site. */
  maxSitemapEntries: number;
  /** Max distinct query strings followed per path (trap defence). */
  maxQueryVariants: number;
  /** Ask the site's own search form (found on the start page) for these words; empty: never. */
  siteSearchQueries: string[];
}

export const DEFAULT_CRAWL_OPTIONS: CrawlOptions = {
  userAgent: DEFAULT_USER_AGENT,
  politenessMs: 1000,
  siteConcurrency: 48,
  pageBudget: 40,
  strategy: 'focused',
  afterGoalMinScore: 20,
  maxDepth: 5,
  maxBytes: 40 * 1024 * 1024,
  timeoutMs: 20_000,
  retries: 2,
  retryBaseMs: 1000,
  maxRetryAfterMs: 30_000,
  allowPrivateHosts: false,
  maxSitemapEntries: 5000,
  maxQueryVariants: 5,
  siteSearchQueries: ['näringslivsprogram', 'näringslivsstrategi'],
};

/** Robots Crawl-delay above this is capped: a site cannot stall a national run for minutes per page. */
export const MAX_CRAWL_DELAY_MS = 60_000;
