/** Messages between the extraction pool and its workers (structured-clone safe). */
import type { ExtractedDocument } from '../domain/index.ts';
import type { ExtractLimits } from './limits.ts';

export interface WorkerRequest {
  id: number;
  kind: 'pdf' | 'docx';
  bytes: Uint8Array;
  limits: ExtractLimits;
}

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'done'; id: number; doc: ExtractedDocument }
  | { type: 'failed'; id: number; code: string; message: string };
