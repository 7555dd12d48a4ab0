/**
 * The hand-written parts of the blind test websites: the pages that lead to
 * or hold programs, and which document sits at which URL.
 */
import type { DocumentSpec } from '../../src/simweb/render-documents.ts';
import { docs } from './docs.ts';
import { type Page, type NewsItem } from './filler.ts';
import { type Cms, esc, pageUrl } from './layout.ts';

export interface DocEntry {
  spec: DocumentSpec;
  kind: 'pdf' | 'docx';
}

export interface Site {
  slug: string;
  code: string;
  name: string;
  cms: Cms;
  sitemap: boolean;
  robots?: string;
  news: NewsItem[];
  pages: Record<string, Page>;
  docs: Record<string, DocEntry>;
  /** Links added to the home page body (hand-written puffs). */
  homePuffs: Array<[string, string]>;
}

function hash(s: string): number {
  let h = 2166136261;
  for (const c of s) h = Math.imul(h ^ (c.codePointAt(0) ?? 0), 16777619) >>> 0;
  return h;
}

/** Sitevision-style opaque download URL. */
export function svDownload(fileName: string, year = 2021): string {
  const h = hash(fileName);
  const id = `18.${h.toString(16)}${(h >>> 3).toString(16).slice(0, 5)}${year.toString(16)}`;
  const ts = Date.UTC(year, h % 12, (h % 27) + 1) + (h % 86400000);
  return `/download/${id}/${ts}/${encodeURIComponent(fileName)}`;
}

function generic(title: string): DocumentSpec {
  const h = hash(title);
  return {
    title,
    pages: [
      [
        `# ${title}`,
        `Antagen av kommunfullmäktige ${2015 + (h % 9)}-0${(h % 9) + 1}-${10 + (h % 18)}, § ${h % 200}.`,
        `Dokumentet anger kommunens inriktning, ansvarsfördelning och uppföljning inom området. Det gäller för samtliga nämnder och förvaltningar.`,
        `Ansvarig för att dokumentet hålls aktuellt är kommundirektören.`,
      ],
    ],
  };
}

const GOVERNING = [
  'Alkohol- och drogpolicy',
  'Arbetsmiljöpolicy',
  'Arkivreglemente',
  'Arvodesreglemente för förtroendevalda',
  'Avfallsplan 2021–2030',
  'Biblioteksplan 2022–2025',
  'Bostadsförsörjningsprogram 2022–2026',
  'Delegationsordning för kommunstyrelsen',
  'Energi- och klimatstrategi',
  'Finanspolicy',
  'Folkhälsoplan',
  'Grönplan',
  'Informationssäkerhetspolicy',
  'Jämställdhetsplan',
  'Kommunikationspolicy',
  'Kulturpolitiskt program',
  'Lokalförsörjningsplan',
  'Miljöprogram 2020–2030',
  'Policy för mänskliga rättigheter',
  'Reglemente för kommunstyrelsen',
  'Riktlinjer för markanvisning',
  'Riktlinjer för representation',
  'Risk- och sårbarhetsanalys',
  'Säkerhetspolicy',
  'Trafikstrategi',
  'Vattenplan',
  'Vision 2030',
  'Äldreplan',
];

/** A long A–Ö list of governing documents plus the hand-placed ones. */
function governing(
  cms: Cms,
  url: (fileName: string) => string,
  special: Array<{ label: string; href: string }>,
  docsOut: Record<string, DocEntry>,
): Array<{ label: string; href: string }> {
  const list = [...special];
  for (const t of GOVERNING) {
    const file = `${t.replace(/[–]/g, '-').replace(/ /g, cms === 'sitevision' ? ' ' : '-')}.pdf`;
    const href = url(file);
    docsOut[href] = { spec: generic(t), kind: 'pdf' };
    list.push({ label: `${t} (pdf)`, href });
  }
  list.push({ label: 'Upphandlingspolicy (pdf)', href: url('Upphandlingspolicy.pdf') });
  docsOut[url('Upphandlingspolicy.pdf')] = { spec: docs.upphandlingspolicy!, kind: 'pdf' };
  return list.sort((a, b) => a.label.localeCompare(b.label, 'sv'));
}

function azList(list: Array<{ label: string; href: string }>): string {
  let html = '';
  let letter = '';
  for (const it of list) {
    const l = it.label[0]!.toUpperCase();
    if (l !== letter) {
      if (letter) html += '</ul>';
      letter = l;
      html += `<h2 id="${l}">${l}</h2><ul class="document-list">`;
    }
    html += `<li><a href="${it.href}">${esc(it.label)}</a></li>`;
  }
  return html + '</ul>';
}

const sv = (parts: string[]) => pageUrl('sitevision', parts);
const ep = (parts: string[]) => pageUrl('episerver', parts);
const wp = (parts: string[]) => pageUrl('municipio', parts);
const dr = (parts: string[]) => pageUrl('drupal', parts);

function crumbs(cms: Cms, labels: string[]): Array<[string, string]> {
  return labels.map((l, i): [string, string] => [l, pageUrl(cms, labels.slice(0, i + 1))]);
}

// ---------------------------------------------------------------- sites

export function buildSites(): Site[] {
  const sites: Site[] = [];

  // 1. Åtvidaberg — Sitevision; program in Kommun och politik > Styrdokument > Program och planer (A–Ö).
  {
    const d: Record<string, DocEntry> = {};
    const prog = '/download/18.3b1c2a4d17f3e8a9b1c2345/1623318645123/Naringslivsprogram%202021-2024.pdf';
    d[prog] = { spec: docs.atvidabergProgram!, kind: 'pdf' };
    const list = governing('sitevision', (f) => svDownload(f), [{ label: 'Näringslivsprogram 2021–2024 (pdf, 1 MB)', href: prog }], d);
    const styr = sv(['Kommun och politik', 'Styrdokument']);
    const pop = sv(['Kommun och politik', 'Styrdokument', 'Program och planer']);
    sites.push({
      slug: 'atvidaberg', code: '0561', name: 'Åtvidaberg', cms: 'sitevision', sitemap: true, news: [], homePuffs: [], docs: d,
      pages: {
        [styr]: { title: 'Styrdokument', crumbs: crumbs('sitevision', ['Kommun och politik', 'Styrdokument']), body: `<h1>Styrdokument</h1><p>Kommunens styrdokument delas in i policyer, program och planer samt riktlinjer och reglementen.</p><ul class="cards"><li><a href="${sv(['Kommun och politik', 'Styrdokument', 'Policyer'])}">Policyer</a></li><li><a href="${pop}">Program och planer</a></li><li><a href="${sv(['Kommun och politik', 'Styrdokument', 'Reglementen och riktlinjer'])}">Reglementen och riktlinjer</a></li></ul>` },
        [sv(['Kommun och politik', 'Styrdokument', 'Policyer'])]: { title: 'Policyer', crumbs: crumbs('sitevision', ['Kommun och politik', 'Styrdokument', 'Policyer']), body: '<h1>Policyer</h1><p>Policyerna finns samlade under Program och planer tills vidare.</p>' },
        [sv(['Kommun och politik', 'Styrdokument', 'Reglementen och riktlinjer'])]: { title: 'Reglementen och riktlinjer', crumbs: crumbs('sitevision', ['Kommun och politik', 'Styrdokument', 'Reglementen och riktlinjer']), body: '<h1>Reglementen och riktlinjer</h1><p>Reglementen för nämnderna beslutas av kommunfullmäktige.</p>' },
        [pop]: { title: 'Program och planer', crumbs: crumbs('sitevision', ['Kommun och politik', 'Styrdokument', 'Program och planer']), body: `<h1>Program och planer</h1><p>Här hittar du kommunens gällande styrdokument i bokstavsordning.</p>${azList(list)}` },
        [sv(['Näringsliv och arbete', 'Näringslivsutveckling'])]: { title: 'Näringslivsutveckling', crumbs: crumbs('sitevision', ['Näringsliv och arbete', 'Näringslivsutveckling']), body: `<h1>Näringslivsutveckling</h1><p>Näringslivsenheten arbetar för att det ska vara enkelt att driva företag i Åtvidaberg. Vi ordnar frukostmöten, företagsbesök och Näringslivsgalan.</p><p>Kommunens mål för näringslivsarbetet finns bland kommunens <a href="${styr}">styrdokument</a>.</p>` },
      },
    });
  }

  // 2. Nässjö — Sitevision; Näringslivsutveckling > Vår näringslivsstrategi, anchor "Ladda ner (pdf, 2 MB)", opaque file name; old program too.
  {
    const d: Record<string, DocEntry> = {};
    const prog = '/download/18.5f2e9c1a1718c3b4d5e6f7/1575971234567/Styrdokument_KS_2019_112.pdf';
    const old = '/download/18.5f2e9c1a1718c3b4d5e6f8/1393497600000/Naringslivsprogram_2014-2018.pdf';
    d[prog] = { spec: docs.nassjoStrategi!, kind: 'pdf' };
    d[old] = { spec: docs.nassjoOld!, kind: 'pdf' };
    const nu = ['Näringsliv och arbete', 'Näringslivsutveckling'];
    const strat = [...nu, 'Vår näringslivsstrategi'];
    sites.push({
      slug: 'nassjo', code: '0682', name: 'Nässjö', cms: 'sitevision', sitemap: false, news: [], homePuffs: [], docs: d,
      pages: {
        [sv(nu)]: { title: 'Näringslivsutveckling', crumbs: crumbs('sitevision', nu), body: `<h1>Näringslivsutveckling</h1><p>Nässjö kommun vill vara en bra partner för företagen. Här finns information om vårt arbete och våra nätverk.</p><div class="puff"><h2>Vår näringslivsstrategi</h2><p>Hur arbetar kommunen för ett bättre företagsklimat?</p><a href="${sv(strat)}">Läs mer</a></div><div class="puff"><h2>Näringslivsrådet</h2><p>Rådet träffas fyra gånger om året.</p></div>` },
        [sv(strat)]: { title: 'Vår näringslivsstrategi', crumbs: crumbs('sitevision', strat), body: `<h1>Vår näringslivsstrategi</h1><p>Kommunfullmäktige har antagit en strategi som anger riktningen för kommunens näringslivsarbete fram till 2025. Strategin togs fram tillsammans med Höglandets kommuner och det lokala näringslivet.</p><p><a href="${prog}">Ladda ner (pdf, 2 MB)</a></p><h2>Tidigare program</h2><p>Det tidigare programmet gällde 2014–2018. <a href="${old}">Näringslivsprogram 2014–2018 (pdf)</a></p>` },
      },
    });
  }

  // 3. Alvesta — Municipio; program as a web page with accordions.
  {
    const np = wp(['Näringsliv och arbete']);
    const prog = wp(['Näringsliv och arbete', 'Näringslivsprogram']);
    const acc = (t: string, body: string, i: number) =>
      `<section class="c-accordion__section"><h2><button class="c-accordion__button" aria-expanded="false" aria-controls="acc-${i}">${esc(t)}</button></h2><div id="acc-${i}" class="c-accordion__content" hidden>${body}</div></section>`;
    sites.push({
      slug: 'alvesta', code: '0764', name: 'Alvesta', cms: 'municipio', sitemap: true, robots: 'User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: /sitemap.xml\n', news: [], homePuffs: [], docs: {},
      pages: {
        [np]: { title: 'Näringsliv och arbete', crumbs: [['Näringsliv och arbete', np]], body: `<h1>Näringsliv och arbete</h1><ul class="cards">${['Starta och driva företag', 'Tillstånd och regler', 'Upphandling', 'Mark och lokaler', 'Näringslivsutveckling', 'Arbetsmarknad'].map((i) => `<li><a href="${wp(['Näringsliv och arbete', i])}">${i}</a></li>`).join('')}<li><a href="${prog}">Näringslivsprogram</a><p>Kommunens mål och insatser för näringslivet 2023–2027.</p></li></ul>` },
        [prog]: {
          title: 'Näringslivsprogram 2023–2027',
          crumbs: [['Näringsliv och arbete', np], ['Näringslivsprogram', prog]],
          body: `<h1>Näringslivsprogram för Alvesta kommun 2023–2027</h1><p class="lead">Programmet antogs av kommunfullmäktige den 28 februari 2023, § 19, och gäller 2023–2027. Det är kommunens styrdokument för arbetet med näringslivsfrågor och gäller alla nämnder och bolag.</p><div class="c-accordion">${[
            acc('Bakgrund', '<p>Alvesta är en järnvägsknut i Kronobergs län med stark tillverkningsindustri och växande logistik. Programmet har tagits fram tillsammans med Alvesta Näringslivsråd och Företagarna Alvesta under 2022.</p>', 1),
            acc('Vision och övergripande mål', '<p>Alvesta ska vara Smålands bästa kommun att driva företag i. År 2027 ska kommunen tillhöra de 75 bästa i Svenskt Näringslivs ranking och ha ett NKI på minst 78.</p>', 2),
            acc('Regional samverkan', '<p>Programmet är kopplat till Region Kronobergs regionala utvecklingsstrategi, Gröna Kronoberg 2025, och till samarbetet med Växjö, Ljungby och övriga kommuner i länet.</p>', 3),
            acc('Fokusområden', '<ul><li>Service och myndighetsutövning</li><li>Kompetensförsörjning</li><li>Etablering och mark vid Alvesta logistikcentrum</li><li>Hållbar omställning – fossilfria transporter och cirkulär ekonomi i linje med Agenda 2030</li></ul>', 4),
            acc('Handlingsplan', '<p>Till programmet hör en årlig handlingsplan. 2024: företagslots, leverantörsträffar, etableringsprojekt vid Grimslöv och samverkan med Linnéuniversitetet om praktik.</p>', 5),
            acc('Uppföljning', '<p>Kommunstyrelsen följer upp programmet årligen och redovisar resultatet för fullmäktige.</p>', 6),
          ].join('')}</div><p>Sidan uppdaterad 2023-03-15.</p>`,
        },
      },
    });
  }

  // 4. Borgholm — Drupal; program only linked from an older news item (news page 2), anchor "Här".
  {
    const d: Record<string, DocEntry> = {};
    const prog = '/sites/default/files/2023-06/KF%20230612%20%C2%A7%2045%20bilaga.pdf';
    d[prog] = { spec: docs.borgholmProgram!, kind: 'pdf' };
    sites.push({
      slug: 'borgholm', code: '0885', name: 'Borgholm', cms: 'drupal', sitemap: false, docs: d, homePuffs: [], pages: {},
      news: [
        { date: '2023-06-20', title: 'Fullmäktige har antagit ett nytt tillväxtprogram', lead: 'På sitt sammanträde den 12 juni beslutade kommunfullmäktige om ett nytt program för kommunens tillväxt.', body: `<p>Programmet pekar ut fyra målområden, bland annat ett näringsliv året runt och bättre service till företagen. Det har tagits fram i dialog med företagare över hela norra Öland.</p><p><a href="${prog}">Här</a> kan du läsa programmet.</p>` },
        { date: '2023-05-02', title: 'Säsongen drar igång på Öland', lead: 'Nu öppnar restauranger och campingar igen.' },
      ],
    });
  }

  // 5. Karlshamn — Optimizely; only an expired program in /globalassets/.
  {
    const d: Record<string, DocEntry> = {};
    const old = '/globalassets/dokument/kommun-och-politik/styrdokument/naringslivsprogram-2016-2020.pdf';
    d[old] = { spec: docs.karlshamnOld!, kind: 'pdf' };
    const list = governing('episerver', (f) => `/globalassets/dokument/kommun-och-politik/styrdokument/${f.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o')}`, [{ label: 'Näringslivsprogram 2016–2020', href: old }], d);
    const s = ['Kommun och politik', 'Styrdokument'];
    const nu = ['Näringsliv och arbete', 'Näringslivsutveckling'];
    sites.push({
      slug: 'karlshamn', code: '1082', name: 'Karlshamn', cms: 'episerver', sitemap: true, news: [], docs: d, homePuffs: [['Invest in Karlshamn', '/invest-in-karlshamn/']],
      pages: {
        [ep(s)]: { title: 'Styrdokument', crumbs: crumbs('episerver', s), body: `<h1>Styrdokument</h1>${azList(list)}` },
        [ep(nu)]: { title: 'Näringslivsutveckling', crumbs: crumbs('episerver', nu), body: '<h1>Näringslivsutveckling</h1><p>Karlshamns kommun arbetar för ett bra företagsklimat. Ett nytt näringslivsprogram håller på att tas fram och beräknas vara klart under 2025.</p>' },
        '/invest-in-karlshamn/': { title: 'Invest in Karlshamn', crumbs: [['Invest in Karlshamn', '/invest-in-karlshamn/']], body: '<h1>Invest in Karlshamn</h1><p>Karlshamn is a port city in Blekinge with one of the largest ports in southern Sweden. Contact our business office for land and premises.</p>' },
      },
    });
  }

  // 6. Svalöv — Sitevision; only a draft on remiss (docx) linked from a news item and "Pågående remisser".
  {
    const d: Record<string, DocEntry> = {};
    const draft = '/download/18.7a8b9c0d18f1e2d3c4b5a69/1725262800000/Remissversion%20N%C3%A4ringslivsstrategi%202025-2030.docx';
    const budget = svDownload('Mål och budget 2024.pdf', 2023);
    d[draft] = { spec: docs.svalovRemiss!, kind: 'docx' };
    d[budget] = { spec: docs.budget!, kind: 'pdf' };
    const rem = ['Kommun och politik', 'Pågående remisser'];
    sites.push({
      slug: 'svalov', code: '1214', name: 'Svalöv', cms: 'sitevision', sitemap: true, docs: d, homePuffs: [['Pågående remisser', sv(rem)]],
      news: [{ date: '2024-09-02', title: 'Tyck till om nya näringslivsstrategin', lead: 'Nu skickas förslaget till ny näringslivsstrategi ut på remiss.', body: `<p>Läs förslaget och lämna dina synpunkter senast 31 oktober. <a href="${sv(rem)}">Till remissen</a></p>` }],
      pages: {
        [sv(rem)]: { title: 'Pågående remisser', crumbs: crumbs('sitevision', rem), body: `<h1>Pågående remisser</h1><h2>Förslag till näringslivsstrategi 2025–2030</h2><p>Remisstid 2 september – 31 oktober 2024.</p><p><a href="${draft}">Remissversion (docx, 80 kB)</a></p>` },
        [sv(['Kommun och politik', 'Budget och årsredovisning'])]: { title: 'Budget och årsredovisning', crumbs: crumbs('sitevision', ['Kommun och politik', 'Budget och årsredovisning']), body: `<h1>Budget och årsredovisning</h1><p><a href="${budget}">Mål och budget 2024 (pdf, 4 MB)</a></p>` },
      },
    });
  }

  // 7. Halmstad — Sitevision; strategy + separate action plan; English invest page.
  {
    const d: Record<string, DocEntry> = {};
    const prog = svDownload('Naringslivsstrategi_Halmstad_2022-2030_webb.pdf', 2021);
    const plan = svDownload('Handlingsplan 2024-2025.docx', 2023);
    d[prog] = { spec: docs.halmstadStrategi!, kind: 'pdf' };
    d[plan] = { spec: docs.halmstadHandlingsplan!, kind: 'docx' };
    const nu = ['Näringsliv och arbete', 'Näringslivsutveckling'];
    const st = [...nu, 'Näringslivsstrategi'];
    sites.push({
      slug: 'halmstad', code: '1380', name: 'Halmstad', cms: 'sitevision', sitemap: true, news: [], docs: d, homePuffs: [],
      pages: {
        [sv(nu)]: { title: 'Näringslivsutveckling', crumbs: crumbs('sitevision', nu), body: `<h1>Näringslivsutveckling</h1><p>Halmstads kommun arbetar tillsammans med näringslivet för att skapa tillväxt.</p><ul><li><a href="${sv(st)}">Näringslivsstrategi</a></li><li><a href="${sv([...nu, 'Företagslots'])}">Företagslots</a></li></ul>` },
        [sv([...nu, 'Företagslots'])]: { title: 'Företagslots', crumbs: crumbs('sitevision', [...nu, 'Företagslots']), body: '<h1>Företagslots</h1><p>Företagslotsen samordnar kommunens kontakter vid etableringar.</p>' },
        [sv(st)]: { title: 'Näringslivsstrategi', crumbs: crumbs('sitevision', st), body: `<h1>Näringslivsstrategi</h1><p>Näringslivsstrategin antogs av kommunfullmäktige i november 2021 och gäller till 2030. Till strategin hör en handlingsplan som tas fram för två år i taget.</p><ul class="documents"><li><a href="${prog}">Näringslivsstrategi för Halmstads kommun 2022–2030 (pdf, 3 MB)</a></li><li><a href="${plan}">Handlingsplan 2024–2025 (docx, 60 kB)</a></li></ul>` },
        [sv(['Other languages'])]: { title: 'Other languages', crumbs: [['Other languages', sv(['Other languages'])]], body: `<h1>Other languages</h1><p><a href="${sv(['Invest in Halmstad'])}">Invest in Halmstad</a></p>` },
        [sv(['Invest in Halmstad'])]: { title: 'Invest in Halmstad', crumbs: [['Invest in Halmstad', sv(['Invest in Halmstad'])]], body: `<h1>Invest in Halmstad</h1><p>Halmstad on the Swedish west coast offers a strong business climate, Halmstad University and a business strategy adopted in 2021. <a href="${sv(st)}">Read about our business strategy (in Swedish)</a>.</p>` },
      },
    });
  }

  // 8. Ale — Municipio; document archive with ?page=N pagination, program on page 3.
  {
    const d: Record<string, DocEntry> = {};
    const prog = '/wp-content/uploads/2022/03/Naringslivsprogram-Ale-2022-2026-webb.pdf';
    d[prog] = { spec: docs.aleProgram!, kind: 'pdf' };
    const list = governing('municipio', (f) => `/wp-content/uploads/2021/0${(hash(f) % 9) + 1}/${f.replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/Å/g, 'A').replace(/Ä/g, 'A').replace(/Ö/g, 'O')}`, [{ label: 'Näringslivsprogram 2022–2026', href: prog }], d);
    const arch = wp(['Kommun och politik', 'Styrdokument', 'Dokumentarkiv']);
    const per = 8;
    const nPages = Math.ceil(list.length / per);
    const pages: Record<string, Page> = {
      [wp(['Kommun och politik', 'Styrdokument'])]: { title: 'Styrdokument', crumbs: crumbs('municipio', ['Kommun och politik', 'Styrdokument']), body: `<h1>Styrdokument</h1><p>Kommunens styrdokument är policyer, program, planer och riktlinjer. Alla gällande styrdokument finns i <a href="${arch}">dokumentarkivet</a>.</p>` },
    };
    for (let n = 1; n <= nPages; n++) {
      const items = list.slice((n - 1) * per, n * per);
      const pager = Array.from({ length: nPages }, (_, k) => (k + 1 === n ? `<span class="current">${k + 1}</span>` : `<a class="page-numbers" href="${arch}${k === 0 ? '' : `?page=${k + 1}`}">${k + 1}</a>`)).join(' ');
      pages[arch + (n === 1 ? '' : `?page=${n}`)] = {
        title: 'Dokumentarkiv',
        crumbs: crumbs('municipio', ['Kommun och politik', 'Styrdokument', 'Dokumentarkiv']),
        body: `<h1>Dokumentarkiv</h1><form><label>Filtrera <input name="s"></label></form><table class="c-table"><thead><tr><th>Dokument</th><th>Typ</th></tr></thead><tbody>${items.map((i) => `<tr><td><a href="${i.href}">${esc(i.label)}</a></td><td>PDF</td></tr>`).join('')}</tbody></table><nav class="pagination">${pager}${n < nPages ? ` <a class="next" href="${arch}?page=${n + 1}">Nästa »</a>` : ''}</nav>`,
      };
    }
    sites.push({ slug: 'ale', code: '1440', name: 'Ale', cms: 'municipio', sitemap: true, news: [], docs: d, homePuffs: [], pages });
  }

  // 9. Nora — Sitevision; nothing (a business-day invitation only).
  {
    const d: Record<string, DocEntry> = {};
    const inv = svDownload('Inbjudan Näringslivsdag 2024.pdf', 2024);
    d[inv] = { spec: docs.noraInbjudan!, kind: 'pdf' };
    const nu = ['Näringsliv och arbete', 'Näringslivsutveckling'];
    sites.push({
      slug: 'nora', code: '1884', name: 'Nora', cms: 'sitevision', sitemap: false, news: [{ date: '2024-09-30', title: 'Välkommen till Näringslivsdagen', lead: 'Den 17 oktober bjuder kommunen in till frukost och Årets företagare.', body: `<p><a href="${inv}">Inbjudan (pdf)</a></p>` }], docs: d, homePuffs: [],
      pages: {
        [sv(nu)]: { title: 'Näringslivsutveckling', crumbs: crumbs('sitevision', nu), body: `<h1>Näringslivsutveckling</h1><p>Nora kommun har en näringslivsutvecklare som är företagens kontakt in i kommunen. Vi samarbetar med Företagarna Nora och Nora Turism.</p><p>Varje höst ordnar vi Näringslivsdagen. <a href="${inv}">Läs inbjudan här</a>.</p>` },
      },
    });
  }

  // 10. Falun — Optimizely; only a comprehensive plan with a business chapter.
  {
    const d: Record<string, DocEntry> = {};
    const op = '/globalassets/bygga-bo-och-miljo/oversiktsplan/op-falun-2050-antagen.pdf';
    d[op] = { spec: docs.falunOp!, kind: 'pdf' };
    const o = ['Bo och bygga', 'Översiktsplan'];
    const nu = ['Näringsliv och arbete', 'Näringslivsutveckling'];
    sites.push({
      slug: 'falun', code: '2080', name: 'Falun', cms: 'episerver', sitemap: true, news: [], docs: d, homePuffs: [],
      pages: {
        [ep(o)]: { title: 'Översiktsplan', crumbs: crumbs('episerver', o), body: `<h1>Översiktsplan</h1><p>Översiktsplanen Falun 2050 antogs av kommunfullmäktige i mars 2023. Den innehåller bland annat kapitel om bebyggelse, infrastruktur och näringsliv.</p><p><a href="${op}">Översiktsplan Falun 2050 (pdf, 12 MB)</a></p>` },
        [ep(nu)]: { title: 'Näringslivsutveckling', crumbs: crumbs('episerver', nu), body: `<h1>Näringslivsutveckling</h1><p>Falu kommuns arbete för näringslivet utgår från Vision 2030 och från <a href="${ep(o)}">översiktsplanens</a> kapitel om näringsliv. Kommunen samarbetar med Region Dalarna och Dalarna Science Park.</p>` },
      },
    });
  }

  // 11. Ljusdal — Drupal; only news about a coming program and minutes.
  {
    const d: Record<string, DocEntry> = {};
    const prot = '/sites/default/files/2024-03/KS%20protokoll%202024-03-07.pdf';
    d[prot] = { spec: docs.ljusdalProtokoll!, kind: 'pdf' };
    const sp = ['Kommun och politik', 'Sammanträden och protokoll'];
    sites.push({
      slug: 'ljusdal', code: '2161', name: 'Ljusdal', cms: 'drupal', sitemap: false, docs: d, homePuffs: [],
      news: [{ date: '2024-03-12', title: 'Nu ska Ljusdal få ett nytt näringslivsprogram', lead: 'Kommunstyrelsen har gett kommunchefen i uppdrag att ta fram ett nytt näringslivsprogram.', body: `<p>Det tidigare näringslivsprogrammet gällde till 2019. Nu ska ett nytt program tas fram i dialog med företagen, och ett förslag ska vara klart i december. Vill du delta i arbetet? Kontakta näringslivsenheten.</p><p>Läs <a href="${prot}">protokollet</a>.</p>` }],
      pages: { [dr(sp)]: { title: 'Sammanträden och protokoll', crumbs: crumbs('drupal', sp), body: `<h1>Sammanträden och protokoll</h1><ul><li><a href="${prot}">Kommunstyrelsen 2024-03-07 (pdf)</a></li></ul>` } },
    });
  }

  // 12. Timrå — Optimizely; robots disallows /sok/ and /kalender/; old and current program in the A–Ö list.
  {
    const d: Record<string, DocEntry> = {};
    const prog = '/globalassets/dokument/styrdokument/naringslivsprogram-2023-2026.pdf';
    const old = '/globalassets/dokument/styrdokument/arkiv/naringslivsprogram-2017-2020.pdf';
    d[prog] = { spec: docs.timraProgram!, kind: 'pdf' };
    d[old] = { spec: docs.timraOld!, kind: 'pdf' };
    const list = governing('episerver', (f) => `/globalassets/dokument/styrdokument/${f.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o')}`, [
      { label: 'Näringslivsprogram 2023–2026', href: prog },
      { label: 'Näringslivsprogram 2017–2020 (upphört att gälla)', href: old },
    ], d);
    const s = ['Kommun och politik', 'Styrdokument'];
    const nu = ['Näringsliv och arbete', 'Näringslivsutveckling'];
    sites.push({
      slug: 'timra', code: '2262', name: 'Timrå', cms: 'episerver', sitemap: true, robots: 'User-agent: *\nDisallow: /sok/\nDisallow: /kalender/\n\nSitemap: /sitemap.xml\n', news: [], docs: d, homePuffs: [],
      pages: {
        [ep(s)]: { title: 'Styrdokument', crumbs: crumbs('episerver', s), body: `<h1>Styrdokument</h1><p>Styrdokument i bokstavsordning.</p>${azList(list)}` },
        [ep(nu)]: { title: 'Näringslivsutveckling', crumbs: crumbs('episerver', nu), body: `<h1>Näringslivsutveckling</h1><p>Timrå kommun arbetar aktivt med näringslivsfrågor inom Sundsvallsregionen. Kommunens program för näringslivet hittar du bland styrdokumenten. <a href="${ep(s)}">Läs mer</a></p>` },
      },
    });
  }

  // 13. Östersund — Optimizely; "Policy för ett gott företagsklimat" (docx) via Företagsservice > "Läs mer".
  {
    const d: Record<string, DocEntry> = {};
    const pol = '/globalassets/dokument/naringsliv/policy-gott-foretagsklimat-ks-2020-1277.docx';
    d[pol] = { spec: docs.ostersundPolicy!, kind: 'docx' };
    const fs = ['Näringsliv och arbete', 'Företagsservice'];
    const pp = [...fs, 'Policy för näringslivsarbetet'];
    sites.push({
      slug: 'ostersund', code: '2380', name: 'Östersund', cms: 'episerver', sitemap: false, news: [], docs: d, homePuffs: [['Invest in Östersund', '/invest-in-ostersund/']],
      pages: {
        [ep(['Näringsliv och arbete', 'Näringslivsutveckling'])]: { title: 'Näringslivsutveckling', crumbs: crumbs('episerver', ['Näringsliv och arbete', 'Näringslivsutveckling']), body: `<h1>Näringslivsutveckling</h1><p>Näringslivsavdelningen ger service till företag. Se <a href="${ep(fs)}">Företagsservice</a>.</p>` },
        [ep(fs)]: { title: 'Företagsservice', crumbs: crumbs('episerver', fs), body: `<h1>Företagsservice</h1><p>En väg in för företag: företagslots, rådgivning och träffar.</p><div class="teaser"><h2>Så arbetar vi för företagen</h2><p>Kommunens gemensamma förhållningssätt gentemot näringslivet.</p><a href="${ep(pp)}">Läs mer</a></div>` },
        [ep(pp)]: { title: 'Policy för näringslivsarbetet', crumbs: crumbs('episerver', pp), body: `<h1>Policy för näringslivsarbetet</h1><p>Kommunfullmäktige antog 2021 en policy som gäller för alla nämnder och bolag.</p><p><a href="${pol}">Policy för ett gott företagsklimat (docx, 45 kB)</a></p>` },
        '/invest-in-ostersund/': { title: 'Invest in Östersund', crumbs: [['Invest in Östersund', '/invest-in-ostersund/']], body: '<h1>Invest in Östersund</h1><p>Östersund – a winter city in the heart of Jämtland, UNESCO City of Gastronomy. Contact our investment team.</p>' },
      },
    });
  }

  // 14. Kiruna — Municipio; program 4 clicks deep under the organisation pages.
  {
    const d: Record<string, DocEntry> = {};
    const prog = '/wp-content/uploads/2023/12/Tillvaxtprogram-2024-2028.pdf';
    d[prog] = { spec: docs.kirunaProgram!, kind: 'pdf' };
    const org = ['Kommun och politik', 'Kommunens organisation'];
    const klf = [...org, 'Kommunledningsförvaltningen'];
    const ne = [...klf, 'Näringslivsenheten'];
    sites.push({
      slug: 'kiruna', code: '2584', name: 'Kiruna', cms: 'municipio', sitemap: false, news: [], docs: d, homePuffs: [],
      pages: {
        [wp(org)]: { title: 'Kommunens organisation', crumbs: crumbs('municipio', org), body: `<h1>Kommunens organisation</h1><ul>${['Kommunledningsförvaltningen', 'Samhällsbyggnadsförvaltningen', 'Barn- och utbildningsförvaltningen', 'Socialförvaltningen'].map((f) => `<li><a href="${wp([...org, f])}">${f}</a></li>`).join('')}</ul>` },
        [wp(klf)]: { title: 'Kommunledningsförvaltningen', crumbs: crumbs('municipio', klf), body: `<h1>Kommunledningsförvaltningen</h1><p>Förvaltningen består av flera enheter.</p><ul>${['Ekonomienheten', 'HR-enheten', 'Kommunikationsenheten', 'Näringslivsenheten'].map((f) => `<li><a href="${wp([...klf, f])}">${f}</a></li>`).join('')}</ul>` },
        [wp(ne)]: { title: 'Näringslivsenheten', crumbs: crumbs('municipio', ne), body: `<h1>Näringslivsenheten</h1><p>Näringslivsenheten arbetar med etableringar, företagsservice och samhällsomvandlingen.</p><h2>Styrande dokument</h2><ul><li><a href="${prog}">Tillväxtprogram 2024–2028</a></li></ul>` },
        ...Object.fromEntries(['Ekonomienheten', 'HR-enheten', 'Kommunikationsenheten'].map((f) => [wp([...klf, f]), { title: f, crumbs: crumbs('municipio', [...klf, f]), body: `<h1>${f}</h1><p>Kontaktuppgifter och uppdrag.</p>` }])),
        ...Object.fromEntries(['Samhällsbyggnadsförvaltningen', 'Barn- och utbildningsförvaltningen', 'Socialförvaltningen'].map((f) => [wp([...org, f]), { title: f, crumbs: crumbs('municipio', [...org, f]), body: `<h1>${f}</h1><p>Förvaltningens uppdrag och ledning.</p>` }])),
      },
    });
  }

  // 15. Södertälje — Sitevision; expired strategy and a future one (from 2025).
  {
    const d: Record<string, DocEntry> = {};
    const old = svDownload('Naringslivsstrategi 2019-2023.pdf', 2019);
    const neu = svDownload('Naringslivsstrategi 2025-2030 antagen KF.pdf', 2024);
    d[old] = { spec: docs.sodertaljeOld!, kind: 'pdf' };
    d[neu] = { spec: docs.sodertaljeNew!, kind: 'pdf' };
    const list = governing('sitevision', (f) => svDownload(f, 2020), [
      { label: 'Näringslivsstrategi 2019–2023', href: old },
      { label: 'Näringslivsstrategi 2025–2030', href: neu },
    ], d);
    const s = ['Kommun och politik', 'Styrdokument'];
    sites.push({
      slug: 'sodertalje', code: '0181', name: 'Södertälje', cms: 'sitevision', sitemap: true, docs: d, homePuffs: [],
      news: [{ date: '2024-11-28', title: 'Ny näringslivsstrategi antagen', lead: 'Kommunfullmäktige har antagit en ny näringslivsstrategi som gäller från 2025.', body: `<p>Strategin finns bland <a href="${sv(s)}">styrdokumenten</a>.</p>` }],
      pages: { [sv(s)]: { title: 'Styrdokument', crumbs: crumbs('sitevision', s), body: `<h1>Styrdokument</h1>${azList(list)}` } },
    });
  }

  return sites;
}
