/**
 * Per-origin politeness shared by every site crawled in the process (two
 * municipalities may share a host). Requests to one origin run one at a
 * time, and the next starts no sooner than `delay` after the previous one
 * finished, so the server never sees two requests closer than the delay —
 * robots.txt, sitemaps, retries and redirect hops included.
 */

export class OriginScheduler {
  readonly #origins = new Map<string, { tail: Promise<void>; lastEnd: number; delayMs: number }>();

  /** Raises an origin's delay (e.g. from robots Crawl-delay); never lowers it. */
  setMinDelay(origin: string, delayMs: number): void {
    const state = this.#state(origin, delayMs);
    state.delayMs = Math.max(state.delayMs, delayMs);
  }

  /** Runs `task` when the origin is free and its delay has passed since the last request ended. */
  async run<T>(origin: string, delayMs: number, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const state = this.#state(origin, delayMs);
    state.delayMs = Math.max(state.delayMs, delayMs);
    const previous = state.tail;
    let release!: () => void;
    state.tail = new Promise<void>((resolve) => {
      release = resolve;
    });
    try {
      await previous;
      // performance.now() and a loop: timers round to whole milliseconds and may fire a fraction early.
      for (let wait = state.lastEnd + state.delayMs - performance.now(); wait > 0; wait = state.lastEnd + state.delayMs - performance.now()) {
        await sleep(Math.ceil(wait), signal);
      }
      signal?.throwIfAborted();
      return await task();
    } finally {
      state.lastEnd = performance.now();
      release();
    }
  }

  #state(origin: string, delayMs: number) {
    let state = this.#origins.get(origin);
    if (!state) {
      state = { tail: Promise.resolve(), lastEnd: Number.NEGATIVE_INFINITY, delayMs };
      this.#origins.set(origin, state);
    }
    return state;
  }
}

/** The process-wide scheduler used unless a caller brings its own. */
export const sharedScheduler = new OriginScheduler();

/** setTimeout as a promise that rejects when the signal aborts. @internal */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
