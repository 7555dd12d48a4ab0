/**
 * What a wording needs to know about the document it is written into:
 * the municipality, how the document calls itself, and its years.
 */
import type { Place } from './places.ts';

export interface Ctx {
  p: Place;
  /** "Ale kommun" */
  k: string;
  /** "Ale kommuns" */
  ks: string;
  /** How the text refers to itself: "programmet", "strategin", "planen", "policyn". */
  doc: string;
  /** The same, capitalised. */
  Doc: string;
  /** Definite form of the full name: "näringslivsprogrammet", "tillväxtstrategin". */
  full: string;
  from: number;
  to: number;
  /** The year the text is written / adopted. */
  year: number;
}

export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
