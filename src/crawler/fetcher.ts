/**
 * The only place that talks HTTP. One request at a time per origin through
 * the scheduler, bodies streamed under a byte cap, retries only for errors
 * classed retryable, redirects followed by hand so every hop is checked
 * (same site, robots.txt, politeness) before it is requested.
 */
import { createHash } from 'node:crypto';
import { request } from 'undici';
import { NonRetryableFetchError, RetryableFetchError } from '../domain/index.ts';
import type { FetchRecord, PreviousFetch } from '../domain/index.ts';
import { normalizeUrl, originOf } from './normalize-url.ts';
import type { CrawlOptions } from './options.ts';
import { type OriginScheduler, sleep } from './origin-scheduler.ts';
import { agentFor } from './safe-agent.ts';

const ACCEPT =
  'text/html,application/xhtml+xml,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document;q=0.9,application/msword;q=0.8,*/*;q=0.5';
const MAX_REDIRECTS = 5;

/** What the fetcher needs from its caller. */
export interface FetchContext {
  options: CrawlOptions;
  scheduler: OriginScheduler;
  /** Current politeness delay for an origin (robots Crawl-delay may raise it). */
  delayFor(origin: string): number;
  signal?: AbortSignal;
}

/** One HTTP response as read. */
export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | null;
}

/** Outcome of a fetch with redirects followed: the record and, on success, the body. */
export interface FetchOutcome {
  record: FetchRecord;
  body: Uint8Array | null;
}

/** Returns an error string ("offsite_redirect: …") to refuse a redirect hop, or null to follow it. */
export type HopCheck = (url: string) => Promise<string | null>;

/** A single GET under politeness; throws Retryable/NonRetryableFetchError. Aborts via the caller's signal propagate unchanged. */
export async function requestOnce(url: string, context: FetchContext, headers: Record<string, string> = {}): Promise<RawResponse> {
  const { options } = context;
  const origin = originOf(url);
  return context.scheduler.run(
    origin,
    context.delayFor(origin),
    async () => {
      const timeout = AbortSignal.timeout(options.timeoutMs);
      const signal = context.signal ? AbortSignal.any([context.signal, timeout]) : timeout;
      try {
        const response = await request(url, {
          method: 'GET',
          dispatcher: agentFor(options.allowPrivateHosts),
          headers: { 'user-agent': options.userAgent, accept: ACCEPT, 'accept-language': 'sv,en;q=0.5', ...headers },
          signal,
          headersTimeout: options.timeoutMs,
          bodyTimeout: options.timeoutMs,
        });
        const flat = flattenHeaders(response.headers);
        if (response.statusCode < 200 || response.statusCode >= 300) {
          await response.body.dump().catch(() => undefined);
          return { status: response.statusCode, headers: flat, body: null };
        }
        // Media can never be a program; don't spend bandwidth up to maxBytes on a video.
        const type = (flat['content-type'] ?? '').toLowerCase();
        if (/^(video|audio|image|font)\//.test(type)) {
          response.body.destroy();
          throw new NonRetryableFetchError(url, 'unwanted_type', `unwanted_type: ${type.split(';')[0]}`);
        }
        const declared = Number(flat['content-length'] ?? Number.NaN);
        if (Number.isFinite(declared) && declared > options.maxBytes) {
          response.body.destroy();
          throw new NonRetryableFetchError(url, 'too_large', `too_large: Content-Length ${declared} over ${options.maxBytes} bytes`);
        }
        const chunks: Buffer[] = [];
        let total = 0;
        for await (const chunk of response.body) {
          total += (chunk as Buffer).byteLength;
          if (total > options.maxBytes) {
            response.body.destroy();
            throw new NonRetryableFetchError(url, 'too_large', `too_large: response over ${options.maxBytes} bytes`);
          }
          chunks.push(chunk as Buffer);
        }
        return { status: response.statusCode, headers: flat, body: new Uint8Array(Buffer.concat(chunks)) };
      } catch (error) {
        if (context.signal?.aborted) throw context.signal.reason;
        throw classifyError(url, error, timeout.aborted, options.timeoutMs);
      }
    },
    context.signal,
  );
}

/**
 * Milliseconds a server asks us to wait (RFC 9110 Retry-After: delta-seconds
 * or an HTTP date), or null when the header is absent or unreadable.
 */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/**
 * requestOnce with retries on retryable errors, 5xx and 429 (Too Many
 * Requests), exponential backoff with jitter. A Retry-After the server sends
 * is honoured when it is within `maxRetryAfterMs`; a longer one ends the
 * retries at once (we come back on the next run rather than hold a slot).
 * A final 5xx/429 is returned, not thrown.
 */
export async function requestWithRetries(url: string, context: FetchContext, headers: Record<string, string> = {}): Promise<RawResponse> {
  const { retries, retryBaseMs, maxRetryAfterMs } = context.options;
  for (let attempt = 0; ; attempt += 1) {
    let hintedMs: number | null = null;
    try {
      const response = await requestOnce(url, context, headers);
      const retryable = response.status >= 500 || response.status === 429;
      if (!retryable || attempt >= retries) return response;
      hintedMs = retryAfterMs(response.headers['retry-after']);
      if (hintedMs !== null && hintedMs > maxRetryAfterMs) return response;
    } catch (error) {
      if (!(error instanceof RetryableFetchError) || attempt >= retries) throw error;
    }
    const backoff = retryBaseMs * 2 ** attempt * (0.5 + Math.random());
    await sleep(Math.max(backoff, hintedMs ?? 0), context.signal);
  }
}

/**
 * Fetches a URL for the crawl: conditional headers from `previous`, up to
 * five redirects each vetted by `checkHop`, and a FetchRecord for every
 * outcome (errors included). Only an abort of the caller's signal throws.
 */
export async function fetchResource(url: string, context: FetchContext, checkHop: HopCheck, previous: PreviousFetch | null, conditional: boolean): Promise<FetchOutcome> {
  const started = Date.now();
  const fetchedAt = new Date(started).toISOString();
  const headers: Record<string, string> = {};
  if (conditional && previous?.etag) headers['if-none-match'] = previous.etag;
  if (conditional && previous?.lastModified) headers['if-modified-since'] = previous.lastModified;
  const record = (fields: Partial<FetchRecord>): FetchRecord => ({
    url,
    finalUrl: url,
    status: null,
    contentType: null,
    bytes: 0,
    sha256: null,
    etag: null,
    lastModified: null,
    unchanged: false,
    error: null,
    fetchedAt,
    durationMs: Date.now() - started,
    ...fields,
  });
  let current = url;
  try {
    for (let hop = 0; ; hop += 1) {
      const response = await requestWithRetries(current, context, headers);
      const contentType = response.headers['content-type'] ?? null;
      const etag = response.headers.etag ?? null;
      const lastModified = response.headers['last-modified'] ?? null;
      const base = { finalUrl: current, status: response.status, contentType, etag, lastModified };
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        const location = response.headers.location;
        const target = location ? normalizeUrl(location, current) : null;
        if (!target) return { record: record({ ...base, error: `bad_redirect: status ${response.status} without usable Location` }), body: null };
        if (hop >= MAX_REDIRECTS) return { record: record({ ...base, finalUrl: target, error: `too_many_redirects: more than ${MAX_REDIRECTS}` }), body: null };
        const refusal = await checkHop(target);
        if (refusal) return { record: record({ ...base, finalUrl: target, error: refusal }), body: null };
        current = target;
        continue;
      }
      if (response.status === 304) {
        return {
          record: record({ ...base, unchanged: true, sha256: previous?.sha256 ?? null, etag: etag ?? previous?.etag ?? null, lastModified: lastModified ?? previous?.lastModified ?? null }),
          body: null,
        };
      }
      if (response.status < 200 || response.status >= 300 || !response.body) {
        return { record: record({ ...base, error: `http_status: ${response.status}` }), body: null };
      }
      const sha256 = createHash('sha256').update(response.body).digest('hex');
      return {
        record: record({ ...base, bytes: response.body.byteLength, sha256, unchanged: previous?.sha256 === sha256 }),
        body: response.body,
      };
    }
  } catch (error) {
    if (context.signal?.aborted) throw context.signal.reason;
    const message = error instanceof Error ? error.message : String(error);
    return { record: record({ finalUrl: current, error: message }), body: null };
  }
}

/** Maps undici/socket errors to the domain's retry classes, with a short code first in the message. */
function classifyError(url: string, error: unknown, timedOut: boolean, timeoutMs: number): Error {
  if (error instanceof NonRetryableFetchError || error instanceof RetryableFetchError) return error;
  const codes = errorCodes(error);
  if (codes.includes('ERR_PRIVATE_ADDRESS')) {
    const message = findMessage(error, 'PrivateAddressError') ?? 'address is private; use --allow-private-hosts';
    return new NonRetryableFetchError(url, 'private_address', `private_address: ${message}`, { cause: error });
  }
  if (timedOut || codes.some((code) => /TIMEOUT/.test(code))) {
    return new RetryableFetchError(url, `timeout: no complete response within ${timeoutMs} ms`, { cause: error });
  }
  if (codes.includes('ENOTFOUND')) {
    return new NonRetryableFetchError(url, 'dns', `dns: host ${new URL(url).hostname} not found`, { cause: error });
  }
  if (codes.includes('EAI_AGAIN')) return new RetryableFetchError(url, `dns: temporary failure resolving ${new URL(url).hostname}`, { cause: error });
  // A bad certificate will not heal within a retry.
  const tls = codes.find((code) => /CERT|TLS|SSL|SELF_SIGNED/.test(code));
  if (tls) return new NonRetryableFetchError(url, 'tls', `tls: ${tls}`, { cause: error });
  if (codes.includes('ECONNREFUSED')) return new RetryableFetchError(url, 'connection_refused: connection refused', { cause: error });
  const code = codes[0] ?? 'unknown';
  const message = error instanceof Error ? error.message : String(error);
  return new RetryableFetchError(url, `connection_error: ${code} ${message}`.trim(), { cause: error });
}

/** Error codes along the cause chain (undici wraps socket errors). */
function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  for (let current: unknown = error, depth = 0; current && depth < 6; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    if (current instanceof AggregateError) for (const inner of current.errors) codes.push(...errorCodes(inner));
    current = (current as { cause?: unknown }).cause;
  }
  return codes;
}

function findMessage(error: unknown, name: string): string | null {
  for (let current: unknown = error, depth = 0; current && depth < 6; depth += 1) {
    if (current instanceof Error && current.name === name) return current.message;
    if (current instanceof AggregateError) for (const inner of current.errors) if (inner instanceof Error && inner.name === name) return inner.message;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    flat[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
