/**
 * The whole development corpus: programs and look-alikes, in a stable order.
 */
import type { CorpusSource } from './types.ts';
import { programSources } from './programs.ts';
import { lookalikeSources } from './lookalikes.ts';

export type { CorpusSource, CorpusLabels, CorpusExtraLabels, CorpusFormat, TxtStyle } from './types.ts';

export function corpusSources(): CorpusSource[] {
  return [...programSources(), ...lookalikeSources()];
}
