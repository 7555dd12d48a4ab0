/**
 * The one place that maps errors to exit codes and one-line messages
 * (contract: 2 for bad arguments or input files, 1 for anything else).
 */
import { InputError } from '../domain/index.ts';

export const EXIT = { ok: 0, failed: 1, badInput: 2, someUnreachable: 3 } as const;

export function exitCodeFor(error: unknown): number {
  if (error instanceof InputError) return EXIT.badInput;
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string' && error.code.startsWith('commander.')) return EXIT.badInput;
  return EXIT.failed;
}

export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*\n\s*/g, ' ').trim();
}
