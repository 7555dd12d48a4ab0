/** sustainability as a perspective of its own vs a passing word; Agenda 2030 goals by number and name. */
import { describe, expect, it } from 'vitest';
import { classifyDocument } from './classify-document.ts';
import { BODY_PAGE, extracted } from './document-factory.ts';

function judge(text: string) {
  return classifyDocument(extracted(['Exempelby kommun\nNäringslivsprogram 2018–2022', BODY_PAGE, text]));
}

describe('sustainability', () => {
  it.each([
    'Hållbar utveckling\nKommunen ska bidra till en ekonomiskt, socialt och ekologiskt hållbar utveckling där företagen ställer om.',
    'Hållbarhet är ett genomgående perspektiv i strategin. Vi frågar oss vid varje insats hur den påverkar klimatet.',
    'Agenda 2030 och de globala målen är vägledande för hela näringslivsarbetet.',
    'Tre perspektiv ska genomsyra programmet: jämställdhet, mångfald och hållbar utveckling.',
    'Arbetet utgår från de tre dimensionerna av hållbarhet: ekonomisk, social och ekologisk.',
    'Klimat och miljö\nNäringslivet ska ställa om till fossilfrihet. Vi stöttar företag i omställningen och i cirkulära affärsmodeller.',
  ])('emphasised: %s', (text) => {
    const c = judge(text);
    expect(c.sustainability).toBe(true);
    expect(c.evidence.find((e) => e.aspect === 'sustainability')?.page).toBe(3);
  });
  it.each([
    'Vi vill skapa långsiktigt hållbara relationer med företagen.',
    'Strategin ska ge hållbar tillväxt i hela kommunen.',
    'Kommunen ska ha snabb handläggning av bygglov.',
  ])('not emphasised: %s', (text) => {
    expect(judge(text).sustainability).toBe(false);
  });
  it('agenda 2030 goals by number and by name', () => {
    const c = judge('Programmet bidrar till Agenda 2030, särskilt mål 8 och 9 samt mål 11. Även målet Jämställdhet (5) och Bekämpa klimatförändringarna är viktiga.');
    expect(c.details.agenda2030.mentioned).toBe(true);
    expect(c.details.agenda2030.goals).toEqual([5, 8, 9, 11, 13]);
  });
  it('numbers without the global goals are not goals', () => {
    const c = judge('Mål 1: fler företag. Mål 2: fler jobb.');
    expect(c.details.agenda2030).toEqual({ mentioned: false, goals: [] });
  });
});
