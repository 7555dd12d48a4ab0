/** Details: adoption, written with business, yearly activities, goals and indicators. */
import { describe, expect, it } from 'vitest';
import { classifyDocument } from './classify-document.ts';
import { BODY_PAGE, extracted } from './document-factory.ts';

function judge(cover: string, text: string) {
  return classifyDocument(extracted([`Exempelby kommun\nNäringslivsprogram 2018–2022\n${cover}`, BODY_PAGE, text]));
}

describe('adoption', () => {
  it.each([
    ['Antagen av kommunfullmäktige 2017-03-27 § 45', 'kommunfullmäktige', '2017-03-27'],
    ['Beslutad i KF den 27 mars 2017', 'kommunfullmäktige', '2017-03-27'],
    ['Fastställd av kommunstyrelsen 2016-05-10', 'kommunstyrelsen', '2016-05-10'],
    ['Ansvarig nämnd: kommunfullmäktige. Antagen 2020-06-11.', 'kommunfullmäktige', '2020-06-11'],
    ['Antagen av tillväxtnämnden 2012-09-01', 'tillväxtnämnden', '2012-09-01'],
    ['Antagen av kommunstyrelsens arbetsutskott 2015-11-03', 'kommunstyrelsens arbetsutskott', '2015-11-03'],
  ])('%s', (line, by, date) => {
    const c = judge(line, '');
    expect(c.details.adoptedBy).toBe(by);
    expect(c.details.adoptedDate).toBe(date);
    expect(c.evidence.find((e) => e.aspect === 'adoption')?.page).toBe(1);
  });
  it('a proposal is not an adoption', () => {
    expect(judge('Kommunstyrelsen föreslås anta programmet', '').details.adoptedBy).toBeNull();
  });
});

describe('writtenWithBusiness', () => {
  it.each([
    'Programmet har tagits fram i dialog med näringslivet.',
    'Under våren genomfördes fyra workshops med drygt 80 företagare.',
    'Företagarna har varit delaktiga från start och näringslivsrådet har lämnat synpunkter.',
    'Vi har intervjuat ett trettiotal företagare om vad som är viktigast för dem.',
    'Näringslivsrådet har fungerat som referensgrupp under framtagandet.',
    'Under arbetet med programmet har vi träffat företagare på frukostmöten och genomfört en webbenkät som 312 företag besvarade.',
  ])('yes: %s', (text) => {
    const c = judge('', text);
    expect(c.details.writtenWithBusiness).toBe(true);
    expect(c.evidence.find((e) => e.aspect === 'businessParticipation')?.page).toBe(3);
  });
  it.each([
    'Programmet har tagits fram av näringslivsenheten på uppdrag av kommunstyrelsen.',
    'Vi ska föra en löpande dialog med företagarna.',
  ])('no: %s', (text) => {
    expect(judge('', text).details.writtenWithBusiness).toBe(false);
  });
});

describe('yearlyActivities', () => {
  it.each([
    'Strategin bryts ned i årliga handlingsplaner.',
    'Varje år tas en ny aktivitetsplan fram.',
    'Aktiviteterna redovisas per år i bilagan.',
    'Aktiviteter år för år\nÅr 2019\nFöretagsbesök\nÅr 2020\nFöretagsgala\nÅr 2021\nEtableringsguide',
  ])('yes: %s', (text) => {
    expect(judge('', text).details.yearlyActivities).toBe(true);
  });
  it('no', () => {
    expect(judge('', 'Programmet följs upp vid halvtid.').details.yearlyActivities).toBe(false);
  });
});

describe('goals', () => {
  it('measurable result goals with named indicators', () => {
    const c = judge('', 'Mål\nKommunen ska nå topp 50 i Svenskt Näringslivs ranking av företagsklimatet. Antalet nystartade företag ska öka med 10 procent. NKI för företagsservice ska vara minst 75.');
    expect(c.details.goals.present).toBe(true);
    expect(c.details.goals.measurable).toBe(true);
    expect(c.details.goals.kinds).toContain('result');
    expect(c.details.goals.indicators).toEqual(expect.arrayContaining(['Svenskt Näringslivs ranking', 'NKI', 'antal nystartade företag']));
  });
  it('process goals, not measurable', () => {
    const c = judge('', 'Processmål\nVi ska arbeta för ett bättre bemötande och tydligare information till företagen.');
    expect(c.details.goals.present).toBe(true);
    expect(c.details.goals.measurable).toBe(false);
    expect(c.details.goals.kinds).toEqual(['process']);
  });
});
