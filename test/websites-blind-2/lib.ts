/**
 * Shared layout and filler for the second blind website set. Each CMS gets a
 * hand-written page chrome imitating real Swedish municipal sites; the pages
 * that lead to or hold programs are written per site in sites.ts.
 */
import type { DocumentSpec } from '../../src/simweb/render-documents.ts';

export type Cms = 'sitevision' | 'episerver' | 'municipio' | 'drupal';
export type Link = [label: string, url: string];
export interface MenuItem {
  label: string;
  url: string;
  children?: Link[];
}

export interface DocOut {
  url: string;
  kind: 'pdf' | 'docx';
  spec: DocumentSpec;
}

export interface SiteOut {
  code: string;
  name: string;
  slug: string;
  cms: Cms;
  /** url (path + optional ?query) -> full HTML or text */
  files: Map<string, string>;
  docs: DocOut[];
  redirects: Array<[from: string, to: string]>;
  /** Pages listed in sitemap.xml in addition to all normal pages (orphans). */
  sitemapExtra: string[];
  sitemap: boolean;
  robots: string | null;
}

export interface SiteConfig {
  code: string;
  name: string;
  slug: string;
  cms: Cms;
  menu: MenuItem[];
  footer: Link[];
  sitemap?: boolean;
  robots?: string;
  phone?: string;
}

const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
export { esc };

export class SiteBuilder {
  readonly cfg: SiteConfig;
  readonly out: SiteOut;
  constructor(cfg: SiteConfig) {
    this.cfg = cfg;
    this.out = {
      code: cfg.code,
      name: cfg.name,
      slug: cfg.slug,
      cms: cfg.cms,
      files: new Map(),
      docs: [],
      redirects: [],
      sitemapExtra: [],
      sitemap: cfg.sitemap ?? false,
      robots: cfg.robots ?? null,
    };
  }

  /** A page wrapped in the site's CMS chrome. crumbs: ancestors (not the page itself). */
  page(url: string, title: string, crumbs: Link[], main: string, aside: Link[] = []): void {
    this.out.files.set(url, layout(this.cfg, url, title, crumbs, main, aside));
  }
  raw(url: string, text: string): void {
    this.out.files.set(url, text);
  }
  pdf(url: string, spec: DocumentSpec): void {
    this.out.docs.push({ url, kind: 'pdf', spec });
  }
  docx(url: string, spec: DocumentSpec): void {
    this.out.docs.push({ url, kind: 'docx', spec });
  }
  redirect(from: string, to: string): void {
    this.out.redirects.push([from, to]);
  }
  orphanInSitemap(url: string): void {
    this.out.sitemapExtra.push(url);
  }
}

function menuHtml(cfg: SiteConfig): string {
  const items = cfg.menu
    .map(
      (m, i) =>
        `<li class="mega-menu__item"><a href="${m.url}" aria-expanded="false" aria-controls="mm-${i}">${esc(m.label)}</a>` +
        (m.children?.length
          ? `<div class="mega-menu__panel" id="mm-${i}" hidden><ul>${m.children.map(([l, u]) => `<li><a href="${u}">${esc(l)}</a></li>`).join('')}</ul></div>`
          : '') +
        '</li>',
    )
    .join('\n');
  return items;
}

function crumbsHtml(crumbs: Link[], title: string): string {
  return `<nav class="breadcrumbs" aria-label="Du är här"><ol><li><a href="/">Startsida</a></li>${crumbs.map(([l, u]) => `<li><a href="${u}">${esc(l)}</a></li>`).join('')}<li aria-current="page">${esc(title)}</li></ol></nav>`;
}

function footerHtml(cfg: SiteConfig): string {
  const cols: Link[][] = [];
  for (let i = 0; i < cfg.footer.length; i += 5) cols.push(cfg.footer.slice(i, i + 5));
  return `<footer class="site-footer"><div class="footer-contact"><h2>${esc(cfg.name)} kommun</h2><p>Kontaktcenter: ${cfg.phone ?? '0100-10 00 00'}<br>Öppet vardagar 8–16<br><a href="/kontakt">Kontakta oss</a></p></div>${cols
    .map((c) => `<ul class="footer-links">${c.map(([l, u]) => `<li><a href="${u}">${esc(l)}</a></li>`).join('')}</ul>`)
    .join('')}<p class="footer-social"><a href="https://www.facebook.com/">Facebook</a> <a href="https://www.instagram.com/">Instagram</a> <a href="https://www.linkedin.com/">LinkedIn</a></p></footer>`;
}

function layout(cfg: SiteConfig, url: string, title: string, crumbs: Link[], main: string, aside: Link[]): string {
  const asideHtml = aside.length ? `<aside class="related"><h2>Relaterat</h2><ul>${aside.map(([l, u]) => `<li><a href="${u}">${esc(l)}</a></li>`).join('')}</ul></aside>` : '';
  const isHome = url === '/';
  const bc = isHome ? '' : crumbsHtml(crumbs, title);
  switch (cfg.cms) {
    case 'sitevision':
      return `<!DOCTYPE html>
<html lang="sv" class="sv-no-js">
<head><meta charset="utf-8"><title>${esc(title)} - ${esc(cfg.name)} kommun</title><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/sitevision/system-resource/c1a2b3/css/portlets.css"><link rel="stylesheet" href="/webdav/files/system/css/main.css"><script src="/sitevision/system-resource/c1a2b3/js/jquery.js"></script></head>
<body class="sv-responsive">
<div class="sv-cookie-consent-banner" role="dialog" aria-label="Cookies"><p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för besöksstatistik. <a href="/om-webbplatsen/kakor.html">Om kakor</a></p><button>Godkänn alla</button><button>Endast nödvändiga</button></div>
<div class="sv-layout" id="svid10_1a2b3c"><a class="skip" href="#content">Till innehållet</a>
<header class="sv-header"><a href="/" class="logo"><img src="/images/18.1a2b3c/1611234567890/logo.svg" alt="${esc(cfg.name)} kommun, till startsidan"></a>
<form class="sv-searchform" action="/sok.html" method="get"><label for="q">Sök</label><input id="q" name="query" type="search"><button>Sök</button></form>
<nav class="sv-mega-menu" aria-label="Huvudmeny"><ul>${menuHtml(cfg)}</ul></nav></header>
<div class="sv-layout" id="svid10_content">${bc}
<main id="content" class="sv-text-portlet">${main}</main>${asideHtml}</div>
${footerHtml(cfg)}</div></body></html>`;
    case 'episerver':
      return `<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>${esc(title)} | ${esc(cfg.name)} kommun</title><link rel="stylesheet" href="/static/dist/main.min.css"><script src="/static/dist/bundle.min.js" defer></script></head>
<body class="page-${esc(url.replace(/[^a-z0-9]+/g, '-'))}">
<div class="cookie-consent" id="cookieConsent" data-epi-block="CookieBlock"><h2>Vi använder kakor</h2><p>Kakor hjälper oss att förbättra webbplatsen.</p><a href="/om-webbplatsen/cookies/">Läs mer om kakor</a><button data-accept="all">Acceptera</button><button data-accept="necessary">Neka</button></div>
<header class="header"><div class="header__top"><a href="/languages/">Languages</a> <a href="/lattlast/">Lättläst</a> <a href="/invest/">Invest</a></div><a class="header__logo" href="/">${esc(cfg.name)} kommun</a>
<form action="/sok/" method="get" role="search"><input type="search" name="q" placeholder="Vad letar du efter?"><button type="submit">Sök</button></form>
<nav class="main-nav"><button class="main-nav__toggle">Meny</button><ul class="main-nav__list">${menuHtml(cfg)}</ul></nav></header>
${bc}<div class="content-wrapper"><main class="main-content" id="main">${main}</main>${asideHtml}</div>
${footerHtml(cfg)}</body></html>`;
    case 'municipio':
      return `<!DOCTYPE html>
<html lang="sv-SE">
<head><meta charset="UTF-8"><title>${esc(title)} – ${esc(cfg.name)} kommun</title><link rel="stylesheet" href="/wp-content/themes/municipio/assets/dist/css/app.css?ver=3.61.2"><link rel="alternate" type="application/rss+xml" href="/feed/"><script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script></head>
<body class="page-template-default page wp-theme-municipio">
<div id="cookie-consent" class="c-notice c-notice--info">Den här webbplatsen använder cookies. <a href="/cookies/">Mer information</a> <button class="c-button js-cookie-accept">Jag förstår</button></div>
<header class="c-header"><a class="c-header__logo" href="/">${esc(cfg.name)} kommun</a><div class="c-search"><form action="/" method="get"><input type="search" name="s" aria-label="Sök"><button>Sök</button></form></div>
<nav class="c-navbar"><ul class="c-nav c-nav--mega">${menuHtml(cfg)}</ul></nav></header>
<div class="o-container">${bc}<div class="o-grid"><main class="o-grid-12@md c-article" id="main-content">${main}</main>${asideHtml}</div></div>
${footerHtml(cfg)}<script src="/wp-content/themes/municipio/assets/dist/js/app.js?ver=3.61.2"></script></body></html>`;
    case 'drupal':
      return `<!DOCTYPE html>
<html lang="sv" dir="ltr">
<head><meta charset="utf-8"><title>${esc(title)} | ${esc(cfg.name)} kommun</title><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><link rel="stylesheet" href="/sites/default/files/css/css_aB3xYz.css"></head>
<body class="path-node page-node-type-page">
<div id="sliding-popup" class="eu-cookie-compliance-banner"><div class="popup-content"><p>Vi använder kakor för att ge dig en bättre upplevelse.</p><button class="agree-button">OK, jag godkänner</button><a href="/integritetspolicy">Mer info</a></div></div>
<div class="dialog-off-canvas-main-canvas"><header role="banner" class="region-header"><a href="/" rel="home" class="site-logo">${esc(cfg.name)} kommun</a>
<div class="search-block-form"><form action="/search/node" method="get"><input type="search" name="keys"><input type="submit" value="Sök"></form></div>
<nav role="navigation" class="menu--main"><ul class="menu">${menuHtml(cfg)}</ul></nav></header>
${bc}<main role="main"><div class="region-content"><article class="node">${main}</article></div>${asideHtml}</main>
${footerHtml(cfg)}</div></body></html>`;
  }
}

const FILLER_TEXT = [
  'Här hittar du information om hur du går tillväga, vilka regler som gäller och vem du kan kontakta om du har frågor.',
  'Ansökan görs via vår e-tjänst. Du loggar in med e-legitimation och kan följa ditt ärende hela vägen.',
  'Handläggningstiden är normalt fyra veckor från det att ansökan är komplett. Avgiften tas ut enligt kommunens taxa.',
  'Kontakta kontaktcenter om du behöver hjälp. Vi svarar på frågor vardagar mellan klockan 8 och 16.',
  'Kommunen arbetar för att alla invånare ska ha tillgång till en trygg och god service i hela kommunen.',
  'Informationen på sidan uppdateras löpande. Har du synpunkter på innehållet är du välkommen att höra av dig.',
  'Under sommaren kan öppettiderna vara begränsade. Se aktuella tider på respektive verksamhets sida.',
  'Vid akuta ärenden utanför kontorstid når du vår jourverksamhet via kontaktcenter.',
];

/** Filler sections: label, path slug, sub-page titles. */
export const SECTIONS: Array<[string, string, string[]]> = [
  ['Bo och bygga', 'bo-och-bygga', ['Bygglov', 'Detaljplaner', 'Avfall och återvinning', 'Vatten och avlopp', 'Energi- och klimatrådgivning', 'Lantmäteri och kartor', 'Tomter och bostäder']],
  ['Förskola och skola', 'forskola-och-skola', ['Förskola', 'Grundskola', 'Gymnasieskola', 'Vuxenutbildning', 'Skolskjuts', 'Måltider i skolan']],
  ['Omsorg och stöd', 'omsorg-och-stod', ['Äldreomsorg', 'Hemtjänst', 'Stöd till personer med funktionsnedsättning', 'Ekonomiskt bistånd', 'Familjerätt']],
  ['Uppleva och göra', 'uppleva-och-gora', ['Bibliotek', 'Idrott och motion', 'Kulturskolan', 'Badplatser', 'Föreningsliv', 'Friluftsliv och naturreservat']],
  ['Trafik och infrastruktur', 'trafik-och-infrastruktur', ['Gator och vägar', 'Parkering', 'Kollektivtrafik', 'Snöröjning', 'Gång- och cykelvägar']],
];

export function slugify(s: string): string {
  return s
    .toLowerCase()
    .replaceAll('å', 'a')
    .replaceAll('ä', 'a')
    .replaceAll('ö', 'o')
    .replaceAll('é', 'e')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Boring filler: section pages with sub-pages, news list with ?page=N pagination,
 * and a calendar entry page. urlStyle decides how page URLs look.
 */
export function filler(b: SiteBuilder, opts: { style: 'slash' | 'html' | 'svid'; newsCount?: number; newsPath?: string; extraNews?: Array<{ slug: string; title: string; date: string; body: string }> }): void {
  const pageUrl = (parts: string[], n: number) =>
    opts.style === 'slash' ? `/${parts.join('/')}/` : opts.style === 'html' ? `/${parts.join('/')}.html` : `/${parts.join('/')}.4.${(0x3b1c2a4d + n * 7919).toString(16)}17f3e8a9b1c${(1000 + n).toString()}.html`;
  let n = 0;
  for (const [label, slug, subs] of SECTIONS) {
    const secUrl = opts.style === 'svid' ? `/${slug}.html` : pageUrl([slug], n++);
    const subUrls = subs.map((s) => [s, pageUrl([slug, slugify(s)], n++)] as Link);
    b.page(secUrl, label, [], `<h1>${esc(label)}</h1><p class="lead">${FILLER_TEXT[n % FILLER_TEXT.length]}</p><ul class="link-list">${subUrls.map(([l, u]) => `<li><a href="${u}">${esc(l)}</a></li>`).join('')}</ul>`);
    subUrls.forEach(([l, u], i) => {
      b.page(
        u,
        l,
        [[label, secUrl]],
        `<h1>${esc(l)}</h1><p class="lead">${FILLER_TEXT[(i + n) % FILLER_TEXT.length]}</p><p>${FILLER_TEXT[(i + 3) % FILLER_TEXT.length]}</p><details><summary>Vanliga frågor</summary><p>${FILLER_TEXT[(i + 5) % FILLER_TEXT.length]}</p></details><p><a href="${secUrl}">Tillbaka till ${esc(label.toLowerCase())}</a></p>`,
        subUrls.filter(([x]) => x !== l).slice(0, 3),
      );
    });
  }
  // News with pagination.
  const newsPath = opts.newsPath ?? '/nyheter/';
  const topics = ['Ny förskola invigs', 'Vattenavstängning i centrum', 'Sommarlovsaktiviteter för unga', 'Årets miljöpris utdelat', 'Ny gång- och cykelväg klar', 'Budget för nästa år antagen', 'Biblioteket utökar öppettiderna', 'Brandrisk – eldningsförbud', 'Val till kyrkofullmäktige', 'Nya taxor för bygglov', 'Skolval öppnar', 'Renovering av simhallen', 'Trafikomläggning vid torget', 'Kulturstipendiater utsedda', 'Snöröjningen prioriteras', 'Medborgardialog om parken'];
  const count = opts.newsCount ?? 16;
  const items: Array<{ slug: string; title: string; date: string; body: string }> = [...(opts.extraNews ?? [])];
  for (let i = 0; i < count; i++) {
    const t = topics[i % topics.length] ?? 'Nyhet';
    const month = 12 - (i % 12);
    items.push({ slug: `${slugify(t)}-${i}`, title: t, date: `2024-${String(month).padStart(2, '0')}-${String(10 + (i % 18)).padStart(2, '0')}`, body: `<p>${FILLER_TEXT[i % FILLER_TEXT.length]}</p><p>${FILLER_TEXT[(i + 2) % FILLER_TEXT.length]}</p>` });
  }
  items.sort((a, c) => c.date.localeCompare(a.date));
  const per = 6;
  const pages = Math.ceil(items.length / per);
  for (let p = 0; p < pages; p++) {
    const slice = items.slice(p * per, p * per + per);
    const nav = `<nav class="pagination">${p > 0 ? `<a href="${newsPath}${p - 1 ? `?page=${p}` : ''}">Föregående</a>` : ''} Sida ${p + 1} av ${pages} ${p + 1 < pages ? `<a href="${newsPath}?page=${p + 2}">Nästa</a>` : ''}</nav>`;
    b.page(
      p === 0 ? newsPath : `${newsPath}?page=${p + 1}`,
      'Nyheter',
      [],
      `<h1>Nyheter</h1><ul class="news-list">${slice.map((it) => `<li><time datetime="${it.date}">${it.date}</time> <a href="${newsPath}${it.slug}/">${esc(it.title)}</a></li>`).join('')}</ul>${nav}`,
    );
  }
  for (const it of items) b.page(`${newsPath}${it.slug}/`, it.title, [['Nyheter', newsPath]], `<article><h1>${esc(it.title)}</h1><p class="date">Publicerad ${it.date}</p>${it.body}</article>`);
  b.page('/kalender/', 'Evenemangskalender', [], `<h1>Evenemang</h1><p>Här hittar du konserter, utställningar, föreläsningar och annat som händer i kommunen.</p><a href="/kalender/?manad=2024-05">Maj 2024</a> <a href="/kalender/?manad=2024-06">Juni 2024</a>`);
  b.page('/kontakt', 'Kontakta oss', [], `<h1>Kontakta oss</h1><p>${FILLER_TEXT[3]}</p>`);
  b.page('/om-webbplatsen', 'Om webbplatsen', [], `<h1>Om webbplatsen</h1><p>Tillgänglighetsredogörelse, kakor och personuppgifter.</p>`);
}

/** Standard mega-menu children for filler sections. */
export function fillerMenu(style: 'slash' | 'html' | 'svid'): MenuItem[] {
  return SECTIONS.map(([label, slug]) => ({ label, url: style === 'slash' ? `/${slug}/` : `/${slug}.html` }));
}

/** A one-page look-alike governing document (not a business program). */
export function minorDoc(title: string, body: string, municipality: string): DocumentSpec {
  return {
    title,
    header: `${municipality} kommun`,
    footer: title,
    pages: [[`# ${title}`, body, 'Dokumenttyp: Styrdokument. Beslutat av kommunfullmäktige. Dokumentansvarig: kommunledningsförvaltningen.']],
  };
}
