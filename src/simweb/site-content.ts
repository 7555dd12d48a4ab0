/**
 * Menus, page titles and governing-document titles of a Swedish municipal
 * website: the ordinary content a crawler must wade through.
 */

export type SectionKey = 'naringsliv' | 'politik' | 'bygga' | 'omsorg' | 'uppleva' | 'utbildning';

export const SECTION_TITLES: Record<SectionKey, string[]> = {
  naringsliv: ['Näringsliv och arbete', 'Företagare', 'Näringsliv', 'Företag och näringsliv', 'Arbete och näringsliv'],
  politik: ['Kommun och politik', 'Kommun & politik', 'Kommun och politik'],
  bygga: ['Bo, bygga och miljö', 'Bygga, bo och miljö', 'Miljö och bygg'],
  omsorg: ['Omsorg och stöd', 'Omsorg, hjälp och stöd', 'Stöd och omsorg'],
  uppleva: ['Uppleva och göra', 'Kultur och fritid', 'Fritid och kultur'],
  utbildning: ['Utbildning och barnomsorg', 'Förskola och skola', 'Barn och utbildning'],
};

export const SECTION_PAGES: Record<SectionKey, string[]> = {
  naringsliv: ['Företagsservice', 'Starta företag', 'Etablera dig hos oss', 'Upphandling', 'Näringslivsenheten', 'Mark och lokaler', 'Tillstånd för företag', 'Nyhetsbrev för företagare', 'Lediga jobb i kommunen', 'Näringslivsråd'],
  politik: ['Kommunfullmäktige', 'Kommunstyrelsen', 'Nämnder', 'Budget och ekonomi', 'Val och demokrati', 'Medborgarförslag', 'Diarium', 'Arkiv'],
  bygga: ['Bygglov', 'Detaljplaner', 'Översiktsplan', 'Avfall och återvinning', 'Vatten och avlopp', 'Miljö och hälsa', 'Energirådgivning', 'Gator och trafik'],
  omsorg: ['Äldreomsorg', 'Hemtjänst', 'Stöd till personer med funktionsnedsättning', 'Individ- och familjeomsorg', 'Ekonomiskt bistånd', 'Anhörigstöd'],
  uppleva: ['Bibliotek', 'Idrott och motion', 'Badhus', 'Evenemang', 'Föreningsliv', 'Kulturskola', 'Natur och friluftsliv', 'Turism'],
  utbildning: ['Förskola', 'Grundskola', 'Gymnasieskola', 'Vuxenutbildning', 'Skolskjuts', 'Fritidshem'],
};

/** Ordinary governing documents of a styrdokument library (never programs). */
export const LIBRARY_TITLES = [
  'Reglemente för kommunstyrelsen', 'Reglemente för bygg- och miljönämnden', 'Arkivreglemente', 'Attestreglemente', 'Delegationsordning för kommunstyrelsen',
  'Policy för representation', 'Informations- och kommunikationspolicy', 'Upphandlingspolicy', 'Finanspolicy', 'Borgenspolicy', 'Personalpolicy', 'Lönepolicy',
  'Alkohol- och drogpolicy', 'Säkerhetspolicy', 'Policy för medborgardialog', 'Riktlinjer för sponsring', 'Riktlinjer för intern kontroll', 'Riktlinjer för markanvisning',
  'Riktlinjer för bostadsanpassning', 'Taxa för bygglov', 'Taxa för renhållning', 'Taxa för offentlig kontroll inom livsmedelsområdet', 'Taxa för prövning och tillsyn enligt miljöbalken',
  'Taxa för vatten och avlopp', 'Avgifter inom äldreomsorgen', 'Lokala ordningsföreskrifter', 'Renhållningsföreskrifter', 'Avfallsplan', 'Folkhälsoplan', 'Plan mot diskriminering och kränkande behandling',
  'Jämställdhetsplan', 'Krisberedskapsplan', 'Trafikstrategi', 'Grönplan', 'Energi- och klimatstrategi', 'Digitaliseringsstrategi', 'Integrationsprogram', 'Biblioteksplan',
  'Drogpolitiskt program', 'Program för uppföljning av privata utförare', 'Riktlinjer för hantering av allmänna handlingar', 'Bolagsordning för det kommunala bostadsbolaget',
  'Ägardirektiv för kommunens bolag', 'Arbetsordning för kommunfullmäktige', 'Riktlinjer för god ekonomisk hushållning', 'Policy för mänskliga rättigheter', 'Riktlinjer för resor',
  'Handlingsplan för suicidprevention', 'Vattenförsörjningsplan', 'Lokalförsörjningsplan', 'Skolplan', 'Plan för räddningstjänst', 'Handlingsprogram enligt lagen om skydd mot olyckor',
  'Dokumenthanteringsplan', 'Riktlinjer för e-förslag', 'Policy för funktionshinderfrågor', 'Policy för barnkonventionen', 'Riktlinjer för parkering', 'Riktlinjer för försörjningsstöd',
  'Riktlinjer för användning av sociala medier', 'Tobakspolicy', 'Plan för arbetsmiljö', 'Policy för lönesättning', 'Kostpolicy', 'Riktlinjer för bidrag till föreningar',
  'Taxa för serveringstillstånd', 'Taxa för tillsyn enligt strålskyddslagen', 'Avgifter för kulturskolan', 'Taxa för upplåtelse av offentlig plats', 'Föreskrifter om hantering av hushållsavfall',
  'Riktlinjer för bredbandsutbyggnad', 'Plan för vatten och avlopp', 'Cykelstrategi', 'Riktlinjer för exploateringsavtal', 'Policy för styrdokument', 'Program för landsbygdsutveckling i skärgården',
];

export const LIBRARY_HEADINGS = ['Styrdokument', 'Planer och program', 'Författningssamling', 'Styrande dokument', 'Policyer, planer och riktlinjer'];

export const FIRST_NAMES = ['Anna', 'Erik', 'Maria', 'Lars', 'Karin', 'Johan', 'Eva', 'Per', 'Sara', 'Mikael'];
export const LAST_NAMES = ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson'];
