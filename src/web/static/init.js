// Marks the page as JavaScript-enabled before GOV.UK Frontend styles apply (no inline script: strict CSP).
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
