/**
 * A small warm pool of extraction workers. Workers start on demand, stay
 * alive between documents (pdf.js takes a while to load) and are unref'd
 * while idle so they never keep a finished CLI alive. Each task gets a hard
 * timeout that starts when a worker takes it (not while it queues); on
 * timeout or crash the worker is terminated and replaced.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ExtractedDocument } from '../domain/index.ts';
import { ExtractionError } from '../domain/index.ts';
import type { ExtractLimits } from './limits.ts';
import type { WorkerReply, WorkerRequest } from './worker-protocol.ts';

export interface ExtractPoolOptions {
  /** Worker threads at most; default min(4, cores). */
  maxThreads: number;
  /** V8 old-generation heap per worker, MB. */
  maxHeapMb: number;
}

interface Task {
  request: WorkerRequest;
  resolve: (doc: ExtractedDocument) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  task: Task | null;
  timer: NodeJS.Timeout | null;
  dead: boolean;
}

const WORKER_URL = new URL('./extract-worker.ts', import.meta.url);

/** Pool of PDF/DOCX extraction workers. */
export interface ExtractPool {
  run(kind: 'pdf' | 'docx', bytes: Uint8Array, limits: ExtractLimits): Promise<ExtractedDocument>;
  /** Starts all workers now, so the first documents do not pay for loading pdf.js. */
  warm(): void;
  close(): Promise<void>;
}

/** Creates a pool; nothing starts until the first task. */
export function createExtractPool(options: Partial<ExtractPoolOptions> = {}): ExtractPool {
  const maxThreads = Math.max(1, options.maxThreads ?? Math.min(4, availableParallelism()));
  const maxHeapMb = options.maxHeapMb ?? 768;
  const slots: Slot[] = [];
  const queue: Task[] = [];
  let nextId = 1;
  let closed = false;

  const retire = (slot: Slot): void => {
    slot.dead = true;
    if (slot.timer) clearTimeout(slot.timer);
    const index = slots.indexOf(slot);
    if (index >= 0) slots.splice(index, 1);
  };

  const fail = (slot: Slot, error: Error): void => {
    if (slot.dead) return;
    const task = slot.task;
    slot.task = null;
    retire(slot);
    void slot.worker.terminate();
    task?.reject(error);
    pump();
  };

  const spawn = (): Slot => {
    const worker = new Worker(WORKER_URL, {
      resourceLimits: { maxOldGenerationSizeMb: maxHeapMb, maxYoungGenerationSizeMb: 64 },
      stdout: false,
      stderr: false,
      // Inherit the parent's flags except those that only make sense for a main entry point.
      execArgv: process.execArgv.filter((arg) => !/^--(input-type|eval|print|test|watch)/.test(arg)),
    });
    const slot: Slot = { worker, ready: false, task: null, timer: null, dead: false };
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'ready') {
        slot.ready = true;
        return;
      }
      const task = slot.task;
      if (!task || task.request.id !== reply.id) return;
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
      slot.task = null;
      worker.unref();
      if (reply.type === 'done') task.resolve(reply.doc);
      else task.reject(new ExtractionError(reply.code, reply.message));
      pump();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const kind = slot.task?.request.kind.toUpperCase() ?? 'document';
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        fail(slot, new ExtractionError('too_large', `${kind} needs more than ${maxHeapMb} MB of memory to parse; parsing stopped`, { cause: error }));
      } else if (!slot.ready) {
        fail(slot, new Error(`extraction worker failed to start: ${error.message}`, { cause: error }));
      } else {
        fail(slot, new ExtractionError('corrupt', `${kind} parser crashed: ${error.message}`, { cause: error }));
      }
    });
    worker.on('exit', (code) => {
      fail(slot, new ExtractionError('corrupt', `extraction worker exited (code ${code}) while parsing`));
    });
    worker.unref();
    slots.push(slot);
    return slot;
  };

  const pump = (): void => {
    while (queue.length > 0 && !closed) {
      const slot = slots.find((s) => !s.task && !s.dead) ?? (slots.length < maxThreads ? spawn() : null);
      if (!slot) return;
      const task = queue.shift()!;
      slot.task = task;
      slot.worker.ref();
      const { timeoutMs } = task.request.limits;
      slot.timer = setTimeout(() => {
        fail(slot, new ExtractionError('timeout', `${task.request.kind.toUpperCase()} parsing took longer than ${timeoutMs} ms; stopped`));
      }, timeoutMs);
      slot.worker.postMessage(task.request);
    }
  };

  return {
    run(kind, bytes, limits) {
      if (closed) return Promise.reject(new Error('extraction pool is closed'));
      return new Promise<ExtractedDocument>((resolve, reject) => {
        queue.push({ request: { id: nextId++, kind, bytes, limits }, resolve, reject });
        pump();
      });
    },
    warm() {
      while (!closed && slots.length < maxThreads) spawn();
    },
    async close() {
      closed = true;
      for (const task of queue.splice(0)) task.reject(new Error('extraction pool closed'));
      const all = slots.splice(0);
      for (const slot of all) {
        slot.dead = true;
        if (slot.timer) clearTimeout(slot.timer);
        slot.task?.reject(new Error('extraction pool closed'));
      }
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}
