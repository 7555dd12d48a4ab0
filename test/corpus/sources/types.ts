/**
 * Shapes of the labelled development corpus: one CorpusSource per document,
 * carrying the text to render and the human labels it is judged against.
 */
import type { DocumentSpec, PdfOptions } from '../../../src/simweb/render-documents.ts';

export type CorpusFormat = 'pdf' | 'docx' | 'html' | 'txt';

/** How a txt file is written: plain UTF-8, Windows-1252, or re-flowed like text copied out of a PDF. */
export type TxtStyle = 'utf8' | 'cp1252' | 'pdf-copy' | 'cp1252-pdf-copy';

/** The labels; column names match labels.csv. null is written as an empty cell. */
export interface CorpusLabels {
  isProgram: boolean;
  programType: 'business' | 'growth' | 'other' | null;
  title: string;
  validFrom: number | null;
  validTo: number | null;
  regionalLink: 'rus' | 'intermunicipal' | 'none' | null;
  actionPlan: 'included' | 'linked' | 'none' | null;
  sustainability: boolean | null;
  isDraft: boolean | null;
  adoptedBy: string | null;
  writtenWithBusiness: boolean | null;
  yearlyActivities: boolean | null;
  agenda2030: boolean | null;
  goalsMeasurable: boolean | null;
}

/** Labels beyond the CSV columns, kept in labels.json for finer evaluation. */
export interface CorpusExtraLabels {
  /** What the document is: 'program' or the kind of look-alike ('comprehensive_plan', 'minutes', ...). */
  documentKind: string;
  municipality: string;
  adoptedDate: string | null;
  validUntilFurtherNotice: boolean | null;
  agenda2030Goals: number[];
  indicators: string[];
}

export interface CorpusSource {
  id: string;
  format: CorpusFormat;
  spec: DocumentSpec;
  pdfOptions?: PdfOptions;
  txtStyle?: TxtStyle;
  /** For html: which site chrome to wrap the text in (0..n, see build-corpus). */
  htmlTheme?: number;
  labels: CorpusLabels;
  extra: CorpusExtraLabels;
}
