/**
 * Small kit for the hand-written sites of blind set 3: page layouts in the
 * style of several CMSs (Sitevision, Optimizely/EPiServer, Municipio, Drupal,
 * a 2010-era table layout) and a filler generator for the boring pages.
 */
import type { DocumentSpec } from '../../src/simweb/render-documents.ts';
import { styrdokument } from './docs.ts';

export type Style = 'sitevision' | 'episerver' | 'municipio' | 'drupal' | 'table';
export interface DocFile {
  kind: 'pdf' | 'docx';
  spec: DocumentSpec;
}
export type Link = [label: string, href: string];
export interface MenuItem {
  label: string;
  href: string;
  children?: Link[];
}

export interface Site {
  code: string;
  name: string;
  slug: string;
  style: Style;
  latin1: boolean;
  /** URL path (with optional ?query) → HTML string or document. */
  files: Map<string, string | DocFile>;
  menu: MenuItem[];
  footer: Link[];
  redirects: string[];
  robots?: string;
  /** Paths listed in sitemap.xml (none: no sitemap). */
  sitemap?: string[];
  /** URL suffix for pages: '.html' (Sitevision), '/' (EPiServer, WordPress), '' (Drupal). */
  suffix: string;
}

export const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
export const slugify = (s: string) =>
  s
    .toLowerCase()
    .replaceAll(/[åä]/g, 'a')
    .replaceAll('ö', 'o')
    .replaceAll('é', 'e')
    .replaceAll(/[^a-z0-9]+/g, '-')
    .replaceAll(/^-|-$/g, '');

export function newSite(code: string, name: string, style: Style, opts: { latin1?: boolean } = {}): Site {
  const suffix = style === 'sitevision' ? '.html' : style === 'drupal' ? '' : style === 'table' ? '.htm' : '/';
  return { code, name, slug: slugify(name), style, latin1: opts.latin1 ?? false, files: new Map(), menu: [], footer: [], redirects: [], suffix };
}

/** Page path for a slug chain in the site's URL style. */
export function p(site: Site, ...parts: string[]): string {
  return `/${parts.map(slugify).join('/')}${site.suffix}`;
}

function menuHtml(site: Site): string {
  if (site.style === 'table') {
    return `<table width="180" cellpadding="3" cellspacing="0" border="0" class="meny">${site.menu.map((m) => `<tr><td bgcolor="#e0e8f0"><a href="${m.href}"><font face="Verdana" size="2">${esc(m.label)}</font></a></td></tr>`).join('')}</table>`;
  }
  const items = site.menu
    .map((m) => `<li class="menu-item${m.children ? ' has-children' : ''}"><a href="${m.href}">${esc(m.label)}</a>${m.children ? `<ul class="sub-menu">${m.children.map(([l, h]) => `<li><a href="${h}">${esc(l)}</a></li>`).join('')}</ul>` : ''}</li>`)
    .join('');
  if (site.style === 'sitevision') return `<nav class="sv-megamenu" aria-label="Huvudmeny"><button class="sv-megamenu__toggle">Meny</button><ul class="sv-megamenu__list">${items}</ul></nav>`;
  if (site.style === 'episerver') return `<nav id="mainnav" class="main-navigation"><ul class="nav-level-1">${items}</ul></nav>`;
  if (site.style === 'municipio') return `<nav class="c-navbar" id="menu-primary"><ul class="nav nav-horizontal">${items}</ul></nav>`;
  return `<nav role="navigation" aria-labelledby="block-main-menu" class="block-menu"><h2 class="visually-hidden" id="block-main-menu">Huvudnavigering</h2><ul class="menu menu--main">${items}</ul></nav>`;
}

function footerHtml(site: Site): string {
  const links = site.footer.map(([l, h]) => `<li><a href="${h}">${esc(l)}</a></li>`).join('');
  return `<footer class="site-footer"><div class="contact">${esc(site.name)} kommun · Kommunhuset · Växel 0${site.code.slice(0, 3)}-123 00 · <a href="mailto:kommun@${site.slug}.se">kommun@${site.slug}.se</a></div><ul class="footer-links">${links}</ul><p><a href="/om-webbplatsen${site.suffix}">Om webbplatsen</a> · <a href="/tillganglighetsredogorelse${site.suffix}">Tillgänglighetsredogörelse</a> · <a href="/kakor${site.suffix}">Kakor</a></p></footer>`;
}

/** Wraps a body in the site's layout. crumbs: ancestors (without the page itself). */
export function layout(site: Site, title: string, crumbs: Link[], body: string, extraHead = ''): string {
  const kommun = `${site.name} kommun`;
  const bc = crumbs.length
    ? `<nav aria-label="Brödsmulor" class="breadcrumbs"><ol>${[['Startsida', '/'] as Link, ...crumbs].map(([l, h]) => `<li><a href="${h}">${esc(l)}</a></li>`).join('')}<li aria-current="page">${esc(title)}</li></ol></nav>`
    : '';
  if (site.style === 'table') {
    const charset = site.latin1 ? 'iso-8859-1' : 'utf-8';
    return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>${esc(title)} - ${esc(kommun)}</title>${extraHead}</head>
<body bgcolor="#ffffff" topmargin="0" leftmargin="0">
<table width="900" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2" bgcolor="#1a4d80" height="80"><a href="/"><img src="/bilder/logo.gif" alt="${esc(kommun)}" border="0"></a><form action="/sok.htm" method="get" style="display:inline"><input name="q" size="15"><input type="submit" value="Sök"></form></td></tr>
<tr><td width="180" valign="top"><!--MENU--></td>
<td valign="top" class="innehall"><font face="Verdana" size="2">${crumbs.length ? `<p class="sokvag">Du är här: ${[['Startsida', '/'] as Link, ...crumbs].map(([l, h]) => `<a href="${h}">${esc(l)}</a>`).join(' &gt; ')} &gt; ${esc(title)}</p>` : ''}
<h1>${esc(title)}</h1>
${body}
</font></td></tr>
<tr><td colspan="2" bgcolor="#e0e8f0"><font size="1"><!--FOOTER--><br>${esc(kommun)}, Box 1, 000 00 ${esc(site.name)}. Senast uppdaterad 2011-04-12</font></td></tr>
</table></body></html>`;
  }
  const cookie = `<div class="cookie-consent" role="dialog" aria-label="Kakor"><p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för statistik. <a href="/kakor${site.suffix}">Läs mer om kakor</a></p><button>Godkänn alla</button><button>Endast nödvändiga</button></div>`;
  const search = `<form class="search" role="search" action="/sok${site.suffix}" method="get"><label for="q">Sök på webbplatsen</label><input id="q" name="q" type="search"><button type="submit">Sök</button></form>`;
  const wpHead = site.style === 'municipio' ? `<meta name="generator" content="WordPress 6.4.3"><link rel="stylesheet" href="/wp-content/themes/municipio/assets/dist/css/app.css">` : '';
  const svHead = site.style === 'sitevision' ? `<meta name="generator" content="Sitevision"><link rel="stylesheet" href="/sitevision/system-resource/abc/css/portlets.css">` : '';
  const drHead = site.style === 'drupal' ? `<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">` : '';
  return `<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)} - ${esc(kommun)}</title>${wpHead}${svHead}${drHead}${extraHead}</head>
<body class="${site.style}">
<a class="skip" href="#content">Till innehållet</a>
${cookie}
<header class="site-header"><a href="/" class="logo"><img src="/images/logo.svg" alt="${esc(kommun)}, till startsidan"></a>
<ul class="tools"><li><a href="/lattlast${site.suffix}">Lättläst</a></li><li><a href="/other-languages${site.suffix}">Other languages</a></li><li><a href="/kontakta-oss${site.suffix}">Kontakta oss</a></li></ul>
${search}
<!--MENU--></header>
${bc}
<main id="content"><h1>${esc(title)}</h1>
${body}
</main>
<!--FOOTER-->
</body></html>`;
}

/** Fills in the menu and footer once the site is complete. */
export function finalize(site: Site): void {
  const menu = menuHtml(site);
  const footer = site.style === 'table' ? site.footer.map(([l, h]) => `<a href="${h}">${esc(l)}</a>`).join(' | ') : footerHtml(site);
  for (const [k, v] of site.files) {
    if (typeof v === 'string') site.files.set(k, v.replace('<!--MENU-->', menu).replace('<!--FOOTER-->', footer));
  }
}

export function page(site: Site, path: string, title: string, crumbs: Link[], body: string, extraHead = ''): void {
  site.files.set(path, layout(site, title, crumbs, body, extraHead));
}
export function doc(site: Site, path: string, spec: DocumentSpec, kind: 'pdf' | 'docx' = 'pdf'): void {
  site.files.set(path, { kind, spec });
}

const SECTIONS: Array<[string, string[]]> = [
  ['Bo och bygga', ['Bygglov', 'Detaljplaner', 'Tomter och mark', 'Vatten och avlopp', 'Sophämtning och återvinning', 'Energi- och klimatrådgivning', 'Kartor och mätning', 'Bostadsanpassning']],
  ['Barn och utbildning', ['Förskola', 'Grundskola', 'Gymnasieskola', 'Vuxenutbildning', 'Skolskjuts', 'Kulturskolan', 'Fritidshem']],
  ['Omsorg och stöd', ['Äldreomsorg', 'Hemtjänst', 'Funktionsnedsättning', 'Ekonomiskt bistånd', 'Stöd vid våld i nära relationer', 'Anhörigstöd']],
  ['Uppleva och göra', ['Bibliotek', 'Idrott och motion', 'Friluftsliv och natur', 'Föreningsliv', 'Badplatser', 'Evenemang']],
  ['Trafik och infrastruktur', ['Gator och vägar', 'Parkering', 'Kollektivtrafik', 'Bredband', 'Snöröjning']],
  ['Miljö och hälsa', ['Livsmedel', 'Miljötillsyn', 'Naturvård', 'Enskilda avlopp', 'Värme och kyla']],
];

const FILLER_TEXT = [
  'Här hittar du information och e-tjänster. Har du frågor är du välkommen att kontakta kommunens kontaktcenter.',
  'Kommunen arbetar för att ge god service till alla invånare. Handläggningstiden varierar beroende på ärendets omfattning.',
  'Avgifter beslutas av kommunfullmäktige och gäller från den 1 januari varje år.',
  'Du kan ansöka digitalt via vår e-tjänst eller skriva ut blanketten och skicka den till kommunen.',
];

/**
 * Adds the boring pages: sections with sub pages, a news archive with
 * pagination and an event calendar. Returns the section menu items so the
 * site can mix them into its own menu.
 */
export function filler(site: Site, opts: { sections?: number; subs?: number; news?: number; perPage?: number; calendar?: boolean; megaChildren?: boolean }): MenuItem[] {
  const items: MenuItem[] = [];
  const secs = SECTIONS.slice(0, opts.sections ?? 6);
  for (const [sec, subs] of secs) {
    const secPath = p(site, sec);
    const subLinks: Link[] = subs.slice(0, opts.subs ?? 8).map((s) => [s, p(site, sec, s)]);
    items.push({ label: sec, href: secPath, ...(opts.megaChildren === false ? {} : { children: subLinks }) });
    page(site, secPath, sec, [], `<ul class="nav-list">${subLinks.map(([l, h]) => `<li><a href="${h}">${esc(l)}</a></li>`).join('')}</ul>`);
    subLinks.forEach(([l, h], i) => {
      page(
        site,
        h,
        l,
        [[sec, secPath]],
        `<p class="lead">${esc(l)} – ${FILLER_TEXT[i % FILLER_TEXT.length]}</p><p>${FILLER_TEXT[(i + 1) % FILLER_TEXT.length]}</p><h2>Relaterade sidor</h2><ul>${subLinks
          .filter(([, hh]) => hh !== h)
          .slice(0, 4)
          .map(([ll, hh]) => `<li><a href="${hh}">${esc(ll)}</a></li>`)
          .join('')}</ul><p><a href="/kontakta-oss${site.suffix}">Kontakta oss</a></p>`,
      );
    });
  }
  const n = opts.news ?? 12;
  const per = opts.perPage ?? 5;
  const newsBase = p(site, 'nyheter');
  const titles = ['Ny förskola invigd', 'Vattenavstängning i centrum', 'Sommarjobb för unga', 'Budget för nästa år klar', 'Nytt konstgräs på idrottsplatsen', 'Biblioteket har nya öppettider', 'Trafikomläggning på Storgatan', 'Ansök om föreningsbidrag', 'Kommunen söker god man', 'Nationaldagsfirande i parken', 'Medborgardialog om centrum', 'Snöröjningen är igång', 'Vinnare av miljöpriset', 'Ny återvinningscentral', 'Informationsmöte om nya skolan'];
  const news: Link[] = [];
  for (let i = 0; i < n; i++) {
    const t = titles[i % titles.length] ?? 'Nyhet';
    const path = p(site, 'nyheter', `${t} ${i + 1}`);
    news.push([t, path]);
    page(site, path, t, [['Nyheter', newsBase]], `<p class="date">Publicerad 2024-0${(i % 9) + 1}-1${i % 10}</p><p>${FILLER_TEXT[i % FILLER_TEXT.length]}</p><p><a href="${newsBase}">Fler nyheter</a></p>`);
  }
  const pages = Math.ceil(n / per);
  for (let pg = 1; pg <= pages; pg++) {
    const list = news.slice((pg - 1) * per, pg * per);
    const pager = `<nav class="pagination">${pg > 1 ? `<a href="${newsBase}?page=${pg - 1}">Föregående</a> ` : ''}${Array.from({ length: pages }, (_, k) => `<a href="${newsBase}?page=${k + 1}">${k + 1}</a>`).join(' ')}${pg < pages ? ` <a href="${newsBase}?page=${pg + 1}">Nästa</a>` : ''}</nav>`;
    const html = layout(site, 'Nyheter', [], `<ul class="news-list">${list.map(([l, h]) => `<li><a href="${h}">${esc(l)}</a></li>`).join('')}</ul>${pager}`);
    site.files.set(pg === 1 ? newsBase : `${newsBase}?page=${pg}`, html);
  }
  if (opts.calendar !== false) {
    page(site, '/kalender/', 'Evenemangskalender', [], `<p>Vad händer i ${esc(site.name)}?</p><ul><li><a href="/kalender/?manad=2024-05">Maj 2024</a></li><li><a href="/kalender/?manad=2024-06">Juni 2024</a></li></ul>`);
  }
  for (const x of ['Kontakta oss', 'Om webbplatsen', 'Tillgänglighetsredogörelse', 'Kakor', 'Lättläst', 'Other languages', 'Sök']) {
    page(site, p(site, x), x, [], `<p>${esc(x)}. ${FILLER_TEXT[0]}</p>`);
  }
  return items;
}

/** A long A–Ö list of governing documents; returns the list items (HTML) and registers small PDFs. */
export function otherStyrdokument(site: Site, dir: (title: string) => string): Array<[title: string, href: string]> {
  const titles = [
    'Alkohol- och drogpolicy',
    'Arbetsmiljöpolicy',
    'Arkivreglemente',
    'Avfallsplan 2021–2030',
    'Bostadsförsörjningsprogram',
    'Delegationsordning för kommunstyrelsen',
    'Dokumenthanteringsplan',
    'Energi- och klimatstrategi',
    'Finanspolicy',
    'Föreningsbidragsregler',
    'Gestaltningsprogram för centrum',
    'Informationssäkerhetspolicy',
    'Jämställdhetsplan',
    'Kulturpolicy',
    'Kommunikationspolicy',
    'Lönepolicy',
    'Mål och budget 2024',
    'Miljöprogram',
    'Upphandlingspolicy',
    'Riktlinjer för bidrag till enskilda vägar',
    'Reglemente för kommunstyrelsen',
    'Säkerhetspolicy',
    'Taxa för bygglov',
    'Trafikstrategi',
    'Vattenplan',
    'Översiktsplan – tematiskt tillägg vindkraft',
  ];
  return titles.map((t) => {
    const href = dir(t);
    doc(site, href, styrdokument(`${site.name} kommun`, t, `Detta dokument anger kommunens inriktning för ${t.toLowerCase()}.`));
    return [t, href];
  });
}
