/**
 * Ways programs tie themselves (or do not) to the regional development
 * strategy or to collaboration with other municipalities. Each wording
 * carries the label it earns; 'none' wordings mention the region only as
 * a place, which is not a link.
 */
import type { Ctx } from './context.ts';

export interface RegionalWording {
  kind: 'rus' | 'intermunicipal' | 'none';
  text: (c: Ctx) => string[];
}

export const RUS_WORDINGS: RegionalWording[] = [
  { kind: 'rus', text: (c) => ['# Koppling till regionala mål', `${c.Doc} utgår från ${c.p.rus}, som är den regionala utvecklingsstrategin för ${c.p.county}. Målen i ${c.full} är valda så att de bidrar till de regionala prioriteringarna om kompetens, tillgänglighet och innovation.`] },
  { kind: 'rus', text: (c) => [`${c.k} har ett ansvar att bidra till den regionala utvecklingen. Därför har vi i arbetet med ${c.full} stämt av målområdena mot den regionala utvecklingsstrategin (RUS) som ${c.p.region} beslutat om.`] },
  { kind: 'rus', text: (c) => ['# Styrdokument som påverkar programmet', `Programmet har en tydlig koppling till ${c.p.rus}. Där pekas företagande, kompetensförsörjning och en god infrastruktur ut som avgörande för länets utveckling – samma frågor som vi lyfter här.`, 'Programmet ska även läsas tillsammans med kommunens översiktsplan och de kommunövergripande målen.'] },
  { kind: 'rus', text: (c) => [`Vi vill vara en aktiv part i genomförandet av regionens utvecklingsstrategi. ${c.Doc} är kommunens lokala bidrag till de regionala målen, och vi följer upp arbetet i dialog med ${c.p.region}.`] },
  { kind: 'rus', text: (c) => [`Den regionala utvecklingsstrategin för ${c.p.county} anger riktningen för hela länet. ${c.ks} ${c.full} bygger vidare på den och konkretiserar vad den innebär för företagen här.`] },
  { kind: 'rus', text: (c) => ['# Regional och nationell utblick', `På nationell nivå finns den nationella strategin för hållbar regional utveckling. Regionalt är det ${c.p.rus} som gäller, och ${c.doc} ansluter till strategins mål om ett konkurrenskraftigt näringsliv och en stärkt kompetensförsörjning.`] },
  { kind: 'rus', text: (c) => [`Arbetet i ${c.full} bidrar till genomförandet av RUS, regionens utvecklingsstrategi, och de regionala program för smart specialisering som hör till den.`] },
  { kind: 'rus', text: (c) => [`Kopplingen till regional nivå är viktig. ${c.p.region} ansvarar för det regionala tillväxtarbetet och har i ${c.p.rus} formulerat mål som vi delar. Vi har därför valt samma fyra prioriteringar som den regionala strategin.`] },
  { kind: 'rus', text: (c) => ['Förhållande till andra styrdokument:', `– Vision ${c.year + 10} för ${c.k}`, `– ${c.p.rus} (regional utvecklingsstrategi)`, '– Kommunens översiktsplan', `${c.Doc} bidrar till målen i samtliga dokument ovan.`] },
  { kind: 'rus', text: (c) => [`Strategin har tagits fram med utgångspunkt i de regionala utvecklingsstrategins prioriteringar. När ${c.p.region} reviderar sin strategi ska vi pröva om våra målområden behöver justeras.`] },
  { kind: 'rus', text: (c) => [`I länet pågår ett arbete med att förverkliga ${c.p.rus}. ${c.k} vill ta sin del av det ansvaret och ser ${c.full} som ett av de viktigaste verktygen för att göra det lokalt.`] },
  { kind: 'rus', text: (c) => ['# Ett program i ett större sammanhang', `Näringslivsarbetet i ${c.k} sker inte isolerat. Det regionala utvecklingsprogrammet och den regionala utvecklingsstrategin sätter ramarna, och vi har låtit dem vägleda vilka områden vi prioriterar.`] },
  { kind: 'rus', text: (c) => [`Programmet är förankrat i regionala utvecklingsstrategin (RUS) för ${c.p.county} och i kommunens vision. Där de regionala målen och våra egna sammanfaller lägger vi mest kraft.`] },
  { kind: 'rus', text: (c) => [`${c.p.region} har pekat ut tillgänglighet, kompetens och innovationskraft som länets utmaningar i den regionala utvecklingsstrategin. ${c.Doc} tar avstamp i samma utmaningar och beskriver hur ${c.k} kan bidra.`] },
  { kind: 'rus', text: (c) => [`Vår ambition är att det lokala näringslivsarbetet ska hänga ihop med det regionala. Därför hänvisar ${c.doc} genomgående till målen i länets utvecklingsstrategi, ${c.p.rus}.`] },
  { kind: 'rus', text: (c) => [`Utöver kommunens egna styrdokument relaterar ${c.doc} till regionens utvecklingsstrategi och till EU:s sammanhållningspolitik, eftersom mycket av finansieringen för utvecklingsprojekt går via regionala och europeiska program.`] },
  { kind: 'rus', text: (c) => [`Kommunen deltar i genomförandet av den regionala strategin och har i ${c.full} prioriterat insatser som ligger i linje med ${c.p.rus}.`] },
  { kind: 'rus', text: (c) => ['# Omvärld och regionala förutsättningar', `Den regionala utvecklingsstrategin, ${c.p.rus}, beskriver ett län där fler företag ska starta och växa och där kompetensen matchar arbetsgivarnas behov. ${c.ks} mål i detta dokument är formulerade för att bidra till just detta.`] },
  { kind: 'rus', text: (c) => [`Tillväxtarbetet ska vara samordnat med RUS. Kommunen stämmer årligen av sina aktiviteter mot de regionala målen tillsammans med tjänstepersoner på ${c.p.region}.`] },
  { kind: 'rus', text: (c) => [`${c.Doc} är ett komplement till ${c.p.rus} – regionens långsiktiga strategi för utveckling – och visar hur den ska omsättas i ${c.p.name}.`] },
  { kind: 'rus', text: (c) => [`Både ${c.p.rus} och samarbetet med grannkommunerna i ${c.p.collab} är viktiga för oss. Den regionala utvecklingsstrategin är dock den övergripande ram som ${c.doc} förhåller sig till.`] },
  { kind: 'rus', text: (c) => [`Programmet knyter an till regionens utvecklingsstrategi och bidrar till det regionala målet om ett starkt och mångsidigt näringsliv i ${c.p.county}.`] },
];

export const INTERMUNICIPAL_WORDINGS: RegionalWording[] = [
  { kind: 'intermunicipal', text: (c) => ['# Samverkan över kommungränserna', `${c.k} ingår i ${c.p.collab}. Många frågor i ${c.full} – etableringar, kompetensförsörjning och infrastruktur – drivs bäst tillsammans med grannkommunerna, och vi prioriterar det gemensamma arbetet där.`] },
  { kind: 'intermunicipal', text: (c) => [`Vi samverkar med grannkommunerna inom ${c.p.collab}. Genom samarbetet delar vi kunskap om etableringsförfrågningar och kan erbjuda företag en större arbetsmarknad än vad vi kan göra ensamma.`] },
  { kind: 'intermunicipal', text: (c) => [`Mellankommunal samverkan är en förutsättning för ${c.full}. Tillsammans med kommunerna i ${c.p.collab} arbetar vi med gemensam marknadsföring av regionen som plats för företagande.`] },
  { kind: 'intermunicipal', text: (c) => [`Företagen ser inte kommungränserna. Därför bygger ${c.doc} på ett nära samarbete med grannkommunerna, särskilt i frågor om mark för etablering och pendling.`] },
  { kind: 'intermunicipal', text: (c) => ['# Delregional samverkan', `${c.k} är medlem i ${c.p.collab}, där kommunerna gemensamt driver frågor om näringslivsutveckling, kompetensförsörjning och kommunikationer. Programmets mål ska bidra till den delregionala samverkan.`] },
  { kind: 'intermunicipal', text: (c) => [`Inom ${c.p.collab} har kommunerna enats om en gemensam inriktning för näringslivsarbetet. ${c.Doc} är vår lokala tillämpning av den inriktningen.`] },
  { kind: 'intermunicipal', text: (c) => [`Samarbetet med andra kommuner har stor betydelse. Vi deltar i det gemensamma etableringsarbetet i ${c.p.collab} och vill utveckla samverkan ytterligare under programperioden.`] },
  { kind: 'intermunicipal', text: (c) => [`Kommunen har tillsammans med sina grannkommuner ett gemensamt näringslivsnätverk där näringslivscheferna träffas regelbundet. Flera av insatserna i ${c.full} genomförs i det nätverket.`] },
  { kind: 'intermunicipal', text: (c) => [`${c.p.name} är en del av en större arbetsmarknadsregion, och vi samarbetar med ${c.p.collab} om allt från företagsbesök till gemensamma utbildningsinsatser. ${c.Doc} förutsätter att det samarbetet fortsätter.`] },
  { kind: 'intermunicipal', text: (c) => ['# Vi gör det tillsammans', `Ingen kommun klarar näringslivsfrågorna på egen hand. Genom ${c.p.collab} har vi ett etablerat samarbete där vi delar resurser och kompetens. ${c.Doc} ska stärka den samverkan.`] },
  { kind: 'intermunicipal', text: (c) => [`Vår medverkan i ${c.p.collab} ger tillgång till en gemensam etableringsfunktion och till gemensamma investeringsfrämjande insatser. Det är en viktig del av ${c.ks} näringslivsarbete.`] },
  { kind: 'intermunicipal', text: (c) => [`Vi har ett nära samarbete med våra grannkommuner kring näringslivsfrågor och kommer under programperioden att ta fram en gemensam etableringsprocess.`] },
  { kind: 'intermunicipal', text: (c) => [`Samverkan med kommunerna i närområdet är central för oss. Inom ramen för ${c.p.collab} driver vi gemensamma projekt om kompetensförsörjning och företagsservice.`] },
  { kind: 'intermunicipal', text: (c) => [`Eftersom vi är en liten kommun är det naturligt att söka samarbete. ${c.k} samverkar med grannkommunerna i frågor om besöksnäring, marknadsföring och näringslivsservice, och ${c.doc} bygger på den samverkan.`] },
  { kind: 'intermunicipal', text: (c) => [`Kommunerna i ${c.p.collab} har en gemensam vision om att vara Sveriges bästa region för företagande. Vår ambition är att bidra till den genom de mål som beskrivs här.`] },
  { kind: 'intermunicipal', text: (c) => ['# Samarbeten', `– ${c.p.collab}: gemensamma etableringsfrågor och marknadsföring`, '– Nyföretagarcentrum: rådgivning till nya företagare', '– Lokala företagarföreningar: dialog och nätverk', 'Samarbetet över kommungränsen är grunden för flera av programmets mål.'] },
  { kind: 'intermunicipal', text: (c) => [`Mellankommunal samverkan ska användas där den ger bättre resultat än om kommunen agerar ensam. I ${c.full} innebär det främst samarbete kring kompetensförsörjning och logistiketableringar.`] },
  { kind: 'intermunicipal', text: (c) => [`Vi vill fördjupa samverkan med grannkommunerna. Ett konkret exempel är den gemensamma företagslotsen som vi delar med två andra kommuner i ${c.p.collab}.`] },
  { kind: 'intermunicipal', text: (c) => [`${c.Doc} är framtagen i samklang med det gemensamma näringslivsarbetet i ${c.p.collab}, där kommunerna har enats om att samordna sina insatser för etablering och investeringar.`] },
  { kind: 'intermunicipal', text: (c) => [`Samverkan i ${c.p.collab} innebär att vi tillsammans kan erbjuda en större och mer attraktiv arbetsmarknad. Kommunens näringslivsarbete är en del av den delregionala helheten.`] },
  { kind: 'intermunicipal', text: (c) => [`Näringslivsenheten deltar i det kommunöverskridande nätverket för näringslivsutvecklare inom ${c.p.collab}. Där utbyter vi erfarenheter och planerar gemensamma insatser, vilket är en förutsättning för flera av målen i ${c.full}.`] },
  { kind: 'intermunicipal', text: (c) => [`Vi samarbetar med kommunerna runt omkring oss eftersom våra företag rekryterar från hela pendlingsregionen. Gemensamma frågor drivs genom ${c.p.collab}.`] },
  { kind: 'intermunicipal', text: (c) => [`En viktig utgångspunkt är den gemensamma näringslivsstrategi som kommunerna i ${c.p.collab} har tagit fram. ${c.ks} program kompletterar den med lokala prioriteringar.`] },
  { kind: 'intermunicipal', text: (c) => [`Vi ska vara en aktiv och pålitlig partner i samverkan med andra kommuner. Ett gott samarbete i ${c.p.collab} stärker hela området som plats att driva företag på.`] },
  { kind: 'intermunicipal', text: (c) => ['Samverkan:', `Kommunen samverkar med grannkommunerna inom ${c.p.collab}, bland annat om investeringsfrämjande, besöksnäring och kompetensförsörjning. Samverkan följs upp årligen i samband med uppföljningen av ${c.full}.`] },
  { kind: 'intermunicipal', text: (c) => [`Kommunerna i vårt område har samma utmaningar: kompetensbrist, långa avstånd och en åldrande befolkning. Genom att samarbeta över gränserna – inte minst i ${c.p.collab} – kan vi möta dem bättre.`] },
  { kind: 'intermunicipal', text: (c) => [`${c.k} ingår i ett interkommunalt samarbete för näringslivsfrågor tillsammans med grannkommunerna. Samarbetet är en av hörnstenarna i ${c.full}.`] },
  { kind: 'intermunicipal', text: (c) => [`Genom ${c.p.collab} samarbetar vi med övriga medlemskommuner om gemensamma frågor. Näringslivsprogrammet ska ses som vårt bidrag till det gemensamma arbetet för fler jobb i hela området.`] },
  { kind: 'intermunicipal', text: (c) => [`Vi vill utveckla samarbetet med grannkommunerna kring mark och etableringar. När en etableringsförfrågan inte passar oss ska vi kunna slussa den vidare inom ${c.p.collab} i stället för att den går förlorad.`] },
  { kind: 'intermunicipal', text: (c) => [`Det kommungemensamma arbetet i ${c.p.collab} är en del av genomförandet av ${c.full}. Där driver vi bland annat frågor om kollektivtrafik och gemensam besöksnäringsmarknadsföring.`] },
];

export const NO_LINK_WORDINGS: RegionalWording[] = [
  { kind: 'none', text: (c) => [`${c.p.name} har ett bra läge med närhet till större arbetsmarknader. Det är en styrka som vi ska använda när vi marknadsför kommunen för nya företag.`] },
  { kind: 'none', text: (c) => [`Företagen i ${c.p.name} säljer i dag till kunder i hela landet och utomlands. Vi vill att fler av dem ska hitta nya marknader.`] },
  { kind: 'none', text: (c) => [`Kommunen är den största arbetsgivaren i ${c.p.name}, men det är företagen som skapar merparten av de nya jobben.`] },
  { kind: 'none', text: (c) => [`Pendlingen ut från kommunen har ökat under de senaste tio åren. Vi vill att fler ska kunna både bo och arbeta i ${c.p.name}.`] },
  { kind: 'none', text: () => ['Vi ser att tillgången till bredband och bra vägar är viktig för företag i hela kommunen, inte minst på landsbygden.'] },
  { kind: 'none', text: (c) => [`${c.p.town} och centralorten har olika förutsättningar, och ${c.doc} ska vara till nytta för företag i alla delar av kommunen.`] },
  { kind: 'none', text: () => ['Kommunen ska vara lätt att ha att göra med. Det gäller oavsett om företaget är nystartat eller har funnits i generationer.'] },
  { kind: 'none', text: (c) => [`I ${c.p.county} finns många framgångsrika tillverkningsföretag, och ${c.p.name} är inget undantag.`] },
  { kind: 'none', text: () => ['Kontakterna med Arbetsförmedlingen och skolan är viktiga för att fler unga ska få upp ögonen för de jobb som finns lokalt.'] },
  { kind: 'none', text: (c) => [`${c.Doc} riktar sig i första hand till företagen i kommunen, men också till dem som funderar på att etablera sig här.`] },
];
