import { describe, expect, it } from 'vitest';
import { normalizeText, repairMojibake } from './normalize-text.ts';

describe('normalizeText', () => {
  it('composes NFD into NFC', () => {
    const nfd = 'na\u0308ringsliv i Ma\u030amo\u0308';
    expect(normalizeText(nfd)).toBe('näringsliv i Måmö');
    expect(normalizeText(nfd)).toHaveLength('näringsliv i Måmö'.length);
  });

  it('repairs UTF-8 read as windows-1252 / Latin-1', () => {
    expect(normalizeText('NÃ¤ringslivsprogram fÃ¶r Ã…mÃ¥l')).toBe('Näringslivsprogram för Åmål');
    expect(normalizeText('Ã„NGELHOLM Ã–STERSUND')).toBe('ÄNGELHOLM ÖSTERSUND');
    // Latin-1 (not cp1252) decoding leaves C1 controls: Ä is C3 84.
    expect(normalizeText('\u00c3\u0084ngelholm')).toBe('Ängelholm');
    expect(normalizeText('2016â€“2020')).toBe('2016–2020');
  });

  it('leaves correct text and lone Latin-1 letters alone', () => {
    const good = 'Ängelholm, Åmål och Örebro – 2016–2020 § 4 «citat» Ã';
    expect(repairMojibake(good)).toBe(good);
    expect(normalizeText('Ärende À la carte')).toBe('Ärende À la carte');
  });

  it('repairs mixed good and broken text in one string', () => {
    expect(normalizeText('Företag och fÃ¶retagsklimat')).toBe('Företag och företagsklimat');
  });

  it('joins words hyphenated across line breaks', () => {
    expect(normalizeText('närings-\nlivsprogrammet')).toBe('näringslivsprogrammet');
    expect(normalizeText('Det nya närings- \n  livsprogrammet gäller')).toBe('Det nya näringslivsprogrammet gäller');
    expect(normalizeText('tillväxt\u2010\nstrategin')).toBe('tillväxtstrategin');
  });

  it('keeps the hyphen of real compounds', () => {
    expect(normalizeText('Malung-Sälen')).toBe('Malung-Sälen');
    expect(normalizeText('Malung-\nSälen')).toBe('Malung-Sälen');
    expect(normalizeText('EU-\nprojekt')).toBe('EU-projekt');
    expect(normalizeText('e-\npost')).toBe('e-post');
    expect(normalizeText('närings-\noch arbetsmarknadsfrågor')).toBe('närings- och arbetsmarknadsfrågor');
  });

  it('does not join across a blank line', () => {
    expect(normalizeText('Punkt-\n\nNästa stycke')).toBe('Punkt-\n\nNästa stycke');
  });

  it('removes soft hyphens and zero-width characters, joining at a soft line-end hyphen', () => {
    expect(normalizeText('nä\u00adrings\u00ad\nliv')).toBe('näringsliv');
    expect(normalizeText('tillväxt\u200bprogram\ufeff')).toBe('tillväxtprogram');
  });

  it('expands ligatures', () => {
    expect(normalizeText('e\ufb00ektiv ﬁnansiering, ﬂöde')).toBe('effektiv finansiering, flöde');
  });

  it('collapses whitespace within lines and limits blank lines', () => {
    expect(normalizeText('  a \t b\u00a0\u00a0c  \r\n\r\n\r\n\r\nd  ')).toBe('a b c\n\nd');
  });

  it('is idempotent', () => {
    const input = 'NÃ¤rings-\nlivs\u00adprogram  fo\u0308r EU-\nprojekt\n\n\n\nSlut';
    const once = normalizeText(input);
    expect(normalizeText(once)).toBe(once);
  });
});
