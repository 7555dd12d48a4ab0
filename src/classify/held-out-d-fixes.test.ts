/**
 * General rules added after the held-out corpus D (test/corpus-d): each case
 * is written anew here in other words and checks one rule, with a negative
 * twin where the rule could over-reach.
 */
import { describe, expect, it } from 'vitest';
import { classifyDocument } from './classify-document.ts';
import { extracted, BODY_PAGE } from './document-factory.ts';
import { buildTextModel } from './text-model.ts';
import { findTitle } from './title.ts';
import { measureShape, isListing } from './page-shape.ts';
import { judgeRegionalLink } from './regional-link.ts';
import { judgeActionPlan } from './action-plan.ts';
import { judgeGoals, judgeWrittenWithBusiness } from './details.ts';
import { translateEnglish } from './english-glossary.ts';

const page = (html: string) => extracted([html], { format: 'html', title: html.split('\n')[0] ?? null });

describe('a terse program web page with two sections and a verb-form follow-up heading', () => {
  const body = (note: string) => `Näringslivsprogram
${note}
Våra prioriteringar
Kortare väntan på bygglov, fler lärlingsplatser hos industrin och bättre vägar på landsbygden. Vi vill också att fler unga ska se en framtid som företagare i kommunen, och att handeln i centrum ska klara konkurrensen från nätet.
Så följer vi upp
Varje höst redovisas hur det gått, med kundundersökning och enkät till företagen.
Ladda ner programmet (pdf, 900 kB)`;

  it('is the program when the page dates itself', () => {
    const c = classifyDocument(page(body('Mora kommuns näringslivsprogram gäller 2021–2024 och visar vad kommunen lovar företagen.')));
    expect(c.isProgram).toBe(true);
    expect([c.validFrom, c.validTo]).toEqual([2021, 2024]);
  });

  it('stays a pointer page without a note of its own', () => {
    const c = classifyDocument(page(body('Här presenterar vi kort innehållet i programmet.')));
    expect(c.isProgram).toBe(false);
  });
});

describe('an adoption in the active voice is a program page\'s own note, not on a news page', () => {
  const body = (first: string, extra = '') => `Strategi för näringslivsutveckling 2022–2026
${first}
Mål
Minst 90 nystartade företag per år och ett nöjd-kund-index på 75.
Samverkan
Vi arbetar med grannkommunerna i det gemensamma näringslivsrådet. Där möts tjänstepersoner och företagare fyra gånger om året för att planera insatser för kompetens, mark och infrastruktur.
${extra}
Strategin (pdf)`;

  it('is the program', () => {
    const c = classifyDocument(page(body('Vimmerby kommun antog i kommunfullmäktige den 3 mars 2022 en strategi för näringslivsutveckling som ska göra det lättare att driva företag här i hela kommunen.')));
    expect(c.isProgram).toBe(true);
  });

  it('is not, when the page carries news marks', () => {
    const c = classifyDocument(page(body('Vimmerby kommun antog i kommunfullmäktige den 3 mars 2022 en strategi för näringslivsutveckling som ska göra det lättare att driva företag här i hela kommunen.', 'Publicerad 2022-03-04')));
    expect(c.isProgram).toBe(false);
  });
});

describe('a company working for member municipalities issues its own program', () => {
  const doc = (issuer: string) =>
    extracted([`Tillväxtprogram för Mälardalen 2024–2028\n${issuer}\nOm programmet\nProgrammet beskriver hur näringslivet i regionen ska stärkas.`, BODY_PAGE]);

  it('is not a municipal program when a company is the issuer', () => {
    expect(classifyDocument(doc('Business Region Mälardalen AB på uppdrag av ägarkommunerna')).isProgram).toBe(false);
  });

  it('a municipality that names its business region on the cover keeps its program', () => {
    expect(classifyDocument(doc('Eskilstuna kommun, antaget av kommunfullmäktige 2024-02-01')).isProgram).toBe(true);
  });
});

describe('a running header "X KOMMUN name" does not beat the cover line that names the document', () => {
  it('chooses the full name', () => {
    const m = buildTextModel(['SKARA KOMMUN Näringslivsprogram 2019–2022\nNäringslivsprogram för Skara kommun 2019–2022\nAntaget av kommunfullmäktige 2019-01-28']);
    expect(findTitle(m, null, 'pdf').title).toBe('Näringslivsprogram för Skara kommun 2019–2022');
  });

  it('keeps a municipality-prefixed name when nothing better names the document', () => {
    const m = buildTextModel(['Skara kommun Näringslivsprogram\nInledning\nHär beskriver vi arbetet.']);
    expect(findTitle(m, null, 'pdf').title).toBe('Skara kommun Näringslivsprogram');
  });
});

describe('part headings and the own adoption note are not entries of a document list', () => {
  it('a short program split in "Del 1 / Del 2" is no listing', () => {
    const m = buildTextModel([
      'Näringslivsstrategi för Eda kommun 2020–2023\nDel 1 Strategi\nDel 2 Handlingsplan\nAntagen av kommunfullmäktige 2020-01-30',
      'Del 1 Strategi\nEda ska ha fler företag.',
      'Del 2 Handlingsplan\nAktivitet | Ansvar | Tidplan\nFöretagsbesök | Näringslivschef | 2020',
    ]);
    expect(isListing(measureShape(m, 60))).toBe(false);
  });

  it('a real document list still is', () => {
    const m = buildTextModel(['Styrdokument\nAvfallsplan 2022\nNäringslivsprogram 2021–2025\nKulturprogram\nUpphandlingspolicy\nMiljöstrategi\nBostadsprogram']);
    expect(isListing(measureShape(m, 20))).toBe(true);
  });
});

describe('a range told in the past tense is history, not the program\'s period', () => {
  const doc = (sentence: string) =>
    extracted([`Näringslivsprogram för Osby kommun\nAntaget av kommunfullmäktige 2021-05-10\nProgrammet gäller tills vidare.`, `Näringslivet i siffror\n${sentence}\nVision\nOsby ska vara en bra kommun för företag.`]);

  it('ignores statistics', () => {
    const c = classifyDocument(doc('Under perioden 2009–2015 etablerades i genomsnitt 30 nya företag per år.'));
    expect([c.validFrom, c.validTo]).toEqual([2021, null]);
  });

  it('still reads a period in the present tense', () => {
    const c = classifyDocument(extracted([`Näringslivsprogram för Osby kommun\nAntaget av kommunfullmäktige 2021-05-10\nUnder perioden 2021–2025 arbetar kommunen med fyra fokusområden.`, BODY_PAGE]));
    expect([c.validFrom, c.validTo]).toEqual([2021, 2025]);
  });
});

describe('named collaborations in the genitive or as a capitalised compound are inter-municipal links', () => {
  const link = (sentence: string) => judgeRegionalLink(buildTextModel([`Näringslivspolicy\nKommunen ska ge snabba besked.\n${sentence}`])).regionalLink;

  it('reads the genitive of a named region with joint work', () => {
    expect(link('Vi tar aktiv del i Skellefteåregionens gemensamma arbete med etableringar.')).toBe('intermunicipal');
  });

  it('reads a capitalised collaboration compound inside a sentence', () => {
    expect(link('Kommunen driver frågan om kompetens inom det gemensamma Siljanssamarbetet.')).toBe('intermunicipal');
  });

  it('a generic compound at the start of a sentence is no name', () => {
    expect(link('Näringslivssamverkan är viktig för oss.')).toBe('none');
  });
});

describe('a wrapped line of running text is not an action-plan heading', () => {
  const plan = (line: string) =>
    judgeActionPlan(
      buildTextModel([
        `Strategi för tillväxt\nVi vill att alla ska kunna bidra till utvecklingen och\n${line}\nkommunens arbete ska ledas av kommunstyrelsen, näringslivsenheten och\nsamhällsbyggnadsförvaltningen under 2021 och 2022.\nVarje år upprättas en aktivitetsplan som beslutas av kommunstyrelsen.`,
      ]),
    ).actionPlan;

  it('a line ending on a preposition continues the sentence', () => {
    expect(plan('framtiden. Därför samordnas alla insatser i')).toBe('linked');
  });

  it('a numbered heading still opens an action section', () => {
    expect(plan('3. Insatser')).toBe('included');
  });
});

describe('measurable goals in words and in the active voice', () => {
  const goals = (text: string) => judgeGoals(buildTextModel([`Näringslivsprogram\n${text}`])).value.measurable;

  it('a target with a number word is measurable', () => {
    expect(goals('Mål\nVi ska svara företagen inom högst fem arbetsdagar.')).toBe(true);
  });

  it('a horizon of years is not a target', () => {
    expect(goals('Mål\nVi ska ha mark planerad för minst fem år framåt.')).toBe(false);
  });

  it('"vi mäter … med" names a yardstick', () => {
    expect(goals('Så vet vi att det går bra\nVi mäter servicen med nöjd kund-index varje år.')).toBe(true);
  });
});

describe('meetings held at companies count as writing the program with business', () => {
  const withBusiness = (sentence: string) => judgeWrittenWithBusiness(buildTextModel([`Näringslivsprogram\n${sentence}`])).value;

  it('past meetings at companies', () => {
    expect(withBusiness('Under våren genomförde vi nio samtal hos lokala företag, och de har format programmet.')).toBe(true);
  });

  it('planned visits are not participation', () => {
    expect(withBusiness('Kommunen ska göra fler besök hos företag.')).toBe(false);
  });
});

describe('English word order "the 2030 Agenda" is Agenda 2030', () => {
  it('translates it', () => {
    expect(translateEnglish('Our goals are linked to the 2030 Agenda, in particular Goal 9.')).toContain('Agenda 2030');
  });
});

describe('a text file whose first-line name wraps onto a "för …" line', () => {
  it('keeps the wrapped part in the title', () => {
    const m = buildTextModel(['Näringslivs- och tillväxtstrategi\nför Ljungby kommun\nStrategin gäller 2020–2023.']);
    expect(findTitle(m, 'Näringslivs- och tillväxtstrategi', 'text').title).toBe('Näringslivs- och tillväxtstrategi för Ljungby kommun');
  });

  it('does not join an unrelated next line', () => {
    const m = buildTextModel(['Näringslivsstrategi\nInledning\nStrategin gäller 2020–2023.']);
    expect(findTitle(m, 'Näringslivsstrategi', 'text').title).toBe('Näringslivsstrategi');
  });
});

describe('an annual plan that covers the year of its name', () => {
  const doc = (sentence: string) => extracted([`Näringslivsplan 2025\nBeslutad i kommunstyrelsen 2025-01-20\n${sentence}`, BODY_PAGE]);

  it('is valid that one year', () => {
    const c = classifyDocument(doc('Planen beskriver kommunens näringslivsarbete under 2025.'));
    expect([c.validFrom, c.validTo]).toEqual([2025, 2025]);
  });

  it('stays open-ended when the text does not say so', () => {
    const c = classifyDocument(doc('Planen beskriver kommunens näringslivsarbete.'));
    expect([c.validFrom, c.validTo]).toEqual([2025, null]);
  });
});
