/** isValidInYear: validity of a classified program in a given year. */
import { describe, expect, it } from 'vitest';
import type { ClassificationDetails } from '../domain/index.ts';
import { isValidInYear } from './is-valid-in-year.ts';

const details = (over: Partial<ClassificationDetails> = {}): ClassificationDetails => ({
  adoptedBy: null,
  adoptedDate: null,
  validUntilFurtherNotice: false,
  isDraft: false,
  writtenWithBusiness: false,
  yearlyActivities: false,
  goals: { present: false, measurable: false, kinds: [], indicators: [] },
  agenda2030: { mentioned: false, goals: [] },
  regionalReference: null,
  documentKind: 'program',
  ...over,
});

describe('isValidInYear', () => {
  const p = (validFrom: number | null, validTo: number | null, over: Partial<ClassificationDetails> = {}) => ({ isProgram: true, validFrom, validTo, details: details(over) });
  it('inside, before and after a range', () => {
    expect(isValidInYear(p(2016, 2020), 2017)).toBe('valid');
    expect(isValidInYear(p(2016, 2020), 2016)).toBe('valid');
    expect(isValidInYear(p(2016, 2020), 2020)).toBe('valid');
    expect(isValidInYear(p(2016, 2020), 2021)).toBe('expired');
    expect(isValidInYear(p(2018, 2022), 2017)).toBe('future');
  });
  it('open end: valid until replaced', () => {
    expect(isValidInYear(p(2014, null, { validUntilFurtherNotice: true }), 2017)).toBe('valid');
    expect(isValidInYear(p(2014, null), 2017)).toBe('valid');
    expect(isValidInYear(p(2019, null), 2017)).toBe('future');
  });
  it('unknown without years, or when not a program', () => {
    expect(isValidInYear(p(null, null), 2017)).toBe('unknown');
    expect(isValidInYear({ isProgram: false, validFrom: 2016, validTo: 2020, details: details() }, 2017)).toBe('unknown');
    expect(isValidInYear(p(null, 2040), 2017)).toBe('unknown');
    expect(isValidInYear(p(null, 2020), 2017)).toBe('valid');
    expect(isValidInYear(p(null, 2016), 2017)).toBe('expired');
  });
  it('drafts never count', () => {
    expect(isValidInYear(p(2016, 2020, { isDraft: true }), 2017)).toBe('draft');
  });
});
