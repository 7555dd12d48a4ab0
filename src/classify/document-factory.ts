/**
 * Test factory: an ExtractedDocument from pages of text, as the extraction
 * stage would hand it over. Used by the classifier's tests only.
 */
import type { ExtractedDocument } from '../domain/index.ts';

export function extracted(pages: string[], options: Partial<ExtractedDocument> = {}): ExtractedDocument {
  return { format: 'pdf', pages, title: null, scanned: false, pageCount: pages.length, warnings: [], ...options };
}

/** A plausible body page of a business program, so short test documents read like real ones. */
export const BODY_PAGE = `Inledning
Kommunens näringsliv består av många små och medelstora företag inom tillverkning, handel och tjänster. Företagen är viktiga för att skapa jobb och service i hela kommunen.
Vision
Här är det enkelt att starta, driva och utveckla företag. Vi ska ha ett gott bemötande och snabba besked i alla ärenden som rör företagen.
Fokusområden
Service och bemötande, mark och lokaler, kompetensförsörjning samt kommunikation och marknadsföring är de områden där kommunen kan göra mest nytta för företagen.`;
