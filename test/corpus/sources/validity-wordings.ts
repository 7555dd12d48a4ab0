/**
 * How programs state when they apply and who adopted them. A validity
 * wording yields text plus the labels it implies; adoption wordings say
 * who decided and when, in the many date and body spellings officials use.
 */

export interface Adoption {
  organ: 'kommunfullmäktige' | 'kommunstyrelsen' | string;
  y: number;
  m: number;
  d: number;
  para: number;
}

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const pad = (n: number): string => String(n).padStart(2, '0');
export const iso = (a: Adoption): string => `${a.y}-${pad(a.m)}-${pad(a.d)}`;
const long = (a: Adoption): string => `${a.d} ${MONTHS[a.m - 1]} ${a.y}`;
const short = (a: Adoption): string => (a.organ === 'kommunfullmäktige' ? 'KF' : a.organ === 'kommunstyrelsen' ? 'KS' : a.organ);
const Organ = (a: Adoption): string => a.organ.charAt(0).toUpperCase() + a.organ.slice(1);

/** Sentences or cover lines that record an adoption. */
export const ADOPTION_WORDINGS: Array<(a: Adoption) => string[]> = [
  (a) => [`Antagen av ${a.organ} ${iso(a)}, § ${a.para}`],
  (a) => [`Antaget av ${a.organ} den ${long(a)}.`],
  (a) => [`Beslutad: ${short(a)} ${iso(a)} § ${a.para}`],
  (a) => [`Fastställd av ${a.organ} ${long(a)}`],
  (a) => [`Dokumenttyp: Program`, `Beslutad av: ${Organ(a)}`, `Datum: ${iso(a)}`, `Dokumentansvarig: Näringslivschef`],
  (a) => [`${Organ(a)} antog programmet den ${long(a)} (§ ${a.para}).`],
  (a) => [`${short(a)} ${iso(a)}, § ${a.para}`],
  (a) => [`Beslutsinstans: ${Organ(a)}`, `Beslutsdatum: ${iso(a)}`, `Diarienummer: KS ${a.y - 1}/${100 + a.para}`],
  (a) => [`Programmet antogs av ${a.organ} i ${MONTHS[a.m - 1]} ${a.y}.`],
  (a) => [`Antagen: ${a.d}/${a.m} ${a.y} av ${a.organ}`],
  (a) => [`Styrdokument – antaget av ${a.organ} ${a.y}.${pad(a.m)}.${pad(a.d)}`],
  (a) => [`Detta dokument fastställdes av ${a.organ} vid sammanträdet den ${long(a)}, § ${a.para}.`],
  (a) => [`Beslut om antagande: ${Organ(a)}, ${iso(a)}`],
  (a) => [`Dnr ${a.y}/${a.para * 3}  |  Antagen ${short(a)} ${iso(a)}`],
  (a) => [`${Organ(a)} har beslutat om programmet ${iso(a)}.`],
  (a) => [`Godkänd av ${a.organ} ${long(a)}`],
  (a) => [`Dokumentnamn: se titel`, `Fastställt av: ${a.organ}`, `Fastställt: ${iso(a)}, § ${a.para}`, `Ansvarig: kommundirektör`],
  (a) => [`Strategin är beslutad i ${a.organ} ${long(a)} och ersätter tidigare styrdokument på området.`],
  (a) => [`Antagen ${short(a)} ${a.d} ${(MONTHS[a.m - 1] ?? '').slice(0, 3)} ${a.y}`],
  (a) => [`Vid sitt sammanträde ${iso(a)} beslutade ${a.organ} att anta detta program.`],
  (a) => [`Antogs av ${a.organ} ${iso(a)}.`],
  (a) => [`${Organ(a)} ${long(a)}, § ${a.para}`],
  (a) => [`Beslutat av: ${a.organ}`, `Beslutsdatum: ${long(a)}`],
  (a) => [`Programmet har antagits av ${a.organ} (${short(a)} § ${a.para}/${String(a.y).slice(2)}).`],
  (a) => [`Fastställt: ${short(a)} ${pad(a.d)}.${pad(a.m)}.${a.y}`],
  (a) => [`Typ av dokument: Strategi | Beslutat av: ${a.organ} | Datum: ${iso(a)}`],
  (a) => [`Antagen av ${short(a)} ${a.y}-${pad(a.m)}-${pad(a.d)} (§${a.para})`],
  (a) => [`Den ${long(a)} beslutade ${a.organ} att anta dokumentet.`],
  (a) => [`${Organ(a)}s beslut ${iso(a)}, § ${a.para}, Dnr ${a.y}.${a.para + 100}`],
  (a) => [`Styrdokumentet är fastställt av ${a.organ} ${iso(a)} och är publicerat i kommunens författningssamling.`],
  (a) => [`Beslut: ${Organ(a)} § ${a.para}, ${long(a)}`],
  (a) => [`Antagandedatum: ${iso(a)}`, `Antagen av: ${Organ(a)}`],
  (a) => [`Programmet beslutades av ${a.organ} på sammanträdet i ${MONTHS[a.m - 1]} ${a.y}.`],
  (a) => [`Godkänt: ${short(a)}, ${iso(a)}`],
  (a) => [`Ursprungligen antaget av ${a.organ} ${iso(a)}, § ${a.para}.`],
  (a) => [`Dokumentet har behandlats och antagits av ${a.organ} ${a.d}/${a.m}-${String(a.y).slice(2)}.`],
  (a) => [`Beslutsdatum och instans: ${iso(a)}, ${a.organ}`],
  (a) => [`${Organ(a)} fattade beslut om strategin ${long(a)}.`],
  (a) => [`Antagen av ${a.organ} ${long(a)}. Ersätter Näringslivsprogram antaget ${a.y - 5}.`],
  (a) => [`FASTSTÄLLD ${iso(a)} ${short(a)} § ${a.para}`],
  (a) => [`Fastställd av ${a.organ} ${iso(a)}. Ansvarig för uppföljning: kommundirektören.`],
  (a) => [`Beslutad i ${a.organ}, ${long(a)}, paragraf ${a.para}.`],
  (a) => [`Datum för beslut: ${iso(a)} | Beslutande organ: ${a.organ}`],
  (a) => [`Antagen: ${Organ(a)} den ${a.d} ${MONTHS[a.m - 1]} ${a.y}, § ${a.para}`],
  (a) => [`${short(a)}-beslut ${iso(a)}`],
  (a) => [`Dokumentet antogs ${iso(a)} av ${a.organ}.`],
  (a) => [`Version 1.0, antagen av ${a.organ} ${iso(a)}`],
  (a) => [`Antagen vid ${a.organ}s sammanträde ${long(a)} (§ ${a.para}).`],
  (a) => [`Beslutshistorik: ${iso(a)} ${Organ(a)} § ${a.para} – antagande`],
  (a) => [`Styrdokument antaget av ${a.organ} ${iso(a)}.`],
  (a) => [`Ansvarig nämnd: ${a.organ}. Antagen ${iso(a)}.`],
  (a) => [`Programmet fastställdes av ${a.organ} ${a.d} ${MONTHS[a.m - 1]} ${a.y} och publicerades kort därefter.`],
  (a) => [`Protokollsutdrag: ${Organ(a)} ${iso(a)} § ${a.para} – Antagande av styrdokument för näringslivet`],
  (a) => [`Beslut ${short(a)} ${pad(a.d)}/${pad(a.m)} ${a.y}`],
  (a) => [`Det här dokumentet beslutades av ${a.organ} i ${MONTHS[a.m - 1]} ${a.y} (§ ${a.para}).`],
  (a) => [`Antagen av ${a.organ}: ${iso(a)}`, 'Diarienummer: se beslut'],
  (a) => [`${Organ(a)} godkände strategin ${iso(a)}.`],
  (a) => [`Gällande version antagen ${iso(a)} av ${a.organ}.`],
  (a) => [`Beslutsorgan: ${Organ(a)}  Beslutsdatum: ${a.d} ${MONTHS[a.m - 1]} ${a.y}  Paragraf: ${a.para}`],
  (a) => [`Antagen ${a.y}-${pad(a.m)}-${pad(a.d)} av ${a.organ} och gäller från beslutsdagen.`],
];

/** A revision or print date: not validity, but often near it. */
export const NON_VALIDITY_DATES: Array<(y: number) => string> = [
  (y) => `Programmet ska revideras senast ${y}.`,
  (y) => `Dokumentet ska ses över ${y}.`,
  (y) => `Tryck: Kommunikationsenheten ${y}.`,
  (y) => `Nästa revidering: ${y}`,
  (y) => `Senast reviderad: ${y}-02-14`,
  (y) => `Programmet ska utvärderas under ${y} och därefter revideras vid behov.`,
  (y) => `Foto och layout: Kommunikationsavdelningen, ${y}.`,
];

/** Explicit validity ranges written in the text. */
export const RANGE_WORDINGS: Array<(from: number, to: number, doc: string) => string> = [
  (f, t, d) => `${d} gäller för perioden ${f}–${t}.`,
  (f, t) => `Näringslivsprogrammet sträcker sig över åren ${f}-${t}.`,
  (f, t) => `Programperioden är ${f} till ${t}.`,
  (f, t, d) => `${d} gäller från ${f} till och med ${t}.`,
  (f, t) => `Giltighetstid: ${f}-01-01 – ${t}-12-31`,
  (f, t, d) => `${d} omfattar åren ${f}–${t} och följs upp årligen.`,
  (f, t) => `Gäller från: ${f}-01-01. Gäller till: ${t}-12-31.`,
  (f, t, d) => `Tidsperspektivet för ${d.toLowerCase()} är ${f}–${t}.`,
  (f, t) => `Programmet gäller ${f} – ${t}.`,
  (f, t) => `Giltighet: ${f}–${t}`,
  (f, t, d) => `${d} tar sikte på perioden ${f} till ${t}.`,
  (f, t) => `Strategin ska gälla under åren ${f}–${t}, därefter tas en ny strategi fram.`,
  (f, t, d) => `${d} är fyraårigt och avser ${f}–${t}.`,
  (f, t) => `Period: ${f}–${t}`,
  (f, t) => `Under programperioden, ${f}–${t}, prioriterar vi fyra målområden.`,
  (f, t) => `Det här programmet gäller för ${f}–${t} och ersätter näringslivsprogrammet från ${f - 4}.`,
  (f, t, d) => `${d} avser åren ${f} till och med ${t}.`,
  (f, t) => `Programmet gäller från den 1 januari ${f} till den 31 december ${t}.`,
  (f, t) => `Giltighetsperiod: ${f}–${t}`,
  (f, t, d) => `${d} har en tidshorisont från ${f} fram till ${t}.`,
  (f, t) => `Gäller: ${f}-${t}`,
  (f, t, d) => `${d} gäller för åren ${f}, ${f + 1}, ${f + 2} och fram till ${t}.`,
  (f, t) => `Programmet sträcker sig från ${f} till ${t} och följs upp varje år.`,
  (f, t) => `Strategiperiod ${f}–${t}`,
  (f, t, d) => `${d} ska tillämpas under perioden ${f}–${t}.`,
  (f, t) => `Näringslivsprogrammet ska gälla ${f}–${t}.`,
];

/** "Until" wordings: a validTo without a start year; the start comes from the adoption date. */
export const UNTIL_WORDINGS: Array<(to: number, doc: string) => string> = [
  (t, d) => `${d} gäller till och med ${t}.`,
  (t) => `Gäller t.o.m. ${t}.`,
  (t, d) => `${d} gäller till utgången av ${t}.`,
  (t) => `Giltig till: ${t}-12-31`,
  (t, d) => `${d} ska gälla fram till och med år ${t}.`,
  (t) => `Gäller tom ${t}`,
  (t, d) => `${d} gäller längst till och med ${t}.`,
  (t) => `Giltighetstid: till och med ${t}-12-31`,
  (t, d) => `${d} löper ut vid utgången av år ${t}.`,
];

/** Until further notice. */
export const UFN_WORDINGS: Array<(doc: string) => string> = [
  (d) => `${d} gäller tills vidare.`,
  () => 'Giltighetstid: tills vidare',
  (d) => `${d} gäller tills vidare men ska ses över en gång per mandatperiod.`,
  () => 'Gäller: Tills vidare',
  (d) => `${d} gäller tills vidare och ersätter tidigare beslutade dokument inom området.`,
  () => 'Dokumentet gäller tillsvidare.',
  (d) => `${d} gäller från antagandet och tills vidare.`,
  () => 'Giltighet: Tills vidare, dock längst till dess att ett nytt program antas.',
  (d) => `${d} har ingen bestämd slutpunkt utan gäller tills kommunfullmäktige beslutar annat.`,
  () => 'Gäller fr.o.m. beslutsdatum och tills vidare.',
];

/** The electoral term, written out. */
export const MANDATE_WORDINGS: Array<(from: number, to: number, doc: string) => string> = [
  (f, t, d) => `${d} gäller för mandatperioden ${f}–${t}.`,
  (f, t) => `Programmet omfattar mandatperioden ${f}-${t}.`,
  (f, t, d) => `${d} beslutas för en mandatperiod i taget. Nuvarande version avser mandatperioden ${f}–${t}.`,
];

/** The current electoral term, to be resolved from the adoption date. */
export const CURRENT_TERM_WORDINGS: Array<(doc: string) => string> = [
  (d) => `${d} gäller för innevarande mandatperiod.`,
  (d) => `${d} ska gälla under innevarande mandatperiod och därefter revideras.`,
  () => 'Programmet gäller under den nuvarande mandatperioden.',
];

/** The electoral term containing a year. */
export function termOf(year: number): [number, number] {
  const start = year - ((year - 2015) % 4 + 4) % 4;
  return [start, start + 3];
}
