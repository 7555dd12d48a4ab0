/** Look-alikes: documents that talk about business but are not programs. */
import type { CorpusSource } from './types.ts';
export function lookalikeSources(): CorpusSource[] {
  return [];
}
