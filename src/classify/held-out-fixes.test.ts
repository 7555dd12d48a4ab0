/**
 * General rules added after the held-out corpus B (test/corpus-b): each case
 * is written anew here in different words and checks one rule, so a rule
 * that only matched the corpus's sentences would fail.
 */
import { describe, expect, it } from 'vitest';
import { classifyDocument } from './classify-document.ts';
import { extracted } from './document-factory.ts';
import { buildTextModel } from './text-model.ts';
import { goalSectionSentences, judgeGoals, judgeWrittenWithBusiness, judgeYearlyActivities } from './details.ts';
import { judgeActionPlan } from './action-plan.ts';
import { findAdoption } from './adoption.ts';
import { coverVisionYear } from './validity.ts';
import { hasProgramBody, measureShape } from './page-shape.ts';

const model = (text: string) => buildTextModel([text]);

describe('a compound definite subject is the document speaking of itself, not news', () => {
  it('"Företagarpolicyn … antogs av kommunstyrelsen" in a short docx is the policy', () => {
    const c = classifyDocument(
      extracted(
        [
          `Företagarpolicy för Bergsjö kommun 2022 till 2026
Företagarpolicyn gäller från 2022 till 2026 och antogs av kommunstyrelsen 2021-11-30, § 180.
Bakgrund
Bergsjö har ett näringsliv med många små företag inom skog, bygg och handel, och flera av dem har svårt att rekrytera.
Vad vi lovar
Vi svarar inom två arbetsdagar och har en kontaktperson för varje etablering.
Så togs policyn fram
Policyn har tagits fram efter en enkät till ortens företag och möten med företagarföreningen.`,
        ],
        { format: 'docx' },
      ),
    );
    expect(c.isProgram).toBe(true);
    expect(c.details.adoptedBy).toBe('kommunstyrelsen');
    expect([c.validFrom, c.validTo]).toEqual([2022, 2026]);
  });

  it('a real news text about an adopted program is still news', () => {
    const c = classifyDocument(
      extracted([`Nytt näringslivsprogram klart
Publicerad 3 maj 2022
I måndags antogs det nya näringslivsprogrammet av kommunfullmäktige. – Vi är glada, säger kommunstyrelsens ordförande. Läs programmet på webben.`], { format: 'html' }),
    );
    expect(c.isProgram).toBe(false);
  });
});

describe('a terse program text with its own formal adoption note is the program', () => {
  it('a plain-text program of under 120 words with "Fastställd av kommunfullmäktige … §" in the head', () => {
    const c = classifyDocument(
      extracted(
        [
          `Näringslivsstrategi
Fastställd av kommunfullmäktige 2018-03-12 § 31
Strategin gäller t.o.m. 2021.
Ånge har ett näringsliv byggt på skog, energi och transporter.
Tre områden prioriteras:
  1. Bemötande
  2. Mark för etableringar
  3. Kompetens
Strategin är framtagen med ortens företagare på två frukostmöten.`,
        ],
        { format: 'text' },
      ),
    );
    expect(c.isProgram).toBe(true);
    expect(c.validTo).toBe(2021);
  });

  it('without such a note a short text naming a program stays a web notice', () => {
    const c = classifyDocument(extracted([`Näringslivsstrategi
Kommunen arbetar med en näringslivsstrategi. Den beskriver hur vi stöttar företagen i kommunen med service och mark. Kontakta näringslivsenheten om du har frågor om strategin eller vill boka ett möte.`], { format: 'text' }));
    expect(c.isProgram).toBe(false);
  });
});

describe('a federation named alone on the cover is the issuer of a joint strategy', () => {
  it('"X kommunalförbund" under the title and a decision of the förbundsstämma', () => {
    const c = classifyDocument(
      extracted([`Näringslivsstrategi för Norra Dalen 2021–2028
Norra Dalens kommunalförbund
Beslutad av förbundsstämman 2020-10-02
Inledning
De fem kommunerna har gemensamt tagit fram strategin för att stärka näringslivet i hela dalgången. Varje kommun ansvarar för sitt lokala näringslivsprogram.
Prioriteringar
Industrins kompetensförsörjning och besöksnäringen.`]),
    );
    expect(c.isProgram).toBe(false);
    expect(c.details.documentKind).toBe('joint_strategy');
  });
});

describe('web-page program structure', () => {
  it('a "Därför …" opening and a collaboration section count as a program\'s parts', () => {
    const html = `Tillväxtprogram 2022–2025
Kommunfullmäktige antog programmet den 9 maj 2022.
Därför behöver vi ett tillväxtprogram
Vi växer, och fler företag vill etablera sig längs stambanan. Programmet visar hur kommunen ska ta vara på det läget och vad vi prioriterar under perioden fram till 2025.
Tre målområden
Service: företagens nöjdhet med kommunens service ska vara minst 70. Mark: nya verksamhetsområden ska planläggas vid stationen. Kompetens: fler unga ska möta företagen redan i skolan.
Samarbete med grannkommunerna
Vi samverkar med de fyra grannkommunerna om etableringar och marknadsföring. Tillsammans är vi en arbetsmarknad med över 60 000 invånare, och de flesta företag rekryterar i hela området. Därför planerar vi mark, pendling och utbildning gemensamt där det går, och vi delar på kostnaden för att visa upp området för investerare och nya invånare.
Handlingsplan
Programmet följs av en handlingsplan med aktiviteter. Den finns som bilaga (pdf, 300 kB).`;
    const shape = measureShape(model(html), 180);
    expect(shape.structure).toEqual(expect.arrayContaining(['inledning', 'samverkan', 'områden', 'aktiviteter']));
    expect(hasProgramBody(shape)).toBe(true);
    // Without those two sections the same page would read as a summary that points to a PDF.
    const bare = measureShape(model(html.replace(/^Därför.*$/mu, 'Om oss').replace(/^Samarbete.*$/mu, 'Mer')), 180);
    expect(hasProgramBody(bare)).toBe(false);
  });
});

describe('adoption notes name the document in a compound', () => {
  it('"Tillväxtprogrammet antogs av kommunfullmäktige i mars 2019 (KF 2019-03-25 § 40)."', () => {
    const a = findAdoption(model(`Om programmet
Tillväxtprogrammet antogs av kommunfullmäktige i mars 2019 (KF 2019-03-25 § 40) och ersätter det tidigare programmet från 2014 som inte längre gäller.`));
    expect(a.adoptedBy).toBe('kommunfullmäktige');
    expect(a.year).toBe(2019);
  });
});

describe('details', () => {
  it('a target listed under a goal heading is measurable without the word "mål" in it', () => {
    const m = model(`Mål och uppföljning
Minst 85 procent av bygglovsärendena ska avgöras inom tio veckor.
Kommunen ska nå plats 90 i företagsklimatmätningen.`);
    expect(goalSectionSentences(m).size).toBeGreaterThan(0);
    expect(judgeGoals(m).value.measurable).toBe(true);
  });

  it('activities under a goal-area heading are not goals', () => {
    const m = model(`Målområde etablering
- Genomföra minst 40 företagsbesök per år tillsammans med politiker - näringslivsenheten, löpande
- Ordna två mässor under perioden - kommunikationsavdelningen, 2025`);
    expect(judgeGoals(m).value.measurable).toBe(false);
  });

  it('"tillhöra de 25 bästa" and "bland de 60 bästa" are measurable targets', () => {
    expect(judgeGoals(model('Målet är att kommunen ska tillhöra de 25 bästa i länet i företagsklimatenkäten.')).value.measurable).toBe(true);
  });

  it('"ett hundratal företag" are business actors in the drafting process', () => {
    expect(judgeWrittenWithBusiness(model('Programmet har tagits fram i samtal med ett hundratal företag under våren 2021.')).value).toBe(true);
  });

  it('year lines that carry the activities ("Åtgärder 2024: …", "Åtgärder 2025: …") are a yearly breakdown', () => {
    const m = model(`Genomförande
Åtgärder 2024: ny webbplats för företagare, två företagsfrukostar.
Åtgärder 2025: planarbete för verksamhetsområde öster.`);
    expect(judgeYearlyActivities(m).value).toBe(true);
  });

  it('a single such line is not a breakdown per year', () => {
    expect(judgeYearlyActivities(model('Åtgärder 2024: ny webbplats för företagare.')).value).toBe(false);
  });
});

describe('action plans said not to exist', () => {
  it('"Någon särskild handlingsplan upprättas inte" is no action plan', () => {
    const r = judgeActionPlan(model('Genomförande\nProgrammet genomförs i förvaltningarnas ordinarie verksamhetsplaner. Någon särskild handlingsplan upprättas inte.'));
    expect(r.actionPlan).toBe('none');
  });

  it('"Ingen handlingsplan finns ännu, men en tas fram under 2024" still mentions none made', () => {
    expect(judgeActionPlan(model('Ingen handlingsplan finns ännu.')).actionPlan).toBe('none');
  });

  it('a plan that is referred to is still linked', () => {
    expect(judgeActionPlan(model('Programmet kompletteras med en handlingsplan som beslutas av kommunstyrelsen.')).actionPlan).toBe('linked');
  });
});

describe('validity from a cover subtitle', () => {
  it('"– på väg mot Vision 2035" under a year-less name gives the target year', () => {
    expect(coverVisionYear(model('Näringslivsstrategi\nLjungdalen – på väg mot Vision 2035\nAntagen av kommunfullmäktige 2021-02-22'))).toBe(2035);
    const c = classifyDocument(
      extracted([
        `Näringslivsstrategi
Ljungdalen – på väg mot Vision 2035
Antagen av kommunfullmäktige 2021-02-22 § 12`,
        `Inledning
Ljungdalens kommun vill att fler företag ska starta och växa här. Strategin visar vägen för kommunens näringslivsarbete.
Fokusområden
Service, mark och kompetens är kommunens tre fokusområden för näringslivet.`,
      ]),
    );
    expect([c.validFrom, c.validTo]).toEqual([2021, 2035]);
  });

  it('a vision year deep in the body is not taken from the cover', () => {
    expect(coverVisionYear(model('Näringslivsstrategi\nAntagen 2021\nInledning\nText.\nMer text.\nI kommunens Vision 2040 står det att vi ska växa.'))).toBeNull();
  });
});
