/**
 * Types shared by every pipeline stage. No I/O here: crawl → extract →
 * classify → store → report → serve all speak these shapes.
 */
import type { ActionPlan, MunicipalityStatus, ProgramType, RegionalLink } from './vocabulary.ts';

/** One of the 290 municipalities, from SCB's register. */
export interface Municipality {
  code: string; // 4-digit SCB code, leading zero kept ("0114")
  name: string;
  countyCode: string; // 2-digit
  countyName: string;
}

/** A website to inventory: one per municipality. */
export interface Site {
  code: string;
  name: string;
  url: string;
}

/** Text of a document, one string per page (HTML and plain text have one page). */
export interface ExtractedDocument {
  format: 'pdf' | 'docx' | 'html' | 'text';
  pages: string[];
  /** Title from metadata or the first heading, when there is one. */
  title: string | null;
  /** A PDF without a text layer: recorded as "scanned, needs OCR". */
  scanned: boolean;
  /** Number of pages in the source (may exceed pages.length when limits cut it). */
  pageCount: number;
  /** Notes such as "truncated after 300 pages". */
  warnings: string[];
  /**
   * Running headers/footers as they read on page 1 (PDF: lines repeated at the
   * top or bottom of most pages, dropped from pages 2..n; DOCX: the header and
   * footer parts). They name the issuer and a short title, not the cover's name.
   */
  runningLines?: string[];
}

/** Which aspect of a classification a piece of evidence supports. */
export type EvidenceAspect =
  | 'isProgram'
  | 'programType'
  | 'title'
  | 'validity'
  | 'regionalLink'
  | 'actionPlan'
  | 'sustainability'
  | 'adoption'
  | 'draft'
  | 'businessParticipation'
  | 'yearlyActivities'
  | 'goals'
  | 'agenda2030';

/** A quote that supports a judgement, with the 1-based page it is on. */
export interface Evidence {
  aspect: EvidenceAspect;
  quote: string;
  page: number;
}

/** The contract's judgements (see ../../docs/cli-contract via docs/architecture.md). */
export interface ContractClassification {
  isProgram: boolean;
  programType: ProgramType | null;
  title: string | null;
  validFrom: number | null;
  validTo: number | null;
  regionalLink: RegionalLink | null;
  actionPlan: ActionPlan | null;
  sustainability: boolean | null;
  evidence: Evidence[];
}

/** What analysts also ask for, beyond the contract. All optional-by-null. */
export interface ClassificationDetails {
  /** 'kommunfullmäktige' | 'kommunstyrelsen' | a committee name | null */
  adoptedBy: string | null;
  /** ISO date or year as written, e.g. "2016-03-21" or "2016". */
  adoptedDate: string | null;
  /** "gäller tills vidare" */
  validUntilFurtherNotice: boolean;
  isDraft: boolean;
  writtenWithBusiness: boolean;
  yearlyActivities: boolean;
  goals: {
    present: boolean;
    measurable: boolean;
    kinds: Array<'result' | 'process'>;
    indicators: string[];
  };
  agenda2030: { mentioned: boolean; goals: number[] };
  /** Named regional strategy or collaboration, matched to reference data when possible. */
  regionalReference: string | null;
  /** What the document is when it is not a program: 'comprehensive_plan', 'budget', 'minutes', 'news', 'regional_strategy', 'other_policy', 'action_plan', ... */
  documentKind: string;
}

/** A full machine judgement of one document. */
export interface Classification extends ContractClassification {
  details: ClassificationDetails;
  /** 0..1 per judged field; overall is the minimum that matters for publishing. */
  confidence: Record<string, number>;
  /** True when the classifier is unsure and a human should look. */
  needsReview: boolean;
  reviewReasons: string[];
  /** Signals that decided, for `--explain`. */
  signals: string[];
}

export type { MunicipalityStatus };

/** A document ready to store: where it came from, its text and the machine's judgement. */
export interface DocumentInput {
  municipalityCode: string;
  url: string;
  sha256: string;
  format: ExtractedDocument['format'];
  title: string | null;
  pageCount: number;
  scanned: boolean;
  warnings: string[];
  pages: string[];
  source: 'crawl' | 'upload' | 'manual';
}

/** What decides whether a program applies in a year (see classify/isValidInYear). */
export interface ValidityFacts {
  isProgram: boolean;
  validFrom: number | null;
  validTo: number | null;
  details?: { isDraft?: boolean } | null;
}

/** What the pipeline made of one fetched resource; committed with the fetch in one transaction. */
export type ProcessedResource =
  | { kind: 'document'; document: DocumentInput; classification: Classification; classifierVersion: string }
  /** `stored`: the judgement kept for the same bytes, filled in by the pipeline so the crawl can tell a re-met program (CrawlHooks.isGoal). */
  | { kind: 'unchanged'; sha256: string; stored?: ValidityFacts | null }
  | { kind: 'error'; code: string; message: string }
  | { kind: 'skipped'; reason: string };
