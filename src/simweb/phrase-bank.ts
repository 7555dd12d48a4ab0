/**
 * Swedish phrase bank for program texts and municipal pages. Many wordings
 * per idea so a classifier cannot learn one sentence. Sentences in the
 * neutral banks avoid the words that decide a label (region/samverkan,
 * hållbar/klimat/Agenda, handlingsplan/åtgärder) so the truth stays exact:
 * only the dedicated banks below carry those signals.
 * Placeholders: {kommun} = "Ale kommun", {namn} = "Ale", {prog} = "programmet"/"strategin"/…
 */

export const FOREWORD = [
  'Ett starkt och växande näringsliv är en förutsättning för att {kommun} ska kunna utvecklas. Företagen skapar arbetstillfällen, service och framtidstro.',
  '{namn} ska vara en kommun där det är enkelt att starta, driva och utveckla företag. Med {prog} tar vi ett samlat grepp om hur kommunen arbetar för ett bättre företagsklimat.',
  'Vi vill att fler ska välja att starta och driva företag i {namn}. {Prog} visar vägen och anger vad kommunen ska prioritera de kommande åren.',
  'Näringslivet är kommunens viktigaste partner för tillväxt och sysselsättning. Därför har kommunfullmäktige beslutat om en tydlig inriktning för näringslivsarbetet.',
  'Kommunens attraktivitet avgörs i hög grad av hur väl vi lyckas skapa goda villkor för företagande. {Prog} är vårt gemensamma svar på den utmaningen.',
];

export const PURPOSE = [
  'Syftet med {prog} är att tydliggöra kommunens ambitioner och prioriteringar i arbetet med näringslivsfrågor.',
  '{Prog} ska ge politiker, tjänstepersoner och företagare en gemensam bild av vart vi är på väg.',
  '{Prog} beskriver hur kommunens samlade organisation ska bidra till ett bättre företagsklimat.',
  'Målet är att fler företag ska starta, växa och stanna i {namn}.',
  'Alla förvaltningar och bolag ansvarar för att {prog} genomsyrar den ordinarie verksamheten.',
];

export const WITH_BUSINESS = [
  '{Prog} har tagits fram i dialog med det lokala näringslivet. Under hösten genomfördes workshops och en enkät som drygt 300 företag besvarade.',
  '{Prog} är framtagen tillsammans med näringslivet genom kommunens näringslivsråd, där företagarföreningar och enskilda företagare deltagit.',
  'Arbetet med {prog} har skett i nära dialog med företagen i kommunen: frukostmöten, företagsbesök och en webbenkät har gett många synpunkter.',
  'Ett hundratal företagare har medverkat i framtagandet genom dialogmöten i kommunens olika delar.',
];

export const WITHOUT_BUSINESS = [
  '{Prog} har tagits fram av kommunledningskontoret på uppdrag av kommunstyrelsen.',
  'Näringslivsenheten har haft i uppdrag att ta fram {prog}.',
  '{Prog} har arbetats fram av en politisk styrgrupp med stöd av tjänstepersoner från flera förvaltningar.',
];

export const VISION = [
  '{namn} – en kommun där företag växer och människor trivs.',
  'Vår vision är att {namn} ska ha Sveriges bästa företagsklimat bland kommuner av vår storlek.',
  'I {namn} är det enkelt att förverkliga idéer och starta företag.',
  '{namn} är en attraktiv kommun att bo, verka och driva företag i.',
  'Vi ska vara den mest företagsvänliga kommunen i länet.',
];

export const SITUATION = [
  'I kommunen finns i dag omkring {antal} registrerade företag. De flesta är små företag med färre än tio anställda.',
  'Näringslivet i {namn} präglas av tillverkningsindustri, handel och en växande tjänstesektor.',
  'Under de senaste åren har antalet nystartade företag ökat, men nyföretagandet ligger fortfarande under riksgenomsnittet.',
  'Arbetslösheten är lägre än i riket, men många företag vittnar om svårigheter att rekrytera rätt kompetens.',
  'Besöksnäringen, livsmedelsproduktionen och de gröna näringarna har stor betydelse för sysselsättningen på landsbygden.',
  'År {statår} hade kommunen {antal2} förvärvsarbetande dagbefolkning.',
  'Företagarna ger kommunens service höga betyg, men uppfattningen om attityderna till företagande har försämrats.',
];

export const GOAL_AREAS = [
  'Företagsservice och bemötande',
  'Etablering och mark',
  'Kompetensförsörjning',
  'Entreprenörskap och nyföretagande',
  'Infrastruktur och kommunikationer',
  'Attraktiv plats att bo och verka på',
  'Dialog och samarbete med näringslivet',
  'Upphandling och lokala leverantörer',
  'Innovation och digitalisering i företagen',
];

export const AREA_TEXT = [
  'Kommunen ska erbjuda snabb, enkel och rättssäker handläggning av företagens ärenden.',
  'Det ska finnas planlagd mark och lokaler för företagsetableringar i olika delar av kommunen.',
  'Skola och näringsliv ska mötas oftare så att unga får kunskap om yrken och företagande.',
  'Kommunen ska aktivt stödja den som vill starta eget, bland annat genom rådgivning och nätverk.',
  'Goda kommunikationer och bredband i hela kommunen är avgörande för företagens konkurrenskraft.',
  'Vi ska arbeta för att kommunens upphandlingar ska vara tillgängliga även för små lokala företag.',
  'Kommunens bemötande av företagare ska präglas av service, tillgänglighet och förståelse för företagens villkor.',
];

/** Measurable goals, with the indicator they name. */
export const MEASURABLE_GOALS: ReadonlyArray<readonly [string, string]> = [
  ['Kommunen ska placera sig bland de 100 bästa i Svenskt Näringslivs ranking av det lokala företagsklimatet senast {målår}.', 'Svenskt Näringslivs ranking'],
  ['NKI för kommunens företagsservice (Insikt) ska vara minst {nki}.', 'NKI'],
  ['Antalet nystartade företag per 1 000 invånare ska öka med {proc} procent jämfört med {basår}.', 'antal nystartade företag'],
  ['Sammanfattande omdöme om företagsklimatet ska nå minst 3,{dec} i Svenskt Näringslivs enkät.', 'företagsklimat'],
  ['Handläggningstiden för bygglov ska vara högst {veckor} veckor.', 'handläggningstid'],
  ['Antalet arbetstillfällen i kommunen ska öka med {antal3} till år {målår}.', 'antal arbetstillfällen'],
  ['Minst {proc} procent av kommunens upphandlingar ska ha fler än tre anbudsgivare.', 'antal anbudsgivare'],
];

export const SOFT_GOALS = [
  'Vi ska ha ett gott företagsklimat.',
  'Kommunen ska upplevas som en lyhörd och tillgänglig partner för företagen.',
  'Fler unga ska se företagande som ett attraktivt alternativ.',
  'Kontakterna mellan kommunen och näringslivet ska stärkas.',
  'Kommunens service till företag ska utvecklas.',
];

export const PROCESS_GOALS = [
  'Kommunledningen ska genomföra minst {besök} företagsbesök per år.',
  'Ett näringslivsråd ska träffas minst fyra gånger per år.',
  'En företagslots ska finnas för alla etableringsärenden.',
];

// ---- regional link banks (only used when the program has the link) ----

export const RUS_LINK = [
  '{Prog} utgår från och bidrar till den regionala utvecklingsstrategin, {rus}.',
  '{Prog} har tagits fram i linje med {rus}, länets regionala utvecklingsstrategi, och ska bidra till att dess mål nås.',
  'Kopplingen till den regionala utvecklingsstrategin (RUS) är tydlig: {prog} konkretiserar hur kommunen bidrar till {rus}.',
  'Näringslivsarbetet i kommunen ska ske i samklang med regionens utvecklingsstrategi, {rus}, som anger den långsiktiga inriktningen för länet.',
];

export const RUS_LINK_GENERIC = [
  '{Prog} bygger vidare på den regionala utvecklingsstrategin och dess prioriteringar för näringslivets utveckling.',
  'Målen i {prog} ska bidra till de mål som anges i den regionala utvecklingsstrategin (RUS).',
];

export const COLLAB_LINK = [
  '{namn} samverkar med grannkommunerna inom {samverkan}, och {prog} ska stärka det gemensamma arbetet för företagsetableringar och investeringar.',
  'Genom {samverkan} samarbetar vi med grannkommunerna kring etableringar, kompetensförsörjning och marknadsföring. {Prog} bygger på den samverkan.',
  'Mellankommunal samverkan inom {samverkan} är en viktig del av näringslivsarbetet och {prog} ska bidra till de gemensamma målen.',
];

export const COLLAB_LINK_GENERIC = [
  'Många frågor är större än kommungränsen. {Prog} förutsätter samverkan med grannkommunerna kring etableringar, infrastruktur och kompetensförsörjning.',
  'Den delregionala samverkan med kommunerna i {län} är en förutsättning för att nå målen i {prog}.',
  '{Prog} ska genomföras i mellankommunal samverkan där det ger större nytta för företagen.',
];

/** Links to the municipality's own documents only: neutral for regionalLink. */
export const LOCAL_LINK = [
  '{Prog} utgår från kommunens vision och de övergripande mål som kommunfullmäktige fastställer i mål och budget.',
  '{Prog} ska läsas tillsammans med översiktsplanen, som anger var mark för verksamheter kan utvecklas.',
  '{Prog} är ett av kommunens styrdokument och gäller för alla nämnder och bolag.',
];

// ---- sustainability (only when the program emphasises it) ----

export const SUSTAINABILITY = [
  'Hållbar utveckling är ett genomgående perspektiv i {prog}. Ekonomisk, social och ekologisk hållbarhet ska vägas samman i alla beslut som rör näringslivet.',
  'Kommunen vill särskilt stödja företag som bidrar till omställningen till ett fossilfritt samhälle. Klimatsmarta lösningar skapar nya affärsmöjligheter.',
  'Social hållbarhet innebär att fler ska komma i arbete. Företagen är viktiga för att nyanlända och unga ska få en väg in på arbetsmarknaden.',
  'Ekologisk hållbarhet handlar om att näringslivet ska växa inom planetens gränser, med effektiv resursanvändning och cirkulära affärsmodeller.',
  'En hållbar tillväxt kräver att ekonomisk utveckling går hand i hand med minskad klimatpåverkan.',
];

export const AGENDA_2030 = [
  '{Prog} bidrar till de globala målen i Agenda 2030, särskilt mål {m1} och mål {m2}.',
  'Arbetet kopplas till FN:s globala mål för hållbar utveckling (Agenda 2030), framför allt mål {m1} om {m1text} och mål {m2}.',
];

export const GLOBAL_GOAL_TEXT: Record<number, string> = {
  4: 'god utbildning för alla',
  5: 'jämställdhet',
  7: 'hållbar energi för alla',
  8: 'anständiga arbetsvillkor och ekonomisk tillväxt',
  9: 'hållbar industri, innovationer och infrastruktur',
  11: 'hållbara städer och samhällen',
  12: 'hållbar konsumtion och produktion',
  13: 'bekämpa klimatförändringarna',
};

/** A passing word only: not emphasis (sustainability false). */
export const PASSING_HALLBAR = [
  'Kommunen ska ha en långsiktigt hållbar ekonomi.',
  'Vi vill skapa hållbara relationer med företagen.',
];

// ---- action plan ----

export const ACTION_LINKED = [
  '{Prog} kompletteras med en handlingsplan som tas fram årligen och beslutas av kommunstyrelsen.',
  'En aktivitetsplan med konkreta insatser tas fram varje år i samband med budgetarbetet.',
  'Till {prog} hör en separat handlingsplan, se bilaga Handlingsplan {år}.',
  'Konkreta åtgärder redovisas i en särskild handlingsplan som revideras årligen.',
];

export const ACTIVITIES = [
  'Genomföra företagsbesök tillsammans med kommunledningen',
  'Införa en företagslots för etableringsärenden',
  'Arrangera företagarfrukostar fyra gånger per år',
  'Ta fram en plan för verksamhetsmark',
  'Genomföra utbildning i bemötande för handläggare',
  'Arrangera upphandlingsdag för lokala företag',
  'Stödja Ung Företagsamhet i gymnasieskolan',
  'Utveckla e-tjänster för tillstånd och anmälningar',
  'Ta fram en etableringsguide',
  'Genomföra en årlig näringslivsgala',
];

export const RESPONSIBLE = ['Näringslivsenheten', 'Kommunledningskontoret', 'Samhällsbyggnadsförvaltningen', 'Bygg- och miljönämnden', 'Barn- och utbildningsförvaltningen', 'Upphandlingsenheten'];

export const FOLLOW_UP = [
  '{Prog} följs upp årligen och resultatet redovisas för kommunstyrelsen.',
  'Uppföljning sker i samband med årsredovisningen.',
  'Näringslivsenheten ansvarar för att {prog} följs upp och att resultaten kommuniceras till företagen.',
];

export const REVISION = ['{Prog} ska revideras senast {rev}.', '{Prog} ska ses över {rev}.', 'En revidering av {prog} påbörjas {rev}.'];

export const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

// ---- neutral municipal web text ----

export const GENERIC_PAGE_TEXT = [
  'Här hittar du information om hur kommunen arbetar och vilka tjänster vi erbjuder.',
  'Har du frågor är du välkommen att kontakta kommunens kontaktcenter, som är öppet vardagar 8–16.',
  'Många ärenden kan du sköta via våra e-tjänster, dygnet runt.',
  'Informationen på sidan uppdateras löpande. Kontakta oss om något saknas.',
  'Du kan också besöka oss i kommunhuset. Ta med legitimation.',
  'Kommunen ansvarar för många av de tjänster som du använder i vardagen.',
  'Läs mer under respektive rubrik nedan.',
  'Avgifter och taxor beslutas av kommunfullmäktige.',
];

export const NEWS_TOPICS = [
  'Ny förskola invigs i {ort}',
  'Vägarbete på Storgatan under sommaren',
  'Företagarfrukost i kommunhuset',
  'Nu kan du söka bygglov digitalt',
  'Kommunen klättrar i företagsrankingen',
  'Sommarlovsaktiviteter för alla barn',
  'Ändrade öppettider i biblioteket',
  'Årets företagare utsedd',
  'Medborgardialog om nya parken',
  'Kommunfullmäktige sammanträder',
  'Rekordmånga sommarjobb för unga',
  'Ny detaljplan ute på samråd',
  'Kulturpriset delas ut',
  'Tillfällig avstängning av vatten',
  'Ny gång- och cykelväg klar',
  'Skolval inför hösten',
  'Nytt industriområde säljs ut',
  'Kommunens julmarknad',
];

export const STREETS = ['Storgatan', 'Kyrkogatan', 'Stationsgatan', 'Torget', 'Järnvägsgatan', 'Drottninggatan', 'Rådhusgatan'];
