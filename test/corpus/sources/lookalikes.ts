/**
 * Look-alikes: documents that talk about business, growth, goals, regions
 * and action plans, but are not a municipality's own business or growth
 * program (comprehensive plans, budgets, minutes, news, regional strategies,
 * topical programs, action plans, web pages …). Labelled isProgram false
 * with every other judged field null.
 */
import type { CorpusFormat, CorpusSource, TxtStyle } from './types.ts';
import { PLACES, kommun, kommuns, type Place } from './places.ts';
import { at, shuffle } from './random.ts';
import { INCLUDED_WORDINGS, LINKED_WORDINGS } from './action-plan-wordings.ts';
import { RUS_WORDINGS, INTERMUNICIPAL_WORDINGS } from './regional-wordings.ts';
import { SUSTAINABLE_WORDINGS } from './sustainability-wordings.ts';
import type { Ctx } from './context.ts';
import { slug } from './programs.ts';

interface Doc {
  title: string;
  pages: string[][];
  header?: string;
  footer?: string;
}

type Maker = (p: Place, v: number) => Doc;

const ctx = (p: Place, doc: string, full: string, from: number, to: number): Ctx => ({ p, k: kommun(p), ks: kommuns(p), doc, Doc: doc.charAt(0).toUpperCase() + doc.slice(1), full, from, to, year: from });
const Y = (v: number, base = 2016): number => base + ((v * 3) % 9);

const comprehensivePlan: Maker = (p, v) => {
  const y = Y(v, 2014);
  const c = ctx(p, 'översiktsplanen', 'översiktsplanen', y, y + 20);
  return {
    title: [`Översiktsplan ${y + 16}`, `Översiktsplan för ${kommun(p)} – ÖP ${y + 20}`, `Översiktsplan ${p.name} – Samrådshandling`, `Kommunomfattande översiktsplan ${y}`, `ÖP ${y + 15} – Del 2: Mark- och vattenanvändning`][v % 5]!,
    header: `${kommun(p)} | Översiktsplan`,
    pages: [
      [`# Översiktsplan för ${kommun(p)}`, `Antagen av kommunfullmäktige ${y}-06-1${v % 9}, § ${40 + v}. Vann laga kraft ${y}-07-2${v % 9}.`, 'Översiktsplanen är kommunens långsiktiga plan för hur mark och vatten ska användas och hur den byggda miljön ska utvecklas. Den är vägledande för beslut om detaljplaner och bygglov men inte juridiskt bindande.'],
      ['# Planens utgångspunkter', `Planen utgår från kommunens vision och från ${p.rus}. Den beskriver utvecklingen fram till år ${y + 20} med utblick mot ${y + 30}.`, 'Befolkningen väntas öka med omkring 3 000 invånare under planperioden. Det kräver nya bostäder, skolor och verksamhetsområden.'],
      ['# Bostäder', `Nya bostäder ska i första hand byggas i centralorten och i ${p.town}, nära kollektivtrafik och service. Förtätning prioriteras framför exploatering av jordbruksmark.`],
      ['# Näringsliv', `Ett starkt näringsliv är en förutsättning för kommunens utveckling. Översiktsplanen pekar ut nya verksamhetsområden vid trafikplatserna och i anslutning till ${p.town}, totalt cirka 60 hektar.`, 'Mål: Det ska finnas planlagd mark för verksamheter som kräver stora ytor, logistik och industri.', 'Mål: Handeln ska koncentreras till centrum och det befintliga externhandelsområdet.', 'Riktlinje: Störande verksamheter lokaliseras med tillräckliga skyddsavstånd till bostäder.', 'Kommunens näringslivsprogram beskriver det bredare näringslivsarbetet; översiktsplanen hanterar markfrågorna.'],
      ['# Infrastruktur och kommunikationer', 'Kommunen ska verka för bättre järnvägstrafik och för en utbyggd cykelinfrastruktur mellan tätorterna. Bredband ska byggas ut till alla hushåll och företag.'],
      ['# Hållbar utveckling', 'Planen ska bidra till en hållbar utveckling ekologiskt, socialt och ekonomiskt. En hållbarhetsbedömning och miljökonsekvensbeskrivning har genomförts och redovisas i en separat handling.'],
      ['# Genomförande', 'Översiktsplanen genomförs genom detaljplaner, fördjupade översiktsplaner och kommunens investeringsbeslut. Planens aktualitet prövas av kommunfullmäktige en gång varje mandatperiod genom en planeringsstrategi.'],
    ].slice(0, 4 + (v % 4)),
  };
};

const budget: Maker = (p, v) => {
  const y = Y(v, 2018);
  return {
    title: [`Mål och budget ${y}–${y + 2}`, `Budget ${y} med plan för ${y + 1}–${y + 2}`, `Verksamhetsplan och budget ${y} – Kommunstyrelsen`, `Strategisk plan och budget ${y}–${y + 3}`, `Mål och resursplan ${y}`][v % 5]!,
    footer: `${kommun(p)} – Ekonomiavdelningen`,
    pages: [
      [`# Mål och budget för ${kommun(p)}`, `Fastställd av kommunfullmäktige ${y - 1}-11-2${v % 8}, § ${150 + v}.`, 'Budgeten är kommunens viktigaste styrdokument. Den anger vilka mål nämnderna ska arbeta mot och vilka ekonomiska ramar som gäller.'],
      ['# Kommunens övergripande mål', 'Mål 1: Kommunen ska ha en god ekonomisk hushållning med ett resultat på minst 2 procent av skatter och bidrag.', 'Mål 2: Barn och unga ska ha goda förutsättningar att lyckas i skolan.', 'Mål 3: Företagsklimatet ska förbättras. Indikator: Svenskt Näringslivs ranking, målvärde topp 100.', 'Mål 4: Kommunen ska minska sina utsläpp av växthusgaser.'],
      ['# Kommunstyrelsen', 'Kommunstyrelsen ansvarar för näringslivsfrågorna. Under året ska näringslivsprogrammet följas upp och en ny handlingsplan tas fram.', 'Nettokostnad: 142,3 mnkr (föregående år 138,9 mnkr).', 'Näringslivsenhet: 4,2 mnkr.'],
      ['# Investeringar', 'Nytt verksamhetsområde, etapp 1: 18 mnkr.', 'Ombyggnad av centrumtorget: 9 mnkr.', 'Bredbandsutbyggnad landsbygd: 3 mnkr.'],
      ['# Resultatbudget', 'Verksamhetens intäkter | 412 | 418 | 425', 'Verksamhetens kostnader | -2 101 | -2 160 | -2 214', 'Skatteintäkter | 1 655 | 1 702 | 1 748', 'Årets resultat | 38 | 35 | 41'],
    ].slice(0, 3 + (v % 3)),
  };
};

const annualReport: Maker = (p, v) => {
  const y = Y(v, 2017);
  return {
    title: [`Årsredovisning ${y}`, `${kommuns(p)} årsredovisning ${y}`, `Årsredovisning ${y} – ${kommun(p)}`, `Årsredovisning och koncernredovisning ${y}`][v % 4]!,
    pages: [
      [`# Årsredovisning ${y}`, `${kommun(p)}`, '# Kommunstyrelsens ordförande har ordet', `${y} blev ett år med stark befolkningsökning och flera nya företagsetableringar. Vi antog ett nytt näringslivsprogram och förbättrade vår placering i företagsklimatrankingen med 34 platser.`],
      ['# Förvaltningsberättelse', `Kommunen redovisar ett resultat på 41 mnkr för ${y}. Arbetslösheten minskade till 6,1 procent.`, 'Näringslivsarbetet har fokuserat på service och bemötande. Näringslivsprogrammets handlingsplan har i huvudsak genomförts; två av tolv aktiviteter har skjutits upp.'],
      ['# Måluppfyllelse', 'Företagsklimatet: Delvis uppfyllt. Placering 121 (mål: topp 100).', 'Nystartade företag: Uppfyllt. 8,4 per 1 000 invånare.', 'Hållbar utveckling: Koldioxidutsläppen från kommunens fordon minskade med 12 procent.'],
      ['# Räkenskaper', 'Resultaträkning, balansräkning och kassaflödesanalys redovisas i enlighet med lagen om kommunal bokföring och redovisning.', 'Soliditet: 48 procent.'],
    ].slice(0, 2 + (v % 3)),
  };
};

const minutes: Maker = (p, v) => {
  const y = Y(v, 2015);
  const organ = v % 2 === 0 ? 'Kommunfullmäktige' : 'Kommunstyrelsen';
  const para = 30 + v * 17;
  const prog = [`Näringslivsprogram ${y}–${y + 4}`, 'Näringslivsstrategi för ' + kommun(p), `Tillväxtprogram ${y + 1}–${y + 5}`, 'Näringslivspolicy', `Näringslivsstrategi ${y + 10}`, `Strategi för hållbar tillväxt ${y}–${y + 3}`][v % 6]!;
  return {
    title: v % 3 === 0 ? `Sammanträdesprotokoll ${organ} ${y}-0${3 + (v % 6)}-1${v % 9}` : `Protokollsutdrag ${organ} § ${para}`,
    header: `${kommun(p)}  SAMMANTRÄDESPROTOKOLL  ${organ}  ${y}-0${3 + (v % 6)}-1${v % 9}`,
    footer: 'Justerandes signatur ______   Utdragsbestyrkande ______',
    pages: [
      [`# ${organ}`, `Plats och tid: Kommunhuset, sessionssalen, kl. 18.30–21.05`, 'Beslutande: se närvarolista', `Justerare: ${['Anna Lindqvist (S)', 'Per Olsson (M)', 'Karin Berg (C)', 'Erik Johansson (SD)'][v % 4]}`, `§ ${para - 1} Val av justerare`, `§ ${para} Antagande av ${prog}`, `§ ${para + 1} Motion om fler laddstolpar`],
      [`§ ${para}`, `Dnr KS ${y - 1}/${200 + v}`, `# Antagande av ${prog}`, 'Sammanfattning', `Kommunstyrelsen gav ${y - 1} näringslivsenheten i uppdrag att ta fram ett nytt styrdokument för näringslivsarbetet. Förslaget har tagits fram i dialog med näringslivsrådet och har varit på remiss hos nämnderna. ${v % 2 === 0 ? 'Programmet har en koppling till den regionala utvecklingsstrategin och ska kompletteras med en årlig handlingsplan.' : 'Strategin innehåller fyra målområden och en handlingsplan.'}`, 'Beslutsunderlag', `Tjänsteskrivelse ${y - 1}-12-0${1 + (v % 8)}`, `Förslag till ${prog.toLowerCase().startsWith('n') ? prog.charAt(0).toLowerCase() + prog.slice(1) : prog}`, `${organ === 'Kommunfullmäktige' ? 'Kommunstyrelsens' : 'Arbetsutskottets'} förslag`, '# Beslut', `${organ} beslutar`, `att anta ${prog} i enlighet med bilaga,`, v % 3 === 0 ? `att programmet gäller för perioden ${y}–${y + 4},` : 'att uppdra åt kommunstyrelsen att följa upp programmet årligen,', 'att upphäva tidigare beslutat näringslivsprogram.', 'Yrkanden', `${['Anna Lindqvist (S)', 'Per Olsson (M)'][v % 2]} yrkar bifall till förslaget.`, 'Expedieras till: Näringslivsenheten, samtliga nämnder'],
    ],
  };
};

const officerReport: Maker = (p, v) => {
  const y = Y(v, 2016);
  const prog = [`näringslivsprogram ${y}–${y + 3}`, 'ny näringslivsstrategi', `tillväxtstrategi ${y}–${y + 10}`, 'reviderad näringslivspolicy'][v % 4]!;
  const c = ctx(p, 'förslaget', 'förslaget', y, y + 3);
  return {
    title: `Tjänsteskrivelse – Förslag till ${prog}`,
    header: `${kommun(p)}  Kommunledningskontoret  TJÄNSTESKRIVELSE  ${y - 1}-1${v % 3}-0${2 + v}`,
    pages: [
      [`# Förslag till ${prog}`, `Dnr KS ${y - 1}/0${41 + v}`, '# Förslag till beslut', `Kommunstyrelsen föreslår kommunfullmäktige besluta att anta ${prog}.`, '# Sammanfattning av ärendet', `Näringslivsenheten har på uppdrag av kommunstyrelsen tagit fram ett förslag till ${prog}. Förslaget innehåller vision, fyra målområden och mätbara mål.`, ...(v % 2 === 0 ? at(RUS_WORDINGS, v + 3).text(c) : at(INTERMUNICIPAL_WORDINGS, v + 5).text(c)), ...at(LINKED_WORDINGS, v).text(c)],
      ['# Ärendet', 'Det nuvarande programmet har löpt ut. En utvärdering visar att arbetet med service och bemötande har gett resultat, medan målen om nyföretagande inte har nåtts.', '# Ekonomiska konsekvenser', 'Förslaget ryms inom befintlig budgetram.', '# Konsekvenser för barn', 'Bedöms inte påverka barn särskilt.', `Maria Ek, näringslivschef`, `Jonas Hed, kommundirektör`],
    ],
  };
};

const news: Maker = (p, v) => {
  const y = Y(v, 2016);
  const prog = ['näringslivsprogram', 'näringslivsstrategi', 'tillväxtstrategi', 'näringslivsprogram', 'näringslivspolicy'][v % 5]!;
  const titles = [`Nu har ${p.name} ett nytt ${prog}`, `Kommunfullmäktige antog nytt ${prog}`, `Var med och tyck till om nya ${prog}en`, `${p.name} klättrar i företagsrankingen`, `Nytt ${prog} ska ge fler jobb`];
  return {
    title: titles[v % 5]!,
    pages: [[
      `# ${titles[v % 5]}`,
      `Publicerad ${y}-0${2 + (v % 7)}-1${v % 9}`,
      v % 5 === 3
        ? `I årets mätning av Svenskt Näringsliv hamnar ${p.name} på plats ${80 + v * 9}, en förbättring med 41 placeringar. – Vi har jobbat hårt med bemötandet, säger kommunstyrelsens ordförande.`
        : `Vid måndagens sammanträde beslutade kommunfullmäktige att anta ett nytt ${prog} för ${kommun(p)}. Programmet gäller ${y}–${y + 4} och har tagits fram tillsammans med företagarna.`,
      `– Vi vill att det ska vara enkelt att driva företag i ${p.name}. Med det nya programmet får vi en tydlig riktning och mätbara mål, säger näringslivschefen.`,
      `Programmet har fyra målområden: företagsklimat, kompetensförsörjning, etablering och besöksnäring. Till programmet hör en handlingsplan som tas fram varje år.`,
      v % 2 === 0 ? `Arbetet knyter an till ${p.rus} och till samarbetet i ${p.collab}.` : 'Hållbarhet och Agenda 2030 är ett genomgående perspektiv.',
      `Läs hela ${prog}et (pdf, 2 MB)`,
      'Kontakt: Näringslivsenheten, naringsliv@kommunen.se',
    ]],
  };
};

const pressRelease: Maker = (p, v) => {
  const y = Y(v, 2018);
  return {
    title: `Pressmeddelande: ${[`${p.name} antar ny näringslivsstrategi`, `Rekordmånga nya företag i ${p.name}`, `Klart för nytt verksamhetsområde i ${p.town}`][v % 3]}`,
    pages: [[`# PRESSMEDDELANDE`, `${kommun(p)}, ${y}-0${3 + v}-2${v}`, [`Kommunfullmäktige i ${p.name} har antagit en ny näringslivsstrategi som gäller ${y}–${y + 5}. Strategin innehåller en handlingsplan med 25 aktiviteter och har en tydlig koppling till den regionala utvecklingsstrategin.`, `Under ${y - 1} startades 212 nya företag i ${p.name}, det högsta antalet någonsin. Ökningen syns framför allt inom tjänstesektorn.`, `Detaljplanen för det nya verksamhetsområdet i ${p.town} har vunnit laga kraft. Området omfattar 22 hektar och ligger i direkt anslutning till väg 40.`][v % 3]!, `– Det här är ett viktigt steg för ${p.name}, säger kommunstyrelsens ordförande.`, 'För mer information, kontakta:', 'Kommunikationschef, tel. 0123-456 78', `Om ${kommun(p)}: ${kommun(p)} har cirka 25 000 invånare och ligger i ${p.county}.`]],
  };
};

const regionalStrategy: Maker = (p, v) => {
  const c = ctx(p, 'strategin', 'den regionala utvecklingsstrategin', 2020, 2030);
  return {
    title: [`${p.rus} – regional utvecklingsstrategi`, `Regional utvecklingsstrategi för ${p.county}`, `${p.region}: Regional utvecklingsstrategi 2021–2030`, `Regionalt tillväxtprogram för ${p.county} 2022–2025`, `Länsstrategi för näringslivsutveckling i ${p.county}`][v % 5]!,
    header: p.region,
    footer: `${p.region} – Regional utveckling`,
    pages: [
      [`# ${p.rus}`, `Beslutad av regionfullmäktige i ${p.region} ${2019 + (v % 3)}-06-1${v}.`, `Den regionala utvecklingsstrategin är länets gemensamma strategi för hållbar regional tillväxt och utveckling. Den har tagits fram i samverkan med länets kommuner, näringsliv, akademi och civilsamhälle.`],
      ['# Prioriterade områden', 'Ett innovativt och konkurrenskraftigt näringsliv', 'Kompetensförsörjning och livslångt lärande', 'God tillgänglighet och hållbara transporter', 'Attraktiva livsmiljöer i hela länet'],
      ['# Ett konkurrenskraftigt näringsliv', 'Länets företag ska växa och fler ska starta företag. Regionen ska stödja smart specialisering inom länets styrkeområden och verka för att företagen ökar sin export.', 'Indikatorer: antal nystartade företag, förädlingsvärde per sysselsatt, andel exporterande företag.'],
      [...at(SUSTAINABLE_WORDINGS, v + 2).text(c)],
      ['# Genomförande', `Strategin genomförs av många aktörer. Länets kommuner förväntas bidra genom sina egna näringslivsprogram och översiktsplaner. ${p.region} tar fram handlingsplaner för varje prioriterat område.`],
    ].slice(0, 3 + (v % 3)),
  };
};

const topical = (kind: string, titleOf: (p: Place, y: number) => string, body: (p: Place, y: number, v: number) => string[][]): Maker => (p, v) => {
  const y = Y(v, 2016);
  return { title: titleOf(p, y), pages: body(p, y, v), header: v % 2 ? `${kommun(p)} | ${kind}` : undefined };
};

const tourism = topical('Besöksnäring', (p, y) => [`Besöksnäringsstrategi ${y}–${y + 4}`, `Strategi för besöksnäringen i ${p.name}`, `Turismstrategi ${y + 10}`, `Destinationsutvecklingsplan för ${p.name}`][y % 4]!, (p, y, v) => [
  [`# Besöksnäringsstrategi för ${kommun(p)}`, `Antagen av kommunfullmäktige ${y}-04-2${v}.`, `Strategin gäller ${y}–${y + 4}.`, `Besöksnäringen i ${p.name} omsätter drygt 600 miljoner kronor per år och sysselsätter omkring 700 personer. Sjöarna, naturen och ${p.town} lockar både svenska och utländska besökare.`],
  ['# Vision', `${p.name} ska vara en av ${p.county}s mest besökta destinationer – året runt.`, '# Mål', 'Antalet kommersiella gästnätter ska öka med 20 procent.', 'Besöksnäringens omsättning ska öka med 4 procent per år.', 'Andelen utländska besökare ska öka.'],
  ['# Insatsområden', 'Destinationsutveckling: fler paketerade upplevelser och bättre skyltning.', 'Marknadsföring: gemensam digital närvaro för destinationen.', 'Samverkan: ett destinationsråd med företag och kommun.', ...(v % 2 === 0 ? ['Hållbar turism: besöksnäringen ska växa med minsta möjliga klimatpåverkan, i linje med Agenda 2030.'] : [])],
].slice(0, 2 + (v % 2)));

const rural = topical('Landsbygd', (p, y) => [`Landsbygdsprogram ${y}–${y + 4}`, `Landsbygdsstrategi för ${p.name}`, `Program för levande landsbygd`][y % 3]!, (p, y) => [
  [`# Landsbygdsprogram`, `Antaget av kommunfullmäktige ${y}-09-2${y % 9}.`, `En stor del av invånarna i ${p.name} bor på landsbygden. Programmet beskriver hur kommunen ska bidra till en levande landsbygd med service, bredband, kollektivtrafik och möjligheter att driva företag.`],
  ['# Målområden', 'Service: dagligvarubutiker och drivmedel ska finnas kvar i serviceorterna.', 'Bredband: alla hushåll ska erbjudas fiber.', 'Företagande: de gröna näringarna och småföretagen på landsbygden ska ha goda villkor.', 'Bygdeutveckling: byalag och föreningar får stöd genom landsbygdsutvecklaren.'],
  ['# Landsbygdssäkring', 'Alla större beslut i kommunen ska landsbygdssäkras, det vill säga konsekvenserna för landsbygden ska belysas.'],
]);

const environment = topical('Miljö', (p, y) => [`Miljöprogram ${y}–${y + 5}`, `Miljö- och klimatprogram för ${kommun(p)}`, `Miljömål för ${p.name} ${y + 14}`][y % 3]!, (p, y, v) => [
  [`# Miljöprogram`, `Fastställt av kommunfullmäktige ${y}-02-1${v}.`, 'Miljöprogrammet anger kommunens lokala miljömål och hur de ska nås. Programmet bygger på de nationella miljökvalitetsmålen och på Agenda 2030.'],
  ['# Lokala miljömål', 'Begränsad klimatpåverkan: utsläppen av växthusgaser ska minska med 70 procent till 2030 jämfört med 1990.', 'Giftfri miljö: kommunens förskolor ska vara giftsmarta.', 'Levande sjöar och vattendrag: alla vattenförekomster ska uppnå god ekologisk status.', 'Ett rikt växt- och djurliv: andelen skyddad natur ska öka.'],
  ['# Näringslivets roll', 'Företagen är viktiga för att nå miljömålen. Kommunen ska genom tillsyn och rådgivning stödja företag att minska sin miljöpåverkan.', '# Handlingsplan', 'En handlingsplan med åtgärder tas fram för varje mandatperiod.'],
]);

const climate = topical('Klimat', (p, y) => [`Klimatstrategi ${y + 14}`, `Klimat- och energistrategi ${y}–${y + 8}`, `Färdplan för ett fossilfritt ${p.name}`][y % 3]!, (p, y) => [
  [`# Klimatstrategi`, `${kommun(p)} ska vara en fossilfri kommun senast ${y + 14}. Strategin beskriver vägen dit och omfattar både den kommunala organisationen och kommunen som geografiskt område.`],
  ['# Fokusområden', 'Transporter: fler ska gå, cykla och åka kollektivt. Laddinfrastrukturen byggs ut.', 'Energi: solenergi på kommunens tak, energieffektivisering i fastigheter.', 'Konsumtion och upphandling: klimatkrav i alla större upphandlingar.', 'Näringsliv: kommunen driver ett klimatnätverk där företag delar erfarenheter av omställningen.'],
  ['# Uppföljning', 'Utsläppen följs upp årligen med data från den nationella emissionsdatabasen. Strategin bidrar till de globala målen 7, 11 och 13.'],
]);

const culture = topical('Kultur', (p, y) => [`Kulturplan ${y}–${y + 3}`, `Kulturpolitiskt program för ${p.name}`][y % 2]!, (p, y) => [
  [`# Kulturplan`, `Kulturplanen för ${kommun(p)} gäller ${y}–${y + 3} och beskriver hur kultur och kulturella och kreativa näringar ska utvecklas.`, 'Kultur skapar livskvalitet och attraktivitet. De kulturella och kreativa näringarna är en växande del av näringslivet.'],
  ['# Mål', 'Alla barn ska få ta del av kultur i skolan.', 'Biblioteken ska vara mötesplatser för alla.', 'Fler kulturevenemang ska arrangeras i samverkan med föreningar och företag.'],
]);

const housing = topical('Bostäder', (p, y) => [`Bostadsförsörjningsprogram ${y}–${y + 4}`, `Riktlinjer för bostadsförsörjning ${y}–${y + 3}`, `Bostadsförsörjningsprogram för ${kommun(p)}`][y % 3]!, (p, y, v) => [
  [`# Riktlinjer för bostadsförsörjning`, `Antagna av kommunfullmäktige ${y}-0${4 + (v % 5)}-2${v}.`, 'Enligt lagen om kommunernas bostadsförsörjningsansvar ska varje kommun anta riktlinjer för bostadsförsörjningen varje mandatperiod.'],
  ['# Behov', `Befolkningen beräknas öka med 1,2 procent per år. Det motsvarar ett behov av omkring 180 nya bostäder per år, framför allt hyresrätter och mindre lägenheter för unga och äldre.`, 'Företagen uppger att bristen på bostäder försvårar rekrytering.'],
  ['# Mål', 'Minst 150 nya bostäder per år.', 'Det kommunala bostadsbolaget ska bygga 40 hyresrätter per år.', '# Handlingsplan', 'Planberedskap för 500 bostäder – samhällsbyggnadsförvaltningen – löpande.'],
]);

const competence = topical('Kompetensförsörjning', (p, y) => [`Kompetensförsörjningsplan ${y}–${y + 2}`, `Strategi för kompetensförsörjning i ${p.name}`, `Kompetensförsörjningsplan för ${kommun(p)} som arbetsgivare`][y % 3]!, (p, y) => [
  [`# Kompetensförsörjning`, `Tillgången till kompetens är en av de viktigaste frågorna för både kommunen och företagen i ${p.name}. Planen beskriver hur utbildning, vägledning och samverkan med arbetslivet ska möta behoven.`],
  ['# Mål', 'Fler unga ska välja yrkesprogram där det finns jobb.', 'Vuxenutbildningen ska erbjuda yrkesutbildningar i samverkan med företagen.', 'Andelen nyanlända som är i arbete eller studier efter två år ska öka.'],
  ['# Samverkan', 'Ett kompetensråd med företag, Arbetsförmedlingen och utbildningsanordnare träffas fyra gånger per år.'],
]);

const actionPlanDoc: Maker = (p, v) => {
  const y = Y(v, 2017);
  const c = ctx(p, 'handlingsplanen', 'näringslivsprogrammet', y, y + 3);
  const prog = ['näringslivsprogrammet', 'näringslivsstrategin', 'tillväxtprogrammet', 'näringslivspolicyn', 'näringslivsprogrammet'][v % 5]!;
  return {
    title: [`Handlingsplan ${y} för ${prog}`, `Aktivitetsplan för näringslivsarbetet ${y}`, `Handlingsplan till näringslivsstrategin ${y}–${y + 1}`, `Årlig aktivitetsplan ${y} – Näringsliv`, `Bilaga 2: Handlingsplan ${y}–${y + 2}`][v % 5]!,
    pages: [
      [`# Handlingsplan ${y}`, `Handlingsplanen hör till ${prog} och beskriver de aktiviteter som ska genomföras under ${y}. Den har beslutats av kommunstyrelsen ${y - 1}-12-0${3 + v} och följs upp två gånger per år.`, `Målen och inriktningen finns i ${prog}, som har antagits av kommunfullmäktige. Handlingsplanen ska läsas tillsammans med det.`],
      at(INCLUDED_WORDINGS, v * 2 + 1).text(c),
      ...(v % 2 === 0 ? [at(INCLUDED_WORDINGS, v * 2 + 4).text(c)] : []),
    ],
  };
};

const landingPage: Maker = (p, v) => {
  const title = ['Näringsliv och arbete', `Företagare i ${kommun(p)}`, 'Näringsliv', 'Starta och driva företag', 'Välkommen till näringslivsenheten'][v % 5]!;
  return {
    title,
    pages: [[
      `# ${title}`,
      `Vi på näringslivsenheten hjälper dig som driver eller vill starta företag i ${p.name}. Kontakta oss om du behöver hjälp med tillstånd, lokaler, mark eller kontakter.`,
      '# Genvägar',
      '– Starta företag', '– Tillstånd och regler', '– Lediga lokaler och mark', '– Upphandling', '– Företagsregister',
      '# Våra styrdokument',
      `Näringslivsprogrammet för ${kommun(p)} beskriver vår inriktning och våra mål. Läs näringslivsprogrammet (pdf).`,
      v % 2 === 0 ? `Vi samarbetar med grannkommunerna i ${p.collab}.` : `Läs också om den regionala utvecklingsstrategin ${p.rus} på ${p.region}s webbplats.`,
      '# Aktuellt',
      `Företagsfrukost den 14 mars kl. 7.30 i ${['Stadshuset', 'Folkets hus', 'Medborgarhuset'][v % 3]}. Tema: kompetensförsörjning.`,
      'Nu öppnar anmälan till årets näringslivsgala.',
      '# Kontakt',
      'Näringslivschef: 0123-456 10', 'Näringslivsutvecklare: 0123-456 11', 'naringsliv@kommunen.se',
    ]],
  };
};

const procurement = topical('Upphandling', (p, y) => [`Upphandlingspolicy`, `Policy för upphandling och inköp i ${kommun(p)}`][y % 2]!, (p, y, v) => [
  [`# Upphandlingspolicy`, `Antagen av kommunfullmäktige ${y}-10-2${v}. Gäller tills vidare.`, 'Policyn gäller för alla nämnder och helägda bolag. Den anger hur kommunen ska upphandla och köpa varor, tjänster och byggentreprenader.'],
  ['# Principer', 'Affärsmässighet och konkurrens.', 'Lokala och små företag ska ges möjlighet att delta, bland annat genom uppdelning i mindre delar och dialog med leverantörer.', 'Hållbarhet: miljökrav och sociala krav ställs där det är relevant.', 'Uppföljning av avtal ska ske systematiskt.'],
]);

const jointStrategy: Maker = (p, v) => {
  const c = ctx(p, 'strategin', 'den gemensamma näringslivsstrategin', 2021, 2025);
  const owner = [p.collab, 'Skaraborgs kommunalförbund', 'Business Region Örebro'][v % 3]!;
  return {
    title: [`Gemensam näringslivsstrategi för ${owner}`, `Regional näringslivsstrategi för ${owner} 2021–2025`, `Strategi för tillväxt i ${owner}`][v % 3]!,
    header: owner,
    pages: [
      [`# Gemensam strategi`, `Strategin är framtagen av ${owner} och beslutad av förbundsdirektionen 2020-11-1${v}. Den gäller 2021–2025 för samtliga medlemskommuner.`, 'Kommunerna har enats om att samordna sitt arbete för etableringar, kompetensförsörjning och marknadsföring. Varje kommun har därutöver sina egna styrdokument.'],
      at(RUS_WORDINGS, v + 1).text(c),
      ['# Insatsområden', 'Gemensam etableringsfunktion.', 'Gemensam investeringsfrämjande marknadsföring.', 'Kompetensplattform för utbildning och arbetsliv.', 'Samordnade insatser för besöksnäringen.'],
      [...at(INCLUDED_WORDINGS, v + 2).text(c)],
    ],
  };
};

const otherPolicy = topical('Styrdokument', (p, y) => [`Energiplan ${y}–${y + 4}`, `Digitaliseringsstrategi ${y}–${y + 3}`, `Folkhälsoprogram ${y}–${y + 4}`, `Integrationsprogram för ${kommun(p)}`][y % 4]!, (p, y) => {
  const which = y % 4;
  const head = [['# Energiplan', 'Energiplanen beskriver kommunens mål för energiförsörjning, energieffektivisering och förnybar energi. Den är en del av kommunens klimatarbete.', 'Företag som vill investera i solenergi och vindkraft ska mötas av snabba och förutsägbara tillståndsprocesser.'],
    ['# Digitaliseringsstrategi', 'Digitaliseringen ska göra kommunens tjänster enklare för invånare och företag. Alla vanliga ärenden ska kunna hanteras digitalt.', 'E-tjänster för företag: serveringstillstånd, bygglov och livsmedelsregistrering.'],
    ['# Folkhälsoprogram', 'En god och jämlik hälsa för alla invånare. Programmet bygger på de åtta nationella målområdena för folkhälsa.', 'Arbete och sysselsättning är en viktig bestämningsfaktor för hälsa; kommunen samverkar med företagen om praktik.'],
    ['# Integrationsprogram', 'Programmet beskriver hur nyanlända snabbt ska komma in i arbete och samhällsliv.', 'Lokala företag erbjuder språkpraktik och mentorskap genom kommunens arbetsmarknadsenhet.']][which]!;
  return [[...head, `Antaget av kommunfullmäktige ${y}-05-1${y % 9}.`], ['# Mål', 'Målen följs upp årligen.', 'En handlingsplan tas fram av ansvarig förvaltning.']];
});

const jobAd: Maker = (p, v) => ({
  title: v % 2 === 0 ? `Näringslivsutvecklare till ${kommun(p)}` : 'Vi söker en näringslivschef',
  pages: [[`# ${v % 2 === 0 ? 'Näringslivsutvecklare' : 'Näringslivschef'}`, `${kommun(p)}, Kommunledningskontoret. Tillsvidareanställning, heltid. Sista ansökningsdag: 2024-0${3 + v}-15.`, `Är du en relationsbyggare som brinner för företagande? Hos oss får du en nyckelroll i arbetet med att genomföra kommunens näringslivsprogram och handlingsplan.`, 'Arbetsuppgifter: företagsbesök, etableringsärenden, nätverk och samverkan med grannkommunerna och regionen.', 'Kvalifikationer: akademisk examen inom ekonomi, samhällsplanering eller liknande. Erfarenhet från näringslivet är meriterande.', 'Välkommen med din ansökan!']],
});

const eventPage: Maker = (p, v) => ({
  title: v % 2 === 0 ? `Företagsfrukost: Så blir ${p.name} bäst på företagsklimat` : `Näringslivsgalan ${2023 + v}`,
  pages: [[`# ${v % 2 === 0 ? 'Företagsfrukost' : 'Näringslivsgalan'}`, `Datum: 2024-0${4 + v}-1${v}, kl. ${v % 2 === 0 ? '07.30–09.00' : '18.00–01.00'}`, `Plats: ${p.town}, ${['Folkets hus', 'Hotell Stadt'][v % 2]}`, v % 2 === 0 ? 'Näringslivschefen berättar om arbetet med det nya näringslivsprogrammet och handlingsplanen för i år. Frukost serveras från kl. 7.15.' : 'Årets företagare, årets nyföretagare och årets hållbara företag koras. Middag, underhållning och dans.', 'Anmälan senast en vecka innan via kommunens webbplats. Fri entré.']],
});

const KINDS: Array<[string, Maker, number, CorpusFormat[]]> = [
  ['comprehensive_plan', comprehensivePlan, 5, ['pdf', 'pdf', 'docx', 'html', 'txt']],
  ['budget', budget, 5, ['pdf', 'docx', 'pdf', 'txt', 'docx']],
  ['annual_report', annualReport, 4, ['pdf', 'pdf', 'docx', 'txt']],
  ['minutes', minutes, 6, ['pdf', 'docx', 'pdf', 'txt', 'docx', 'pdf']],
  ['officer_report', officerReport, 4, ['docx', 'pdf', 'docx', 'txt']],
  ['news', news, 5, ['html', 'html', 'html', 'html', 'txt']],
  ['press_release', pressRelease, 3, ['html', 'docx', 'pdf']],
  ['regional_strategy', regionalStrategy, 5, ['pdf', 'pdf', 'docx', 'html', 'pdf']],
  ['tourism_strategy', tourism, 4, ['pdf', 'docx', 'html', 'pdf']],
  ['rural_program', rural, 3, ['pdf', 'docx', 'html']],
  ['environment_program', environment, 3, ['pdf', 'html', 'docx']],
  ['climate_strategy', climate, 3, ['pdf', 'docx', 'html']],
  ['culture_plan', culture, 2, ['html', 'docx']],
  ['housing_program', housing, 3, ['pdf', 'docx', 'txt']],
  ['competence_plan', competence, 3, ['docx', 'html', 'pdf']],
  ['action_plan', actionPlanDoc, 5, ['pdf', 'docx', 'html', 'txt', 'pdf']],
  ['landing_page', landingPage, 5, ['html', 'html', 'html', 'html', 'html']],
  ['procurement_policy', procurement, 2, ['pdf', 'html']],
  ['joint_strategy', jointStrategy, 3, ['pdf', 'docx', 'html']],
  ['other_policy', otherPolicy, 4, ['docx', 'html', 'pdf', 'txt']],
  ['job_ad', jobAd, 2, ['html', 'html']],
  ['event_page', eventPage, 2, ['html', 'txt']],
];

/** Composes the look-alike part of the corpus. */
export function lookalikeSources(): CorpusSource[] {
  const places = shuffle(PLACES, 77);
  const out: CorpusSource[] = [];
  let n = 0;
  let txt = 0;
  for (const [kind, make, count, formats] of KINDS) {
    for (let v = 0; v < count; v++) {
      const p = at(places, n * 5 + 3);
      const d = make(p, v);
      const format = formats[v]!;
      n++;
      out.push({
        id: `look-${String(n).padStart(3, '0')}-${kind.replace(/_/g, '-')}-${slug(p.name)}`,
        format,
        spec: { title: d.title, pages: d.pages.filter((pg) => pg.length > 0), header: d.header, footer: d.footer, author: kommun(p) },
        pdfOptions: format === 'pdf' ? { metadataTitle: n % 3 !== 0 } : undefined,
        txtStyle: format === 'txt' ? at<TxtStyle>(['pdf-copy', 'utf8', 'cp1252-pdf-copy', 'cp1252'], txt++) : undefined,
        htmlTheme: format === 'html' ? n % 4 : undefined,
        labels: { isProgram: false, programType: null, title: d.title, validFrom: null, validTo: null, regionalLink: null, actionPlan: null, sustainability: null, isDraft: null, adoptedBy: null, writtenWithBusiness: null, yearlyActivities: null, agenda2030: null, goalsMeasurable: null },
        extra: { documentKind: kind, municipality: kind === 'regional_strategy' ? p.region : p.name, adoptedDate: null, validUntilFurtherNotice: null, agenda2030Goals: [], indicators: [] },
      });
    }
  }
  return out;
}
