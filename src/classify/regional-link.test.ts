/** regionalLink: RUS (generic and named), inter-municipal collaboration, none; RUS wins. */
import { describe, expect, it } from 'vitest';
import { classifyDocument } from './classify-document.ts';
import { BODY_PAGE, extracted } from './document-factory.ts';
import { matchRegionalReference } from './regional-reference.ts';

function link(text: string, countyCode?: string) {
  const c = classifyDocument(extracted(['Exempelby kommun\nNäringslivsprogram 2018–2022', BODY_PAGE, text]), { countyCode });
  return c;
}

describe('regionalLink', () => {
  it.each([
    'Programmet utgår från den regionala utvecklingsstrategin och bidrar till dess mål.',
    'Vi har stämt av programmet mot regionens utvecklingsstrategi.',
    'Näringslivsprogrammet ska läsas tillsammans med RUS.',
    'Programmet bygger på Det öppna Skåne 2030.',
    'Programmet är ett lokalt bidrag till Värmlandsstrategin.',
    'Arbetet tar avstamp i RUFS 2050.',
    'Vi arbetar i linje med länets utvecklingsstrategi.',
    'Programmet knyter an till Region Örebro läns regionala utvecklingsstrategi.',
  ])('rus: %s', (text) => {
    const c = link(text);
    expect(c.regionalLink).toBe('rus');
    expect(c.evidence.find((e) => e.aspect === 'regionalLink')?.page).toBe(3);
  });

  it.each([
    'Vi samverkar med grannkommunerna kring etableringar och kompetensförsörjning.',
    'Kommunen är en del av Business Region Göteborg och deltar i det gemensamma arbetet.',
    'Inom Skaraborgs kommunalförbund driver vi gemensamma frågor.',
    'Den mellankommunala samverkan i Umeåregionen är viktig för oss.',
    'Samverkan med kommunerna i närområdet är central för oss.',
    'Vi deltar i Södra Småland-samverkan för gemensam marknadsföring.',
    'Genom Fyrstadsregionen samarbetar vi med Trollhättan, Vänersborg och Uddevalla.',
    'Ett nära samarbete med kranskommunerna är nödvändigt eftersom arbetsmarknaden är gemensam.',
  ])('intermunicipal: %s', (text) => {
    expect(link(text).regionalLink).toBe('intermunicipal');
  });

  it('RUS wins when both appear', () => {
    const c = link('Vi samarbetar i Fyrbodal. Programmet utgår också från den regionala utvecklingsstrategin för Västra Götaland.');
    expect(c.regionalLink).toBe('rus');
  });

  it('none when the program speaks only of itself', () => {
    const c = link('Kommunen ska samarbeta med företagen och föreningarna i kommunen. Regionala frågor som infrastruktur är viktiga.');
    expect(c.regionalLink).toBe('none');
    expect(c.evidence.filter((e) => e.aspect === 'regionalLink')).toHaveLength(0);
  });

  it('records the named reference', () => {
    expect(link('Programmet bygger på Det öppna Skåne 2030.').details.regionalReference).toMatch(/Det öppna Skåne 2030/);
  });
});

describe('matchRegionalReference', () => {
  it('finds named strategies and collaborations from the reference data', () => {
    expect(matchRegionalReference('i linje med Värmlandsstrategin')).toEqual({ kind: 'rus', name: 'Värmlandsstrategin 2040' });
    expect(matchRegionalReference('inom Business Region Göteborg')?.kind).toBe('intermunicipal');
    expect(matchRegionalReference('Vi samverkar i Fyrbodal', '14')?.name).toBe('Fyrbodals kommunalförbund');
    expect(matchRegionalReference('Sjuhärad')?.name).toMatch(/Sjuhärads kommunalförbund/);
  });
  it('prefers RUS over a collaboration in the same text', () => {
    expect(matchRegionalReference('Göteborgsregionen och RUFS 2050')?.kind).toBe('rus');
  });
  it('ignores plain place names', () => {
    expect(matchRegionalReference('Västerbotten är stort och Jämtlands län är vackert')).toBeNull();
    expect(matchRegionalReference('')).toBeNull();
  });
});
