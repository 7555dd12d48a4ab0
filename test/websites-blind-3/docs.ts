/**
 * Hand-written sources of the documents in blind set 3: programs (several
 * wordings), and look-alikes (expired program, remiss draft, comprehensive
 * plan, action plan, other governing documents, minutes).
 */
import type { DocumentSpec } from '../../src/simweb/render-documents.ts';

export interface ProgramOpts {
  kommun: string; // "Ydre kommun"
  ort: string; // "Ydre"
  title: string; // "Näringslivsprogram 2022–2026"
  from: number;
  to: number | null;
  adopted: string; // "Antaget av kommunfullmäktige 2022-03-28, § 24"
  region: 'rus' | 'inter' | 'none';
  regionText: string; // e.g. "Östergötlands regionala utvecklingsstrategi (RUS)" or "Business Region Örebro"
  action: 'included' | 'linked' | 'none';
  sust: boolean;
  variant: 'a' | 'b' | 'c';
}

/** A business/growth program, 4–6 pages, wording chosen by variant. */
export function program(o: ProgramOpts): DocumentSpec {
  const period = o.to ? `${o.from}–${o.to}` : `från ${o.from}, gäller tills vidare`;
  const regional =
    o.region === 'rus'
      ? `Programmet utgår från ${o.regionText} och bidrar till dess mål om attraktiva livsmiljöer, kompetensförsörjning och ett konkurrenskraftigt näringsliv. Vi följer regionens prioriteringar och deltar i det regionala tillväxtarbetet.`
      : o.region === 'inter'
        ? `${o.ort} samarbetar med grannkommunerna inom ${o.regionText}. Samverkan gäller etableringsfrågor, gemensam företagsservice och kompetensförsörjning, och delar av programmet genomförs tillsammans med de andra kommunerna.`
        : `Programmet är kommunens eget och beskriver hur vi själva arbetar med företagen på orten.`;
  const sustainability = o.sust
    ? [
        '# Hållbar utveckling',
        `Hållbarhet är ett genomgående perspektiv i programmet. Näringslivsarbetet ska bidra till Agenda 2030 och de globala målen, till en omställning till fossilfria transporter och till en cirkulär ekonomi. Vi stöttar företag som vill minska sin klimatpåverkan och ställer krav på hållbarhet i kommunens egna upphandlingar.`,
        'Social hållbarhet är lika viktig: fler i arbete, ett inkluderande arbetsliv och en levande landsbygd där service finns nära.',
      ]
    : [];
  const action =
    o.action === 'included'
      ? [
          '# Handlingsplan',
          `Programmet bryts ned i en handlingsplan som revideras varje år. Varje aktivitet har en ansvarig, en tidplan och ett mått.`,
          `Aktivitet 1: Företagsbesök – kommunalråd och näringslivschef besöker minst 40 företag per år. Ansvar: kommunledningsförvaltningen.`,
          `Aktivitet 2: Snabbare besked i bygglovsärenden – handläggningstiden ska understiga fyra veckor. Ansvar: samhällsbyggnad.`,
          `Aktivitet 3: Frukostmöten för företagare sex gånger per år tillsammans med företagarföreningen.`,
          `Aktivitet 4: Mark för etablering – minst 5 hektar planlagd verksamhetsmark ska finnas tillgänglig.`,
        ]
      : o.action === 'linked'
        ? ['# Genomförande', `Till programmet hör en separat handlingsplan som tas fram av kommunstyrelsen och följs upp årligen. Handlingsplanen anger aktiviteter, ansvar och tidplan.`]
        : ['# Genomförande', 'Varje förvaltning ansvarar för att programmets inriktning får genomslag i verksamhetsplanerna.'];
  const intro: Record<ProgramOpts['variant'], string[]> = {
    a: [
      `# ${o.title}`,
      `${o.kommun}`,
      o.adopted,
      '# Inledning',
      `Det här näringslivsprogrammet anger riktningen för kommunens arbete med näringslivsutveckling under perioden ${period}. Programmet har tagits fram i dialog med det lokala näringslivet, företagarföreningen och näringslivsrådet under en serie workshoppar.`,
      `Ett gott företagsklimat är en förutsättning för att ${o.ort} ska växa. Fler företag och fler arbetstillfällen ger skatteintäkter som finansierar skola, vård och omsorg.`,
    ],
    b: [
      `# ${o.title}`,
      `Styrdokument – strategi. ${o.adopted}. Dokumentansvarig: näringslivschef.`,
      '# Varför en strategi för näringslivet?',
      `${o.kommun} vill vara en kommun där det är enkelt att starta, driva och utveckla företag. Strategin gäller ${period} och beskriver de områden där kommunen ska prioritera sina insatser för ett bättre företagsklimat.`,
      `Strategin har arbetats fram av kommunstyrelsen tillsammans med företrädare för näringslivet. Den ersätter tidigare näringslivsprogram.`,
    ],
    c: [
      `# ${o.title}`,
      `För en växande kommun – ${o.kommun}`,
      o.adopted,
      '# Bakgrund',
      `Tillväxtprogrammet visar hur kommunen ska bidra till tillväxt genom fler företag, fler invånare och bättre kompetensförsörjning. Programmet gäller ${period}.`,
      `Programmet är ett av kommunens styrdokument och ska vara vägledande för alla nämnder och bolag.`,
    ],
  };
  const goals = [
    '# Vision och mål',
    `Vision: ${o.ort} – platsen där företag och människor växer.`,
    'Mål 1: Företagsklimatet ska förbättras och kommunens placering i Svenskt Näringslivs ranking ska höjas varje år.',
    'Mål 2: Antalet nystartade företag per 1 000 invånare ska öka.',
    'Mål 3: Kommunens service och bemötande ska få ett NKI över 75 i SKR:s Insikt.',
    'Mål 4: Fler unga ska etablera sig på arbetsmarknaden i kommunen.',
  ];
  const areas = [
    '# Fokusområden',
    'Service och bemötande: en väg in för företagare, företagslots och snabba besked i myndighetsärenden.',
    'Kompetensförsörjning: samverkan mellan skola, vuxenutbildning och arbetsgivare, praktikplatser och yrkesutbildningar.',
    'Etablering och mark: attraktiv verksamhetsmark, lokaler och bostäder för nya medarbetare.',
    'Infrastruktur: bredband, vägar och kollektivtrafik som gör det möjligt att bo och verka i hela kommunen.',
    'Besöksnäring: utveckla destinationen och stötta företag inom turism och handel.',
  ];
  const region = ['# Regional samverkan', regional];
  const follow = [
    '# Uppföljning',
    'Programmet följs upp årligen i kommunstyrelsen i samband med årsredovisningen. Resultatmålen mäts med indikatorer från SCB, Svenskt Näringsliv och SKR. En revidering görs inför varje ny mandatperiod.',
  ];
  return {
    title: o.title,
    header: `${o.kommun} – ${o.title}`,
    footer: o.kommun,
    author: o.kommun,
    pages: [intro[o.variant], [...goals, ...areas.slice(0, 3)], [...areas.slice(3), ...region], [...sustainability, ...action], follow],
  };
}

/** A comprehensive plan with a business chapter: not a program. */
export function oversiktsplan(kommun: string, ort: string): DocumentSpec {
  return {
    title: `Översiktsplan ${ort} 2040`,
    header: `${kommun} – Översiktsplan 2040`,
    pages: [
      [`# Översiktsplan för ${kommun} – ${ort} 2040`, 'Antagen av kommunfullmäktige 2021-06-14. Översiktsplanen visar kommunens långsiktiga syn på hur mark- och vattenområden ska användas enligt plan- och bygglagen 3 kap.'],
      ['# Bebyggelseutveckling', 'Nya bostäder ska i första hand tillkomma i centralorten och i anslutning till befintlig infrastruktur. Strandskyddet hanteras enligt LIS-planen.'],
      ['# Näringsliv och verksamhetsmark', 'Kommunen ska ha planlagd mark för verksamheter. Näringslivets utveckling är viktig för kommunens framtid, och ett gott företagsklimat eftersträvas. Områden för industri pekas ut vid Norra industriområdet.', 'Besöksnäringen ska kunna utvecklas längs älven.'],
      ['# Riksintressen', 'Riksintressen för rennäring, naturvård och friluftsliv redovisas på kartor. Miljökonsekvensbeskrivning finns i bilaga.'],
    ],
  };
}

/** A generic one-page governing document (policy, riktlinje …). */
export function styrdokument(kommun: string, title: string, body: string): DocumentSpec {
  return {
    title,
    header: kommun,
    pages: [[`# ${title}`, `${kommun}. Antagen av kommunfullmäktige.`, body, 'Dokumentet revideras vid behov, dock minst en gång per mandatperiod.']],
  };
}

/** Minutes from the executive board, mentioning the program. */
export function protokoll(kommun: string, date: string, item: string): DocumentSpec {
  return {
    title: `Protokoll kommunstyrelsen ${date}`,
    header: `${kommun} – Sammanträdesprotokoll`,
    pages: [
      [`# Sammanträdesprotokoll Kommunstyrelsen ${date}`, 'Plats och tid: Kommunhuset, kl. 13.00–16.30', 'Beslutande: se närvarolista', '§ 41 Val av justerare', `§ 42 ${item}`, 'Kommunstyrelsen beslutar att föreslå kommunfullmäktige att anta dokumentet.', '§ 43 Delegationsbeslut', 'Justerandes signatur ........'],
    ],
  };
}

/** A separate action plan for a program. */
export function handlingsplan(kommun: string, programTitle: string, year: number): DocumentSpec {
  return {
    title: `Handlingsplan ${year} – ${programTitle}`,
    header: kommun,
    pages: [
      [`# Handlingsplan ${year}`, `Aktiviteter för att genomföra ${programTitle}. Beslutad av kommunstyrelsen.`, 'Aktivitet: Företagsbesök, 30 per år. Ansvar: näringslivsenheten.', 'Aktivitet: Företagarfrukost, sex gånger. Ansvar: näringslivsenheten.', 'Aktivitet: Upphandlingsdialog med lokala företag. Ansvar: upphandlingsenheten.'],
      ['# Uppföljning', 'Handlingsplanen följs upp i delårsrapport och årsredovisning.'],
    ],
  };
}
