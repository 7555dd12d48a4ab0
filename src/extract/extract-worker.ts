/**
 * Worker-thread entry for PDF and DOCX parsing. Lives in its own thread so the
 * pool can kill it on timeout and V8 can cap its heap: a hostile file costs
 * one worker, never the process.
 */
import { parentPort } from 'node:worker_threads';
import { ExtractionError } from '../domain/index.ts';
import { extractDocx } from './extract-docx.ts';
import { extractPdf } from './extract-pdf.ts';
import type { WorkerReply, WorkerRequest } from './worker-protocol.ts';

// pdf.js reports warnings through console.log; stdout belongs to the CLI's JSON.
console.log = console.info = console.debug = console.warn = () => undefined;

const port = parentPort;
if (!port) throw new Error('extract-worker.ts must run as a worker thread');

port.on('message', (request: WorkerRequest) => {
  void handle(request).then((reply) => port.postMessage(reply));
});
port.postMessage({ type: 'ready' } satisfies WorkerReply);

async function handle(request: WorkerRequest): Promise<WorkerReply> {
  try {
    const doc = request.kind === 'pdf' ? await extractPdf(request.bytes, request.limits) : await extractDocx(request.bytes, request.limits);
    return { type: 'done', id: request.id, doc };
  } catch (error) {
    if (error instanceof ExtractionError) return { type: 'failed', id: request.id, code: error.code, message: error.message };
    const message = error instanceof Error ? error.message : String(error);
    return { type: 'failed', id: request.id, code: 'corrupt', message: `${request.kind.toUpperCase()} parser failed: ${message}` };
  }
}
