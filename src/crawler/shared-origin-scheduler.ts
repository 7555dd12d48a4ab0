/**
 * Per-origin politeness shared by every crawl worker on every machine,
 * backed by PostgreSQL's `origin_slots(origin, next_at, delay_ms, holder)`
 * (created by the store's server-mode migration). The same contract as
 * OriginScheduler: one request per origin at a time, and the next starts no
 * sooner than the delay after the previous one ended.
 *
 * Taking an origin is one conditional UPDATE (row lock, no long transaction):
 * it succeeds only when `next_at` has passed and sets `next_at` to now +
 * lease, so a worker killed mid-request keeps the origin closed until its
 * request can no longer be running plus the delay. Releasing sets `next_at`
 * to now + delay. All times are the database's clock, so workers' clocks may
 * differ. Inside one process the base class still queues requests per
 * origin, so a process never competes with itself in the database.
 */
import { randomUUID } from 'node:crypto';
import { OriginScheduler, sleep } from './origin-scheduler.ts';

/** The one method needed from a database client (a pg Pool, or an adapter over Kysely). */
export interface SlotClient {
  query(text: string, values: unknown[]): Promise<{ rows: Array<Record<string, unknown>> }>;
}

export interface SharedOriginSchedulerOptions {
  /**
   * How long a taken origin stays closed if its holder dies: at least the
   * request timeout, so the lease never runs out under a live request.
   */
  leaseMs: number;
  /** Upper bound of one wait before asking the database again. */
  maxPollMs?: number;
}

const NOW_MS = `(extract(epoch from clock_timestamp()) * 1000)::bigint`;

const TAKE = `
  WITH now AS (SELECT ${NOW_MS} AS t),
  ensured AS (
    INSERT INTO origin_slots (origin, next_at, delay_ms, holder) VALUES ($1, 0, $4, NULL)
    ON CONFLICT (origin) DO NOTHING
  ),
  taken AS (
    UPDATE origin_slots s SET next_at = now.t + $3, holder = $2, delay_ms = GREATEST(s.delay_ms, $4)
    FROM now WHERE s.origin = $1 AND s.next_at <= now.t
    RETURNING s.origin
  )
  SELECT (SELECT count(*) FROM taken) AS taken,
         (SELECT next_at FROM origin_slots WHERE origin = $1) - (SELECT t FROM now) AS wait_ms`;

const RELEASE = `
  UPDATE origin_slots SET next_at = ${NOW_MS} + GREATEST(delay_ms, $3), holder = NULL
  WHERE origin = $1 AND holder = $2`;

const RAISE = `
  INSERT INTO origin_slots (origin, next_at, delay_ms, holder) VALUES ($1, 0, $2, NULL)
  ON CONFLICT (origin) DO UPDATE SET delay_ms = GREATEST(origin_slots.delay_ms, EXCLUDED.delay_ms)`;

export class SharedOriginScheduler extends OriginScheduler {
  readonly #client: SlotClient;
  readonly #leaseMs: number;
  readonly #maxPollMs: number;
  readonly #delays = new Map<string, number>();
  /** Requests that waited for another worker, and database round trips: for status and benchmarks. */
  readonly stats = { requests: 0, waits: 0, roundTrips: 0 };

  constructor(client: SlotClient, options: SharedOriginSchedulerOptions) {
    super();
    this.#client = client;
    this.#leaseMs = Math.max(1, Math.round(options.leaseMs));
    this.#maxPollMs = options.maxPollMs ?? 1000;
  }

  /** Raises an origin's delay for every worker (robots Crawl-delay); never lowers it. */
  override setMinDelay(origin: string, delayMs: number): void {
    this.#delays.set(origin, Math.max(this.#delays.get(origin) ?? 0, delayMs));
    this.stats.roundTrips += 1;
    // Best effort: this worker already honours it locally; the row only informs the others.
    this.#client.query(RAISE, [origin, Math.round(delayMs)]).catch(() => undefined);
  }

  override run<T>(origin: string, delayMs: number, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    // The base class serialises this process's requests per origin (delay 0: the database keeps the gap).
    return super.run(origin, 0, () => this.#runShared(origin, delayMs, task, signal), signal);
  }

  async #runShared<T>(origin: string, delayMs: number, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const delay = Math.round(Math.max(delayMs, this.#delays.get(origin) ?? 0));
    const holder = randomUUID();
    this.stats.requests += 1;
    for (;;) {
      signal?.throwIfAborted();
      this.stats.roundTrips += 1;
      const { rows } = await this.#client.query(TAKE, [origin, holder, this.#leaseMs + delay, delay]);
      if (Number(rows[0]?.taken ?? 0) > 0) break;
      this.stats.waits += 1;
      const wait = Number(rows[0]?.wait_ms ?? 1);
      await sleep(Math.min(this.#maxPollMs, Math.max(1, wait)), signal);
    }
    try {
      return await task();
    } finally {
      this.stats.roundTrips += 1;
      // A lost release only keeps the origin closed until the lease ends: slower, never impolite.
      await this.#client.query(RELEASE, [origin, holder, delay]).catch(() => undefined);
    }
  }
}
