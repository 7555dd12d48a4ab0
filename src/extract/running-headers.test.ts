import { describe, expect, it } from 'vitest';
import { removeRunningHeaders } from './running-headers.ts';

describe('removeRunningHeaders', () => {
  it('keeps repeated headers and footers once, on page 1', () => {
    const pages = [1, 2, 3, 4].map((n) => `Näringslivsprogram 2016–2020 | Sida ${n} av 12\nText på sida ${n} om företag.\nMer text.\nÅmåls kommun`);
    // 4 lines per page: the zone narrows to one line at each end, so "Mer text." survives.
    const out = removeRunningHeaders(pages);
    expect(out[0]).toBe(pages[0]);
    expect(out[1]).toBe('Text på sida 2 om företag.\nMer text.');
    expect(out[3]).toBe('Text på sida 4 om företag.\nMer text.');
  });

  it('leaves lines that repeat only in the middle of pages', () => {
    const words = ['alfa', 'beta', 'gamma'];
    const pages = words.map((w) => `Rubrik ${w}\nInledning ${w}\nBakgrund ${w}\nVi ska stärka företagsklimatet.\nMål ${w}\nAnsvar ${w}\nSlut ${w}`);
    expect(removeRunningHeaders(pages)).toEqual(pages);
  });

  it('does nothing on a single page', () => {
    expect(removeRunningHeaders(['Sida 1\nText'])).toEqual(['Sida 1\nText']);
  });
});
