/**
 * Hand-written document sources for the blind website test. Programs and
 * look-alikes; rendered to PDF/DOCX by build.ts.
 */
import type { DocumentSpec } from '../../src/simweb/render-documents.ts';

export const docs: Record<string, DocumentSpec> = {
  atvidabergProgram: {
    title: 'Näringslivsprogram för Åtvidabergs kommun 2021–2024',
    header: 'Åtvidabergs kommun  |  Styrdokument',
    footer: 'Antaget av kommunfullmäktige 2021-03-24, § 31. Dnr KS 2020/418',
    author: 'Kommunledningskontoret',
    pages: [
      [
        '# Näringslivsprogram för Åtvidabergs kommun 2021–2024',
        'Dokumenttyp: Program. Beslutat av: Kommunfullmäktige 2021-03-24, § 31. Giltighetstid: 2021–2024. Dokumentansvarig: Näringslivschef. Revideras: senast 2024.',
        'Åtvidaberg ska vara en kommun där det är enkelt att starta, driva och utveckla företag. Näringslivsprogrammet visar vart vi vill, hur vi ska ta oss dit och vem som ansvarar för vad. Programmet gäller för hela den kommunala organisationen – nämnder, förvaltningar och de kommunala bolagen.',
        'Programmet har tagits fram i dialog med det lokala näringslivet. Under hösten 2020 hölls fyra workshoppar med företagare, Företagarna Åtvidaberg, Åtvidabergs Handel och näringslivsrådet. Över 120 synpunkter kom in och har format målen nedan.',
      ],
      [
        '# Utgångspunkter',
        'Programmet utgår från kommunens vision "Åtvidaberg – en plats att växa på" och från de övergripande målen i kommunplanen. Det är också kopplat till den regionala utvecklingsstrategin för Östergötland, RUS 2030, och dess prioriteringar om kompetensförsörjning, entreprenörskap och attraktiva miljöer.',
        'Näringslivet i Åtvidaberg domineras av små företag inom tillverkning, bygg, handel och skogsbruk. Andelen egenföretagare är högre än i länet. I Svenskt Näringslivs ranking av det lokala företagsklimatet 2020 hamnade kommunen på plats 143, och företagen efterfrågar framför allt snabbare handläggning och bättre dialog.',
        'Hållbar utveckling är en bärande princip i programmet. Vi ska bidra till Agenda 2030 och de globala målen, särskilt mål 8 om anständiga arbetsvillkor och ekonomisk tillväxt och mål 12 om hållbar konsumtion och produktion. Omställningen till ett fossilfritt samhälle ses som en möjlighet för de lokala företagen.',
      ],
      [
        '# Fokusområden och mål',
        '1. Service och bemötande. Mål: Nöjd-Kund-Index för företagens myndighetskontakter ska vara minst 75 år 2024. Alla företag ska få en kontaktperson vid större ärenden.',
        '2. Kompetensförsörjning. Mål: fler ungdomar ska göra praktik i lokala företag; samverkan skola–näringsliv ska finnas i alla årskurser.',
        '3. Mark och lokaler. Mål: det ska alltid finnas minst 20 000 kvadratmeter planlagd och byggklar verksamhetsmark.',
        '4. Entreprenörskap och innovation. Mål: antalet nystartade företag per 1 000 invånare ska öka till länets genomsnitt.',
        '5. Attraktivitet och kommunikation. Mål: kommunen ska synliggöra lokala företag och marknadsföra Åtvidaberg som etableringsort.',
      ],
      [
        '# Handlingsplan 2021–2024',
        'Aktiviteterna nedan utgör programmets handlingsplan. Den följs upp årligen och revideras vid behov av kommunstyrelsen.',
        'Aktivitet 1: Införa företagslots för tillstånds- och bygglovsärenden (ansvar: samhällsbyggnadsförvaltningen, 2021).',
        'Aktivitet 2: Frukostmöten för företagare sex gånger per år (ansvar: näringslivsenheten, löpande).',
        'Aktivitet 3: Ta fram detaljplan för verksamhetsområdet Grebo norra (ansvar: samhällsbyggnad, 2022).',
        'Aktivitet 4: Samverkan med Region Östergötland och Almi om rådgivning för nya företagare (ansvar: näringslivsenheten, 2021–2024).',
        '# Uppföljning',
        'Kommunstyrelsen följer upp programmet i årsredovisningen. Resultatmål mäts med Insikt (SKR) och Svenskt Näringslivs enkät; processmål redovisas av respektive ansvarig förvaltning.',
      ],
    ],
  },

  nassjoStrategi: {
    title: 'Näringslivsstrategi för Nässjö kommun 2020–2025',
    header: 'NÄSSJÖ KOMMUN – Styrdokument KS 2019/112',
    footer: 'Nässjö kommun, Kommunledningsförvaltningen',
    author: 'Nässjö kommun',
    pages: [
      [
        'Styrdokument',
        '# Näringslivsstrategi för Nässjö kommun 2020–2025',
        'Fastställd av kommunfullmäktige den 28 november 2019, § 204. Dnr KS 2019/112. Strategin gäller 2020–2025.',
        'Nässjö är en knutpunkt mitt i Småland med stark tradition inom trä, tillverkning och logistik. Strategin anger riktningen för kommunens arbete med att skapa ett bättre företagsklimat och en hållbar tillväxt.',
      ],
      [
        '# Samverkan på Höglandet',
        'Nässjö samarbetar med Aneby, Eksjö, Sävsjö, Tranås och Vetlanda inom Höglandets kommunalförbund och i nätverket Näringslivssamverkan Höglandet. Gemensamma frågor som etableringar, kompetensförsörjning och infrastruktur drivs tillsammans, och strategin ska läsas tillsammans med den gemensamma handlingsplanen för Höglandet.',
        'Strategin tar sin utgångspunkt i Nässjö kommuns vision 2030 och i kommunfullmäktiges mål om fler arbetstillfällen.',
      ],
      [
        '# Strategiska områden',
        'Ett gott företagsklimat: kommunen ska ha en snabb, rättssäker och serviceinriktad myndighetsutövning.',
        'Etablering och mark: kommunen ska erbjuda attraktiv verksamhetsmark nära järnväg och riksväg 31/40.',
        'Kompetens: kommunen ska i samarbete med företagen och Vux Nässjö säkra tillgången på arbetskraft.',
        'Besöksnäring och handel: en levande stadskärna och utvecklad besöksnäring.',
        '# Genomförande',
        'Strategin konkretiseras i en årlig aktivitetsplan som beslutas av kommunstyrelsen. Aktivitetsplanen är ett separat dokument. Resultaten följs upp i kommunstyrelsens årsredovisning.',
      ],
    ],
  },

  nassjoOld: {
    title: 'Näringslivsprogram 2014–2018',
    footer: 'Nässjö kommun',
    pages: [
      [
        '# Näringslivsprogram för Nässjö kommun 2014–2018',
        'Antaget av kommunfullmäktige 2014-02-27, § 18. Programmet gäller under perioden 2014–2018.',
        'Programmet syftar till att stärka Nässjö som företagsort. Det omfattar fyra insatsområden: service, infrastruktur, kompetens och marknadsföring.',
      ],
      [
        '# Insatsområden',
        'Service: kommunen ska svara på företagens frågor inom två arbetsdagar.',
        'Infrastruktur: kommunen ska verka för dubbelspår på Södra stambanan och bättre bredband på landsbygden.',
        'Kompetens: utveckla samarbetet mellan gymnasieskolan och näringslivet.',
        'Marknadsföring: profilera Nässjö som järnvägsknut och logistiknav.',
        'Programmet följs upp årligen av kommunstyrelsen.',
      ],
    ],
  },

  borgholmProgram: {
    title: 'Tillväxtprogram för Borgholms kommun 2023–2030',
    header: 'Borgholms kommun',
    footer: 'Bilaga till KF 2023-06-12 § 45',
    pages: [
      [
        '# Tillväxtprogram för Borgholms kommun 2023–2030',
        'Antaget av kommunfullmäktige 12 juni 2023, § 45. Programmet gäller 2023–2030 och ersätter Näringslivsprogram 2016–2020.',
        'Borgholms kommun på norra Öland har cirka 10 900 invånare men tar emot mer än en miljon besökare varje sommar. Tillväxtprogrammet ska bidra till en hållbar tillväxt året runt, med fler jobb, fler åretruntboende och ett starkare och mer varierat näringsliv.',
      ],
      [
        '# Kalmar län och Öland',
        'Programmet bygger på den regionala utvecklingsstrategin för Kalmar län, "Hållbart liv i Kalmar län – regional utvecklingsstrategi 2019–2030", och på samarbetet med Mörbylånga kommun inom Destination Öland. De två Ölandskommunerna har en gemensam målbild för besöksnäringen.',
        'Hållbar tillväxt innebär att ekonomisk utveckling går hand i hand med social och ekologisk hållbarhet. Öland har ett sårbart landskap och begränsade vattenresurser; klimatanpassning och vattenförsörjning är därför avgörande för företagens framtid.',
      ],
      [
        '# Målområden',
        'Målområde 1 – Ett näringsliv året runt: förlänga säsongen och öka antalet åretruntjobb.',
        'Målområde 2 – Kompetens och boende: bostäder för arbetskraft, samverkan med Linnéuniversitetet och Campus Västervik.',
        'Målområde 3 – Service och dialog: en väg in för företag, företagsbesök och årliga dialogmöten.',
        'Målområde 4 – Infrastruktur: Ölandsbron, kollektivtrafik, bredband och vatten.',
        'Till programmet hör en handlingsplan som tas fram för varje mandatperiod och beslutas av kommunstyrelsen.',
      ],
    ],
  },

  karlshamnOld: {
    title: 'Näringslivsprogram 2016–2020',
    header: 'Karlshamns kommun',
    footer: 'Dnr 2015/3012',
    pages: [
      [
        '# Näringslivsprogram för Karlshamns kommun 2016–2020',
        'Antaget av kommunfullmäktige 2016-04-04, § 51. Programmet gäller till och med 2020.',
        'Karlshamn ska vara Blekinges mest företagsvänliga kommun. Programmet omfattar hamnen och logistiken, livsmedelsindustrin, handeln och besöksnäringen.',
      ],
      [
        '# Mål',
        'Fler företag: 100 nya företag per år. Fler jobb: 500 nya arbetstillfällen under perioden. Bättre företagsklimat: plats 100 eller bättre i Svenskt Näringslivs ranking 2020.',
        'Karlshamn samverkar med övriga Blekingekommuner och Region Blekinge om Blekingestrategin.',
        '# Uppföljning',
        'Programmet följs upp årligen och en ny version tas fram inför 2021.',
      ],
    ],
  },

  svalovRemiss: {
    title: 'Näringslivsstrategi 2025–2030 – REMISSVERSION',
    header: 'Svalövs kommun – remissversion 2024-09-02, ej antagen',
    footer: 'Remisstid till 2024-10-31',
    pages: [
      [
        'REMISSVERSION – UTKAST',
        '# Näringslivsstrategi för Svalövs kommun 2025–2030',
        'Detta är ett förslag som skickas på remiss till företag, organisationer och allmänhet. Synpunkter lämnas senast 31 oktober 2024. Strategin planeras att antas av kommunfullmäktige i februari 2025.',
        'Svalöv ligger mitt i Skåne med närhet till Helsingborg, Lund och Malmö. Strategin föreslår fyra fokusområden: företagsklimat, etablering, kompetens och landsbygdsutveckling.',
      ],
      [
        '# Föreslagna mål',
        'Förbättra placeringen i Svenskt Näringslivs ranking till topp 100 år 2030. Erbjuda minst 10 hektar byggklar verksamhetsmark. Öka antalet nystartade företag.',
        'Strategin kopplar an till Skånes regionala utvecklingsstrategi och Familjen Helsingborg.',
        'Frågor till remissinstanserna: Är fokusområdena rätt valda? Saknas något mål?',
      ],
    ],
  },

  halmstadStrategi: {
    title: 'Näringslivsstrategi för Halmstads kommun 2022–2030',
    header: 'Halmstads kommun',
    footer: 'Antagen av kommunfullmäktige 2021-11-25 § 187',
    author: 'Halmstads kommun, Näringslivs- och destinationsutveckling',
    pages: [
      [
        '# Näringslivsstrategi för Halmstads kommun 2022–2030',
        'Antagen av kommunfullmäktige den 25 november 2021, § 187. Gäller 2022–2030. Ansvarig: kommunstyrelsen.',
        'Halmstad ska vara en plats där företag och människor växer. Strategin pekar ut riktningen för hur kommunen, tillsammans med näringslivet, akademin och civilsamhället, ska skapa förutsättningar för fler jobb och en hållbar tillväxt.',
      ],
      [
        '# Utgångspunkter',
        'Strategin utgår från Vision Halmstad 2030 och från Region Hallands regionala utvecklingsstrategi, Tillväxtstrategi för Hallands län 2014–2020 och dess efterföljare, Regional utvecklingsstrategi för Halland 2030.',
        'Strategin har tagits fram i nära dialog med företag, Halmstads Näringslivsråd, Högskolan i Halmstad och HFAB. Mer än 300 personer deltog i rundabordssamtal och enkäter.',
        'Hållbarhet är en utgångspunkt: Halmstad ska vara klimatneutralt 2045, och strategin ska bidra till de globala målen i Agenda 2030. Cirkulära affärsmodeller och grön omställning i industrin lyfts fram särskilt.',
      ],
      [
        '# Strategiska områden',
        'Företagsklimat i världsklass – service, bemötande och dialog.',
        'Kompetens för framtiden – samverkan skola, högskola och arbetsliv.',
        'Innovation och entreprenörskap – Science Park, inkubatorer och mötesplatser.',
        'Attraktiv destination – besöksnäring, evenemang och en levande stadskärna.',
        'Mark, lokaler och infrastruktur – planberedskap och kommunikationer.',
      ],
      [
        '# Genomförande och uppföljning',
        'Strategin genomförs genom handlingsplaner som tas fram för två år i taget. Handlingsplanen är ett separat dokument som beslutas av kommunstyrelsen. Uppföljning sker årligen i en rapport till kommunstyrelsen.',
      ],
    ],
  },

  halmstadHandlingsplan: {
    title: 'Handlingsplan för näringslivsstrategin 2024–2025',
    header: 'Halmstads kommun',
    pages: [
      [
        '# Handlingsplan 2024–2025 för Näringslivsstrategi för Halmstads kommun 2022–2030',
        'Beslutad av kommunstyrelsen 2023-12-12, § 301.',
        'Handlingsplanen beskriver de aktiviteter som genomförs under 2024–2025 för att nå målen i näringslivsstrategin.',
      ],
      [
        '# Aktiviteter',
        'Företagslots i plan- och byggprocessen – ansvar: samhällsbyggnadskontoret.',
        'Årlig företagsgala och näringslivsdag – ansvar: näringslivsenheten.',
        'Kompetensråd med Högskolan i Halmstad – ansvar: kompetensförsörjningsenheten.',
        'Ny verksamhetsmark vid Kistinge – ansvar: fastighetskontoret.',
      ],
    ],
  },

  aleProgram: {
    title: 'Näringslivsprogram Ale kommun 2022–2026',
    header: 'Ale kommun',
    footer: 'Dnr KS.2021.512',
    pages: [
      [
        '# Näringslivsprogram för Ale kommun 2022–2026',
        'Antaget av kommunfullmäktige 2022-02-14, § 12. Programmet gäller 2022–2026.',
        'Ale ligger längs Göta älv mellan Göteborg och Trollhättan. Med E45 och Norge/Vänerbanan finns goda förutsättningar för etableringar inom logistik, tillverkning och handel.',
      ],
      [
        '# Samverkan',
        'Ale är en del av Göteborgsregionen (GR) och Business Region Göteborg. Näringslivsprogrammet ska samverka med GR:s strategiska inriktning och med Västra Götalandsregionens regionala utvecklingsstrategi, Strategi för hållbar utveckling – Västra Götaland 2020–2030.',
        'Programmet har tagits fram tillsammans med Ale Företagsforum och Ale Handel.',
      ],
      [
        '# Mål och aktiviteter',
        'Mål 1: Ale ska tillhöra de 50 bästa kommunerna i Svenskt Näringslivs ranking 2026.',
        'Mål 2: Handläggningstiden för bygglov för verksamheter ska vara högst fyra veckor.',
        'Mål 3: Fler lokala företag ska lämna anbud i kommunens upphandlingar.',
        'Aktiviteter per år redovisas i bilaga 1, Aktivitetsplan, som ingår i detta program.',
        '# Bilaga 1 – Aktivitetsplan 2022',
        'Företagsbesök av kommunstyrelsens ordförande och kommundirektör, minst 40 per år. Leverantörsträffar två gånger per år. Utvecklat samarbete med Arbetsförmedlingen om matchning.',
        'Programmet präglas av hållbar utveckling: Ale ska vara en fossilfri kommun 2030 och företagen ska få stöd i omställningen.',
      ],
    ],
  },

  falunOp: {
    title: 'Översiktsplan för Falu kommun – Falun 2050',
    header: 'Översiktsplan Falu kommun',
    footer: 'Antagen av kommunfullmäktige 2023-03-09',
    pages: [
      [
        '# Översiktsplan för Falu kommun – Falun 2050',
        'Antagen av kommunfullmäktige 2023-03-09, § 28. Översiktsplanen visar kommunens långsiktiga syn på hur mark- och vattenområden ska användas och hur den byggda miljön ska utvecklas enligt plan- och bygglagen 3 kap.',
        'Planen omfattar kapitlen Bebyggelse, Infrastruktur, Natur och friluftsliv, Näringsliv, Riksintressen och Klimatanpassning.',
      ],
      [
        '# Bebyggelse och infrastruktur',
        'Ny bebyggelse ska i första hand ske i staden och i serviceorterna Svärdsjö, Bjursås, Grycksbo, Sundborn och Enviken. Kollektivtrafikstråk ska stärkas.',
      ],
      [
        '# Näringsliv',
        'Falun ska ha en god beredskap av mark för verksamheter. Nya verksamhetsområden pekas ut vid Ingarvet och Främby. Handel ska koncentreras till stadskärnan och Norslund. Besöksnäringen kopplad till världsarvet Falu gruva och Lugnet ska kunna utvecklas.',
        'Näringslivets behov av infrastruktur, såsom Dalabanan och riksväg 50, ska beaktas i planeringen.',
      ],
      [
        '# Riksintressen och klimatanpassning',
        'Riksintressen för kulturmiljövården omfattar Falu gruva och Stora Kopparbergs bergslag. Risken för översvämning längs Faluån ska beaktas vid all planläggning.',
      ],
    ],
  },

  ljusdalProtokoll: {
    title: 'Protokoll kommunstyrelsen 2024-03-07',
    header: 'Ljusdals kommun – Sammanträdesprotokoll',
    pages: [
      [
        'Sammanträdesprotokoll Kommunstyrelsen 2024-03-07',
        'Plats och tid: Kommunhuset, Ljusdal, kl 09.00–15.30.',
        '§ 52 Uppdrag att ta fram ett nytt näringslivsprogram. Dnr 2024/140.',
        'Kommunstyrelsens beslut: Kommunchefen får i uppdrag att ta fram förslag till näringslivsprogram för Ljusdals kommun. Förslaget ska redovisas senast december 2024. Det tidigare näringslivsprogrammet upphörde att gälla 2019.',
        '§ 53 Delårsrapport. § 54 Motion om gatubelysning.',
      ],
    ],
  },

  timraOld: {
    title: 'Näringslivsprogram 2017–2020',
    header: 'Timrå kommun',
    pages: [
      [
        '# Näringslivsprogram för Timrå kommun 2017–2020',
        'Antaget av kommunfullmäktige 2016-12-19, § 178. Gäller 2017–2020.',
        'Timrå ska vara en attraktiv kommun för företag. Programmet lyfter fram samarbetet med Sundsvall, Härnösand och Ånge inom Sundsvallsregionen.',
      ],
      ['# Mål', 'Fler arbetstillfällen, bättre service och ökat entreprenörskap bland unga. Programmet följs upp årligen.'],
    ],
  },

  timraProgram: {
    title: 'Näringslivsprogram för Timrå kommun 2023–2026',
    header: 'Timrå kommun  –  Styrande dokument',
    footer: 'Dnr KS 2022/0231',
    pages: [
      [
        '# Näringslivsprogram för Timrå kommun 2023–2026',
        'Dokumenttyp: Program. Antaget av kommunfullmäktige 2023-01-30, § 5. Giltighetstid 2023-01-01 – 2026-12-31. Ersätter Näringslivsprogram 2017–2020.',
        'Programmet beskriver hur Timrå kommun ska arbeta för att stärka näringslivet, öka sysselsättningen och bidra till en hållbar samhällsutveckling.',
      ],
      [
        '# Regional samverkan',
        'Timrå är en del av Sundsvallsregionen, ett samarbete mellan sju kommuner i Västernorrland och Jämtland. Programmet ska också bidra till Region Västernorrlands regionala utvecklingsstrategi, RUS Västernorrland 2020–2030 "Ett hållbart och attraktivt Västernorrland".',
        'Den gröna industriella omställningen i regionen – med satsningar på vätgas, elektrifiering och skogsindustri – ger nya möjligheter för lokala underleverantörer.',
      ],
      [
        '# Fokusområden',
        'Service och myndighetsutövning. Kompetensförsörjning. Mark och etableringar vid Midlanda och Vivsta. Entreprenörskap och ung företagsamhet.',
        'Handlingsplan: Till programmet kopplas en handlingsplan som tas fram årligen av näringslivsenheten.',
        '# Uppföljning',
        'Programmet följs upp årligen i kommunstyrelsen med hjälp av Insikt och Svenskt Näringslivs enkät.',
      ],
    ],
  },

  ostersundPolicy: {
    title: 'Policy för ett gott företagsklimat',
    header: 'Östersunds kommun – Policy',
    footer: 'Dnr KS 2020/1277',
    pages: [
      [
        '# Policy för ett gott företagsklimat i Östersunds kommun',
        'Antagen av kommunfullmäktige 2021-04-22, § 62. Gäller tills vidare. Dokumentansvarig: näringslivsdirektör.',
        'Policyn anger hur Östersunds kommun ska arbeta för att näringslivet ska kunna växa. Den gäller för alla nämnder, förvaltningar och kommunens bolag och är kommunens övergripande styrdokument för näringslivsarbetet.',
      ],
      [
        '# Principer',
        'Vi är tillgängliga och ger snabb och korrekt service. Vi är förutsägbara och rättssäkra i myndighetsutövningen. Vi för en öppen dialog med företagen genom näringslivsrådet och branschträffar.',
        'Östersund samverkar med Region Jämtland Härjedalen och länets övriga kommuner om den regionala utvecklingsstrategin, Regional utvecklingsstrategi för Jämtlands län 2014–2030, och om vintersport- och besöksnäringsfrågor.',
        '# Hållbar utveckling',
        'Östersund har som mål att vara fossilbränslefritt 2030. Företagen ska få stöd att ställa om, och kommunen ska använda upphandling för att främja hållbara och innovativa lösningar i linje med Agenda 2030.',
      ],
      [
        '# Genomförande',
        'Varje nämnd ansvarar för att policyn genomsyrar verksamheten. Kommunstyrelsen tar årligen fram en handlingsplan för näringslivsarbetet, som är ett separat dokument.',
      ],
    ],
  },

  kirunaProgram: {
    title: 'Tillväxtprogram för Kiruna kommun 2024–2028',
    header: 'Kiruna kommun',
    footer: 'KF 2023-12-11 § 210',
    pages: [
      [
        '# Tillväxtprogram för Kiruna kommun 2024–2028',
        'Antaget av kommunfullmäktige 2023-12-11, § 210. Programmet gäller från 1 januari 2024 till 31 december 2028.',
        'Kiruna står mitt i en av Europas största samhällsomvandlingar: stadsflytten, gruvnäringens utveckling, rymdverksamheten vid Esrange och en växande besöksnäring. Tillväxtprogrammet anger hur kommunen ska möta detta.',
      ],
      [
        '# Utgångspunkter',
        'Programmet är kopplat till Norrbottens regionala utvecklingsstrategi 2030 och till samarbetet mellan Malmfältskommunerna Kiruna, Gällivare och Pajala.',
        'Kommunen ska växa hållbart. Den gröna omställningen, med fossilfritt stål och kritiska mineraler, måste gå hand i hand med samiska rättigheter, rennäring och natur.',
      ],
      [
        '# Målområden',
        'Bostäder och attraktivitet: 2 000 nya bostäder till 2028.',
        'Kompetensförsörjning: inflyttning och utbildning.',
        'Diversifierat näringsliv: besöksnäring, rymd, test och utveckling.',
        'Service och infrastruktur: flyg, järnväg och bredband.',
      ],
      [
        '# Handlingsplan',
        'Aktivitet 1: Etableringslots för större investeringar. Aktivitet 2: Kiruna Lappland näringslivsdag. Aktivitet 3: Gemensam kompetensportal med LKAB och Luleå tekniska universitet. Aktiviteterna följs upp varje år.',
      ],
    ],
  },

  sodertaljeOld: {
    title: 'Näringslivsstrategi 2019–2023',
    header: 'Södertälje kommun',
    pages: [
      [
        '# Näringslivsstrategi för Södertälje kommun 2019–2023',
        'Antagen av kommunfullmäktige 2019-02-25, § 14. Gäller 2019–2023.',
        'Södertälje är en industristad i världsklass med Scania och AstraZeneca. Strategin syftar till att stärka småföretagandet och bredda näringslivet.',
      ],
      ['# Mål', 'Fler nya företag, förbättrat företagsklimat och fler i arbete. Samverkan inom Stockholm Business Alliance och med RUFS 2050.'],
    ],
  },

  sodertaljeNew: {
    title: 'Näringslivsstrategi 2025–2030',
    header: 'Södertälje kommun',
    footer: 'KF 2024-11-25 § 188',
    pages: [
      [
        '# Näringslivsstrategi för Södertälje kommun 2025–2030',
        'Antagen av kommunfullmäktige 2024-11-25, § 188. Strategin gäller från och med 1 januari 2025 till och med 2030.',
        'Södertälje ska vara den ledande kommunen i Stockholms län för industriell utveckling och grön omställning.',
      ],
      [
        '# Strategiska mål',
        'Hållbar industri: elektrifiering av transporter och fossilfri produktion. Kompetens: Campus Södertälje och yrkesutbildning. Företagsklimat: topp 100 i rankingen 2030.',
        'Strategin är kopplad till den regionala utvecklingsplanen RUFS 2050 och Stockholm Business Alliance.',
      ],
    ],
  },

  upphandlingspolicy: {
    title: 'Upphandlingspolicy',
    pages: [
      [
        '# Upphandlingspolicy',
        'Antagen av kommunfullmäktige. Gäller tills vidare.',
        'Policyn anger hur kommunen ska genomföra upphandlingar enligt lagen om offentlig upphandling (LOU). Upphandlingar ska vara affärsmässiga och konkurrensutsatta. Små och lokala företag ska underlättas att lämna anbud genom uppdelning i mindre delar och tydliga förfrågningsunderlag.',
        'Miljö- och sociala krav ställs när det är relevant.',
      ],
    ],
  },

  budget: {
    title: 'Mål och budget 2024 med plan för 2025–2026',
    pages: [
      [
        '# Mål och budget 2024, plan 2025–2026',
        'Kommunfullmäktiges övergripande mål: En attraktiv kommun att bo och verka i. Ett gott företagsklimat. En hållbar ekonomi.',
        'Resultatmål: Kommunens placering i Svenskt Näringslivs ranking ska förbättras. Nöjd-Kund-Index i myndighetsutövning mot företag ska vara minst 72.',
      ],
      ['# Driftbudget per nämnd', 'Kommunstyrelsen 185 mnkr. Barn- och utbildningsnämnden 612 mnkr. Socialnämnden 540 mnkr. Samhällsbyggnadsnämnden 98 mnkr.'],
    ],
  },

  noraInbjudan: {
    title: 'Inbjudan Näringslivsdag 2024',
    pages: [
      [
        '# Välkommen till Näringslivsdagen i Nora 2024',
        'Tid: 17 oktober 2024 kl 08.00–12.00. Plats: Nora Folkets hus.',
        'Program: Frukost, kommunalrådet berättar om kommunens arbete för företagen, prisutdelning Årets företagare, mingel. Anmälan till naringsliv@nora.se senast 10 oktober.',
      ],
    ],
  },
};
