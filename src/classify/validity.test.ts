/** Validity years in the many ways Swedish programs state them; revision and print dates are not validity. */
import { describe, expect, it } from 'vitest';
import { classifyDocument } from './classify-document.ts';
import { BODY_PAGE, extracted } from './document-factory.ts';

function years(coverLines: string, text = ''): [number | null, number | null, boolean] {
  const c = classifyDocument(extracted([`Exempelby kommun\n${coverLines}`, `${text}\n${BODY_PAGE}`]));
  expect(c.isProgram).toBe(true);
  return [c.validFrom, c.validTo, c.details.validUntilFurtherNotice];
}

describe('validity', () => {
  it('range in the title, any dash', () => {
    expect(years('Näringslivsprogram 2016–2020')).toEqual([2016, 2020, false]);
    expect(years('Näringslivsprogram 2016-2020')).toEqual([2016, 2020, false]);
    expect(years('Tillväxtstrategi 2020 – 2030')).toEqual([2020, 2030, false]);
  });
  it('period sentences in the text', () => {
    expect(years('Näringslivsprogram', 'Programmet gäller för perioden 2019–2022.')).toEqual([2019, 2022, false]);
    expect(years('Näringslivsprogram', 'Strategin sträcker sig från 2021 till 2025.')).toEqual([2021, 2025, false]);
    expect(years('Näringslivsprogram', 'Programmet gäller från den 1 januari 2017 till den 31 december 2020.')).toEqual([2017, 2020, false]);
    expect(years('Näringslivsprogram\nGiltighetstid: 2014-01-01 – 2018-12-31')).toEqual([2014, 2018, false]);
  });
  it('"gäller t.o.m." with adoption year as start', () => {
    expect(years('Näringslivsstrategi\nAntagen av kommunfullmäktige 2020-06-11, § 19', 'Strategin gäller t.o.m. 2030.')).toEqual([2020, 2030, false]);
    expect(years('Näringslivsstrategi\nBeslutsdatum: 2014-02-10 av kommunfullmäktige\nGiltig till: 2018-12-31')).toEqual([2014, 2018, false]);
  });
  it('"gäller tills vidare" has no end year', () => {
    expect(years('Program för näringslivet\nKommunfullmäktige antog programmet den 19 mars 2008 (§ 14).', 'Programmet gäller tills vidare.')).toEqual([2008, null, true]);
  });
  it('mandate period without years follows the adoption date', () => {
    expect(years('Näringslivsprogram\nBeslutad av kommunfullmäktige 2016-05-04 (§ 179)', 'Programmet ska gälla under innevarande mandatperiod.')).toEqual([2015, 2018, false]);
    expect(years('Näringslivsprogram\nAntaget av KF 2019-02-25', 'Programmet gäller för mandatperioden.')).toEqual([2019, 2022, false]);
  });
  it('target year in the name, with and without adoption', () => {
    expect(years('Näringslivsstrategi 2030\nAntagen av kommunfullmäktige 2020-09-14')).toEqual([2020, 2030, false]);
    expect(years('Vision 2030 – näringslivsprogram\nKF 2021-03-01 § 12 antagen')).toEqual([2021, 2030, false]);
  });
  it('adoption year alone gives the start', () => {
    expect(years('Näringslivspolicy\nFastställd av kommunstyrelsen den 3 maj 2016')).toEqual([2016, null, false]);
  });
  it('revision and print dates are not validity', () => {
    expect(years('Näringslivsprogram\nAntagen av kommunfullmäktige 2017-03-27', 'Programmet ska revideras senast 2024. Tryck: 2017.')).toEqual([2017, null, false]);
  });
  it('other documents’ periods (RUS, statistics) do not leak in', () => {
    const got = years('Näringslivsprogram\nAntagen av kommunfullmäktige 2018-02-12', 'Programmet utgår från den regionala utvecklingsstrategin 2014–2030. Mellan åren 2010–2015 ökade antalet företag med 12 procent.');
    expect(got).toEqual([2018, null, false]);
  });
  it('cites the page that states the period', () => {
    const c = classifyDocument(extracted(['Exempelby kommun\nNäringslivsprogram', BODY_PAGE, 'Giltighet\nProgrammet gäller under perioden 2019–2023 och följs upp årligen.']));
    expect([c.validFrom, c.validTo]).toEqual([2019, 2023]);
    expect(c.evidence.find((e) => e.aspect === 'validity')?.page).toBe(3);
  });
});
