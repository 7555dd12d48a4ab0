/** actionPlan: included (a section with activities, owners and times), linked (a separate plan), none. */
import { describe, expect, it } from 'vitest';
import { classifyDocument } from './classify-document.ts';
import { BODY_PAGE, extracted } from './document-factory.ts';

function plan(...pages: string[]) {
  return classifyDocument(extracted(['Exempelby kommun\nNäringslivsprogram 2018–2022', BODY_PAGE, ...pages]));
}

describe('actionPlan', () => {
  it('included: a table with activity, owner and time', () => {
    const c = plan('Aktivitetsplan\nAktivitet Ansvarig Klart\nInföra en företagslots Kommundirektören Q1\nFrukostmöten för företagare Näringslivsenheten Q3\nSe över öppettider Kommunledningskontoret Löpande');
    expect(c.actionPlan).toBe('included');
    expect(c.evidence.filter((e) => e.aspect === 'actionPlan').map((e) => e.page)).toEqual([3, 3]);
  });
  it('included: activity lines with owners and years', () => {
    const c = plan('Åtgärder och ansvar\nGenomföra 60 företagsbesök per år – Näringslivsenheten, påbörjas 2019\nStarta samarbete om praktikplatser – Utbildningsförvaltningen, löpande\nTa fram en etableringsguide – Kommunikationsenheten, klart 2020');
    expect(c.actionPlan).toBe('included');
  });
  it('included: an appendix action plan with "Ansvarig:" lines', () => {
    const c = plan('Bilaga 1. Handlingsplan\nHandlingsplanen är en del av programmet.\n– Utveckla e-tjänster för tillstånd. Ansvarig: Kommunikationsenheten. Klart senast: december 2020.\n– Ta fram en etableringsguide. Ansvarig: Näringslivsenheten. Klart senast: juni 2021.');
    expect(c.actionPlan).toBe('included');
  });
  it.each([
    'En handlingsplan tas fram årligen av näringslivsenheten.',
    'Programmet kompletteras med en aktivitetsplan som beslutas av kommunstyrelsen.',
    'Se bilaga Handlingsplan 2018 för de konkreta åtgärderna.',
    'Till strategin hör en separat genomförandeplan.',
  ])('linked: %s', (text) => {
    const c = plan(`Genomförande\n${text}`);
    expect(c.actionPlan).toBe('linked');
    expect(c.evidence.find((e) => e.aspect === 'actionPlan')?.page).toBe(3);
  });
  it('a heading "Handlingsplan" over a promise only is linked, not included', () => {
    expect(plan('Handlingsplan\nEn handlingsplan med aktiviteter tas fram av kommunstyrelsen efter att programmet antagits.').actionPlan).toBe('linked');
  });
  it('none', () => {
    expect(plan('Uppföljning\nProgrammet följs upp i kommunens ordinarie uppföljning.').actionPlan).toBe('none');
  });
});
