/**
 * The page shell: GOV.UK Frontend's skip link, header (our own service name,
 * no crown), service navigation, breadcrumbs, main and footer. Swedish
 * (`lang="sv"`) throughout.
 */
import { h, type Html } from './html.ts';

export interface Viewer {
  username: string;
  role: 'admin' | 'reviewer';
  csrfToken: string;
}

export interface PageOptions {
  title: string;
  /** Which navigation item is current. */
  section?: 'oversikt' | 'exempel' | 'ar' | 'granskning' | 'logga-in' | null;
  breadcrumbs?: Array<{ text: string; href?: string }>;
  viewer: Viewer | null;
  body: Html;
}

const NAV: Array<{ key: NonNullable<PageOptions['section']>; text: string; href: string; reviewer?: boolean }> = [
  { key: 'oversikt', text: 'Översikt', href: '/' },
  { key: 'exempel', text: 'Exempelbank', href: '/exempel' },
  { key: 'ar', text: 'Årsjämförelse', href: '/ar' },
  { key: 'granskning', text: 'Granskning', href: '/granskning', reviewer: true },
];

function navigation(section: PageOptions['section'], viewer: Viewer | null): Html {
  const items = NAV.filter((n) => !n.reviewer || viewer).map((n) =>
    n.key === section
      ? h`<li class="govuk-service-navigation__item govuk-service-navigation__item--active"><a class="govuk-service-navigation__link" href="${n.href}" aria-current="page"><strong class="govuk-service-navigation__active-fallback">${n.text}</strong></a></li>`
      : h`<li class="govuk-service-navigation__item"><a class="govuk-service-navigation__link" href="${n.href}">${n.text}</a></li>`,
  );
  const account = viewer
    ? h`<li class="govuk-service-navigation__item"><form method="post" action="/logga-ut" class="app-inline-form"><input type="hidden" name="csrf" value="${viewer.csrfToken}"><button type="submit" class="app-link-button govuk-service-navigation__link">Logga ut (${viewer.username})</button></form></li>`
    : h`<li class="govuk-service-navigation__item${section === 'logga-in' ? ' govuk-service-navigation__item--active' : ''}"><a class="govuk-service-navigation__link" href="/logga-in">Logga in</a></li>`;
  return h`<section aria-label="Tjänstmeny" class="govuk-service-navigation" data-module="govuk-service-navigation">
  <div class="govuk-width-container"><div class="govuk-service-navigation__container">
    <nav aria-label="Meny" class="govuk-service-navigation__wrapper">
      <button type="button" class="govuk-service-navigation__toggle govuk-js-service-navigation-toggle" aria-controls="navigation" hidden aria-hidden="true">Meny</button>
      <ul class="govuk-service-navigation__list" id="navigation">${items}${account}</ul>
    </nav>
  </div></div>
</section>`;
}

function breadcrumbs(items: PageOptions['breadcrumbs']): Html | null {
  if (!items || items.length === 0) return null;
  return h`<nav class="govuk-breadcrumbs" aria-label="Brödsmulor"><ol class="govuk-breadcrumbs__list">${items.map((b) =>
    b.href ? h`<li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="${b.href}">${b.text}</a></li>` : h`<li class="govuk-breadcrumbs__list-item" aria-current="page">${b.text}</li>`,
  )}</ol></nav>`;
}

/** A whole HTML document around a page body. */
export function renderPage(options: PageOptions): string {
  return h`<!DOCTYPE html>
<html lang="sv" class="govuk-template govuk-template--rebranded">
<head>
<meta charset="utf-8">
<title>${options.title} – Programkartan</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<link rel="icon" href="/assets/images/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/govuk-frontend.min.css">
<link rel="stylesheet" href="/static/app.css">
</head>
<body class="govuk-template__body">
<script src="/static/init.js"></script>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Hoppa till huvudinnehållet</a>
<header class="govuk-generic-header" role="banner">
  <div class="govuk-generic-header__container govuk-width-container">
    <div class="govuk-generic-header__logo"><a href="/" class="govuk-generic-header__homepage-link app-service-name">Programkartan</a></div>
  </div>
</header>
${navigation(options.section ?? null, options.viewer)}
<div class="govuk-width-container">
${breadcrumbs(options.breadcrumbs)}
<main class="govuk-main-wrapper" id="main-content">
${options.body}
</main>
</div>
<footer class="govuk-footer">
  <div class="govuk-width-container">
    <div class="govuk-footer__meta">
      <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
        <h2 class="govuk-visually-hidden">Om tjänsten</h2>
        <ul class="govuk-footer__inline-list">
          <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/api/v1/openapi.json">API (OpenAPI)</a></li>
          <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/om">Om Programkartan och tillgänglighet</a></li>
        </ul>
        <span class="govuk-footer__licence-description">Data publiceras under <a class="govuk-footer__link" href="https://creativecommons.org/licenses/by/4.0/deed.sv" rel="license">CC BY 4.0</a>. Källa: kommunernas webbplatser, inventerade av Programkartan.</span>
      </div>
    </div>
  </div>
</footer>
<script type="module" src="/static/app.js"></script>
</body>
</html>`.toString();
}
