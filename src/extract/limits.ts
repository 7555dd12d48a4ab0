/**
 * Resource limits for extraction. Every document is hostile until proven
 * otherwise: these bound bytes read, pages parsed, bytes inflated, wall time
 * and text kept, so one bad file cannot stall or exhaust a whole inventory run.
 */

export interface ExtractLimits {
  /** Input size in bytes; larger input is refused as `too_large`. */
  maxBytes: number;
  /** Pages parsed; later pages are dropped with a warning. */
  maxPages: number;
  /** Bytes a DOCX may inflate to; more is refused as `zip_bomb`. */
  maxDecompressedBytes: number;
  /** Wall time for one PDF/DOCX parse; the worker is killed past it (`timeout`). */
  timeoutMs: number;
  /** Characters of text kept; the rest is dropped with a warning. */
  maxTextChars: number;
}

export const DEFAULT_EXTRACT_LIMITS: ExtractLimits = Object.freeze({
  maxBytes: 40 * 1024 * 1024,
  maxPages: 400,
  maxDecompressedBytes: 100 * 1024 * 1024,
  timeoutMs: 20_000,
  maxTextChars: 2_000_000,
});

/** Fills missing fields from the defaults and ignores non-positive or non-numeric overrides. */
export function resolveLimits(limits: Partial<ExtractLimits> | undefined): ExtractLimits {
  const out: ExtractLimits = { ...DEFAULT_EXTRACT_LIMITS };
  if (!limits) return out;
  for (const key of Object.keys(out) as Array<keyof ExtractLimits>) {
    const value = limits[key];
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) out[key] = value;
  }
  return out;
}
