import { describe, expect, it } from 'vitest';
import type { DocumentRow, JudgedFields, SiteRow, YearRows } from '../store/index.ts';
import { buildReport, validityInYear } from './index.ts';

function site(code: string, crawlStatus = 'done', error: string | null = null): SiteRow {
  return { code, name: `K${code}`, countyCode: code.slice(0, 2), countyName: 'X län', runId: 1, crawlStatus, error, url: 'http://x/' };
}
function fields(over: Partial<JudgedFields> = {}): JudgedFields {
  return { isProgram: true, programType: 'business', title: 'Näringslivsprogram', validFrom: 2016, validTo: 2020, regionalLink: 'none', actionPlan: 'none', sustainability: false, isDraft: false, ...over };
}
let nextId = 1;
function doc(code: string, machine: JudgedFields, over: Partial<DocumentRow> = {}): DocumentRow {
  return { documentId: nextId++, municipalityCode: code, url: `http://x/${nextId}.pdf`, format: 'pdf', source: 'crawl', machine, needsReview: false, reviews: {}, confidence: {}, ...over };
}

describe('validityInYear', () => {
  it('tells valid, expired, future, draft and open-ended apart', () => {
    expect(validityInYear(fields(), 2017)).toBe('valid');
    expect(validityInYear(fields({ validFrom: 2008, validTo: 2012 }), 2017)).toBe('expired');
    expect(validityInYear(fields({ validFrom: 2019, validTo: 2022 }), 2017)).toBe('future');
    expect(validityInYear(fields({ isDraft: true }), 2017)).toBe('draft');
    expect(validityInYear(fields({ validFrom: 2014, validTo: null }), 2017)).toBe('valid');
    expect(validityInYear(fields({ isProgram: false }), 2017)).toBe('not_program');
  });
});

describe('buildReport', () => {
  it('computes the 2017 figures, statuses and deduplicates one program published twice', () => {
    const rows: YearRows = {
      year: 2017,
      sites: [site('0114'), site('0115'), site('0117'), site('0120', 'unreachable', 'connection refused'), site('0123')],
      documents: [
        doc('0114', fields({ regionalLink: 'rus', actionPlan: 'included', sustainability: true })),
        doc('0114', fields({ regionalLink: 'rus', actionPlan: 'included', sustainability: true }), { format: 'html' }),
        doc('0115', fields({ programType: 'growth', validFrom: 2015, validTo: 2025, regionalLink: 'intermunicipal', actionPlan: 'linked' })),
        doc('0117', fields({ validFrom: 2010, validTo: 2014 })),
        doc('0123', fields({ isProgram: false, programType: null })),
      ],
      municipalityReviews: [],
    };
    const r = buildReport(rows);
    expect(r).toMatchObject({ year: 2017, municipalities: 5, withProgram: 2 });
    expect(r.programs).toHaveLength(2);
    expect(r.programs[0]).toMatchObject({ municipality: '0114', programType: 'business', regionalLink: 'rus', actionPlan: 'included', sustainability: true });
    expect(r.programs[0]?.url).toMatch(/\.pdf$/); // the PDF wins over the web page
    expect(r.summary).toEqual({ byType: { business: 1, growth: 1, other: 0 }, regionalLink: { rus: 1, intermunicipal: 1, none: 0 }, actionPlan: { included: 1, linked: 1, none: 0 }, sustainability: 1 });
    expect(r.statuses).toEqual({ program_found: 2, none_found: 1, only_expired_or_future: 1, unreachable: 1 });
    expect(r.municipalityStatus.find((m) => m.code === '0120')).toMatchObject({ status: 'unreachable', error: 'connection refused' });
  });

  it('a municipality with only a draft on remiss has none found, with the draft counted', () => {
    const r = buildReport({
      year: 2024,
      sites: [site('0114'), site('0115')],
      documents: [doc('0114', fields({ isDraft: true, validFrom: 2025, validTo: 2030 })), doc('0115', fields({ validFrom: 2025, validTo: 2030 }))],
      municipalityReviews: [],
    });
    expect(r.municipalityStatus.find((m) => m.code === '0114')).toMatchObject({ status: 'none_found', drafts: 1, programs: 0 });
    expect(r.municipalityStatus.find((m) => m.code === '0115')).toMatchObject({ status: 'only_expired_or_future', drafts: 0 });
  });

  it('lets a reviewer decision win over the machine', () => {
    const d = doc('0114', fields({ programType: 'other', regionalLink: 'none' }), { reviews: { programType: 'business', regionalLink: 'rus' } });
    const notProgram = doc('0115', fields(), { reviews: { isProgram: false } });
    const r = buildReport({ year: 2017, sites: [site('0114'), site('0115'), site('0117')], documents: [d, notProgram, doc('0117', fields())], municipalityReviews: [{ code: '0117', field: 'noProgram', value: true }] });
    expect(r.programs).toHaveLength(1);
    expect(r.programs[0]).toMatchObject({ programType: 'business', regionalLink: 'rus', reviewed: true });
    expect(r.statuses.none_found).toBe(2);
  });
});
