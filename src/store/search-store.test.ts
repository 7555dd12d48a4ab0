import { describe, expect, it } from 'vitest';
import { indexTerms, queryTerms, swedishStem } from './search-store.ts';

describe('Swedish search stems', () => {
  it('gives inflected forms the same stem', () => {
    const same = [
      ['näringslivsprogrammet', 'näringslivsprogram', 'näringslivsprogrammen'],
      ['strategin', 'strategi', 'strategier'],
      ['företagsklimatet', 'företagsklimat'],
      ['näringslivet', 'näringsliv'],
      ['handlingsplanen', 'handlingsplan', 'handlingsplaner'],
    ];
    for (const forms of same) expect(new Set(forms.map(swedishStem)).size, forms.join('/')).toBe(1);
    expect(swedishStem('program')).not.toBe(swedishStem('plan'));
  });

  it('indexes known parts of compounds so the head word finds the compound', () => {
    expect(indexTerms('Tillväxtstrategi')).toEqual(expect.arrayContaining([swedishStem('tillväxtstrategi'), 'tillväxt', 'strategi']));
    expect(indexTerms('näringslivsprogrammet')).toContain('program');
    expect(queryTerms('Näringslivsprogrammet, näringslivsprogram!')).toEqual(['näringslivsprogram']);
  });
});
