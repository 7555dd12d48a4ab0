/**
 * The PostgreSQL-backed politeness scheduler, with two schedulers on two
 * connection pools standing in for two worker machines.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../../test/helpers/postgres.ts';
import { openStore } from '../store/index.ts';
import { SharedOriginScheduler } from './shared-origin-scheduler.ts';

interface Interval {
  start: number;
  end: number;
}

function gaps(intervals: Interval[]): number[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  return sorted.slice(1).map((iv, i) => iv.start - sorted[i]!.end);
}

describe.skipIf(!postgresAvailable())('SharedOriginScheduler on PostgreSQL', () => {
  let database: TestDatabase;
  const pools: pg.Pool[] = [];
  beforeAll(async () => {
    database = await createTestDatabase();
    const store = await openStore(database.url); // runs the migration that creates origin_slots
    await store.close();
    for (let i = 0; i < 3; i++) pools.push(new pg.Pool({ connectionString: database.url, max: 4 }));
  });
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.end()));
    await database.drop();
  });

  it('keeps one request at a time per origin, the delay apart, across schedulers', async () => {
    const [a, b, c] = pools.map((pool) => new SharedOriginScheduler(pool, { leaseMs: 5000 }));
    const delay = 40;
    const intervals: Interval[] = [];
    const other: Interval[] = [];
    const task = (into: Interval[]) => async () => {
      const start = performance.now();
      await new Promise((r) => setTimeout(r, 5));
      into.push({ start, end: performance.now() });
    };
    await Promise.all([
      ...Array.from({ length: 6 }, () => a!.run('http://127.0.0.1:1', delay, task(intervals))),
      ...Array.from({ length: 6 }, () => b!.run('http://127.0.0.1:1', delay, task(intervals))),
      // Another origin is not held up by the first one.
      ...Array.from({ length: 3 }, () => c!.run('http://127.0.0.1:2', delay, task(other))),
    ]);
    expect(intervals).toHaveLength(12);
    expect(Math.min(...gaps(intervals))).toBeGreaterThanOrEqual(delay - 1);
    expect(a!.stats.waits + b!.stats.waits).toBeGreaterThan(0);
    expect(Math.min(...gaps(other))).toBeGreaterThanOrEqual(delay - 1);
  });

  it('shares a raised delay (robots Crawl-delay) with every scheduler', async () => {
    const [a, b] = pools.map((pool) => new SharedOriginScheduler(pool, { leaseMs: 5000 }));
    const origin = 'http://127.0.0.1:3';
    a!.setMinDelay(origin, 150);
    await new Promise((r) => setTimeout(r, 50)); // setMinDelay is fire-and-forget
    const intervals: Interval[] = [];
    const task = async () => {
      intervals.push({ start: performance.now(), end: performance.now() });
    };
    await Promise.all([b!.run(origin, 10, task), b!.run(origin, 10, task), b!.run(origin, 10, task)]);
    expect(Math.min(...gaps(intervals))).toBeGreaterThanOrEqual(149);
  });

  it('keeps an origin closed until the lease of a dead holder runs out', async () => {
    const origin = 'http://127.0.0.1:4';
    // A worker took the origin with a 400 ms lease and died before releasing it.
    const taken = performance.now();
    await pools[0]!.query(
      `INSERT INTO origin_slots (origin, next_at, delay_ms, holder) VALUES ($1, (extract(epoch from clock_timestamp()) * 1000)::bigint + 400, 0, 'dead')`,
      [origin],
    );
    const survivor = new SharedOriginScheduler(pools[1]!, { leaseMs: 5000 });
    let started = 0;
    await survivor.run(origin, 10, async () => {
      started = performance.now();
    });
    expect(started - taken).toBeGreaterThanOrEqual(390);
    const row = await pools[1]!.query('SELECT holder FROM origin_slots WHERE origin = $1', [origin]);
    expect(row.rows[0]).toEqual({ holder: null });
  });

  it('gives up waiting when the signal aborts', async () => {
    const origin = 'http://127.0.0.1:5';
    await pools[0]!.query(`INSERT INTO origin_slots (origin, next_at, delay_ms, holder) VALUES ($1, (extract(epoch from clock_timestamp()) * 1000)::bigint + 60000, 0, 'busy')`, [origin]);
    const scheduler = new SharedOriginScheduler(pools[2]!, { leaseMs: 5000 });
    const ran = { value: false };
    await expect(
      scheduler.run(origin, 10, async () => {
        ran.value = true;
      }, AbortSignal.timeout(100)),
    ).rejects.toThrow();
    expect(ran.value).toBe(false);
  });
});
