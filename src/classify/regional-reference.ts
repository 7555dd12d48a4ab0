/**
 * Named regional development strategies and inter-municipal collaborations,
 * matched against the reference lists in data/. The CSVs are read once,
 * lazily, on first use; aliases are derived from the official names (the
 * part before "–", without the target year, parenthesised short names).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { normForMatch } from './normalize.ts';

export interface RegionalReference {
  kind: 'rus' | 'intermunicipal';
  name: string;
}

interface Alias {
  kind: 'rus' | 'intermunicipal';
  name: string;
  countyCodes: string[];
  pattern: RegExp;
}

const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));
let aliases: Alias[] | null = null;

// Hand-kept extra spellings people use for the listed collaborations.
const EXTRA_INTERMUNICIPAL: Record<string, string[]> = {
  'Fyrbodals kommunalförbund': ['fyrbodal'],
  'Boråsregionen Sjuhärads kommunalförbund': ['sjuhärad', 'boråsregionen', 'business region borås'],
  'Skaraborgs kommunalförbund': ['skaraborgs kommuner'],
  'Göteborgsregionen (GR)': ['göteborgsregionens kommunalförbund'],
  'Sydöstra Skånes Samarbetskommitté (SÖSK)': ['sösk', 'sydöstra skånes samarbetskommitté'],
};

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function aliasPattern(alias: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\d])${escape(alias)}(?![\\p{L}\\d])`, 'u');
}

/** Is an alias distinctive enough to count as a reference on its own? */
function distinctive(alias: string): boolean {
  if (alias.length < 4) return false;
  if (/^\p{L}+s? län$/u.test(alias) || alias === 'regional utvecklingsstrategi') return false;
  if (alias.includes(' ')) return true;
  // One word only when it cannot be an ordinary place name or word.
  return /(strategin|regionen|förbund|förbundet|rådet)$/.test(alias) || SINGLE_WORD_NAMES.has(alias);
}

const SINGLE_WORD_NAMES = new Set(['rufs', 'storsthlm', 'fyrbodal', 'sjuhärad', 'sösk', 'malmölundregionen']);

// Sweden's provinces (landskap): as much places as the counties are.
const PROVINCES = new Set('skåne halland bohuslän dalsland västergötland östergötland småland öland gotland blekinge södermanland sörmland uppland västmanland värmland närke dalarna gästrikland hälsingland härjedalen jämtland medelpad ångermanland västerbotten norrbotten lappland norrland svealand götaland västra östra norra södra'.split(' '));

/** "Västra Götaland 2030" without its year is the county's name: any sentence about the place would match. */
function namesOf(raw: string, placeNames: ReadonlySet<string> = new Set()): string[] {
  const out = new Set<string>();
  const norm = normForMatch(raw);
  const parts = norm.split(/\s+-\s+|\s*[()]\s*/).map((p) => p.trim()).filter(Boolean);
  for (const p of [norm.replace(/\s*\(.*?\)\s*/g, ' ').trim(), ...parts]) {
    out.add(p);
    const noYear = p.replace(/\s*(19|20)\d{2}(\s*-\s*(19|20)\d{2})?$/, '').trim();
    if (noYear !== p && !noYear.split(/\s+/).every((w) => placeNames.has(w) || PROVINCES.has(w))) out.add(noYear);
  }
  return [...out].filter(distinctive);
}

function load(): Alias[] {
  if (aliases) return aliases;
  const list: Alias[] = [];
  try {
    const rus = parse(readFileSync(`${DATA_DIR}regional-strategies.csv`, 'utf8'), { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
    // County names as places ("Västra Götalands län" → "västra götaland", "Jämtlands län" → "jämtland").
    const places = new Set(rus.flatMap((row) => {
      const county = normForMatch(row['county'] ?? '').replace(/\s+län$/u, '');
      return [county, county.replace(/s$/u, ''), ...county.split(/\s+/).map((w) => w.replace(/s$/u, ''))];
    }).filter(Boolean));
    for (const row of rus) {
      const name = row['strategy_name'] ?? '';
      for (const a of namesOf(name, places)) {
        if (a === 'rus') continue;
        list.push({ kind: 'rus', name, countyCodes: [row['county_code'] ?? ''], pattern: aliasPattern(a) });
      }
    }
    const inter = parse(readFileSync(`${DATA_DIR}intermunicipal-collaborations.csv`, 'utf8'), { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
    for (const row of inter) {
      const name = row['name'] ?? '';
      const members = (row['member_codes'] ?? '').split(';').map((c) => c.slice(0, 2));
      const names = new Set([...namesOf(name.replace(/\(svenska medlemskommuner\)/, '')), ...(EXTRA_INTERMUNICIPAL[name] ?? [])]);
      for (const a of names) list.push({ kind: 'intermunicipal', name, countyCodes: [...new Set(members)], pattern: aliasPattern(a) });
    }
  } catch {
    // Reference data missing: generic rules still work, named matches do not.
  }
  // Longer aliases first, so "business region göteborg" beats "göteborgsregionen".
  list.sort((a, b) => b.pattern.source.length - a.pattern.source.length);
  aliases = list;
  return list;
}

/**
 * Finds a named regional strategy (RUS) or inter-municipal collaboration in
 * `text`. With `countyCode`, that county's names are tried first. RUS wins
 * over an inter-municipal name when both occur.
 */
export function matchRegionalReference(text: string, countyCode?: string | null): RegionalReference | null {
  if (!text) return null;
  const norm = normForMatch(text);
  const all = load();
  const ordered = countyCode ? [...all.filter((a) => a.countyCodes.includes(countyCode)), ...all.filter((a) => !a.countyCodes.includes(countyCode))] : all;
  const rus = ordered.find((a) => a.kind === 'rus' && a.pattern.test(norm));
  if (rus) return { kind: 'rus', name: rus.name };
  const inter = ordered.find((a) => a.kind === 'intermunicipal' && a.pattern.test(norm));
  return inter ? { kind: 'intermunicipal', name: inter.name } : null;
}

let municipalityPatterns: RegExp[] | null = null;

/** Names of Sweden's municipalities, as capitalised words in running text ("Sandviken", "Upplands Väsby"). */
function municipalityNamePatterns(): RegExp[] {
  if (municipalityPatterns) return municipalityPatterns;
  const out: RegExp[] = [];
  try {
    const rows = parse(readFileSync(`${DATA_DIR}municipalities.csv`, 'utf8'), { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
    for (const row of rows) {
      const name = (row['name'] ?? '').trim();
      // Case-sensitive: "Mark" and "Vara" are municipalities only when written as names.
      if (name.length >= 3) out.push(new RegExp(`(?<![\\p{L}\\d])${escape(name)}(?![\\p{L}\\d])`, 'u'));
    }
  } catch {
    // Reference data missing: this rule is silent.
  }
  municipalityPatterns = out;
  return out;
}

/** How many distinct municipalities a text names (capitalised, as in the reference list). */
export function countMunicipalityNames(text: string): number {
  if (!/\p{Lu}/u.test(text)) return 0;
  // A town's name inside an institution's ("Luleå tekniska universitet", "Campus Gotland", "Uppsala universitet")
  // names the institution, not a municipality one collaborates with.
  const plain = text.replace(INSTITUTION_NAME, ' ');
  let n = 0;
  for (const re of municipalityNamePatterns()) if (re.test(plain)) n += 1;
  return n;
}

const INSTITUTION_NAME = /\b(?:campus|högskolan i|universitetet i|hamn i)\s+\p{Lu}\p{L}+|\p{Lu}\p{L}+\s+(?:tekniska\s+)?(?:universitet|högskola|hamn|airport|flygplats|energi|vatten|bostäder|stadshus|sjukhus|lasarett)\b/gu;
