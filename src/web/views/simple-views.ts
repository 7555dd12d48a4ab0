/** Small pages: login, errors, about/accessibility. */
import { errorSummary } from '../components.ts';
import { h, type Html } from '../html.ts';

export function renderLogin(options: { csrf: string; username: string; next: string; error: string | null }): Html {
  return h`${options.error ? errorSummary([{ text: options.error, href: '#username' }]) : null}
<h1 class="govuk-heading-xl">Logga in</h1>
<p class="govuk-body">Inloggning behövs bara för granskare. Alla uppgifter går att läsa utan konto.</p>
<form method="post" action="/logga-in" novalidate>
<input type="hidden" name="csrf" value="${options.csrf}"><input type="hidden" name="next" value="${options.next}">
<div class="govuk-form-group${options.error ? ' govuk-form-group--error' : ''}"><label class="govuk-label" for="username">Användarnamn</label>
<input class="govuk-input govuk-!-width-one-half" id="username" name="username" type="text" autocomplete="username" spellcheck="false" value="${options.username}"></div>
<div class="govuk-form-group"><label class="govuk-label" for="password">Lösenord</label>
<input class="govuk-input govuk-!-width-one-half" id="password" name="password" type="password" autocomplete="current-password"></div>
<button type="submit" class="govuk-button" data-module="govuk-button">Logga in</button>
</form>`;
}

export function renderError(status: number, message: string): Html {
  const heading = status === 404 ? 'Sidan finns inte' : status === 403 ? 'Åtkomst nekad' : status === 401 ? 'Inloggning krävs' : status === 429 ? 'För många försök' : status >= 500 ? 'Något gick fel' : 'Felaktig begäran';
  return h`<h1 class="govuk-heading-xl">${heading}</h1><p class="govuk-body">${message}</p><p class="govuk-body"><a class="govuk-link" href="/">Till översikten</a></p>`;
}

export function renderAbout(): Html {
  return h`<h1 class="govuk-heading-xl">Om Programkartan</h1>
<p class="govuk-body">Programkartan letar upp kommunernas näringslivs- och tillväxtprogram på deras webbplatser, bedömer dem med belägg och redovisar siffrorna för hela landet, på samma sätt som Arena för Tillväxts inventering 2017.</p>
<h2 class="govuk-heading-m">Så läser du siffrorna</h2>
<p class="govuk-body">Ett program räknas för ett år när det gäller det året och är ett eget dokument (inte en del av kommunens översiktsplan eller budget). Program som inte finns på webbplatsen missas. Granskare kan rätta maskinens bedömningar; deras beslut vinner alltid.</p>
<h2 class="govuk-heading-m">Tillgänglighet</h2>
<p class="govuk-body">Tjänsten är byggd för att uppfylla WCAG 2.1 nivå AA: alla sidor fungerar med tangentbord, kartan och diagrammen har tabeller med samma uppgifter och texten går att förstora.</p>
<h2 class="govuk-heading-m">Licens</h2>
<p class="govuk-body">Uppgifterna får användas fritt enligt CC BY 4.0. Ange Programkartan som källa.</p>`;
}
