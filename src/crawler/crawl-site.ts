/**
 * The focused crawl of one municipality's website, and of many at once.
 * Every fetch is committed to the CrawlJournal together with the links it
 * found and the pipeline's result, so a killed run resumes where it stopped.
 */
import type { CrawlJournal, FetchRecord, FetchedResource, FrontierEntry, Site, SiteCrawlState } from '../domain/index.ts';
import { decodeHtml } from './decode-html.ts';
import { extractLinks, findSiteSearch, siteSearchUrl } from './extract-links.ts';
import { type FetchContext, fetchResource } from './fetcher.ts';
import { Frontier } from './frontier.ts';
import { isSameSite, normalizeUrl, originOf } from './normalize-url.ts';
import type { CrawlOptions } from './options.ts';
import { type OriginScheduler, sharedScheduler } from './origin-scheduler.ts';
import { fetchRobots, type RobotsRules } from './robots.ts';
import { fold, isPaginationLink, looksLikeDocument, scoreLink } from './score-link.ts';
import { parseSitemap } from './sitemap.ts';
import { sniffKind } from './sniff-kind.ts';
import { QueryVariantGuard, trapReason } from './trap-guard.ts';

export interface CrawlHooks<P> {
  journal: CrawlJournal<P>;
  /**
   * Called once for every fetch outcome (HTML pages and documents, errors
   * too: then `body` is null, as on 304); its result is committed with the
   * fetch in one journal call. A throw is recorded as "process_failed: …".
   */
  process(resource: FetchedResource): Promise<P | null>;
  /** Progress events for the CLI's progress bar. */
  onEvent?(event: CrawlEvent): void;
  signal?: AbortSignal;
  /** Politeness scheduler; defaults to the process-wide one. */
  scheduler?: OriginScheduler;
  /**
   * Tells whether a processed resource is what the crawl looks for (a program
   * valid in the inventory year). Once one is found, a focused crawl goes on
   * only while links still score at least `options.afterGoalMinScore`.
   */
  isGoal?(processed: P): boolean;
}

export type CrawlEvent =
  | { type: 'site-start'; site: Site }
  | { type: 'fetch'; site: Site; record: FetchRecord }
  | { type: 'site-done'; site: Site; status: 'done' | 'unreachable'; error: string | null; fetched: number };

export interface SiteCrawlResult {
  status: 'done' | 'unreachable';
  error: string | null;
  /** Fetches recorded for the site in this run, including earlier attempts of a resumed run. */
  fetched: number;
}

const START_SCORE = 1000;
const MAX_SITEMAP_FILES = 10;
const MAX_SITEMAP_SEEDS = 500;
const MAX_LINKS_PER_PAGE = 200;
/** Score taken off sitemap seeds, which carry no anchor text. */
const SITEMAP_PENALTY = 15;
/** Each further page of a paginated list is worth a little less than the one before. */
const PAGINATION_DECAY = 1.5;
const DOCUMENT_RANK_PENALTY = 2;
/**
 * The site search is asked once half the page budget is spent without finding the program: browsing
 * finds most programs sooner, and a search result page brings its own links to compete for the budget.
 */
const SEARCH_AFTER_SHARE = 0.5;
const SEARCH_SCORE = 500;
const MAX_ANCHOR_CHARS = 300;
const DOCUMENT_URL = /\.(pdf|docx?|odt|rtf)$/i;
/** HTML beyond this is not parsed for links: no real menu page is that big, and cheerio's cost grows with it. */
const MAX_HTML_PARSE_BYTES = 5 * 1024 * 1024;

/**
 * Crawls one site within its page budget. Returns at once, without any
 * request, when the journal says the site is already done or unreachable.
 * Throws only when the signal aborts or the journal fails; the site is then
 * left unfinished so the next run resumes it.
 */
export async function crawlSite<P>(site: Site, options: CrawlOptions, hooks: CrawlHooks<P>): Promise<SiteCrawlResult> {
  const state = await hooks.journal.loadSite(site.code);
  if (state.status === 'done' || state.status === 'unreachable') return { status: state.status, error: null, fetched: state.fetchedCount };
  hooks.onEvent?.({ type: 'site-start', site });
  const result = await new SiteCrawl(site, options, hooks, state).run();
  await hooks.journal.finishSite(site.code, result.status, result.error);
  hooks.onEvent?.({ type: 'site-done', site, ...result });
  return result;
}

/**
 * Crawls many sites, `siteConcurrency` at a time. One site's failure never
 * stops the others; journal failures are thrown together (AggregateError)
 * once every site has had its turn, and an abort is rethrown after the
 * sites in flight have stopped.
 */
export async function crawlSites<P>(sites: Site[], options: CrawlOptions, hooks: CrawlHooks<P>): Promise<void> {
  const failures: unknown[] = [];
  let next = 0;
  const worker = async () => {
    while (next < sites.length && !hooks.signal?.aborted) {
      const site = sites[next++]!;
      try {
        await crawlSite(site, options, hooks);
      } catch (error) {
        if (!hooks.signal?.aborted) failures.push(error);
      }
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(options.siteConcurrency, sites.length)) }, worker);
  await Promise.all(workers);
  hooks.signal?.throwIfAborted();
  if (failures.length > 0) throw new AggregateError(failures, `${failures.length} site(s) failed: ${String((failures[0] as Error)?.message ?? failures[0])}`);
}

/** One site's crawl in this process. @internal */
class SiteCrawl<P> {
  readonly #site: Site;
  readonly #options: CrawlOptions;
  readonly #hooks: CrawlHooks<P>;
  readonly #state: SiteCrawlState;
  readonly #scheduler: OriginScheduler;
  readonly #robots = new Map<string, Promise<RobotsRules>>();
  readonly #context: FetchContext;
  readonly #frontier: Frontier;
  readonly #queries: QueryVariantGuard;
  #startUrl = '';
  /** Site-search requests found on the start page, held back until browsing has spent half the budget. */
  readonly #deferredSearch: FrontierEntry[] = [];
  /** Origins that count as this site: the start URL's, plus where the start page moved to (see #checkHop). */
  readonly #siteOrigins = new Set<string>();

  constructor(site: Site, options: CrawlOptions, hooks: CrawlHooks<P>, state: SiteCrawlState) {
    this.#site = site;
    this.#options = options;
    this.#hooks = hooks;
    this.#state = state;
    this.#scheduler = hooks.scheduler ?? sharedScheduler;
    this.#context = {
      options,
      scheduler: this.#scheduler,
      delayFor: () => options.politenessMs,
      ...(hooks.signal ? { signal: hooks.signal } : {}),
    };
    this.#frontier = new Frontier(state.pending, state.seen);
    this.#queries = new QueryVariantGuard(options.maxQueryVariants);
    for (const url of state.seen) this.#queries.admit(url);
  }

  async run(): Promise<Omit<SiteCrawlResult, 'fetched'> & { fetched: number }> {
    const startUrl = normalizeUrl(this.#site.url);
    if (!startUrl) return { status: 'unreachable', error: `invalid start URL: ${this.#site.url}`, fetched: this.#state.fetchedCount };
    this.#startUrl = startUrl;
    this.#siteOrigins.add(originOf(startUrl));
    // Everything in the journal was accepted as on-site, including a moved start page's new host.
    for (const url of this.#state.seen) this.#siteOrigins.add(originOf(url));
    const robots = await this.#robotsFor(originOf(startUrl));
    if (robots.state === 'unavailable') {
      return { status: this.#state.fetchedCount > 0 ? 'done' : 'unreachable', error: humanError(robots.error ?? 'robots.txt unavailable'), fetched: this.#state.fetchedCount };
    }
    const firstStart = this.#state.status === 'pending' && this.#state.seen.length === 0 && this.#state.fetchedCount === 0;
    if (firstStart) {
      const seeds: FrontierEntry[] = [{ url: startUrl, score: START_SCORE, depth: 0, referrer: null, anchor: null, via: 'seed' }];
      seeds.push(...(await this.#sitemapSeeds(startUrl, robots)));
      await this.#hooks.journal.enqueue(this.#site.code, this.#frontier.add(seeds));
    }
    let fetched = this.#state.fetchedCount;
    let succeeded = 0;
    let startError: string | null = null;
    let goalFound = this.#state.goalFound === true;
    while (fetched < this.#options.pageBudget) {
      this.#hooks.signal?.throwIfAborted();
      if (this.#deferredSearch.length > 0 && !goalFound && fetched >= this.#options.pageBudget * SEARCH_AFTER_SHARE) {
        const searches = this.#frontier.add(this.#deferredSearch.splice(0));
        if (searches.length > 0) await this.#hooks.journal.enqueue(this.#site.code, searches);
      }
      const entry = this.#frontier.pop();
      if (!entry) break;
      // Found what we came for: spend the rest of the budget only on links that still look like programs.
      if (goalFound && this.#options.strategy === 'focused' && entry.score < this.#options.afterGoalMinScore) break;
      const { record, counted, ok, goal } = await this.#visit(entry);
      if (goal) goalFound = true;
      if (counted) fetched += 1;
      if (ok) succeeded += 1;
      if (entry.url === startUrl && !ok) startError = describeFailure(record, 'start page');
    }
    if (succeeded === 0 && this.#state.fetchedCount === 0) {
      return { status: 'unreachable', error: startError ?? 'no page could be fetched', fetched };
    }
    return { status: 'done', error: null, fetched };
  }

  /** Fetches one entry, hands it to the pipeline and commits everything in one journal call. */
  async #visit(entry: FrontierEntry): Promise<{ record: FetchRecord; counted: boolean; ok: boolean; goal: boolean }> {
    const robots = await this.#robotsFor(originOf(entry.url));
    let record: FetchRecord;
    let body: Uint8Array | null = null;
    let counted = true;
    if (!robots.isAllowed(entry.url)) {
      // Queued in an earlier run under other rules: settle it without a request.
      record = emptyRecord(entry.url, robots.error ? `robots_unavailable: ${robots.error}` : 'robots_disallowed: robots.txt disallows this URL');
      counted = false;
    } else {
      const previous = await this.#hooks.journal.previousFetch(entry.url);
      // Conditional requests only for documents: a 304 on an HTML page would leave us without its links.
      const conditional = DOCUMENT_URL.test(new URL(entry.url).pathname);
      const outcome = await fetchResource(entry.url, this.#context, (target) => this.#checkHop(entry, target), previous, conditional);
      record = outcome.record;
      body = outcome.body;
      if (record.finalUrl !== entry.url) this.#frontier.markSeen(record.finalUrl);
    }
    const kind = body ? sniffKind(body, record.finalUrl, record.contentType) : record.status === 304 ? guessKind(entry.url) : null;
    let newEntries: FrontierEntry[] = [];
    if (kind === 'html' && body && entry.depth < this.#options.maxDepth) {
      const html = decodeHtml(body.subarray(0, MAX_HTML_PARSE_BYTES), record.contentType);
      newEntries = await this.#linksOf(html, record, entry);
      if (entry.via === 'seed' && entry.depth === 0) this.#deferredSearch.push(...(await this.#searchEntries(html, record, entry)));
    }
    let processed: P | null = null;
    try {
      processed = await this.#hooks.process({ siteCode: this.#site.code, entry, record, body, kind });
    } catch (error) {
      record = { ...record, error: record.error ?? `process_failed: ${error instanceof Error ? error.message : String(error)}` };
    }
    const goal = processed !== null && this.#hooks.isGoal?.(processed) === true;
    await this.#hooks.journal.commitFetch(this.#site.code, entry, record, newEntries, processed, goal);
    this.#hooks.onEvent?.({ type: 'fetch', site: this.#site, record });
    const ok = record.status !== null && ((record.status >= 200 && record.status < 300) || record.status === 304);
    return { record, counted, ok, goal };
  }

  /** Links of a page that are on this site, not traps, allowed by robots, scored; at most MAX_LINKS_PER_PAGE, best first. */
  async #linksOf(html: string, record: FetchRecord, from: FrontierEntry): Promise<FrontierEntry[]> {
    const candidates: FrontierEntry[] = [];
    const referrer = from.url;
    for (const link of extractLinks(html, record.finalUrl)) {
      if (this.#frontier.has(link.url) || !this.#onSite(link.url) || trapReason(link.url)) continue;
      // "Nästa sida" of a list is the same list continued: same depth, nearly the same worth.
      // The first page of search results is the useful one: no further result pages, sortings or related searches.
      if (from.via === 'search' && new URL(link.url).pathname === new URL(record.finalUrl).pathname) continue;
      const pagination = isPaginationLink(link, record.finalUrl);
      const depth = pagination ? from.depth : from.depth + 1;
      // A result page's headings echo our own query ("Sökresultat för näringslivsprogram"): there only the hit's own words count.
      const scored = scoreLink(from.via === 'search' ? { ...link, context: '' } : link, depth);
      if (scored === Number.NEGATIVE_INFINITY) continue;
      const score = pagination ? Math.max(scored, from.score - PAGINATION_DECAY) : scored;
      candidates.push({ url: link.url, score, depth, referrer, anchor: link.anchor ? link.anchor.slice(0, MAX_ANCHOR_CHARS) : null, via: 'link' });
    }
    candidates.sort((a, b) => b.score - a.score);
    // Diminishing returns on one page's documents: a styrdokument list of 40
    // policies must not eat the whole budget. Best-scored (business) ones keep
    // their rank; each further document from this page costs a little more.
    let documentRank = 0;
    for (const candidate of candidates) {
      if (DOCUMENT_URL.test(new URL(candidate.url).pathname)) candidate.score -= DOCUMENT_RANK_PENALTY * documentRank++;
    }
    candidates.sort((a, b) => b.score - a.score);
    const kept: FrontierEntry[] = [];
    for (const candidate of candidates) {
      if (kept.length >= MAX_LINKS_PER_PAGE) break;
      // A download handler ("/dokument/visa?id=92") serves one document per id, not a page of new links: the
      // query-variant trap guard is for pages; the page budget and the scores bound the documents.
      const document = looksLikeDocument(candidate.url, fold(candidate.anchor ?? ''));
      if (!document && !this.#queries.admit(candidate.url)) continue;
      if (!(await this.#robotsFor(originOf(candidate.url))).isAllowed(candidate.url)) continue;
      kept.push(candidate);
    }
    // The breadth-first baseline keeps the same link filters but ignores scores: shallowest first, then discovery order.
    if (this.#options.strategy === 'breadth-first') for (const entry of kept) entry.score = 0;
    return this.#frontier.add(kept);
  }

  /**
   * The site's own search, found on the start page and asked once per query word, as an analyst would: it
   * reaches programs filed where no link says "näringsliv". Off-site forms, robots-disallowed search
   * pages and the breadth-first baseline get none.
   */
  async #searchEntries(html: string, record: FetchRecord, from: FrontierEntry): Promise<FrontierEntry[]> {
    if (this.#options.strategy !== 'focused' || this.#options.siteSearchQueries.length === 0) return [];
    const form = findSiteSearch(html, record.finalUrl);
    if (!form || !this.#onSite(form.action)) return [];
    const entries: FrontierEntry[] = [];
    for (const [i, query] of this.#options.siteSearchQueries.entries()) {
      const url = normalizeUrl(siteSearchUrl(form, query));
      if (!url || this.#frontier.has(url) || !this.#queries.admit(url)) continue;
      if (!(await this.#robotsFor(originOf(url))).isAllowed(url)) continue;
      entries.push({ url, score: SEARCH_SCORE - 2 * i, depth: from.depth + 1, referrer: from.url, anchor: `sök: ${query}`, via: 'search' });
    }
    return entries;
  }

  /** True for URLs on the site: same host modulo www and http/https as the start URL or where it moved. */
  #onSite(url: string): boolean {
    for (const origin of this.#siteOrigins) if (isSameSite(origin, url)) return true;
    return false;
  }

  /**
   * Vets a redirect hop: same site, robots, not already known. The start
   * page alone may move to another host (a municipality that changed its
   * domain); that host then counts as the site. The private-address guard
   * still applies to it at connect time.
   */
  async #checkHop(entry: FrontierEntry, target: string): Promise<string | null> {
    const from = entry.url;
    if (!this.#onSite(target)) {
      if (entry.via !== 'seed' || entry.depth !== 0) return `offsite_redirect: ${from} redirects to ${target}`;
      this.#siteOrigins.add(originOf(target));
    }
    if (!(await this.#robotsFor(originOf(target))).isAllowed(target)) return `robots_disallowed: redirect target ${target}`;
    if (target !== from && this.#frontier.has(target)) return `redirect_to_known: ${target} is fetched or queued already`;
    return null;
  }

  /** robots.txt of an origin, fetched once per site crawl; its Crawl-delay raises the origin's politeness. */
  #robotsFor(origin: string): Promise<RobotsRules> {
    let rules = this.#robots.get(origin);
    if (!rules) {
      rules = fetchRobots(origin, this.#context).then((loaded) => {
        if (loaded.crawlDelayMs !== null) this.#scheduler.setMinDelay(origin, loaded.crawlDelayMs);
        return loaded;
      });
      this.#robots.set(origin, rules);
    }
    return rules;
  }

  /** Seeds from robots.txt Sitemap lines and /sitemap.xml, sitemap indexes followed, scored by URL words. */
  async #sitemapSeeds(startUrl: string, robots: RobotsRules): Promise<FrontierEntry[]> {
    const queue = [...robots.sitemaps, `${originOf(startUrl)}/sitemap.xml`]
      .map((url) => normalizeUrl(url))
      .filter((url): url is string => url !== null && isSameSite(startUrl, url));
    const visited = new Set<string>();
    const seeds = new Map<string, FrontierEntry>();
    let read = 0;
    while (queue.length > 0 && visited.size < MAX_SITEMAP_FILES && read < this.#options.maxSitemapEntries) {
      const url = queue.shift()!;
      if (visited.has(url)) continue;
      visited.add(url);
      if (!(await this.#robotsFor(originOf(url))).isAllowed(url)) continue;
      // Sitemaps move too (http → https): follow on-site, robots-allowed hops.
      const { body } = await fetchResource(
        url,
        this.#context,
        async (target) => (this.#onSite(target) && (await this.#robotsFor(originOf(target))).isAllowed(target) ? null : 'refused'),
        null,
        false,
      );
      if (!body) continue;
      const parsed = parseSitemap(body, this.#options.maxSitemapEntries - read);
      read += parsed.urls.length + parsed.sitemaps.length;
      for (const child of parsed.sitemaps) {
        const normalized = normalizeUrl(child);
        if (normalized && isSameSite(startUrl, normalized)) queue.push(normalized);
      }
      for (const loc of parsed.urls) {
        const page = normalizeUrl(loc);
        if (!page || seeds.has(page) || page === startUrl || !isSameSite(startUrl, page) || trapReason(page)) continue;
        const breadthFirst = this.#options.strategy === 'breadth-first';
        // A sitemap entry has no anchor text or neighbourhood: only strong URL words should outrank links.
        const score = breadthFirst ? 0 : scoreLink({ url: page, anchor: '', context: '' }, 1) - SITEMAP_PENALTY;
        if (score <= 0 && !breadthFirst) continue;
        seeds.set(page, { url: page, score, depth: 1, referrer: null, anchor: null, via: 'sitemap' });
      }
    }
    const best = [...seeds.values()].sort((a, b) => b.score - a.score).slice(0, MAX_SITEMAP_SEEDS);
    const allowed: FrontierEntry[] = [];
    for (const seed of best) {
      if ((await this.#robotsFor(originOf(seed.url))).isAllowed(seed.url) && this.#queries.admit(seed.url)) allowed.push(seed);
    }
    return allowed;
  }
}

function emptyRecord(url: string, error: string): FetchRecord {
  return { url, finalUrl: url, status: null, contentType: null, bytes: 0, sha256: null, etag: null, lastModified: null, unchanged: false, error, fetchedAt: new Date().toISOString(), durationMs: 0 };
}

/** Kind of a 304 response, which has no body to sniff. */
function guessKind(url: string): FetchedResource['kind'] {
  const path = new URL(url).pathname.toLowerCase();
  if (path.endsWith('.pdf')) return 'pdf';
  if (path.endsWith('.docx')) return 'docx';
  if (/\.(doc|odt|rtf)$/.test(path)) return 'other';
  return 'html';
}

/** "start page returned 404", "connection refused", "address 127.0.0.1 is private; use --allow-private-hosts". */
function describeFailure(record: FetchRecord, what: string): string {
  if (record.status !== null && record.status >= 400) return `${what} returned ${record.status}`;
  return humanError(record.error ?? `${what} could not be fetched`);
}

/** Drops the short code for the human-readable site error; records keep it. */
function humanError(error: string): string {
  return error.replace(/^(connection_refused|private_address|dns|timeout|connection_error|robots_disallowed): /, '');
}
