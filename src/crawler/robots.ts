/**
 * robots.txt per RFC 9309, read with robots-parser. Outcomes: 2xx → the
 * rules; 4xx → no rules (allow all); 5xx, timeouts and network errors →
 * complete disallow for this run (RFC 9309 §2.3.1.4: "unreachable" status).
 * Redirects are followed up to five hops, as the RFC asks.
 */
import robotsParserModule from 'robots-parser';
import { normalizeUrl } from './normalize-url.ts';
import { type FetchContext, requestWithRetries } from './fetcher.ts';
import { MAX_CRAWL_DELAY_MS, ROBOTS_AGENT_TOKEN } from './options.ts';

// robots-parser is CommonJS (module.exports = fn) while its typings declare an
// ES default; under NodeNext the default import is the function at run time.
type RobotsParser = typeof import('robots-parser').default;
const robotsParser: RobotsParser =
  typeof robotsParserModule === 'function' ? robotsParserModule : (robotsParserModule as unknown as { default: RobotsParser }).default;

/** RFC 9309 asks parsers to read at least 500 KiB. */
const MAX_ROBOTS_BYTES = 512 * 1024;

export interface RobotsRules {
  /** 'rules': a robots.txt was read; 'none': 4xx, allow all; 'unavailable': disallow all. */
  state: 'rules' | 'none' | 'unavailable';
  /** Why robots.txt was unavailable (e.g. "robots.txt returned 503"). */
  error: string | null;
  /** Crawl-delay for our agent, in ms, capped; null when not given. */
  crawlDelayMs: number | null;
  sitemaps: string[];
  isAllowed(url: string): boolean;
}

/** Rules for text already fetched (pure). */
export function parseRobots(robotsUrl: string, text: string): RobotsRules {
  const robots = robotsParser(robotsUrl, text.slice(0, MAX_ROBOTS_BYTES));
  const delay = robots.getCrawlDelay(ROBOTS_AGENT_TOKEN);
  return {
    state: 'rules',
    error: null,
    crawlDelayMs: typeof delay === 'number' && Number.isFinite(delay) && delay > 0 ? Math.min(delay * 1000, MAX_CRAWL_DELAY_MS) : null,
    sitemaps: robots.getSitemaps(),
    // robots-parser answers undefined for other origins; those get their own robots.txt.
    isAllowed: (url) => robots.isAllowed(url, ROBOTS_AGENT_TOKEN) !== false,
  };
}

const ALLOW_ALL: Omit<RobotsRules, 'state' | 'error'> = { crawlDelayMs: null, sitemaps: [], isAllowed: () => true };

/** Fetches and reads an origin's robots.txt (through politeness). Never throws except on abort. */
export async function fetchRobots(origin: string, context: FetchContext): Promise<RobotsRules> {
  let url = `${origin}/robots.txt`;
  try {
    for (let hop = 0; hop <= 5; hop += 1) {
      const response = await requestWithRetries(url, context);
      if (response.status >= 300 && response.status < 400) {
        const next = response.headers.location ? normalizeUrl(response.headers.location, url) : null;
        if (!next) return { ...ALLOW_ALL, state: 'none', error: null };
        url = next;
        continue;
      }
      if (response.status >= 200 && response.status < 300) return parseRobots(`${origin}/robots.txt`, new TextDecoder().decode(response.body ?? new Uint8Array()));
      if (response.status >= 400 && response.status < 500) return { ...ALLOW_ALL, state: 'none', error: null };
      return unavailable(`robots.txt returned ${response.status} (RFC 9309: disallow all)`);
    }
    // Too many redirects: RFC 9309 lets us treat robots.txt as unavailable (4xx), i.e. allow all.
    return { ...ALLOW_ALL, state: 'none', error: null };
  } catch (error) {
    if (context.signal?.aborted) throw context.signal.reason;
    return unavailable(error instanceof Error ? error.message : String(error));
  }
}

function unavailable(error: string): RobotsRules {
  return { state: 'unavailable', error, crawlDelayMs: null, sitemaps: [], isAllowed: () => false };
}
