/**
 * Small seeded PRNG (mulberry32) and helpers. Every random choice in the
 * simulated web goes through here so a seed fully determines the web; lazy
 * content derives its own stream from (seed, site, path) so it does not
 * depend on the order in which requests arrive.
 */

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight; weights need not sum to 1. */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T;
  shuffle<T>(items: readonly T[]): T[];
  /** Picks n distinct items (fewer when the list is shorter). */
  sample<T>(items: readonly T[], n: number): T[];
}

/** FNV-1a over the joined parts: a stable 32-bit seed from strings and numbers. */
export function hashSeed(...parts: Array<string | number>): number {
  let h = 0x811c9dc5;
  const text = parts.join('\u0001');
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from empty list');
    return items[Math.floor(next() * items.length)] as T;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    weighted: <T>(items: ReadonlyArray<readonly [T, number]>): T => {
      const total = items.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [item, w] of items) {
        r -= w;
        if (r < 0) return item;
      }
      const last = items[items.length - 1];
      if (!last) throw new Error('weighted pick from empty list');
      return last[0];
    },
    shuffle,
    sample: <T>(items: readonly T[], n: number): T[] => shuffle(items).slice(0, n),
  };
}

/**
 * Deals labels to n slots in the given proportions, exactly (largest
 * remainder), then shuffles: proportions hold even for small n, which
 * independent coin flips would not guarantee.
 */
export function dealByQuota<T>(rng: Rng, n: number, shares: ReadonlyArray<readonly [T, number]>): T[] {
  const total = shares.reduce((sum, [, w]) => sum + w, 0);
  const exact = shares.map(([label, w]) => ({ label, raw: (n * w) / total }));
  const counts = exact.map((e) => Math.floor(e.raw));
  let left = n - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, frac: e.raw - Math.floor(e.raw) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    left--;
  }
  const out: T[] = [];
  exact.forEach((e, i) => {
    for (let k = 0; k < (counts[i] ?? 0); k++) out.push(e.label);
  });
  return rng.shuffle(out);
}
