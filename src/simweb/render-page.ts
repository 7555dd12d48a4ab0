/**
 * Renders a page model to HTML in the dress of the site's CMS: menu, skip
 * link, breadcrumbs, cookie banner, footer with contact details. Links may
 * come out root-relative, absolute or with a session id, as on real sites.
 */
import type { Block, LinkSpec, PageSpec, SimSite } from './sim-types.ts';
import { hashSeed } from './prng.ts';

export interface RenderContext {
  /** e.g. "http://127.0.0.1:40123" */
  origin: string;
  /** Session id to append to page links (session-id sites), or null. */
  sessionId: string | null;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function href(site: SimSite, link: LinkSpec, ctx: RenderContext): string {
  if (/^[a-z]+:/i.test(link.href)) return link.href;
  if (!link.href.startsWith('/')) return encodeURI(link.href); // relative (traps)
  let out = encodeURI(link.href);
  const target = site.resources.get(link.href.split('?')[0] ?? link.href);
  if (ctx.sessionId && target?.kind === 'page' && !out.includes('?')) out += `;jsessionid=${ctx.sessionId}`;
  // About one link in five is written absolute, as editors paste them.
  if (hashSeed(site.code, link.href) % 5 === 0) out = `${ctx.origin}${out}`;
  return out;
}

function a(site: SimSite, link: LinkSpec, ctx: RenderContext): string {
  return `<a href="${escapeHtml(href(site, link, ctx))}">${escapeHtml(link.text)}</a>`;
}

function block(site: SimSite, b: Block, ctx: RenderContext): string {
  switch (b.kind) {
    case 'h2':
      return `<h2>${escapeHtml(b.text)}</h2>`;
    case 'p':
      return `<p>${escapeHtml(b.text)}${b.link ? ` ${a(site, b.link, ctx)}` : ''}</p>`;
    case 'links':
      return `${b.heading ? `<h2>${escapeHtml(b.heading)}</h2>` : ''}<ul class="link-list">${b.links.map((l) => `<li>${a(site, l, ctx)}</li>`).join('')}</ul>`;
    case 'doclist':
      return `<table class="document-list"><thead><tr><th>Dokument</th><th>Typ</th><th>Beslutad</th></tr></thead><tbody>${b.rows
        .map((r) => `<tr><td>${a(site, r.link, ctx)}</td><td>${escapeHtml(r.type)}</td><td>${escapeHtml(r.date)}</td></tr>`)
        .join('')}</tbody></table>`;
  }
}

const CONTENT_WRAPPER: Record<SimSite['template'], [string, string]> = {
  sitevision: ['<div class="sv-layout sv-template-portlet"><div class="sv-text-portlet-content">', '</div></div>'],
  episerver: ['<main id="main-content" class="epi-content">', '</main>'],
  drupal: ['<div class="region region-content"><article class="node node--type-page">', '</article></div>'],
  wordpress: ['<div class="site-content"><div class="entry-content">', '</div></div>'],
};

export function renderPage(site: SimSite, page: PageSpec, ctx: RenderContext): string {
  const [open, close] = CONTENT_WRAPPER[site.template];
  const crumbs = page.breadcrumbs.length
    ? `<nav class="breadcrumbs" aria-label="Brödsmulor">${[...page.breadcrumbs.map((c) => a(site, c, ctx)), `<span>${escapeHtml(page.title)}</span>`].join(' / ')}</nav>`
    : '';
  const cookie = site.cookieBanner
    ? `<div id="cookie-banner" class="cookie-banner"><p>Vi använder kakor (cookies) för att förbättra webbplatsen. <a href="/om-webbplatsen/kakor/">Läs mer om kakor</a></p><button type="button">Jag förstår</button></div>`
    : '';
  return `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)} - ${escapeHtml(site.name)} kommun</title>
<link rel="stylesheet" href="/static/main.css">
</head>
<body>
<a class="skip-link" href="#content">Till innehållet</a>
${cookie}
<header class="site-header">
<a class="logo" href="/">${escapeHtml(site.name)} kommun</a>
<form class="search" action="${escapeHtml(site.searchPath)}" method="get"><label for="q">Sök</label><input id="q" name="q" type="search"><button>Sök</button></form>
<nav class="main-menu" aria-label="Huvudmeny"><ul>${site.menu.map((m) => `<li>${a(site, m, ctx)}</li>`).join('')}</ul></nav>
</header>
${crumbs}
${open}
<h1 id="content">${escapeHtml(page.title)}</h1>
${page.published ? `<p class="published">Publicerad ${escapeHtml(page.published)}</p>` : ''}
${page.blocks.map((b) => block(site, b, ctx)).join('\n')}
${close}
<footer class="site-footer">
<p>${escapeHtml(site.footer.address)}</p>
<p>Telefon: ${escapeHtml(site.footer.phone)} · E-post: <a href="mailto:${escapeHtml(site.footer.email)}">${escapeHtml(site.footer.email)}</a></p>
<ul><li><a href="/om-webbplatsen/">Om webbplatsen</a></li><li><a href="/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a></li><li><a href="https://www.facebook.com/">Facebook</a></li></ul>
</footer>
</body>
</html>
`;
}
