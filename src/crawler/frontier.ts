/**
 * A site's frontier: a max-heap on score (ties: shallower first, then
 * first-come), plus the set of URLs ever enqueued so nothing is queued twice.
 */
import type { FrontierEntry } from '../domain/index.ts';

interface Slot {
  entry: FrontierEntry;
  order: number;
}

export class Frontier {
  readonly #heap: Slot[] = [];
  readonly #seen = new Set<string>();
  #order = 0;

  constructor(pending: FrontierEntry[] = [], seen: Iterable<string> = []) {
    for (const url of seen) this.#seen.add(url);
    for (const entry of pending) this.#push(entry);
  }

  get size(): number {
    return this.#heap.length;
  }

  has(url: string): boolean {
    return this.#seen.has(url);
  }

  /** Marks a URL as known without queueing it (e.g. a redirect target fetched inline). */
  markSeen(url: string): void {
    this.#seen.add(url);
  }

  /** Adds entries not seen before; returns those actually added, for the journal. */
  add(entries: FrontierEntry[]): FrontierEntry[] {
    const added: FrontierEntry[] = [];
    for (const entry of entries) {
      if (this.#seen.has(entry.url)) continue;
      this.#seen.add(entry.url);
      this.#push(entry);
      added.push(entry);
    }
    return added;
  }

  pop(): FrontierEntry | undefined {
    const top = this.#heap[0];
    const last = this.#heap.pop();
    if (!top || !last) return undefined;
    if (this.#heap.length > 0) {
      this.#heap[0] = last;
      this.#down(0);
    }
    return top.entry;
  }

  #push(entry: FrontierEntry): void {
    this.#seen.add(entry.url);
    this.#heap.push({ entry, order: this.#order++ });
    this.#up(this.#heap.length - 1);
  }

  #before(a: Slot, b: Slot): boolean {
    if (a.entry.score !== b.entry.score) return a.entry.score > b.entry.score;
    if (a.entry.depth !== b.entry.depth) return a.entry.depth < b.entry.depth;
    return a.order < b.order;
  }

  #up(index: number): void {
    const heap = this.#heap;
    for (let i = index; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!this.#before(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  #down(index: number): void {
    const heap = this.#heap;
    for (let i = index; ; ) {
      const left = i * 2 + 1;
      const right = left + 1;
      let best = i;
      if (left < heap.length && this.#before(heap[left]!, heap[best]!)) best = left;
      if (right < heap.length && this.#before(heap[right]!, heap[best]!)) best = right;
      if (best === i) return;
      [heap[i], heap[best]] = [heap[best]!, heap[i]!];
      i = best;
    }
  }
}
