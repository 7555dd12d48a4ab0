/** Small factories for test data: one place that knows how a valid object looks. */
import type { Classification, DocumentInput, FetchRecord, FrontierEntry } from '../../src/domain/index.ts';

export function makeEntry(url: string, over: Partial<FrontierEntry> = {}): FrontierEntry {
  return { url, score: 1, depth: 0, referrer: null, anchor: null, via: 'link', ...over };
}

export function makeRecord(url: string, over: Partial<FetchRecord> = {}): FetchRecord {
  return {
    url,
    finalUrl: url,
    status: 200,
    contentType: 'application/pdf',
    bytes: 100,
    sha256: `sha-${url}`,
    etag: '"e1"',
    lastModified: null,
    unchanged: false,
    error: null,
    fetchedAt: new Date().toISOString(),
    durationMs: 5,
    ...over,
  };
}

export function makeClassification(over: Partial<Classification> = {}): Classification {
  return {
    isProgram: true,
    programType: 'business',
    title: 'Näringslivsprogram 2016–2020',
    validFrom: 2016,
    validTo: 2020,
    regionalLink: 'none',
    actionPlan: 'linked',
    sustainability: false,
    evidence: [{ aspect: 'isProgram', quote: 'Näringslivsprogram 2016–2020', page: 1 }],
    details: {
      adoptedBy: 'kommunfullmäktige',
      adoptedDate: '2015-12-14',
      validUntilFurtherNotice: false,
      isDraft: false,
      writtenWithBusiness: true,
      yearlyActivities: false,
      goals: { present: true, measurable: false, kinds: ['result'], indicators: [] },
      agenda2030: { mentioned: false, goals: [] },
      regionalReference: null,
      documentKind: 'program',
    },
    confidence: { isProgram: 0.9 },
    needsReview: false,
    reviewReasons: [],
    signals: [],
    ...over,
  };
}

export function makeDocument(municipalityCode: string, url: string, over: Partial<DocumentInput> = {}): DocumentInput {
  return {
    municipalityCode,
    url,
    sha256: `sha-${url}`,
    format: 'pdf',
    title: 'Näringslivsprogram 2016–2020',
    pageCount: 2,
    scanned: false,
    warnings: [],
    pages: ['Näringslivsprogram 2016–2020', 'Handlingsplan'],
    source: 'crawl',
    ...over,
  };
}
