/**
 * Documents that talk about business and growth but are not programs by the
 * labelling rules: comprehensive plans with a business chapter, budgets,
 * minutes that approve a program, the region's own RUS, topical programs
 * (tourism, rural, environment, culture, housing, skills) and the separate
 * action plan that belongs to a program.
 */
import type { Rng } from './prng.ts';
import type { SimMunicipality } from './sim-types.ts';
import type { TextSection } from './program-document.ts';
import { regionalStrategyFor } from './reference-data.ts';
import * as bank from './phrase-bank.ts';

export type LookalikeKind =
  | 'comprehensive_plan'
  | 'budget'
  | 'minutes'
  | 'regional_strategy'
  | 'tourism'
  | 'rural'
  | 'environment'
  | 'culture'
  | 'housing'
  | 'skills'
  | 'action_plan';

/** documentKind as the classifier reports it. */
export function documentKindOf(kind: LookalikeKind): string {
  switch (kind) {
    case 'comprehensive_plan':
    case 'budget':
    case 'minutes':
    case 'regional_strategy':
    case 'action_plan':
      return kind;
    default:
      return 'other_policy';
  }
}

export interface LookalikeContext {
  muni: SimMunicipality;
  year: number;
  /** Title of the site's program, when it has one (minutes approve it, the action plan belongs to it). */
  programTitle: string | null;
  programAdopted: string | null;
}

export interface LookalikeText {
  title: string;
  sections: TextSection[];
}

export function lookalikeTitle(kind: LookalikeKind, ctx: LookalikeContext, rng: Rng): string {
  const { muni, year } = ctx;
  const a = year - rng.int(0, 3);
  switch (kind) {
    case 'comprehensive_plan':
      return rng.pick([`Översiktsplan för ${muni.name} kommun`, `Översiktsplan ${muni.name} 2030`, 'Översiktsplan – Framtidsbild och strategier', `Översiktsplan ${a}`]);
    case 'budget':
      return rng.pick([`Mål och budget ${year}`, `Budget ${year} med plan för ${year + 1}–${year + 2}`, `Årsredovisning ${year - 1}`, `Verksamhetsplan och budget ${year}`]);
    case 'minutes':
      return rng.pick([`Protokoll kommunfullmäktige ${ctx.programAdopted ?? `${year}-03-27`}`, `Sammanträdesprotokoll KF ${ctx.programAdopted ?? `${year}-02-13`}`, `Kommunfullmäktiges protokoll ${ctx.programAdopted ?? `${year}-04-24`}`]);
    case 'regional_strategy':
      return regionalStrategyFor(muni.countyCode)?.name ?? `Regional utvecklingsstrategi för ${muni.countyName}`;
    case 'tourism':
      return rng.pick([`Turismstrategi ${a}–${a + 5}`, 'Strategi för besöksnäringen', `Besöksnäringsstrategi för ${muni.name}`]);
    case 'rural':
      return rng.pick(['Landsbygdsprogram', `Landsbygdsprogram ${a}–${a + 4}`, 'Strategi för levande landsbygd']);
    case 'environment':
      return rng.pick([`Miljöprogram ${a}–${a + 4}`, 'Miljö- och klimatprogram', 'Klimatstrategi']);
    case 'culture':
      return rng.pick(['Kulturplan', `Kulturplan ${a}–${a + 3}`, 'Kulturpolitiskt program']);
    case 'housing':
      return rng.pick([`Bostadsförsörjningsprogram ${a}–${a + 4}`, 'Riktlinjer för bostadsförsörjning']);
    case 'skills':
      return rng.pick(['Kompetensförsörjningsstrategi', `Strategi för kompetensförsörjning ${a}–${a + 3}`]);
    case 'action_plan':
      return rng.pick([`Handlingsplan ${year} för näringslivsprogrammet`, `Aktivitetsplan för näringslivsarbetet ${year}`, `Handlingsplan näringsliv ${year}`]);
  }
}

export function lookalikeText(kind: LookalikeKind, title: string, ctx: LookalikeContext, rng: Rng): LookalikeText {
  const { muni, year } = ctx;
  const kommun = `${muni.name} kommun`;
  const sections: TextSection[] = [{ heading: null, paragraphs: [kind === 'regional_strategy' ? `Region ${muni.countyName.replace(/s? län$/, '')}` : kommun] }];
  switch (kind) {
    case 'comprehensive_plan':
      sections.push(
        { heading: 'Om översiktsplanen', paragraphs: ['Översiktsplanen redovisar kommunens långsiktiga syn på hur mark- och vattenområden ska användas och hur den byggda miljön ska utvecklas, enligt plan- och bygglagen.', 'Planen är vägledande men inte bindande.'] },
        { heading: 'Bebyggelseutveckling', paragraphs: ['Ny bebyggelse ska i första hand lokaliseras i anslutning till befintliga orter och kollektivtrafikstråk.'] },
        { heading: 'Näringsliv och arbetsplatser', paragraphs: [`${kommun} ska verka för ett gott företagsklimat och ha en god planberedskap för verksamhetsmark.`, 'Nya verksamhetsområden föreslås längs de större vägarna. Handel ska i första hand lokaliseras till centrum.', 'Näringslivets utveckling är en förutsättning för befolkningstillväxt.'] },
        { heading: 'Grönstruktur och friluftsliv', paragraphs: ['Tätortsnära natur ska bevaras och göras tillgänglig.'] },
      );
      break;
    case 'budget':
      sections.push(
        { heading: 'Kommunens ekonomi', paragraphs: [`Budgeten för ${year} bygger på ett skatteunderlag som ökar med 3,9 procent.`, 'Resultatet ska uppgå till minst två procent av skatter och statsbidrag.'] },
        { heading: 'Inriktningsmål', paragraphs: ['Kommunen ska ha ett gott företagsklimat. Indikator: Svenskt Näringslivs ranking.', 'Andelen invånare i arbete ska öka.', 'Nämnderna ska bedriva verksamheten inom tilldelad ram.'] },
        { heading: 'Driftbudget per nämnd', paragraphs: ['Kommunstyrelsen 145 mnkr. Barn- och utbildningsnämnden 610 mnkr. Socialnämnden 540 mnkr.'] },
      );
      break;
    case 'minutes': {
      const items = [`§ ${rng.int(1, 40)} Val av justerare`, `§ ${rng.int(41, 80)} Delårsrapport`];
      const about = ctx.programTitle
        ? [`§ ${rng.int(81, 160)} ${ctx.programTitle}`, `Kommunstyrelsen föreslår kommunfullmäktige att anta ${ctx.programTitle.toLowerCase()}.`, 'Beslut: Kommunfullmäktige beslutar att anta programmet i enlighet med kommunstyrelsens förslag.']
        : [`§ ${rng.int(81, 160)} Motion om näringslivsfrågor`, 'En motion har lämnats om att kommunen bör ta fram ett näringslivsprogram.', 'Beslut: Motionen anses besvarad.'];
      sections.push({ heading: 'Närvarande', paragraphs: ['Ordförande, ledamöter och ersättare enligt bilaga.'] }, { heading: 'Ärenden', paragraphs: [...items, ...about] }, { heading: 'Justering', paragraphs: ['Protokollet justeras den tredje vardagen efter sammanträdet.'] });
      break;
    }
    case 'regional_strategy':
      sections.push(
        { heading: 'Inledning', paragraphs: [`Den regionala utvecklingsstrategin (RUS) är ${muni.countyName}s gemensamma strategi för hållbar regional tillväxt och utveckling.`, 'Strategin har tagits fram av regionen i samverkan med länets kommuner, näringsliv och civilsamhälle.'] },
        { heading: 'Prioriteringar', paragraphs: ['Ett konkurrenskraftigt näringsliv med fler växande företag.', 'Kompetensförsörjning och livslångt lärande.', 'God tillgänglighet i hela länet.'] },
        { heading: 'Genomförande', paragraphs: ['Regionfullmäktige har antagit strategin. Genomförandet sker genom regionala program och överenskommelser med kommunerna.'] },
      );
      break;
    case 'tourism':
      sections.push({ heading: 'Besöksnäringen', paragraphs: [`Besöksnäringen är en växande bransch i ${muni.name}.`, 'Strategin anger hur kommunen ska öka antalet gästnätter och utveckla destinationen.', 'Målet är att antalet kommersiella gästnätter ska öka med 20 procent.'] });
      break;
    case 'rural':
      sections.push({ heading: 'Levande landsbygd', paragraphs: ['Programmet ska bidra till att det går att bo, leva och driva företag i hela kommunen.', 'Service på landsbygden, bredband och företagande inom de gröna näringarna är prioriterade.'] });
      break;
    case 'environment':
      sections.push({ heading: 'Miljömål', paragraphs: ['Kommunens verksamheter ska vara fossilfria.', 'Utsläppen av växthusgaser ska minska med 50 procent.', 'Miljöprogrammet utgår från de nationella miljökvalitetsmålen.'] });
      break;
    case 'culture':
      sections.push({ heading: 'Kulturens roll', paragraphs: ['Kulturen bidrar till kommunens attraktivitet och livskvalitet.', 'Kulturella och kreativa näringar ska ges möjlighet att växa.'] });
      break;
    case 'housing':
      sections.push({ heading: 'Bostadsbehov', paragraphs: ['Programmet redovisar behovet av nya bostäder fram till 2025.', 'Nya bostäder är viktiga för att företagen ska kunna rekrytera.'] });
      break;
    case 'skills':
      sections.push({ heading: 'Kompetens', paragraphs: ['Strategin beskriver hur kommunen som arbetsgivare och utbildningsanordnare möter behovet av kompetens.', 'Samarbete med företagen kring praktik och lärlingsplatser ska öka.'] });
      break;
    case 'action_plan': {
      const rows = rng.sample(bank.ACTIVITIES, 5).map((a) => `${a}. Ansvarig: ${rng.pick(bank.RESPONSIBLE)}. Klart: ${bank.MONTHS[rng.int(0, 11)]} ${year}.`);
      sections.push(
        { heading: 'Om handlingsplanen', paragraphs: [`Handlingsplanen konkretiserar ${ctx.programTitle ? ctx.programTitle.toLowerCase() : 'näringslivsprogrammet'} för ${year}. Den beslutas årligen av kommunstyrelsen.`] },
        { heading: 'Aktiviteter', paragraphs: rows },
      );
      break;
    }
  }
  return { title, sections };
}
