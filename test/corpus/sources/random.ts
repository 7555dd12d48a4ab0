/**
 * Seeded randomness so the corpus is identical on every build.
 */

/** mulberry32: small, fast, good enough to shuffle quotas. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], seed: number): T[] {
  const r = rng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A list with each value repeated by its count, shuffled. */
export function quota<T>(counts: Array<[T, number]>, seed: number): T[] {
  return shuffle(counts.flatMap(([v, n]) => Array.from({ length: n }, () => v)), seed);
}

export function at<T>(items: readonly T[], i: number): T {
  return items[((i % items.length) + items.length) % items.length]!;
}
