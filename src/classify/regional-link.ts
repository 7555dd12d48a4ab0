/**
 * regionalLink: does the program tie itself to the regional development
 * strategy (RUS) or to inter-municipal collaboration? Generic Swedish
 * phrasings plus named strategies/collaborations from the reference data.
 * RUS wins when both appear.
 */
import type { Evidence, RegionalLink } from '../domain/index.ts';
import type { TextModel, TextUnit } from './text-model.ts';
import { quoteOf } from './text-model.ts';
import { rx } from './lexicon.ts';
import { countMunicipalityNames, matchRegionalReference } from './regional-reference.ts';

export interface RegionalLinkResult {
  regionalLink: RegionalLink;
  reference: string | null;
  confidence: number;
  signals: string[];
  evidence: Evidence[];
}

const REGION_NAMES =
  '(?:stockholms?|uppsala|sörmland|södermanland|östergötland|jönköping|småland|kronoberg|kalmar|gotland|blekinge|skåne|halland|västra götaland|värmland|örebro|västmanland|dala|dalarna|gävleborg|västernorrland|jämtland|jämtland härjedalen|västerbotten|norrbotten|norrland)';
const RUS = rx(
  [
    '\\bregional\\p{L}* utvecklingsstrategi\\p{L}*',
    '\\bregionens utvecklingsstrategi\\p{L}*',
    '\\bregional\\p{L}* utvecklings(?:program|plan)\\p{L}*',
    '\\bregional\\p{L}* tillväxtstrategi\\p{L}*',
    '\\brus\\b',
    '\\brufs\\b',
    '\\brup\\b',
    '\\blänsstrategi\\p{L}*',
    '\\b(?:länets|regionens|regionala|\\p{L}+ läns) (?:\\p{L}+ )?utvecklingsstrategi\\p{L}*',
    `\\butvecklingsstrategi\\p{L}* för (?:region )?${REGION_NAMES}`,
    `\\b${REGION_NAMES}s? (?:läns )?(?:regionala )?utvecklingsstrategi`,
    `\\b${REGION_NAMES}s?strategin\\b`,
  ].join('|'),
);
const INTER = rx(
  [
    '\\bbusiness region\\b',
    '\\bkommunalförbund\\p{L}*',
    '\\bkommunförbund\\p{L}*',
    '\\bsamarbetskommitt\\p{L}*',
    '\\bmellankommunal\\p{L}*',
    '\\binterkommunal\\p{L}*',
    '\\bdelregion\\p{L}*',
    '\\bkommunsamverkan\\b',
    '\\bkommunöverskridande\\b',
    '\\bkommunsamarbete\\p{L}*',
    '\\b(?:samverk|samarbet|tillsammans)\\p{L}*(?: [\\p{L},]+){0,6} (?:grannkommun\\p{L}*|kranskommun\\p{L}*|närliggande kommuner\\p{L}*|kringliggande kommuner\\p{L}*|omkringliggande kommuner\\p{L}*|andra kommuner\\p{L}*|övriga kommuner\\p{L}*|kommunerna i (?:länet|regionen|området|\\p{L}+regionen)|\\p{L}+ övriga kommuner|kommuner i (?:länet|regionen|närområdet))',
    '\\bgrannkommun\\p{L}*(?: [\\p{L},]+){0,6} (?:samverk|samarbet|tillsammans)\\p{L}*',
    '\\bkommunernas (?:gemensamma )?(?:samverkan|samarbete|näringslivssamverkan)',
    // Across a border: twin towns and cross-border councils of neighbouring municipalities.
    '\\btvillingstad\\p{L}*',
    '\\bgränsöverskridande (?:samverkan|samarbete\\p{L}*)',
    '\\bgränsregional\\p{L}* (?:samverkan|samarbete\\p{L}*)',
  ].join('|'),
);
const COLLAB_WITH = rx('\\b(?:samverka[rt]?|samverkan|samarbeta[rt]?|samarbete)\\s(?:\\p{L}+\\s){0,2}?med\\b');
// The genitive names the region as owner of the joint work ("Umeåregionens gemensamma näringslivsarbete").
const PROPER_REGION = /(?<![\p{L}])([A-ZÅÄÖ][\p{Ll}]+regionens?)(?![\p{L}])/u;
const COLLAB_WORD = rx('\\b(samverk\\p{L}*|samarbet\\p{L}*|tillsammans|inom|medlem\\p{L}*|del av|ingår|gemensam\\p{L}*|delta\\p{L}*)\\b');
// A capitalised compound inside a sentence is a named collaboration ("det gemensamma Ölandssamarbetet", "inom Siljanssamverkan").
const PROPER_COLLAB = /(?<=\s)[A-ZÅÄÖ][\p{Ll}]{2,}(?:samarbete(?:t)?|samverkan|samverkan?s)(?![\p{L}])/u;
// A common noun before "-samverkan" names a local partnership ("Centrumsamverkan" with property owners, "Skolsamverkan"), not a place's.
const LOCAL_COLLAB = /^(?:centrum|stads|stadskärne|närings|näringslivs|företags|handels|fastighets|skol|idrotts|kultur|besöks|turism|arbetsmarknads|civil|medborgar|polis|lokal|bygde|by|förenings|myndighets|bransch|industri|innovations|forsknings|utbildnings|vård|social|trygghets|integrations|fritids|krisberedskaps|it|e)/u;
// Federations named after their area: the bare name may just be the place.
const PLACE_NAMED_COLLAB = rx('\\b(?:sjuhärad|fyrbodal|skaraborg|höglandet|siljan|bergslagen|tornedalen|sydnärke|mälardalen|norra bohuslän|dalsland)\\b');
const ORG_FORM = rx('förbund|familjen|business region|nätverk|\\bkommunerna\\b|\\bkommuner\\b|samarbete|samverkan|\\bab\\b');
const HYPHEN_COLLAB = /(?<![\p{L}])\p{L}+-samverkan(?![\p{L}])/u;
/**
 * A named collaboration ("inom Siljanssamverkan", "Sydnärke-samverkan"): not a common noun's partnership, and
 * when it says with whom ("… med Volvo Cars"), the partners are municipalities.
 */
function isPlaceCollab(text: string): boolean {
  for (const re of [PROPER_COLLAB, HYPHEN_COLLAB]) {
    const m = re.exec(text);
    if (!m || LOCAL_COLLAB.test(m[0].toLowerCase())) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    if (/^\s+med\s/iu.test(after) && countMunicipalityNames(after) === 0 && !/kommun/iu.test(after)) continue;
    return true;
  }
  return false;
}
// "kommunerna" (the other municipalities, plural definite) doing something together.
const OTHER_MUNICIPALITIES = rx('\\b(?:kommunerna|grannkommunerna|kranskommunerna|medlemskommunerna)\\b');
const SHARED = rx('\\b(?:samverk\\p{L}*|samarbet\\p{L}*|gemensam\\p{L}*|tillsammans)\\b');
const RELATION = rx('\\b(utgår från|utgå från|bygger på|i linje med|kopplad\\p{L}*|koppling\\p{L}*|bidrar till|bidra till|förhåller sig|tar avstamp|avstamp i|harmoniera\\p{L}*|stödjer|stöder|relaterar|samspel|överensstämmer|anknyter|tar hänsyn till|knyter an|utgångspunkt|styrdokument|förankrad\\p{L}*|samverkar|samarbetar)\\b');

function pick(units: TextUnit[]): TextUnit | undefined {
  return units.find((u) => RELATION.test(u.norm)) ?? units[0];
}

export function judgeRegionalLink(model: TextModel, countyCode?: string | null): RegionalLinkResult {
  const rusUnits: TextUnit[] = [];
  const interUnits: TextUnit[] = [];
  let namedRus: string | null = null;
  let namedInter: string | null = null;
  // Named references are costly to test per sentence: look once in the whole text first.
  const anyNamed = matchRegionalReference(model.pageNorms.join('\n'), countyCode) !== null;
  for (const s of model.sentences) {
    if (RUS.test(s.norm)) rusUnits.push(s);
    else if (
      INTER.test(s.norm) ||
      (PROPER_REGION.test(s.text) && COLLAB_WORD.test(s.norm)) ||
      isPlaceCollab(s.text) ||
      (OTHER_MUNICIPALITIES.test(s.norm) && SHARED.test(s.norm)) ||
      // "Vi samverkar med Sandviken, Ockelbo och Gävle kring etableringar": named neighbours are cross-municipal collaboration.
      (COLLAB_WITH.test(s.norm) && countMunicipalityNames(s.text) >= 2)
    ) interUnits.push(s);
    const named = anyNamed ? matchRegionalReference(s.text, countyCode) : null;
    if (named?.kind === 'rus') {
      namedRus ??= named.name;
      if (!rusUnits.includes(s)) rusUnits.push(s);
    } else if (named?.kind === 'intermunicipal' && (!PLACE_NAMED_COLLAB.test(s.norm) || COLLAB_WORD.test(s.norm) || RELATION.test(s.norm) || ORG_FORM.test(s.norm))) {
      // A federation's area named only as a place ("bästa kommunen för företagare i Sjuhärad") is no collaboration.
      namedInter ??= named.name;
      if (!interUnits.includes(s) && !rusUnits.includes(s)) interUnits.push(s);
    }
  }
  if (rusUnits.length > 0) {
    rusUnits.sort((a, b) => a.order - b.order);
    const u = pick(rusUnits);
    const related = rusUnits.some((x) => RELATION.test(x.norm));
    return {
      regionalLink: 'rus',
      reference: namedRus,
      confidence: related || rusUnits.length >= 2 ? 0.9 : 0.75,
      signals: [`regional utvecklingsstrategi nämns ${rusUnits.length} ggr${related ? ' med uttalad koppling' : ''}${namedRus ? ` (${namedRus})` : ''}`],
      evidence: u ? [{ aspect: 'regionalLink', quote: quoteOf(u, RUS), page: u.page }] : [],
    };
  }
  if (interUnits.length > 0) {
    interUnits.sort((a, b) => a.order - b.order);
    const u = pick(interUnits);
    const related = interUnits.some((x) => RELATION.test(x.norm));
    return {
      regionalLink: 'intermunicipal',
      reference: namedInter,
      confidence: related || interUnits.length >= 2 ? 0.85 : 0.7,
      signals: [`mellankommunal samverkan nämns ${interUnits.length} ggr${namedInter ? ` (${namedInter})` : ''}`],
      evidence: u ? [{ aspect: 'regionalLink', quote: quoteOf(u, INTER), page: u.page }] : [],
    };
  }
  return { regionalLink: 'none', reference: null, confidence: 0.8, signals: ['ingen koppling till RUS eller mellankommunal samverkan hittad'], evidence: [] };
}
