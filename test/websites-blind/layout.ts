/**
 * Page furniture for the blind website test: the mega menu, cookie dialog,
 * search form, breadcrumbs and footer that wrap every hand-written page, in
 * four CMS flavours (Sitevision, Optimizely/EPiServer, WordPress/Municipio,
 * Drupal). The page bodies themselves are written by hand in sites.ts.
 */

export type Cms = 'sitevision' | 'episerver' | 'municipio' | 'drupal';

export interface SiteShell {
  name: string;
  cms: Cms;
  /** Top menu: section title -> [label, path][] */
  menu: Array<{ title: string; path: string; items: Array<[string, string]> }>;
  searchPath: string;
}

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function slugify(s: string): string {
  return s
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/é/g, 'e')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** URL of a page in the flavour's style. */
export function pageUrl(cms: Cms, parts: string[]): string {
  const p = parts.map(slugify).join('/');
  if (cms === 'sitevision') return `/${p}.html`;
  if (cms === 'drupal') return `/${p}`;
  return `/${p}/`;
}

function cookie(cms: Cms): string {
  if (cms === 'sitevision')
    return `<div class="sv-cookie-consent-banner" role="dialog" aria-label="Kakor"><p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra den. <a href="/om-webbplatsen/kakor.html">Läs mer om kakor</a></p><button class="sv-cookie-consent-button">Godkänn alla</button><button>Endast nödvändiga</button></div>`;
  if (cms === 'municipio')
    return `<div id="cookie-consent" class="c-notice c-notice--cookie"><p>Den här webbplatsen använder cookies. Genom att fortsätta godkänner du att vi använder cookies.</p><a class="c-button" href="#" data-action="cookie-accept">Jag förstår</a> <a href="/om-webbplatsen/cookies/">Vad är cookies?</a></div>`;
  if (cms === 'drupal')
    return `<div class="eu-cookie-compliance-banner" role="dialog"><div class="popup-text"><h2>Vi använder kakor</h2><p>Klicka på Acceptera för att godkänna kakor som hjälper oss att utveckla webbplatsen.</p></div><button class="agree-button">Acceptera</button><button class="decline-button">Neka</button></div>`;
  return `<div id="cookieDialog" class="cookie-dialog" aria-modal="true" role="dialog"><h2>Kakor på webbplatsen</h2><p>Vi använder nödvändiga kakor för att webbplatsen ska fungera. Med ditt samtycke använder vi även kakor för statistik.</p><button id="acceptAll">Acceptera alla</button><button id="acceptNecessary">Bara nödvändiga</button><a href="/om-webbplatsen/kakor/">Mer om kakor</a></div>`;
}

export function layout(shell: SiteShell, title: string, crumbs: Array<[string, string]>, body: string, extraHead = ''): string {
  const mega = shell.menu
    .map(
      (s) =>
        `<li class="mega-menu__item"><a href="${s.path}" class="mega-menu__link">${esc(s.title)}</a><button class="mega-menu__toggle" aria-expanded="false"><span class="sr-only">Visa undermeny för ${esc(s.title)}</span></button><div class="mega-menu__panel"><ul>${s.items
          .map(([l, p]) => `<li><a href="${p}">${esc(l)}</a></li>`)
          .join('')}</ul></div></li>`,
    )
    .join('\n');
  const bc = crumbs.length
    ? `<nav class="breadcrumbs" aria-label="Du är här"><ol><li><a href="/">Startsida</a></li>${crumbs
        .map(([l, p], i) => (i === crumbs.length - 1 ? `<li aria-current="page">${esc(l)}</li>` : `<li><a href="${p}">${esc(l)}</a></li>`))
        .join('')}</ol></nav>`
    : '';
  const gen =
    shell.cms === 'sitevision'
      ? '<meta name="generator" content="Sitevision">'
      : shell.cms === 'episerver'
        ? '<meta name="generator" content="EPiServer">'
        : shell.cms === 'municipio'
          ? '<meta name="generator" content="WordPress 6.4.3">'
          : '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">';
  const u = (parts: string[]) => pageUrl(shell.cms, parts);
  const footer = `<footer class="site-footer">
<div class="footer__col"><h2>Kontakta oss</h2><p>${esc(shell.name)} kommun<br>Kommunhuset<br>Telefon: växel 0${(shell.name.length * 37) % 900 + 100}-${(shell.name.length * 7919) % 90000 + 10000}<br>E-post: kommun@${slugify(shell.name)}.se</p><a href="${u(['kommun-och-politik', 'kontakta-oss'])}">Fler kontaktuppgifter</a></div>
<div class="footer__col"><h2>Genvägar</h2><ul>
<li><a href="${u(['e-tjanster'])}">E-tjänster och blanketter</a></li>
<li><a href="${u(['kommun-och-politik', 'lediga-jobb'])}">Lediga jobb</a></li>
<li><a href="${u(['kommun-och-politik', 'press'])}">Press och media</a></li>
<li><a href="${u(['kommun-och-politik', 'felanmalan'])}">Felanmälan</a></li>
<li><a href="${u(['kommun-och-politik', 'synpunkter'])}">Lämna synpunkter</a></li>
<li><a href="${u(['kommun-och-politik', 'visselblasarfunktion'])}">Visselblåsarfunktion</a></li>
</ul></div>
<div class="footer__col"><h2>Om webbplatsen</h2><ul>
<li><a href="${u(['om-webbplatsen', 'tillganglighetsredogorelse'])}">Tillgänglighetsredogörelse</a></li>
<li><a href="${u(['om-webbplatsen', 'behandling-av-personuppgifter'])}">Behandling av personuppgifter</a></li>
<li><a href="${u(['om-webbplatsen', 'kakor'])}">Kakor</a></li>
<li><a href="${u(['om-webbplatsen', 'lyssna-och-oversatt'])}">Lyssna och översätt</a></li>
<li><a href="${u(['other-languages'])}">Other languages</a></li>
</ul></div>
<div class="footer__col"><h2>Följ oss</h2><ul>
<li><a href="https://www.facebook.com/${slugify(shell.name)}kommun" rel="noopener">Facebook</a></li>
<li><a href="https://www.instagram.com/${slugify(shell.name)}kommun" rel="noopener">Instagram</a></li>
<li><a href="https://www.linkedin.com/company/${slugify(shell.name)}-kommun" rel="noopener">LinkedIn</a></li>
</ul></div>
<p class="footer__copy">© ${esc(shell.name)} kommun</p>
</footer>`;
  return `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} - ${esc(shell.name)} kommun</title>
${gen}
<link rel="stylesheet" href="/assets/main.css">
<script src="/assets/main.js" defer></script>
${extraHead}
</head>
<body>
${cookie(shell.cms)}
<a class="skip-link" href="#main">Till huvudinnehåll</a>
<header class="site-header">
<a class="logo" href="/"><img src="/assets/logo.svg" alt="${esc(shell.name)} kommun, till startsidan"></a>
<ul class="header-tools"><li><a href="${u(['om-webbplatsen', 'lyssna-och-oversatt'])}">Lyssna</a></li><li><a href="${u(['other-languages'])}">Languages</a></li><li><a href="${u(['e-tjanster'])}">E-tjänster</a></li></ul>
<form class="search" role="search" action="${shell.searchPath}" method="get"><label for="q">Sök på webbplatsen</label><input id="q" name="q" type="search"><button type="submit">Sök</button></form>
<nav class="mega-menu" aria-label="Huvudmeny"><ul>
${mega}
</ul></nav>
</header>
${bc}
<main id="main">
${body}
</main>
${footer}
</body>
</html>
`;
}
