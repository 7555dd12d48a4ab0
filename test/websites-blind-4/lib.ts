/**
 * Shared page furniture for the hand-written blind set 4: layouts in the
 * style of Sitevision, Optimizely/EPiServer, WordPress/Municipio, Drupal and a
 * dated 2010-era table CMS; filler pages; document text builders.
 */
import type { DocumentSpec } from '../../src/simweb/render-documents.ts';

export type Cms = 'sitevision' | 'episerver' | 'municipio' | 'drupal' | 'dated';
export interface MenuItem {
  label: string;
  href: string;
  children?: MenuItem[];
}
export interface Doc {
  /** URL path (may contain %20 and a query string) */
  url: string;
  kind: 'pdf' | 'docx';
  spec: DocumentSpec;
}
export interface Site {
  code: string;
  name: string;
  slug: string;
  cms: Cms;
  latin1?: boolean;
  /** URL path (with optional ?query) → full HTML */
  pages: Map<string, string>;
  docs: Doc[];
  /** robots.txt, sitemap.xml … (URL path → text) */
  files: Map<string, string>;
  /** "FROM TO STATUS" lines */
  redirects: string[];
}

export function newSite(code: string, name: string, slug: string, cms: Cms, latin1 = false): Site {
  return { code, name, slug, cms, latin1, pages: new Map(), docs: [], files: new Map(), redirects: [] };
}

const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
export { esc };

function menuHtml(items: MenuItem[], depth = 0): string {
  return `<ul class="${depth === 0 ? 'menu menu--top' : `menu menu--level-${depth}`}">${items
    .map((i) => `<li class="menu__item${i.children ? ' has-children' : ''}"><a href="${i.href}">${esc(i.label)}</a>${i.children ? `<button class="expand" aria-expanded="false"><span class="sr-only">Visa undersidor för ${esc(i.label)}</span></button>${menuHtml(i.children, depth + 1)}` : ''}</li>`)
    .join('')}</ul>`;
}

export interface PageOpts {
  title: string;
  crumbs?: Array<[string, string]>;
  body: string;
  sidebar?: string;
  /** Footer links added to the standard ones */
  footerExtra?: Array<[string, string]>;
  /** Base href, printed in head */
  base?: string;
}

export function page(site: Site, menu: MenuItem[], o: PageOpts): string {
  const crumbs = o.crumbs ?? [];
  const crumbHtml = crumbs.length
    ? `<nav class="breadcrumbs" aria-label="Brödsmulor"><ol><li><a href="/">Startsida</a></li>${crumbs.map(([l, h]) => `<li><a href="${h}">${esc(l)}</a></li>`).join('')}<li aria-current="page">${esc(o.title)}</li></ol></nav>`
    : '';
  const footerLinks: Array<[string, string]> = [
    ['Kontakta oss', '/kontakt/'],
    ['Om webbplatsen', '/om-webbplatsen/'],
    ['Tillgänglighetsredogörelse', '/om-webbplatsen/tillganglighet/'],
    ['Personuppgifter (GDPR)', '/om-webbplatsen/personuppgifter/'],
    ['Kakor', '/om-webbplatsen/kakor/'],
    ['Press', '/kontakt/press/'],
    ['Lediga jobb', '/jobb/'],
    ...(o.footerExtra ?? []),
  ];
  const charset = site.latin1 ? 'iso-8859-1' : 'utf-8';
  if (site.cms === 'dated') {
    return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>${esc(o.title)} - ${esc(site.name)} kommun</title>${o.base ? `<base href="${o.base}">` : ''}<link rel="stylesheet" href="/css/style.css"></head>
<body bgcolor="#ffffff"><table width="960" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2" class="top"><a href="/"><img src="/bilder/logo.gif" alt="${esc(site.name)} kommun" border="0"></a> <form action="/sok/" method="get"><input name="q" size="20"><input type="submit" value="Sök"></form></td></tr>
<tr><td width="200" valign="top" class="vanster">${menu.map((m) => `<p class="meny"><a href="${m.href}">${esc(m.label)}</a></p>${(m.children ?? []).map((c) => `<p class="undermeny">&nbsp;&nbsp;<a href="${c.href}">${esc(c.label)}</a></p>`).join('')}`).join('\n')}</td>
<td valign="top" class="innehall">${crumbs.length ? `<p class="sokvag">Du är här: <a href="/">Start</a> ${crumbs.map(([l, h]) => `&gt; <a href="${h}">${esc(l)}</a>`).join(' ')}</p>` : ''}
<h1>${esc(o.title)}</h1>
${o.body}
${o.sidebar ? `<table class="puff" border="1" cellpadding="4"><tr><td>${o.sidebar}</td></tr></table>` : ''}
</td></tr>
<tr><td colspan="2" class="sidfot">${esc(site.name)} kommun | Box 1 | Tel 0000-00 00 00 | ${footerLinks.map(([l, h]) => `<a href="${h}">${esc(l)}</a>`).join(' | ')}<br>Senast uppdaterad: 2011-03-14</td></tr>
</table></body></html>`;
  }
  const cls = {
    sitevision: ['sv-layout', 'sv-text-portlet', 'sv-script-portlet'],
    episerver: ['epi-page', 'block', 'contentarea'],
    municipio: ['wp-site municipio', 'c-card', 'o-container'],
    drupal: ['dialog-off-canvas-main-canvas', 'block-system-main-block', 'region-content'],
  }[site.cms];
  const [c0 = '', c1 = '', c2 = ''] = cls;
  return `<!DOCTYPE html>
<html lang="sv"><head><meta charset="${charset}"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(o.title)} - ${esc(site.name)} kommun</title>${o.base ? `<base href="${o.base}">` : ''}<link rel="stylesheet" href="/assets/main.css"></head>
<body class="${c0}">
<div id="cookie-consent" class="cookie-dialog" role="dialog" aria-label="Kakor"><p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra den. <a href="/om-webbplatsen/kakor/">Läs mer om kakor</a></p><button>Godkänn alla</button><button>Endast nödvändiga</button></div>
<a class="skip" href="#main">Hoppa till innehållet</a>
<header class="site-header"><a class="logo" href="/"><img src="/assets/logo.svg" alt="${esc(site.name)} kommun, till startsidan"></a>
<ul class="tools"><li><a href="/lattlast/">Lättläst</a></li><li><a href="/other-languages/">Other languages</a></li><li><a href="/lyssna/">Lyssna</a></li><li><a href="/e-tjanster/">E-tjänster</a></li></ul>
<form class="search" action="/sok/" method="get" role="search"><label for="q">Sök på webbplatsen</label><input id="q" name="q" type="search"><button type="submit">Sök</button></form>
<nav class="main-nav" aria-label="Huvudmeny">${menuHtml(menu)}</nav></header>
${crumbHtml}
<main id="main" class="${c2}"><div class="${c1}">
<h1>${esc(o.title)}</h1>
${o.body}
</div>${o.sidebar ? `<aside class="sidebar">${o.sidebar}</aside>` : ''}</main>
<footer class="site-footer"><div class="col"><h2>${esc(site.name)} kommun</h2><p>Besöksadress: Storgatan 1<br>Telefon: 0000-00 00 00<br>E-post: kommun@${site.slug}.se</p></div>
<div class="col"><h2>Genvägar</h2><ul>${footerLinks.map(([l, h]) => `<li><a href="${h}">${esc(l)}</a></li>`).join('')}</ul></div>
<div class="col"><h2>Följ oss</h2><ul><li><a href="https://www.facebook.com/${site.slug}kommun">Facebook</a></li><li><a href="https://www.instagram.com/${site.slug}kommun">Instagram</a></li><li><a href="https://www.linkedin.com/company/${site.slug}-kommun">LinkedIn</a></li></ul></div></footer>
</body></html>`;
}

/** The boring pages: a loop over topics under each top section. Returns the links per section. */
export function filler(site: Site, menu: MenuItem[], topics: Record<string, string[]>, footerExtra?: Array<[string, string]>): void {
  for (const top of menu) {
    const list = topics[top.href] ?? [];
    const kids = top.children ?? [];
    for (const kid of kids) {
      if (site.pages.has(kid.href)) continue;
      const grand = (kid.children ?? []).filter((g) => !site.pages.has(g.href));
      for (const g of grand) {
        site.pages.set(g.href, page(site, menu, { title: g.label, crumbs: [[top.label, top.href], [kid.label, kid.href]], body: `<p class="lead">Här hittar du information om ${esc(g.label.toLowerCase())}.</p><p>Kontakta kundtjänst om du har frågor. Vi svarar på telefon vardagar 8–16.</p>`, footerExtra }));
      }
      site.pages.set(kid.href, page(site, menu, { title: kid.label, crumbs: [[top.label, top.href]], body: `<p class="lead">Information om ${esc(kid.label.toLowerCase())} i ${esc(site.name)} kommun.</p>${(kid.children ?? []).length ? `<ul class="link-list">${(kid.children ?? []).map((g) => `<li><a href="${g.href}">${esc(g.label)}</a></li>`).join('')}</ul>` : '<p>Sidan uppdateras löpande. Senast granskad 2024-02-12.</p>'}`, footerExtra }));
    }
    for (const t of list) {
      const href = `${top.href}${slugify(t)}/`;
      if (!site.pages.has(href)) site.pages.set(href, page(site, menu, { title: t, crumbs: [[top.label, top.href]], body: `<p class="lead">${esc(t)} – så fungerar det i ${esc(site.name)} kommun.</p><p>Här beskriver vi vad som gäller, vilka avgifter som tas ut och hur du ansöker. Handläggningstiden är normalt fyra veckor.</p><h2>Kontakt</h2><p>Servicecenter, telefon 0000-00 00 00.</p>`, footerExtra }));
    }
    if (!site.pages.has(top.href)) {
      site.pages.set(top.href, page(site, menu, { title: top.label, body: `<ul class="cards">${[...kids.map((k) => [k.label, k.href] as const), ...list.map((t) => [t, `${top.href}${slugify(t)}/`] as const)].map(([l, h]) => `<li class="card"><a href="${h}">${esc(l)}</a></li>`).join('')}</ul>`, footerExtra }));
    }
  }
  for (const [href, t] of [['/kontakt/', 'Kontakta oss'], ['/om-webbplatsen/', 'Om webbplatsen'], ['/om-webbplatsen/tillganglighet/', 'Tillgänglighetsredogörelse'], ['/om-webbplatsen/personuppgifter/', 'Personuppgifter'], ['/om-webbplatsen/kakor/', 'Kakor'], ['/kontakt/press/', 'Press'], ['/jobb/', 'Lediga jobb'], ['/e-tjanster/', 'E-tjänster'], ['/lattlast/', 'Lättläst'], ['/other-languages/', 'Other languages']] as const) {
    if (!site.pages.has(href)) site.pages.set(href, page(site, menu, { title: t, body: `<p>${esc(t)} – ${esc(site.name)} kommun.</p>`, footerExtra }));
  }
}

export function slugify(s: string): string {
  return s.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/é/g, 'e').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export function news(site: Site, menu: MenuItem[], items: Array<{ title: string; date: string; body: string; slug?: string }>, perPage = 10, footerExtra?: Array<[string, string]>): void {
  const pages = Math.ceil(items.length / perPage);
  for (let p = 0; p < pages; p++) {
    const chunk = items.slice(p * perPage, (p + 1) * perPage);
    const url = p === 0 ? '/nyheter/' : `/nyheter/?page=${p + 1}`;
    const pager = `<nav class="pagination" aria-label="Sidnumrering">${Array.from({ length: pages }, (_, i) => `<a href="${i === 0 ? '/nyheter/' : `/nyheter/?page=${i + 1}`}"${i === p ? ' aria-current="page"' : ''}>${i + 1}</a>`).join(' ')}${p + 1 < pages ? ` <a href="/nyheter/?page=${p + 2}" rel="next">Nästa</a>` : ''}</nav>`;
    site.pages.set(url, page(site, menu, { title: 'Nyheter', crumbs: [], body: `<ul class="news-list">${chunk.map((n) => `<li><article><time datetime="${n.date}">${n.date}</time> <h2><a href="/nyheter/${n.slug ?? slugify(n.title)}/">${esc(n.title)}</a></h2><p>${esc(n.body.replace(/<[^>]+>/g, '').slice(0, 120))}…</p><a href="/nyheter/${n.slug ?? slugify(n.title)}/">Läs mer</a></article></li>`).join('')}</ul>${pager}`, footerExtra }));
  }
  for (const n of items) site.pages.set(`/nyheter/${n.slug ?? slugify(n.title)}/`, page(site, menu, { title: n.title, crumbs: [['Nyheter', '/nyheter/']], body: `<p class="date">Publicerad <time>${n.date}</time></p>${n.body}`, footerExtra }));
}

export const NEWS_FILLER = [
  'Sommarlovsaktiviteter för alla barn', 'Ny förskola invigd', 'Vägarbete på Storgatan', 'Ändrade öppettider under helgerna', 'Kommunfullmäktige sammanträder', 'Årets miljöpristagare utsedd', 'Nya badplatser testade', 'Återvinningscentralen får längre öppettider', 'Vattenläcka åtgärdad', 'Bibliotekets höstprogram', 'Årets företagsfrukostar', 'Satsning på gång- och cykelvägar', 'Valet 2022 – så röstar du', 'Brandrisk – eldningsförbud', 'Skolval inför hösten', 'Ny detaljplan på samråd', 'Budget för nästa år antagen', 'Medborgardialog om centrum', 'Kulturstipendium delas ut', 'Resultat av medborgarundersökningen',
];

/* ---------- documents ---------- */

export interface ProgramText {
  muni: string;
  title: string;
  adopted: string;
  years: [number, number] | null;
  kind: 'näringslivsprogram' | 'näringslivsstrategi' | 'tillväxtstrategi' | 'tillväxtprogram' | 'näringslivspolicy' | 'näringslivsplan';
  regional?: string;
  actionPlan?: 'included' | 'linked' | 'none';
  sustainability?: boolean;
  focus: string[];
  extraPages?: string[][];
  draft?: boolean;
}

export function programSpec(p: ProgramText): DocumentSpec {
  const span = p.years ? `${p.years[0]}–${p.years[1]}` : '';
  const validity = p.years
    ? `Programmet gäller för perioden ${p.years[0]}–${p.years[1]} och följs upp årligen av kommunstyrelsen. Inför ${p.years[1]} ska ett nytt program tas fram.`
    : 'Policyn gäller tills vidare och ses över en gång per mandatperiod.';
  const pages: string[][] = [
    [
      ...(p.draft ? ['REMISSVERSION – ej antagen. Synpunkter lämnas senast 2024-10-31.'] : []),
      `# ${p.title}`,
      p.draft ? `Förslag till ${p.kind} för ${p.muni} kommun. Dokumentet är ute på remiss och har inte antagits.` : `Antagen av kommunfullmäktige ${p.adopted}.`,
      `Dokumenttyp: ${p.kind[0]!.toUpperCase()}${p.kind.slice(1)}. Beslutad av: ${p.draft ? '–' : 'Kommunfullmäktige'}. Ansvarig: Kommunstyrelsen / Näringslivsenheten.`,
      validity,
    ],
    [
      '# Inledning',
      `${p.muni} kommun vill vara en kommun där det är enkelt att starta, driva och utveckla företag. Den här ${p.kind}en anger kommunens inriktning för arbetet med näringslivsutveckling och företagsklimat och beskriver vem som ansvarar för vad.`,
      `${p.kind[0]!.toUpperCase()}${p.kind.slice(1)}en har tagits fram i dialog med det lokala näringslivet. Under arbetet har vi genomfört workshoppar med företagare, träffat näringslivsrådet och företagarföreningarna samt tagit del av Svenskt Näringslivs enkät om det lokala företagsklimatet.`,
      'Programmet riktar sig till hela den kommunala organisationen – alla förvaltningar och bolag har en roll i mötet med företagen, inte bara näringslivsenheten.',
      '# Vision och övergripande mål',
      `Kommunens vision pekar ut riktningen: ett växande ${p.muni} med fler jobb och fler invånare. Näringslivsarbetet bidrar till visionen genom att stärka företagsklimatet, underlätta etableringar och bidra till kompetensförsörjningen.`,
    ],
    [
      '# Fokusområden',
      ...p.focus.flatMap((f, i) => [`# ${i + 1}. ${f}`, `Inom området ${f.toLowerCase()} ska kommunen arbeta målmedvetet och mätbart. Vi följer upp med resultatmål och processmål som redovisas i årsredovisningen.`]),
    ],
  ];
  if (p.regional) pages.push(['# Samverkan', p.regional]);
  if (p.sustainability)
    pages.push([
      '# Hållbar utveckling',
      'Hållbarhet är ett genomgående perspektiv i programmet. Näringslivsarbetet ska bidra till Agenda 2030 och de globala målen, särskilt mål 8 om anständiga arbetsvillkor och ekonomisk tillväxt och mål 13 om att bekämpa klimatförändringarna.',
      'Vi stöttar företagens omställning till fossilfri energi och cirkulära affärsmodeller och väger in klimat och miljö i alla beslut om etableringar.',
    ]);
  if (p.actionPlan === 'included')
    pages.push([
      '# Handlingsplan',
      `Aktiviteter ${p.years ? p.years[0] : 2024}: företagsbesök (minst 60 per år), frukostmöten varannan månad, en lotsfunktion för etableringar, uppföljning av handläggningstider för bygglov och serveringstillstånd.`,
      'Aktiviteterna revideras varje år av näringslivsrådet och kommunstyrelsen. Ansvar: näringslivsenheten, samhällsbyggnadsförvaltningen och barn- och utbildningsförvaltningen.',
    ]);
  if (p.actionPlan === 'linked') pages.push(['# Genomförande', 'Programmet konkretiseras i en separat handlingsplan som tas fram årligen och beslutas av kommunstyrelsen. Handlingsplanen innehåller aktiviteter, ansvar och tidplan.']);
  pages.push(...(p.extraPages ?? []));
  pages.push(['# Uppföljning', `Kommunstyrelsen ansvarar för att ${p.kind}en följs upp. Uppföljningen redovisas årligen till kommunfullmäktige tillsammans med årsredovisningen. Indikatorer: antal nystartade företag, Svenskt Näringslivs ranking av företagsklimatet, NKI för myndighetsutövning och sysselsättningsgrad.`]);
  return { title: p.title + (span && !p.title.includes(span) ? ` ${span}` : ''), pages, header: `${p.muni} kommun`, footer: p.title, author: `${p.muni} kommun` };
}

/** Look-alike governing documents and other texts (not business programs). */
export function lookAlike(muni: string, kind: 'miljöprogram' | 'turismstrategi' | 'kulturplan' | 'översiktsplan' | 'budget' | 'protokoll' | 'handlingsplan' | 'bostadsprogram' | 'friluftsplan' | 'digitaliseringsstrategi', years = '2021–2025'): DocumentSpec {
  const t: Record<string, string[][]> = {
    miljöprogram: [[`# Miljöprogram för ${muni} kommun ${years}`, 'Antaget av kommunfullmäktige. Miljöprogrammet anger kommunens mål för klimat, vatten, biologisk mångfald och hållbar konsumtion.'], ['# Mål', 'Utsläppen av växthusgaser ska minska med 70 procent till 2030. Andelen ekologiska livsmedel i kommunens kök ska öka. Kommunens fordon ska vara fossilfria.'], ['# Uppföljning', 'Miljöprogrammet följs upp årligen i miljöbokslutet.']],
    turismstrategi: [[`# Turismstrategi ${muni} ${years}`, 'Besöksnäringen är en viktig del av den lokala ekonomin. Strategin har tagits fram av destinationsbolaget tillsammans med kommunen.'], ['# Målgrupper och profil', 'Vi riktar oss till barnfamiljer, naturturister och cyklister. Antalet gästnätter ska öka med 20 procent.'], ['# Marknadsföring', 'Destinationen marknadsförs gemensamt med regionen.']],
    kulturplan: [[`# Kulturplan ${muni} kommun ${years}`, 'Kulturplanen beskriver kommunens kulturpolitiska mål och prioriteringar för bibliotek, kulturskola och föreningsliv.'], ['# Prioriteringar', 'Barn och unga, tillgänglighet och kulturarv.']],
    översiktsplan: [[`# Översiktsplan ${muni} kommun – Utställningshandling`, 'Översiktsplanen visar kommunens långsiktiga inriktning för mark- och vattenanvändning enligt plan- och bygglagen.'], ['# Näringsliv och arbetsmarknad', 'Mark för verksamheter reserveras vid väg 50 och i hamnområdet. Kommunen ska ha planlagd industrimark i beredskap. Ett gott företagsklimat är viktigt för kommunens utveckling.'], ['# Bostäder', 'Nya bostäder planeras i centralorten och i kollektivtrafiknära lägen.'], ['# Riksintressen', 'Kommunen berörs av riksintressen för naturvård, friluftsliv och kommunikationer.']],
    budget: [[`# Budget 2024 och plan 2025–2026 ${muni} kommun`, 'Kommunens budget med resultatbudget, investeringar och nämndernas ramar.'], ['# Kommunstyrelsen', 'Ramen för näringslivsenheten är 3,2 mnkr. Skattesatsen är oförändrad.']],
    protokoll: [[`# Protokoll kommunfullmäktige ${muni}`, 'Sammanträdesdatum 2023-11-27.', '§ 112 Näringslivsprogram – återremiss. Fullmäktige beslutar att återremittera ärendet.', '§ 113 Taxor för år 2024.']],
    handlingsplan: [[`# Handlingsplan för näringslivsarbetet ${years}`, `Handlingsplanen hör till ${muni} kommuns näringslivsprogram och beskriver årets aktiviteter.`], ['# Aktiviteter', 'Företagsbesök, frukostmöten, Företagsgala, etableringslots. Ansvar: näringslivsenheten.']],
    bostadsprogram: [[`# Bostadsförsörjningsprogram ${muni} ${years}`, 'Riktlinjer för bostadsförsörjningen enligt lagen om kommunernas bostadsförsörjningsansvar.'], ['# Behov', 'Det behövs 40 nya bostäder per år.']],
    friluftsplan: [[`# Friluftsplan ${muni} kommun`, 'Planen beskriver hur kommunen utvecklar leder, badplatser och naturreservat.']],
    digitaliseringsstrategi: [[`# Digitaliseringsstrategi ${muni} kommun ${years}`, 'Strategin anger hur kommunen använder digitaliseringens möjligheter i verksamheterna. E-tjänster, bredband och digital kompetens.'], ['# Bredband', 'Målet är att 98 procent av hushåll och företag ska ha tillgång till snabbt bredband.']],
  };
  const pages = t[kind] ?? [['# Dokument']];
  return { title: (pages[0]?.[0] ?? '').replace(/^# /, ''), pages, header: `${muni} kommun`, author: `${muni} kommun` };
}
