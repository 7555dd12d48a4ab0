/**
 * Hono's `html` tagged template, typed as synchronous. Every interpolated
 * string is escaped; only values that are already `Html` pass through, so
 * extracted document text can never inject markup.
 */
import { html as honoHtml, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

export type Html = HtmlEscapedString;

/** Escaping template for views. Our views never interpolate promises, so the result is synchronous. */
export function h(strings: TemplateStringsArray, ...values: unknown[]): Html {
  return honoHtml(strings, ...values) as Html;
}

/** Trusted markup built by our own code (SVG paths, precomputed fragments). Never pass user or document text. */
export function trusted(markup: string): Html {
  return raw(markup);
}

/** Escapes text for use outside templates (e.g. inside precomputed SVG). */
export function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);
}
