/**
 * Neutral body text of business programs: vision, background, purpose,
 * goal areas, roles, process and follow-up. These blocks deliberately carry
 * no judged signal (no region, no action plan, no sustainability, no
 * dates) so the signal wordings alone decide the labels.
 */
import type { Ctx } from './context.ts';

type Block = (c: Ctx) => string[];

export const VISIONS: Block[] = [
  (c) => ['# Vision', `${c.p.name} – den självklara platsen att starta, driva och utveckla företag på.`],
  (c) => ['# Vår vision', `I ${c.p.name} växer företagen, och fler vill bo och verka här. Vi är kända för ett gott samarbete mellan kommun och näringsliv.`],
  (c) => [`Visionen för näringslivsarbetet är att ${c.k} ska ha ett av landets bästa företagsklimat.`],
  () => ['# Vision och övergripande mål', 'Fler jobb i fler och växande företag.', 'Det övergripande målet är att antalet arbetstillfällen i det privata näringslivet ska öka.'],
  (c) => [`${c.k} ska vara en kommun där det är enkelt att vara företagare – där vi säger ja, hjälper till och håller vad vi lovar.`],
  (c) => ['# Målbild', `Företagen i ${c.p.name} upplever kommunen som en engagerad och lyhörd partner. Det är lätt att hitta rätt, besked kommer snabbt och företagarna känner sig välkomna.`],
  () => ['Vision: Vi skapar förutsättningar – företagen skapar jobben.'],
  (c) => ['# Inriktning', `Kommunens roll är att skapa goda förutsättningar för företagande. ${c.Doc} beskriver hur vi ska göra det och vad företagen kan förvänta sig av oss.`],
  (c) => [`Vår gemensamma målbild är ett ${c.p.name} med ett brett och livskraftigt näringsliv, där både stora industriföretag och små familjeföretag trivs och utvecklas.`],
  () => ['# Ledord', 'Tillgänglighet – Tydlighet – Engagemang', 'Ledorden beskriver hur vi som kommun ska bemöta företagen i alla kontakter.'],
  (c) => ['# Vision', `Ett ${c.p.name} där det är lika naturligt att starta företag som att söka jobb.`],
  (c) => [`Vi vill att ${c.p.name} ska vara känd som en kommun där man får snabba besked och där politiker och tjänstepersoner förstår företagens vardag.`],
];

export const BACKGROUNDS: Block[] = [
  (c) => ['# Bakgrund', `${c.k} har ett näringsliv som präglas av tillverkningsindustri, handel och ett växande antal tjänsteföretag. Omkring 1 900 företag är registrerade i kommunen, varav de allra flesta har färre än tio anställda.`, 'Under de senaste åren har antalet nystartade företag legat strax under riksgenomsnittet, medan överlevnadsgraden är hög.'],
  (c) => ['# Bakgrund', `Kommunstyrelsen gav näringslivsenheten i uppdrag att ta fram ett nytt styrdokument för näringslivsarbetet. ${c.Doc} ersätter det tidigare programmet och bygger på erfarenheterna från det.`],
  () => ['# Nuläge', 'Arbetslösheten är lägre än i riket, men många företag vittnar om svårigheter att rekrytera personal med rätt kompetens. Särskilt inom teknik, vård och bygg är bristen stor.', 'Samtidigt har näringslivet blivit mer varierat. Besöksnäringen och de kreativa näringarna har vuxit, och flera e-handelsföretag har etablerat sig.'],
  (c) => ['# Näringslivet i siffror', 'Antal företag: cirka 2 400', 'Antal sysselsatta i privat sektor: cirka 6 800', 'Största branscher: tillverkning, handel, bygg och jord- och skogsbruk', `Den enskilt största arbetsgivaren är ${c.k}.`],
  (c) => ['# Utgångsläge', `I Svenskt Näringslivs senaste mätning av det lokala företagsklimatet hamnade ${c.p.name} på plats 143 av 290 kommuner. Företagarna ger högt betyg åt kommunens attityder men lägre åt service och information.`],
  () => ['# Varför ett program?', 'Näringslivsfrågorna berör hela den kommunala organisationen – planering, tillstånd, skola, infrastruktur och upphandling. Ett gemensamt program behövs för att alla delar ska dra åt samma håll.', 'Programmet tydliggör vad kommunen ska prioritera och vem som ansvarar för vad.'],
  (c) => [`${c.p.name} har en lång tradition av entreprenörskap. Här finns företag som har funnits i över hundra år, och här startar varje år omkring 150 nya företag.`],
  () => ['# Omvärld', 'Digitaliseringen förändrar hur företag arbetar och hur kunderna handlar. Globaliseringen gör att även små företag konkurrerar på en internationell marknad. Demografin innebär att färre ska försörja fler, och att kampen om arbetskraften hårdnar.', 'Kommunen kan inte påverka omvärlden, men vi kan påverka hur rustade vi och företagen är för den.'],
  () => ['# Styrkor och utmaningar', 'Styrkor: engagerade företagare, bra skolor, närhet till natur och ett rikt föreningsliv.', 'Utmaningar: brist på lediga lokaler, låg utbildningsnivå i vissa grupper och begränsad kollektivtrafik på landsbygden.'],
  (c) => ['# Befolkning och arbetsmarknad', `Befolkningen i ${c.p.name} har ökat svagt de senaste åren. Andelen invånare över 65 år är högre än i riket, vilket gör att många företagare närmar sig pension och att generationsskiften blir en viktig fråga.`, 'Utpendlingen är större än inpendlingen, men skillnaden har minskat.'],
  () => ['# Företagsklimatet', 'Företagsklimatet påverkas av många faktorer: kommunens service och bemötande, tillgången till mark och lokaler, kompetensförsörjningen, infrastrukturen och de attityder som finns till företagande hos politiker, tjänstepersoner och allmänhet.', 'Vi har valt att arbeta med de faktorer där kommunen har störst rådighet.'],
  (c) => ['# Sammanfattning', `${c.Doc} beskriver kommunens inriktning för näringslivsarbetet. Det innehåller vision, målområden och mål samt en beskrivning av roller och uppföljning. Det riktar sig till förtroendevalda, medarbetare i kommunen och till företagen.`],
];

export const PURPOSES: Block[] = [
  (c) => ['# Syfte', `Syftet med ${c.full} är att skapa en gemensam riktning för kommunens arbete med att förbättra förutsättningarna för företagande.`],
  () => ['# Programmets syfte', 'Programmet ska ge politiker, tjänstepersoner och företagare en gemensam bild av vad vi vill uppnå och hur vi ska arbeta. Det ska också göra det tydligt vad företagen kan förvänta sig av kommunen.'],
  (c) => [`${c.Doc} ska vara ett stöd för prioriteringar i budget och verksamhetsplanering och bidra till fler arbetstillfällen i ${c.p.name}.`],
  () => ['# Syfte och omfattning', 'Dokumentet gäller för hela kommunkoncernen, det vill säga alla nämnder, förvaltningar och kommunala bolag. Alla har ett ansvar för att bidra till ett bättre företagsklimat.'],
  (c) => [`Syftet är att samla ${c.ks} insatser för näringslivet och att göra arbetet mer målinriktat.`],
  () => ['# Vad är ett näringslivsprogram?', 'Ett näringslivsprogram är ett politiskt beslutat dokument som beskriver kommunens mål och prioriteringar för näringslivsarbetet. Det är inte en beskrivning av allt kommunen gör, utan av det vi särskilt vill utveckla.'],
  () => ['Dokumentets syfte är att tydliggöra kommunens roll i näringslivsutvecklingen och att peka ut de områden där vi gör störst nytta.'],
  (c) => ['# Läsanvisning', `Först beskrivs bakgrund och nuläge. Därefter presenteras visionen och målområdena. Sist beskrivs roller, ansvar och uppföljning av ${c.full}.`],
];

export interface GoalArea {
  name: string;
  intro: string[];
  measurable: string[];
  process: string[];
  indicators: string[];
}

export const GOAL_AREAS: GoalArea[] = [
  { name: 'Företagsklimat', intro: ['Ett gott företagsklimat handlar om attityder, service och dialog. Företagen ska känna att kommunen vill dem väl och att det är lätt att få hjälp.'], measurable: ['Kommunens placering i Svenskt Näringslivs ranking av det lokala företagsklimatet ska förbättras till topp 100 senast programperiodens slut.', 'Sammanfattande omdöme om företagsklimatet ska vara minst 3,8.'], process: ['Vi ska föra en löpande dialog med företagarna.', 'Attityderna till företagande ska förbättras.'], indicators: ['Svenskt Näringslivs ranking', 'sammanfattande omdöme'] },
  { name: 'Service och myndighetsutövning', intro: ['Kommunen är myndighet för många av företagens tillstånd. Korta handläggningstider, tydlig information och ett gott bemötande är avgörande.'], measurable: ['NKI i SKR:s servicemätning Insikt ska vara minst 75.', 'Handläggningstiden för bygglov ska i genomsnitt understiga fyra veckor.'], process: ['Företagen ska få ett gott bemötande i alla kontakter med kommunen.', 'Vi ska arbeta med ständiga förbättringar av våra processer.'], indicators: ['NKI', 'handläggningstid'] },
  { name: 'Etablering och mark', intro: ['För att företag ska kunna växa och nya etablera sig krävs planlagd mark och lediga lokaler. Kommunen ska ha en aktiv markpolitik.'], measurable: ['Det ska alltid finnas minst 15 hektar planlagd och byggklar verksamhetsmark.', 'Minst tre nya företagsetableringar per år.'], process: ['Vi ska ha en god beredskap för etableringar.', 'Etableringsförfrågningar ska hanteras snabbt och professionellt.'], indicators: ['hektar verksamhetsmark', 'antal etableringar'] },
  { name: 'Kompetensförsörjning', intro: ['Tillgången till rätt kompetens är företagens största utmaning. Skolan, vuxenutbildningen och företagen behöver samarbeta närmare.'], measurable: ['Andelen gymnasieelever som gör praktik i ett lokalt företag ska öka till 60 procent.', 'Minst 40 företag ska delta i skolans arbetslivsdagar varje år.'], process: ['Samverkan mellan skola och näringsliv ska stärkas.', 'Vi ska verka för att utbildningsutbudet motsvarar företagens behov.'], indicators: ['andel elever med praktik', 'antal deltagande företag'] },
  { name: 'Entreprenörskap och nyföretagande', intro: ['Fler ska våga starta företag. Entreprenörskap ska uppmuntras redan i skolan och nya företagare ska få stöd de första åren.'], measurable: ['Antalet nystartade företag per 1 000 invånare ska öka från 7,2 till 9,0.', 'Minst 25 UF-företag per år på gymnasieskolan.'], process: ['Vi ska uppmuntra entreprenörskap bland unga.', 'Stödet till nya företagare ska vara lätt att hitta.'], indicators: ['antal nystartade företag', 'antal UF-företag'] },
  { name: 'Infrastruktur och kommunikationer', intro: ['Goda kommunikationer är avgörande för att företag ska nå kunder, leverantörer och medarbetare. Bredband är i dag lika viktigt som vägar.'], measurable: ['Minst 98 procent av företagen ska ha tillgång till bredband om minst 1 Gbit/s.', 'Restiden med kollektivtrafik till närmaste större stad ska understiga 45 minuter.'], process: ['Vi ska driva på för bättre vägar och järnväg.', 'Utbyggnaden av bredband på landsbygden ska fortsätta.'], indicators: ['andel med bredband', 'restid'] },
  { name: 'Besöksnäring', intro: ['Besöksnäringen är en växande bransch som skapar jobb för unga och bidrar till ett levande centrum och en levande landsbygd.'], measurable: ['Antalet gästnätter ska öka med 15 procent.', 'Omsättningen i besöksnäringen ska öka med 3 procent per år.'], process: ['Vi ska utveckla samarbetet med besöksnäringens företag.', 'Evenemang ska användas för att locka besökare.'], indicators: ['antal gästnätter', 'omsättning i besöksnäringen'] },
  { name: 'Handel och levande centrum', intro: ['Ett levande centrum med handel, restauranger och mötesplatser gör kommunen attraktiv för både invånare och besökare.'], measurable: ['Andelen tomma butikslokaler i centrum ska understiga 5 procent.', 'Handelsindex ska öka till minst 90.'], process: ['Vi ska samverka med fastighetsägare och handlare om centrumutveckling.', 'Centrum ska vara tryggt och tillgängligt.'], indicators: ['andel tomma lokaler', 'handelsindex'] },
  { name: 'Innovation och utveckling', intro: ['Företag som utvecklar nya produkter och tjänster står starkare. Kommunen vill underlätta kontakter med högskolor, inkubatorer och finansiärer.'], measurable: ['Minst tio företag per år ska få hjälp att komma i kontakt med forskning eller innovationsstöd.'], process: ['Vi ska verka för att fler företag använder de innovationsstöd som finns.', 'Kommunen ska vara öppen för att testa nya lösningar tillsammans med företag.'], indicators: ['antal företag som fått innovationsstöd'] },
  { name: 'Attraktivitet och marknadsföring', intro: ['För att locka nya invånare, företag och medarbetare behöver vi berätta om kommunens styrkor. En gemensam bild av platsen stärker alla.'], measurable: ['Befolkningen ska öka med minst 0,5 procent per år.', 'Antalet besök på etableringssidorna ska fördubblas.'], process: ['Vi ska marknadsföra kommunen som en attraktiv plats att bo och verka på.', 'Företagen ska involveras som ambassadörer.'], indicators: ['befolkningsökning', 'antal besök på webben'] },
  { name: 'Landsbygdens företagande', intro: ['En stor del av företagen finns utanför centralorten. Jord- och skogsbruk, hantverk och små tjänsteföretag behöver service, bredband och vägar.'], measurable: ['Antalet företag på landsbygden ska öka med 5 procent.'], process: ['Landsbygdens företagare ska ha samma tillgång till kommunens service som företag i tätorten.'], indicators: ['antal företag på landsbygden'] },
  { name: 'Upphandling', intro: ['Kommunens upphandlingar omsätter stora belopp. Lokala företag ska ha goda möjligheter att lämna anbud.'], measurable: ['Andelen upphandlingar där minst ett lokalt företag lämnat anbud ska öka till 50 procent.'], process: ['Vi ska informera om kommande upphandlingar i god tid.', 'Upphandlingar ska delas upp när det är möjligt så att mindre företag kan delta.'], indicators: ['andel upphandlingar med lokala anbud'] },
];

/** Roles and responsibilities: neutral, no action plan. */
export const ROLES: Block[] = [
  (c) => ['# Roller och ansvar', `Kommunstyrelsen har det övergripande ansvaret för näringslivsarbetet och för att ${c.full} genomförs. Näringslivsenheten samordnar arbetet, men alla nämnder och bolag ansvarar för att bidra inom sina områden.`],
  () => ['# Vem gör vad?', 'Politiken sätter mål och prioriterar resurser.', 'Förvaltningarna genomför insatserna och bemöter företagen i vardagen.', 'Företagen och deras organisationer bidrar med kunskap, engagemang och egna initiativ.'],
  () => ['# Organisation', 'Näringslivsenheten är placerad på kommunledningskontoret och består av en näringslivschef, två näringslivsutvecklare och en etableringsansvarig. Enheten är företagens ingång till kommunen.'],
  (c) => [`Ansvaret för ${c.full} ligger hos kommunstyrelsen. Näringslivschefen är ansvarig tjänsteperson och rapporterar till kommundirektören.`],
  () => ['# Näringslivsrådet', 'Näringslivsrådet består av representanter för företagarföreningarna, handeln, besöksnäringen och industrin samt kommunstyrelsens ordförande. Rådet träffas fyra gånger per år och är ett forum för dialog om företagsklimatet.'],
  () => ['# Ansvarsfördelning', 'Kommunstyrelsen: övergripande ansvar och uppföljning.', 'Samhällsbyggnadsnämnden: mark, planer och tillstånd.', 'Barn- och utbildningsnämnden: entreprenörskap i skolan och samverkan med arbetslivet.', 'Kultur- och fritidsnämnden: evenemang och besöksnäring.'],
  () => ['Alla medarbetare som möter företag har en roll i näringslivsarbetet. Det handlar om att vara tillgänglig, lyhörd och att ge tydliga besked.'],
  () => ['# Företagens roll', 'Kommunen kan inte skapa jobben – det gör företagen. Men vi kan göra det lättare för dem. Vi förväntar oss att företagen deltar i dialogen och tar del av de insatser som erbjuds.'],
];

/** How the program was written: with local business (true) or inside the organisation (false). */
export const PROCESS_WITH_BUSINESS: Block[] = [
  (c) => ['# Så har programmet tagits fram', `${c.Doc} har tagits fram i dialog med näringslivet. Under våren genomfördes fyra workshops med sammanlagt drygt 80 företagare, och en enkät skickades till samtliga företag i kommunen.`],
  (c) => [`${c.Doc} är framtagen tillsammans med näringslivet. Näringslivsrådet har varit referensgrupp under hela arbetet.`],
  () => ['Arbetet har skett i nära samverkan med företagarföreningarna och handelns organisationer. Vi har också intervjuat ett trettiotal företagare om vad som är viktigast för dem.'],
  (c) => ['# Process', `Arbetet med ${c.full} startade med en enkät till företagen. Resultaten diskuterades vid dialogmöten i ${c.p.town} och i centralorten, där företagare, politiker och tjänstepersoner tillsammans prioriterade målområdena.`],
  () => ['Programmet bygger på synpunkter från de företagare som deltog i våra frukostmöten och i näringslivsrådet. Deras erfarenheter har format både mål och prioriteringar.'],
  (c) => [`För att ${c.doc} ska bli förankrat hos dem det berör har vi genomfört dialogmöten med lokala företag i alla kommundelar.`],
  () => ['# Delaktighet', 'Företagarna har varit delaktiga från start. En arbetsgrupp med representanter för Företagarna, handelsföreningen och LRF har tillsammans med näringslivsenheten skrivit förslaget.'],
  () => ['Innan programmet skrevs genomförde vi en workshopserie med lokala företagare om vad som gör kommunen bra – och mindre bra – att driva företag i.'],
];

export const PROCESS_WITHOUT_BUSINESS: Block[] = [
  (c) => [`${c.Doc} har tagits fram av näringslivsenheten på uppdrag av kommunstyrelsen.`],
  () => ['En politisk styrgrupp har lett arbetet, och förvaltningarna har lämnat underlag.'],
  () => [],
  () => ['Förslaget har beretts inom kommunledningskontoret.'],
  () => [],
];

export const FOLLOW_UP_MEASURED: Block[] = [
  () => ['# Uppföljning', 'Målen följs upp årligen och redovisas för kommunstyrelsen. Som underlag används Svenskt Näringslivs företagsklimatmätning, SKR:s servicemätning Insikt (NKI) och statistik om nyföretagande.'],
  () => ['# Uppföljning och utvärdering', 'Varje mål har en eller flera indikatorer. Näringslivsenheten sammanställer utfallet i en årlig rapport. Halvvägs genom perioden görs en utvärdering tillsammans med näringslivsrådet.'],
  (c) => [`Uppföljning av ${c.full} sker i samband med årsredovisningen. Indikatorerna redovisas i en bilaga med utfall för de senaste tre åren.`],
  () => ['# Så följer vi upp', 'Indikator | Källa | Utgångsvärde', 'Ranking företagsklimat | Svenskt Näringsliv | plats 143', 'NKI företag | SKR Insikt | 71', 'Nystartade företag per 1 000 inv. | Tillväxtanalys | 7,2'],
];

export const FOLLOW_UP_PLAIN: Block[] = [
  () => ['# Uppföljning', 'Programmet följs upp årligen av kommunstyrelsen.'],
  (c) => [`Näringslivsenheten rapporterar hur arbetet med ${c.full} fortskrider till kommunstyrelsen en gång per år.`],
  () => ['# Uppföljning', 'Arbetet följs upp i dialog med näringslivsrådet, där vi tillsammans diskuterar vad som fungerar och vad som behöver förändras.'],
  () => [],
  () => ['Uppföljning sker i den ordinarie uppföljningen av kommunens verksamhet.'],
];

/** Extra chapters that make long programs long. */
export const LONG_CHAPTERS: Block[] = [
  () => ['# Branscher i fokus', 'Tillverkningsindustrin är fortfarande den största privata arbetsgivaren. Här finns underleverantörer till fordonsindustrin, trävaruföretag och flera nischade verkstadsföretag som exporterar över hela världen.', 'Handeln har förändrats i takt med e-handelns framväxt. Dagligvaruhandeln är stabil, medan sällanköpshandeln i centrum har det tuffare.', 'De gröna näringarna – jord, skog och förädling av livsmedel – har stor betydelse för landsbygden.'],
  () => ['# Vad företagen säger', '"Det viktigaste är att man får ett snabbt besked, även om det är ett nej." – företagare inom bygg', '"Kommunen har blivit mycket bättre på att lyssna de senaste åren." – handlare i centrum', '"Vi hittar inte folk. Skolan måste samarbeta mer med oss." – industriföretag'],
  () => ['# Kommunens verktyg', 'Kommunen har flera verktyg för att påverka förutsättningarna för företag: fysisk planering, myndighetsutövning, upphandling, utbildning, information och dialog.', 'Kommunen kan däremot inte ge ekonomiskt stöd till enskilda företag, eftersom kommunallagen förbjuder det.'],
  () => ['# Statistik i urval', 'Förvärvsarbetande dagbefolkning: 9 400', 'Andel sysselsatta i tillverkning: 24 procent', 'Andel sysselsatta i offentlig sektor: 31 procent', 'Antal aktiebolag: 780', 'Medianinkomst: något under riksgenomsnittet'],
  () => ['# Generationsskiften', 'Många av företagen ägs av personer som är över 60 år. Om inga efterträdare finns riskerar jobb och kunnande att försvinna. Vi vill uppmärksamma frågan och hänvisa till de rådgivare som finns.'],
  () => ['# Digitalisering', 'Digitala e-tjänster ska göra det enklare för företag att söka tillstånd och följa sina ärenden. Målet är att alla vanliga ansökningar ska kunna göras digitalt.'],
  () => ['# Kvinnors företagande', 'Andelen företag som drivs av kvinnor är lägre än andelen som drivs av män. Vi vill att fler kvinnor ska se företagande som ett alternativ och att rådgivningen ska nå alla.'],
  () => ['# Kommunikation', 'Information till företagen ska vara lätt att hitta. Vi använder webbplatsen, nyhetsbrev, sociala medier och framför allt personliga möten.', 'Internt ska alla medarbetare känna till programmet och förstå sin roll i det.'],
  () => ['# Ordlista', 'Etablering – när ett företag startar verksamhet på en ny ort.', 'Företagslots – en samordnande funktion som hjälper företag genom kommunens processer.', 'NKI – nöjd kund-index, ett mått på hur nöjda företagen är med kommunens service.', 'UF – Ung Företagsamhet, ett utbildningskoncept för entreprenörskap i gymnasiet.'],
  () => ['# Mötesplatser', 'Företagsfrukostar, temakvällar och den årliga näringslivsdagen är viktiga mötesplatser. De ger företagare möjlighet att träffa varandra och att träffa kommunens politiker och tjänstepersoner.'],
  () => ['# Ett enklare vardagsliv för företagare', 'Många kontakter med kommunen handlar om enkla frågor: var man parkerar en lastbil, hur man söker serveringstillstånd eller när ett bygglov är klart. Svaren ska vara lätta att få.'],
  () => ['# Finansiering', 'Insatserna i programmet finansieras i första hand inom befintliga ramar. Större insatser prövas i budgetprocessen. Externa medel ska sökas när det är möjligt.'],
];
