/**
 * The municipalities the corpus is written for: mostly real ones (names and
 * counties from data/municipalities.csv), a few invented, each with the
 * regional strategy of its county and a cross-municipal collaboration it
 * plausibly belongs to, so documents can name them as officials do.
 */

export interface Place {
  /** Municipality name as used before "kommun" ("Ale", "Upplands-Bro"). */
  name: string;
  county: string;
  /** The regional body that writes the RUS. */
  region: string;
  /** Name of the county's regional development strategy. */
  rus: string;
  /** A cross-municipal collaboration the municipality takes part in. */
  collab: string;
  /** A main town/ort for local colour. */
  town: string;
}

const VG = { county: 'Västra Götalands län', region: 'Västra Götalandsregionen', rus: 'Västra Götaland 2030' };
const SK = { county: 'Skåne län', region: 'Region Skåne', rus: 'Det öppna Skåne 2030' };
const ST = { county: 'Stockholms län', region: 'Region Stockholm', rus: 'RUFS 2050' };
const OR = { county: 'Örebro län', region: 'Region Örebro län', rus: 'den regionala utvecklingsstrategin för Örebro län' };
const JO = { county: 'Jönköpings län', region: 'Region Jönköpings län', rus: 'den regionala utvecklingsstrategin för Jönköpings län 2020–2035' };
const AC = { county: 'Västerbottens län', region: 'Region Västerbotten', rus: 'Västerbottens regionala utvecklingsstrategi 2020–2030' };
const Y = { county: 'Västernorrlands län', region: 'Region Västernorrland', rus: 'Ett Västernorrland' };
const S = { county: 'Värmlands län', region: 'Region Värmland', rus: 'Värmlandsstrategin 2040' };
const G = { county: 'Kronobergs län', region: 'Region Kronoberg', rus: 'Gröna Kronoberg 2025' };
const H = { county: 'Kalmar län', region: 'Region Kalmar län', rus: 'Klimat att växa i – regional utvecklingsstrategi för Kalmar län' };
const W = { county: 'Dalarnas län', region: 'Region Dalarna', rus: 'Dalastrategin 2030' };
const X = { county: 'Gävleborgs län', region: 'Region Gävleborg', rus: 'den regionala utvecklingsstrategin för Gävleborg 2020–2030' };
const E = { county: 'Östergötlands län', region: 'Region Östergötland', rus: 'Utvecklingsstrategi för Östergötland' };
const D = { county: 'Södermanlands län', region: 'Region Sörmland', rus: 'Sörmlandsstrategin' };
const BD = { county: 'Norrbottens län', region: 'Region Norrbotten', rus: 'Regional utvecklingsstrategi Norrbotten 2030' };
const Z = { county: 'Jämtlands län', region: 'Region Jämtland Härjedalen', rus: 'Jämtlands län 2050' };
const N = { county: 'Hallands län', region: 'Region Halland', rus: 'Halland – bästa livsplatsen' };
const K = { county: 'Blekinge län', region: 'Region Blekinge', rus: 'Växtplats Blekinge' };
const U = { county: 'Västmanlands län', region: 'Region Västmanland', rus: 'RUS Västmanland 2030' };
const C = { county: 'Uppsala län', region: 'Region Uppsala', rus: 'den regionala utvecklingsstrategin för Uppsala län' };

/** Real municipalities (plus a handful of invented ones at the end). */
export const PLACES: Place[] = [
  { name: 'Ale', ...VG, collab: 'Business Region Göteborg', town: 'Nödinge' },
  { name: 'Lerum', ...VG, collab: 'Göteborgsregionen (GR)', town: 'Gråbo' },
  { name: 'Kungälv', ...VG, collab: 'Business Region Göteborg', town: 'Ytterby' },
  { name: 'Stenungsund', ...VG, collab: 'Göteborgsregionen (GR)', town: 'Jörlanda' },
  { name: 'Skövde', ...VG, collab: 'Skaraborgs kommunalförbund', town: 'Skultorp' },
  { name: 'Lidköping', ...VG, collab: 'Skaraborgs kommunalförbund', town: 'Järpås' },
  { name: 'Mariestad', ...VG, collab: 'Skaraborgs kommunalförbund', town: 'Lyrestad' },
  { name: 'Tidaholm', ...VG, collab: 'Skaraborgs kommunalförbund', town: 'Ekedalen' },
  { name: 'Uddevalla', ...VG, collab: 'Fyrbodals kommunalförbund', town: 'Ljungskile' },
  { name: 'Vänersborg', ...VG, collab: 'Fyrbodals kommunalförbund', town: 'Vargön' },
  { name: 'Munkedal', ...VG, collab: 'Fyrbodals kommunalförbund', town: 'Hedekas' },
  { name: 'Ulricehamn', ...VG, collab: 'Boråsregionen Sjuhärads kommunalförbund', town: 'Gällstad' },
  { name: 'Tranemo', ...VG, collab: 'Boråsregionen Sjuhärads kommunalförbund', town: 'Limmared' },
  { name: 'Höganäs', ...SK, collab: 'Familjen Helsingborg', town: 'Viken' },
  { name: 'Ängelholm', ...SK, collab: 'Familjen Helsingborg', town: 'Munka-Ljungby' },
  { name: 'Klippan', ...SK, collab: 'Familjen Helsingborg', town: 'Ljungbyhed' },
  { name: 'Hässleholm', ...SK, collab: 'Skåne Nordost', town: 'Tyringe' },
  { name: 'Osby', ...SK, collab: 'Skåne Nordost', town: 'Lönsboda' },
  { name: 'Lomma', ...SK, collab: 'MalmöLundregionen', town: 'Bjärred' },
  { name: 'Eslöv', ...SK, collab: 'MalmöLundregionen', town: 'Marieholm' },
  { name: 'Tomelilla', ...SK, collab: 'Sydöstra Skånes Samarbetskommitté (SÖSK)', town: 'Brösarp' },
  { name: 'Simrishamn', ...SK, collab: 'Sydöstra Skånes Samarbetskommitté (SÖSK)', town: 'Kivik' },
  { name: 'Vallentuna', ...ST, collab: 'Stockholm Business Alliance', town: 'Kårsta' },
  { name: 'Österåker', ...ST, collab: 'Stockholm Business Alliance', town: 'Åkersberga' },
  { name: 'Nykvarn', ...ST, collab: 'Storsthlm', town: 'Taxinge' },
  { name: 'Upplands-Bro', ...ST, collab: 'Stockholm Business Alliance', town: 'Kungsängen' },
  { name: 'Kumla', ...OR, collab: 'Business Region Örebro', town: 'Hällabrottet' },
  { name: 'Hallsberg', ...OR, collab: 'Sydnärkes kommunalförbund', town: 'Pålsboda' },
  { name: 'Lindesberg', ...OR, collab: 'Business Region Örebro', town: 'Frövi' },
  { name: 'Askersund', ...OR, collab: 'Sydnärkes kommunalförbund', town: 'Åmmeberg' },
  { name: 'Nässjö', ...JO, collab: 'Höglandsförbundet', town: 'Bodafors' },
  { name: 'Eksjö', ...JO, collab: 'Höglandsförbundet', town: 'Mariannelund' },
  { name: 'Gnosjö', ...JO, collab: 'Gnosjöregionen', town: 'Hillerstorp' },
  { name: 'Vaggeryd', ...JO, collab: 'Gnosjöregionen', town: 'Skillingaryd' },
  { name: 'Vännäs', ...AC, collab: 'Umeåregionen', town: 'Vännäsby' },
  { name: 'Nordmaling', ...AC, collab: 'Umeåregionen', town: 'Rundvik' },
  { name: 'Robertsfors', ...AC, collab: 'Umeåregionen', town: 'Bygdeå' },
  { name: 'Timrå', ...Y, collab: 'Sundsvallsregionen', town: 'Fagervik' },
  { name: 'Ånge', ...Y, collab: 'Sundsvallsregionen', town: 'Ljungaverk' },
  { name: 'Arvika', ...S, collab: 'samverkan i Västvärmland', town: 'Glava' },
  { name: 'Säffle', ...S, collab: 'samverkan i Västvärmland', town: 'Svanskog' },
  { name: 'Hammarö', ...S, collab: 'Karlstadsregionen', town: 'Skoghall' },
  { name: 'Älmhult', ...G, collab: 'Södra Småland-samverkan', town: 'Diö' },
  { name: 'Ljungby', ...G, collab: 'Södra Småland-samverkan', town: 'Lagan' },
  { name: 'Oskarshamn', ...H, collab: 'Kalmarsundsregionen', town: 'Påskallavik' },
  { name: 'Nybro', ...H, collab: 'Kalmarsundsregionen', town: 'Orrefors' },
  { name: 'Mora', ...W, collab: 'Region Siljan', town: 'Venjan' },
  { name: 'Leksand', ...W, collab: 'Region Siljan', town: 'Insjön' },
  { name: 'Ludvika', ...W, collab: 'Västerbergslagens utbildningsförbund', town: 'Grangärde' },
  { name: 'Bollnäs', ...X, collab: 'Hälsingerådet', town: 'Arbrå' },
  { name: 'Ovanåker', ...X, collab: 'Hälsingerådet', town: 'Edsbyn' },
  { name: 'Motala', ...E, collab: 'samverkan i Östsam', town: 'Borensberg' },
  { name: 'Mjölby', ...E, collab: 'Mjölby–Boxholm–Ödeshög-samverkan', town: 'Skänninge' },
  { name: 'Kinda', ...E, collab: 'samverkan i Östsam', town: 'Rimforsa' },
  { name: 'Flen', ...D, collab: 'KFV-samverkan (Katrineholm, Flen och Vingåker)', town: 'Malmköping' },
  { name: 'Trosa', ...D, collab: 'Södertörnskommunerna', town: 'Vagnhärad' },
  { name: 'Piteå', ...BD, collab: 'Norrbottens kommuner', town: 'Hortlax' },
  { name: 'Kalix', ...BD, collab: 'Norrbottens kommuner', town: 'Töre' },
  { name: 'Krokom', ...Z, collab: 'Jämtlandskommunernas samverkan', town: 'Föllinge' },
  { name: 'Strömsund', ...Z, collab: 'Jämtlandskommunernas samverkan', town: 'Hammerdal' },
  { name: 'Falkenberg', ...N, collab: 'Hallandskommunernas näringslivssamverkan', town: 'Ullared' },
  { name: 'Hylte', ...N, collab: 'Hallandskommunernas näringslivssamverkan', town: 'Torup' },
  { name: 'Karlshamn', ...K, collab: 'Blekingekommunernas samverkan', town: 'Mörrum' },
  { name: 'Olofström', ...K, collab: 'Blekingekommunernas samverkan', town: 'Jämshög' },
  { name: 'Sala', ...U, collab: 'Västmanlands kommuner', town: 'Ransta' },
  { name: 'Köping', ...U, collab: 'Västmanlands kommuner', town: 'Kolsva' },
  { name: 'Enköping', ...C, collab: 'Mälardalsrådet', town: 'Grillby' },
  { name: 'Östhammar', ...C, collab: 'samverkan i norra Uppland', town: 'Öregrund' },
  // Invented municipalities: names no registry will match, so the classifier cannot lean on reference data.
  { name: 'Älvbacka', ...S, collab: 'samverkan i Klarälvdalen', town: 'Nedre Ränna' },
  { name: 'Sjöhamra', ...E, collab: 'samverkan i Östsam', town: 'Hamrafors' },
  { name: 'Granvik', ...AC, collab: 'Umeåregionen', town: 'Granviksbyn' },
  { name: 'Björkeby', ...VG, collab: 'Skaraborgs kommunalförbund', town: 'Västra Björke' },
  { name: 'Östra Lindås', ...H, collab: 'Kalmarsundsregionen', town: 'Lindåsa' },
  { name: 'Norrsundet', ...X, collab: 'Hälsingerådet', town: 'Sundby' },
];

/** "Ale kommun" / "Ale kommuns". */
export const kommun = (p: Place): string => (/[aeiouyåäösx]$/i.test(p.name) ? `${p.name} kommun` : `${p.name}s kommun`);
export const kommuns = (p: Place): string => `${kommun(p)}s`;
/** Genitive of the bare name: "Ales", "Lomma", "Höganäs". */
export const gen = (name: string): string => (/[sxz]$/i.test(name) ? name : `${name}s`);
