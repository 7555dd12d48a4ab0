/**
 * Action plans as programs carry them: a section inside the document
 * (included), a reference to a separate plan (linked), or neither. The
 * 'yearly' flag marks wordings that break activities down per year.
 */
import type { Ctx } from './context.ts';

export interface ActionPlanWording {
  kind: 'included' | 'linked' | 'none';
  yearly: boolean;
  text: (c: Ctx) => string[];
}

/** Concrete activities with who does them; combined into included action plans. */
const ACTIVITIES: Array<[string, string]> = [
  ['Genomföra minst 60 företagsbesök per år tillsammans med politiker', 'Näringslivsenheten'],
  ['Införa en företagslots för alla tillståndsärenden som rör fler än en förvaltning', 'Kommundirektören'],
  ['Ta fram en markberedskapsplan med minst 10 hektar planlagd verksamhetsmark', 'Samhällsbyggnadsförvaltningen'],
  ['Arrangera en årlig företagsgala med utdelning av lokala priser', 'Näringslivsenheten och företagarföreningen'],
  ['Erbjuda utbildning i service och bemötande för handläggare på bygg- och miljöavdelningen', 'HR-avdelningen'],
  ['Starta ett samarbete mellan gymnasieskolan och lokala industriföretag om praktikplatser', 'Utbildningsförvaltningen'],
  ['Följa upp handläggningstider för bygglov och livsmedelstillstånd varje kvartal', 'Bygg- och miljönämnden'],
  ['Genomföra frukostmöten för företagare sex gånger per år', 'Näringslivsenheten'],
  ['Utveckla webbplatsens företagssidor med e-tjänster för tillstånd', 'Kommunikationsenheten'],
  ['Införa dialogmöten inför större upphandlingar', 'Upphandlingsenheten'],
  ['Kartlägga behovet av bredband i företagstäta landsbygdsområden', 'Tekniska förvaltningen'],
  ['Ta fram en etableringsguide på svenska och engelska', 'Näringslivsenheten'],
  ['Inleda samarbete med Ung Företagsamhet för UF-företag på gymnasiet', 'Utbildningsförvaltningen'],
  ['Se över öppettider och tillgänglighet i kommunens kontaktcenter', 'Kommunledningskontoret'],
  ['Genomföra en årlig enkät om företagsklimatet till ett urval av företagen', 'Näringslivsenheten'],
  ['Utveckla centrumföreningens arbete med evenemang i centrum', 'Kultur- och fritidsförvaltningen'],
  ['Detaljplanelägga nytt verksamhetsområde vid trafikplatsen', 'Plan- och byggenheten'],
  ['Ta fram en besöksnäringsanalys tillsammans med turistföretagen', 'Turistbyrån'],
  ['Erbjuda nystartade företag ett uppföljningsbesök inom sex månader', 'Nyföretagarcentrum och näringslivsenheten'],
  ['Utbilda chefer i kommunen om företagens villkor', 'Kommundirektören'],
];

function pick(offset: number, n: number): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = 0; i < n; i++) out.push(ACTIVITIES[(offset + i * 3) % ACTIVITIES.length]!);
  return out;
}

/** Included action plans: a heading and activities with who and when. */
export const INCLUDED_WORDINGS: ActionPlanWording[] = [
  { kind: 'included', yearly: true, text: (c) => [`# Handlingsplan ${c.from}–${c.to}`, `Handlingsplanen visar vilka aktiviteter som genomförs varje år under programperioden, vem som ansvarar och när aktiviteten ska vara klar.`, ...[c.from, c.from + 1, c.from + 2].flatMap((y, i) => [`${y}:`, ...pick(i * 2, 2).map(([a, r]) => `• ${a}. Ansvar: ${r}.`)])] },
  { kind: 'included', yearly: false, text: () => ['# Aktivitetsplan', 'Aktivitet | Ansvarig | Klart', ...pick(1, 5).map(([a, r], i) => `${a} | ${r} | ${['Q1', 'Q2', 'Q3', 'Q4', 'Löpande'][i]}`)] },
  { kind: 'included', yearly: false, text: (c) => ['# Åtgärder', `För att nå målen i ${c.full} genomförs följande åtgärder. Ansvarig förvaltning redovisar status till kommunstyrelsen två gånger per år.`, ...pick(3, 6).map(([a, r], i) => `Åtgärd ${i + 1}: ${a}. Ansvarig: ${r}. Tidplan: ${c.from + (i % 3)}.`)] },
  { kind: 'included', yearly: true, text: (c) => [`# Aktiviteter år för år`, ...[0, 1, 2, 3].flatMap((d) => [`År ${c.from + d}`, ...pick(d * 4, 2).map(([a, r]) => `${a} (${r.toLowerCase()})`)])] },
  { kind: 'included', yearly: false, text: (c) => ['# Bilaga 1. Handlingsplan', 'Handlingsplanen är en del av programmet och revideras vid behov av kommunstyrelsen.', ...pick(5, 4).map(([a, r]) => `– ${a}. Ansvarig: ${r}. Klart senast: december ${c.to - 1}.`)] },
  { kind: 'included', yearly: false, text: () => ['# Åtgärder och ansvar', 'Målområde Företagsklimat', ...pick(0, 2).map(([a, r]) => `${a} – ${r}, påbörjas under första året`), 'Målområde Kompetensförsörjning', ...pick(5, 2).map(([a, r]) => `${a} – ${r}, löpande`)] },
  { kind: 'included', yearly: true, text: (c) => [`# Aktivitetsplan ${c.from}`, `Aktivitetsplanen gäller för ${c.from} och ersätts varje år av en ny plan som beslutas av kommunstyrelsen i samband med budgeten.`, ...pick(7, 5).map(([a, r], i) => `${i + 1}. ${a}. Ansvarig: ${r}. Tid: ${['januari–mars', 'våren', 'hösten', 'hela året', 'november'][i]} ${c.from}.`)] },
  { kind: 'included', yearly: false, text: () => ['# Så genomför vi programmet – insatser', 'Tabellen visar insatserna, vem som äger dem och när de ska vara genomförda.', 'Insats | Ägare | Tidpunkt', ...pick(9, 5).map(([a, r], i) => `${a} | ${r} | ${['2 kvartalet', 'årligen', 'inom ett år', 'löpande', 'senast år två'][i]}`)] },
  { kind: 'included', yearly: false, text: (c) => ['# Handlingsplan', `Följande aktiviteter är prioriterade under ${c.doc}s giltighetstid.`, ...pick(11, 4).map(([a, r]) => `${a}.\nAnsvar: ${r}\nTidsram: ${c.from}–${c.to}`)] },
  { kind: 'included', yearly: true, text: (c) => ['# Åtgärdsplan per år', ...[0, 1, 2].flatMap((d) => [`Åtgärder ${c.from + d}`, ...pick(d * 5 + 2, 3).map(([a, r]) => `○ ${a} – ${r}`)]), 'Planen stäms av i december varje år.'] },
  { kind: 'included', yearly: false, text: () => ['# Aktiviteter', 'Aktiviteterna nedan är kopplade till målområdena. Kommunstyrelsen ansvarar för att de genomförs.', ...pick(13, 5).map(([a, r]) => `${a}. Genomförs av ${r.toLowerCase()} under programperioden; start senast andra året.`)] },
  { kind: 'included', yearly: true, text: (c) => [`# Handlingsplan – prioriterade aktiviteter ${c.from} och ${c.from + 1}`, `Prioriterat ${c.from}:`, ...pick(2, 3).map(([a, r]) => `${a}. (${r})`), `Prioriterat ${c.from + 1}:`, ...pick(10, 3).map(([a, r]) => `${a}. (${r})`)] },
  { kind: 'included', yearly: false, text: () => ['# Handlingsplan', ...pick(4, 4).map(([a, r]) => `Vad: ${a}. Vem: ${r}. När: under programperioden, första delen klar inom tolv månader.`)] },
  { kind: 'included', yearly: true, text: (c) => ['# Aktivitetsplan', ...[0, 1].flatMap((d) => [`Aktiviteter under ${c.from + d}`, ...pick(6 + d * 7, 3).map(([a, r]) => `${a} – ansvarig ${r.toLowerCase()}`)])] },
  { kind: 'included', yearly: false, text: () => ['# Konkreta åtgärder', 'Åtgärd | Ansvar | Tid', ...pick(8, 4).map(([a, r], i) => `${a} | ${r} | ${['vår', 'höst', 'år 1', 'år 2'][i]}`)] },
  { kind: 'included', yearly: false, text: () => ['# Handlingsplan med ansvar och tidplan', ...pick(12, 5).map(([a, r], i) => `${i + 1}) ${a}. Ansvar: ${r}. Tidplan: klart inom ${6 + i * 3} månader.`)] },
];

/** Linked: the program points to a separate action plan. */
export const LINKED_WORDINGS: ActionPlanWording[] = [
  { kind: 'linked', yearly: true, text: (c) => [`Till ${c.full} hör en handlingsplan som tas fram årligen. I handlingsplanen anges vilka aktiviteter som ska genomföras, vem som ansvarar och när.`] },
  { kind: 'linked', yearly: false, text: (c) => [`${c.Doc} kompletteras med en aktivitetsplan som beslutas av kommunstyrelsen.`] },
  { kind: 'linked', yearly: false, text: (c) => [`Se bilaga Handlingsplan ${c.from} för de konkreta insatserna.`] },
  { kind: 'linked', yearly: true, text: () => ['Varje år tar näringslivsenheten fram en aktivitetsplan tillsammans med näringslivsrådet. Aktivitetsplanen fastställs av kommunstyrelsens arbetsutskott.'] },
  { kind: 'linked', yearly: false, text: (c) => ['# Genomförande', `${c.Doc} är övergripande. De konkreta åtgärderna beskrivs i en separat handlingsplan som revideras vid behov.`] },
  { kind: 'linked', yearly: true, text: (c) => [`Strategin ska brytas ned i årliga handlingsplaner. Den första handlingsplanen gäller för ${c.from}.`] },
  { kind: 'linked', yearly: false, text: () => ['Åtgärderna för att nå målen redovisas i en särskild handlingsplan, som tas fram av förvaltningen och följs upp två gånger per år.'] },
  { kind: 'linked', yearly: true, text: (c) => [`En årlig aktivitetsplan kopplad till ${c.full} tas fram inför varje verksamhetsår.`] },
  { kind: 'linked', yearly: false, text: (c) => [`Till programmet finns en handlingsplan för perioden ${c.from}–${c.to}. Handlingsplanen är ett eget dokument och kan ändras av kommunstyrelsen utan att programmet behöver revideras.`] },
  { kind: 'linked', yearly: false, text: () => ['# Från strategi till handling', 'Strategin anger riktningen. Hur vi ska arbeta konkret framgår av den handlingsplan som hör till strategin och som uppdateras efter varje uppföljning.'] },
  { kind: 'linked', yearly: true, text: () => ['Utifrån programmet upprättar näringslivsenheten en aktivitetsplan för varje år. Den innehåller aktiviteter, ansvariga och tidsplan.'] },
  { kind: 'linked', yearly: false, text: (c) => [`Programmets mål konkretiseras i en åtgärdsplan. Åtgärdsplanen beslutas av kommunstyrelsen senast sex månader efter att ${c.doc} har antagits.`] },
  { kind: 'linked', yearly: false, text: () => ['Mer information om hur målen ska nås finns i dokumentet "Handlingsplan för näringslivsarbetet", som finns på kommunens webbplats.'] },
  { kind: 'linked', yearly: true, text: (c) => [`Arbetet med ${c.full} konkretiseras i en handlingsplan som revideras varje år i samband med budgetprocessen.`] },
  { kind: 'linked', yearly: false, text: () => ['Programmet följs av en handlingsplan där varje förvaltning anger sina åtaganden.'] },
  { kind: 'linked', yearly: false, text: (c) => [`I bilagan "Aktiviteter ${c.from}–${c.from + 1}", som publiceras separat, beskrivs de insatser som prioriteras under de första två åren.`] },
  { kind: 'linked', yearly: true, text: () => ['Näringslivsrådet och kommunen tar varje höst gemensamt fram en aktivitetsplan för kommande år.'] },
  { kind: 'linked', yearly: false, text: () => ['Genomförandet beskrivs i en handlingsplan som tas fram efter att programmet har antagits.'] },
  { kind: 'linked', yearly: false, text: (c) => [`${c.Doc} följs upp genom den tillhörande handlingsplanen. Handlingsplanen är ett levande dokument.`] },
  { kind: 'linked', yearly: true, text: (c) => [`Varje år antar kommunstyrelsen en handlingsplan för kommande år med utgångspunkt i ${c.full}.`] },
  { kind: 'linked', yearly: false, text: () => ['Konkreta aktiviteter finns samlade i en separat aktivitetsplan (bilaga 2), som inte ingår i detta dokument.'] },
  { kind: 'linked', yearly: false, text: () => ['Insatser och aktiviteter redovisas i en handlingsplan som kommundirektören ansvarar för att ta fram.'] },
  { kind: 'linked', yearly: false, text: () => ['Handlingsplanen, som är en bilaga till detta dokument men beslutas separat, anger vilka insatser som ska göras.'] },
  { kind: 'linked', yearly: true, text: () => ['Målen omsätts i en årlig handlingsplan för näringslivsarbetet.'] },
  { kind: 'linked', yearly: false, text: (c) => [`Ett separat dokument, "Aktiviteter för ${c.full}", beskriver hur vi ska arbeta.`] },
  { kind: 'linked', yearly: false, text: () => ['Strategin åtföljs av en handlingsplan som tas fram av näringslivsenheten i samråd med näringslivsrådet.'] },
  { kind: 'linked', yearly: true, text: () => ['Varje januari presenteras årets aktivitetsplan för kommunstyrelsen.'] },
  { kind: 'linked', yearly: false, text: () => ['För genomförandet finns en handlingsplan (separat dokument).'] },
  { kind: 'linked', yearly: false, text: (c) => [`${c.Doc} ska kompletteras med handlingsplaner för respektive målområde.`] },
  { kind: 'linked', yearly: false, text: () => ['Näringslivsenheten ansvarar för att ta fram en åtgärdsplan utifrån strategins mål.'] },
  { kind: 'linked', yearly: true, text: () => ['Programmet konkretiseras genom årliga aktivitetsplaner som redovisas i kommunstyrelsens verksamhetsberättelse.'] },
  { kind: 'linked', yearly: false, text: (c) => [`Handlingsplanen till ${c.full} finns som separat bilaga och uppdateras när målen följs upp.`] },
];

/** None: no action plan; some only point to ordinary budget steering, which is not an action plan. */
export const NONE_WORDINGS: ActionPlanWording[] = [
  { kind: 'none', yearly: false, text: () => [] },
  { kind: 'none', yearly: false, text: () => ['Varje nämnd ansvarar för att programmets mål omsätts i den egna verksamhetsplanen.'] },
  { kind: 'none', yearly: false, text: (c) => [`${c.Doc} ska genomsyra hela den kommunala organisationen och beaktas när nämnderna planerar sin verksamhet.`] },
  { kind: 'none', yearly: false, text: () => [] },
  { kind: 'none', yearly: false, text: () => ['Programmet genomförs inom ramen för ordinarie budget.'] },
  { kind: 'none', yearly: false, text: () => [] },
];
