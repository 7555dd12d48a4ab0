/**
 * Renders the labelled development corpus: test/corpus/sources → real
 * PDF, DOCX, HTML and text files in test/corpus/files, plus labels.csv and
 * labels.json. Deterministic: the same sources give byte-identical files
 * (PDF creation dates are pinned), so re-running shows no git diff.
 *
 *   npx node scripts/build-corpus.ts
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { renderDocx, renderPdf } from '../src/simweb/render-documents.ts';
import { corpusSources, type CorpusLabels, type CorpusSource } from '../test/corpus/sources/index.ts';

const ROOT = join(import.meta.dirname, '..', 'test', 'corpus');
const FILES = join(ROOT, 'files');
const EXT = { pdf: 'pdf', docx: 'docx', html: 'html', txt: 'txt' } as const;
const COLUMNS: Array<keyof CorpusLabels> = ['isProgram', 'programType', 'title', 'validFrom', 'validTo', 'regionalLink', 'actionPlan', 'sustainability', 'isDraft', 'adoptedBy', 'writtenWithBusiness', 'yearlyActivities', 'agenda2030', 'goalsMeasurable'];

async function main(): Promise<void> {
  const sources = corpusSources();
  const ids = new Set<string>();
  for (const s of sources) {
    if (ids.has(s.id)) throw new Error(`duplicate id ${s.id}`);
    ids.add(s.id);
  }
  mkdirSync(FILES, { recursive: true });
  for (const f of readdirSync(FILES)) rmSync(join(FILES, f));
  const rows: string[] = [['file', ...COLUMNS].join(',')];
  const json: unknown[] = [];
  for (const s of sources) {
    const file = `${s.id}.${EXT[s.format]}`;
    writeFileSync(join(FILES, file), await render(s));
    rows.push([file, ...COLUMNS.map((k) => cell(s.labels[k]))].join(','));
    json.push({ file, ...s.labels, ...s.extra });
  }
  writeFileSync(join(ROOT, 'labels.csv'), rows.join('\n') + '\n');
  writeFileSync(join(ROOT, 'labels.json'), JSON.stringify(json, null, 1) + '\n');
  const count = (f: string): number => sources.filter((s) => s.format === f).length;
  process.stderr.write(`${sources.length} documents (${sources.filter((s) => s.labels.isProgram).length} programs): pdf ${count('pdf')}, docx ${count('docx')}, html ${count('html')}, txt ${count('txt')}\n`);
}

function cell(v: string | number | boolean | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

async function render(s: CorpusSource): Promise<Uint8Array> {
  switch (s.format) {
    case 'pdf': return pinPdfDates(await renderPdf(s.spec, s.pdfOptions ?? {}), s.id);
    case 'docx': return pinZipDates(await renderDocx({ ...s.spec, pages: dropTitleHeading(s) }));
    case 'html': return new TextEncoder().encode(renderHtml(s));
    case 'txt': return renderTxt(s);
  }
}

/** The docx renderer writes the title itself; the composed first heading would repeat it. */
function dropTitleHeading(s: CorpusSource): string[][] {
  return s.spec.pages.map((page, i) => (i === 0 && page[0] === `# ${s.spec.title}` ? page.slice(1) : page));
}

/** pdfkit stamps the current time (and derives the file ID from it); pin both, same lengths, so xref offsets stay valid. */
function pinPdfDates(bytes: Uint8Array, id: string): Uint8Array {
  const text = Buffer.from(bytes).toString('latin1');
  const fileId = createHash('md5').update(id).digest('hex');
  const pinned = text.replace(/\(D:\d{14}Z\)/g, '(D:20240101000000Z)').replace(/\/ID \[<[0-9a-f]{32}> <[0-9a-f]{32}>\]/, `/ID [<${fileId}> <${fileId}>]`);
  return new Uint8Array(Buffer.from(pinned, 'latin1'));
}

/** docx packs with the current time in core.xml (created/modified); rewrite those dates and rezip deterministically. */
function pinZipDates(bytes: Uint8Array): Uint8Array {
  return docxPin(bytes);
}

import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
function docxPin(bytes: Uint8Array): Uint8Array {
  const entries = unzipSync(bytes);
  const out: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const name of Object.keys(entries).sort()) {
    let data = entries[name]!;
    if (name === 'docProps/core.xml') data = strToU8(strFromU8(data).replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '2024-01-01T00:00:00Z'));
    out[name] = [data, { mtime: new Date('2024-01-01T00:00:00Z') }];
  }
  return zipSync(out, { level: 6 });
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Body paragraphs as HTML: headings, list runs and pipe tables the way CMS editors produce them. */
export function paragraphsToHtml(paragraphs: string[]): string {
  const out: string[] = [];
  let list: string[] = [];
  const flush = (): void => {
    if (list.length) out.push(`<ul>\n${list.map((l) => `  <li>${esc(l)}</li>`).join('\n')}\n</ul>`);
    list = [];
  };
  let first = true;
  for (const p of paragraphs) {
    if (/^[•–○-] /.test(p)) { list.push(p.slice(2)); continue; }
    flush();
    if (p.startsWith('# ')) { out.push(first ? `<h1>${esc(p.slice(2))}</h1>` : `<h2>${esc(p.slice(2))}</h2>`); first = false; continue; }
    if (p.includes(' | ')) { out.push(`<table><tr>${p.split(' | ').map((x) => `<td>${esc(x)}</td>`).join('')}</tr></table>`); continue; }
    out.push(`<p>${esc(p).replace(/\n/g, '<br>')}</p>`);
    first = false;
  }
  flush();
  return out.join('\n');
}

const THEMES = [
  { menu: ['Bo och leva', 'Barn och utbildning', 'Omsorg och stöd', 'Näringsliv och arbete', 'Kommun och politik'], cookie: 'Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra din upplevelse. <button>Godkänn alla</button> <button>Endast nödvändiga</button>' },
  { menu: ['Förskola och skola', 'Kultur och fritid', 'Trafik och infrastruktur', 'Företag', 'Miljö och klimat', 'Politik och påverkan'], cookie: 'Den här webbplatsen använder cookies. Läs mer om hur vi hanterar personuppgifter. <a href="/cookies">Inställningar</a>' },
  { menu: ['Start', 'Invånare', 'Företagare', 'Besökare', 'Om kommunen'], cookie: 'Vi vill använda analyskakor för att förstå hur webbplatsen används. <button>Acceptera</button> <button>Neka</button>' },
  { menu: ['Arbete och näringsliv', 'Bygga, bo och miljö', 'Uppleva och göra', 'Utbildning och barnomsorg', 'Vård och omsorg', 'Kommun och politik'], cookie: 'Kakor hjälper oss att ge dig en bättre webbplats. Genom att fortsätta godkänner du att vi använder kakor.' },
];

function renderHtml(s: CorpusSource): string {
  const theme = THEMES[(s.htmlTheme ?? 0) % THEMES.length]!;
  const who = s.spec.author ?? 'Kommunen';
  const body = paragraphsToHtml(s.spec.pages.flat());
  const updated = `2024-0${1 + (s.id.length % 9)}-1${s.id.length % 10}`;
  return `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(s.spec.title)} - ${esc(who)}</title>
<link rel="stylesheet" href="/css/main.css">
</head>
<body>
<div class="cookie-banner" role="dialog" aria-label="Cookies"><p>${theme.cookie}</p></div>
<a class="skip" href="#main">Gå direkt till innehållet</a>
<header class="site-header">
  <a class="logo" href="/"><img src="/img/logo.svg" alt="${esc(who)}"></a>
  <form class="search" action="/sok"><input name="q" placeholder="Vad söker du?"><button>Sök</button></form>
  <nav class="main-menu"><ul>${theme.menu.map((m) => `<li><a href="/${m.toLowerCase().replace(/[^a-zåäö]+/g, '-')}">${esc(m)}</a></li>`).join('')}</ul></nav>
</header>
<nav class="breadcrumbs"><a href="/">Startsida</a> › <a href="/naringsliv">Näringsliv och arbete</a> › <span>${esc(s.spec.title)}</span></nav>
<main id="main">
<article>
${body}
</article>
<aside class="page-meta"><p>Senast uppdaterad: ${updated}</p><p>Sidansvarig: Webbredaktionen</p><p><a href="#">Skriv ut</a> | <a href="#">Lyssna</a> | <a href="#">Dela</a></p></aside>
</main>
<footer class="site-footer">
  <p>${esc(who)}<br>Besöksadress: Stadshuset, Storgatan 1<br>Telefon: 0123-456 00 (växel)<br>E-post: kommun@kommunen.se</p>
  <ul><li><a href="/tillganglighet">Tillgänglighetsredogörelse</a></li><li><a href="/personuppgifter">Personuppgifter</a></li><li><a href="/kakor">Om kakor</a></li></ul>
  <p>Följ oss: Facebook · Instagram · LinkedIn</p>
</footer>
</body>
</html>
`;
}

/** Plain text: as typed, or re-flowed like text copied out of a PDF (hyphenated line ends, repeated running heads). */
function renderTxt(s: CorpusSource): Uint8Array {
  const style = s.txtStyle ?? 'utf8';
  const pdfLike = style === 'pdf-copy' || style === 'cp1252-pdf-copy';
  const lines: string[] = [];
  s.spec.pages.forEach((page, i) => {
    if (pdfLike && s.spec.header) lines.push(s.spec.header, '');
    for (const p of page) {
      const text = p.startsWith('# ') ? p.slice(2) : p;
      if (pdfLike) lines.push(...wrapHyphenated(text, 72));
      else if (p.startsWith('# ')) lines.push(text, '='.repeat(Math.min(60, text.length)));
      else lines.push(...text.split('\n'));
      lines.push('');
    }
    if (pdfLike) lines.push(`${s.spec.footer ? s.spec.footer + '   ' : ''}Sida ${i + 1} av ${s.spec.pages.length}`, '\f');
  });
  const text = lines.join(style.startsWith('cp1252') ? '\r\n' : '\n');
  return style.startsWith('cp1252') ? encodeCp1252(text) : new TextEncoder().encode(text);
}

/** Wraps at `width`, breaking long words with a hyphen the way PDF layout engines do ("närings-\nlivsprogrammet"). */
export function wrapHyphenated(text: string, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(' ')) {
      if ((line ? line.length + 1 : 0) + word.length <= width) { line = line ? `${line} ${word}` : word; continue; }
      const room = width - (line ? line.length + 1 : 0) - 1;
      const cut = hyphenPoint(word, room);
      if (cut > 0) { out.push(`${line ? line + ' ' : ''}${word.slice(0, cut)}-`); line = word.slice(cut); }
      else { out.push(line); line = word; }
    }
    out.push(line);
  }
  return out;
}

/** A break point inside a long word at most `room` characters in, before a consonant following a vowel; 0 if none. */
function hyphenPoint(word: string, room: number): number {
  if (word.length < 9 || room < 4 || !/^[a-zåäöé]+[.,:;]?$/i.test(word)) return 0;
  // Compound joints first, as Swedish hyphenation dictionaries prefer them.
  const joint = /^(närings|tillväxt|handlings|utvecklings|kommun|aktivitets|hållbarhets|mandat|program|regionala|företags|verksamhets)/i.exec(word);
  if (joint && joint[0].length <= room && joint[0].length < word.length - 3) return joint[0].length;
  for (let i = Math.min(room, word.length - 4); i >= 3; i--) {
    if (/[bcdfghjklmnpqrstvwxz]/i.test(word[i]!) && /[aeiouyåäöé]/i.test(word[i + 1]!)) return i;
  }
  return 0;
}

const CP1252: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '™': 0x99 };
function encodeCp1252(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) out.push(code);
    else out.push(CP1252[ch] ?? 0x3f);
  }
  return new Uint8Array(out);
}

await main();
