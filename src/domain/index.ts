/** The domain module: vocabulary, types and errors shared by every stage. */
export * from './vocabulary.ts';
export type * from './types.ts';
export * from './errors.ts';
export type * from './crawl.ts';
