/**
 * HTML-first markup: a Socle field around the native control its author wrote (`<label>` + `<input>`,
 * `<select>`, `<textarea>`, or a `<fieldset>` of radios or checkboxes). The page works before and without
 * the script; once it runs, the control enhances that markup in place (nothing moved, re-created or lost).
 * This module holds what every such control shares: the document styles (also shipped as `socle.css`
 * for the time before the script), the error element, and the label's text.
 */
import { defaultTokens, type TokenName } from './tokens.js';

/** Every Socle tag that accepts HTML-first markup. */
export const HTML_FIRST_TAGS = [
  'socle-text-field', 'socle-email-field', 'socle-phone-field', 'socle-siret-field', 'socle-nir-field',
  'socle-iban-field', 'socle-postal-code-field', 'socle-textarea', 'socle-select', 'socle-checkbox',
  'socle-radio-group', 'socle-checkbox-group', 'socle-date-field', 'socle-commune-field', 'socle-country-field',
  'socle-departement-select', 'socle-region-select', 'socle-address-field', 'socle-company-field',
] as const;

const t = (name: TokenName): string => `var(--socle-${name}, ${defaultTokens[name]})`;
const F = `:where(${HTML_FIRST_TAGS.join(', ')})`;
const BOX = ':is(input:not([type="checkbox"], [type="radio"]), select, textarea)';

/**
 * The look of HTML-first markup, with the same tokens as the shadow-DOM controls. Selectors are
 * `:where()`: an authority's own rules win without `!important`.
 */
export const htmlFirstCss = `
${F} { display: block; margin-block-end: ${t('space-6')}; font-family: ${t('font-family')}; font-size: ${t('font-size-base')}; line-height: ${t('line-height')}; color: ${t('color-text')}; }
${F} > label, ${F} > fieldset > legend, ${F} .socle-label { display: block; min-height: 1.5rem; margin-block-end: ${t('space-1')}; font-size: ${t('font-size-label')}; font-weight: ${t('font-weight-bold')}; }
${F} .socle-required { color: ${t('color-error')}; }
${F} fieldset { margin: 0; padding: 0; border: 0; min-width: 0; }
${F} legend { padding: 0; }
${F} .socle-hint { margin-block: 0 ${t('space-2')}; color: ${t('color-text-muted')}; font-size: ${t('font-size-small')}; }
${F} .socle-error { margin-block: 0; color: ${t('color-error')}; font-weight: ${t('font-weight-bold')}; }
${F} .socle-error:not(:empty) { margin-block-end: ${t('space-2')}; }
${F}:where(:state(html-first):state(user-invalid), .socle-field-error) { border-inline-start: 4px solid ${t('color-error')}; padding-inline-start: ${t('space-3')}; }
${F} ${BOX} { box-sizing: border-box; display: block; width: 100%; min-height: ${t('control-height')}; margin: 0; padding: ${t('space-2')} ${t('space-3')}; font: inherit; font-size: max(1rem, ${t('font-size-base')}); color: ${t('color-text')}; background: ${t('color-background')}; border: ${t('border-width')} solid ${t('color-border')}; border-radius: ${t('radius')}; }
${F} ${BOX}:focus, ${F} :is([type="checkbox"], [type="radio"]):focus-visible { outline: ${t('focus-ring-width')} solid ${t('color-focus')}; outline-offset: ${t('focus-ring-offset')}; }
${F} ${BOX}[aria-invalid="true"] { border-color: ${t('color-error')}; box-shadow: inset 0 0 0 1px ${t('color-error')}; }
${F} ${BOX}:disabled { color: ${t('color-disabled-text')}; background: ${t('color-disabled-background')}; cursor: not-allowed; }
${F} .socle-option { display: grid; grid-template-columns: auto 1fr; column-gap: ${t('space-2')}; align-items: start; margin-block-end: ${t('space-2')}; }
${F} .socle-option > .socle-hint { grid-column: 2; margin: 0; }
${F} :is([type="checkbox"], [type="radio"]) { width: 1.5rem; height: 1.5rem; margin: 0; accent-color: ${t('color-primary')}; cursor: pointer; }
${F} .socle-option > label { min-height: 1.5rem; padding-block-start: 0.0625rem; cursor: pointer; }
:where(socle-radio-group, socle-checkbox-group)[layout="inline"] fieldset { display: flex; flex-wrap: wrap; column-gap: ${t('space-6')}; }
:where(socle-radio-group, socle-checkbox-group)[layout="inline"] :is(legend, .socle-hint:not(.socle-option > *), .socle-error) { flex-basis: 100%; }
:where(socle-date-field) .socle-date-parts { display: flex; gap: ${t('space-3')}; }
:where(socle-date-field) .socle-date-parts label { display: block; font-weight: normal; }
:where(socle-date-field) .socle-date-parts input { width: 4.5rem; }
:where(socle-date-field) .socle-date-parts .socle-year input { width: 6.5rem; }
${F} .socle-count { margin-block-start: ${t('space-1')}; color: ${t('color-text-muted')}; font-size: ${t('font-size-small')}; }
${F} .socle-count.over { color: ${t('color-error')}; font-weight: ${t('font-weight-bold')}; }
${F} .socle-suggestion button { margin-block-start: ${t('space-2')}; padding: ${t('space-1')} ${t('space-2')}; min-height: 1.5rem; font: inherit; color: ${t('color-primary')}; background: none; border: 0; text-decoration: underline; cursor: pointer; }
:where(socle-checkbox):has(> input[type="checkbox"]) { display: grid; grid-template-columns: auto 1fr; column-gap: ${t('space-2')}; align-items: start; }
:where(socle-checkbox) > .socle-error { grid-column: 1 / -1; }
:where(socle-checkbox) > .socle-hint { grid-column: 2; margin: 0; }
:where(socle-checkbox) > label { min-height: 1.5rem; margin: 0; padding-block-start: 0.0625rem; font-weight: normal; cursor: pointer; }
:where(socle-fieldset) > .socle-hint { margin-block: 0 ${t('space-3')}; color: ${t('color-text-muted')}; font-size: ${t('font-size-small')}; }
:where(socle-commune-field, socle-country-field, socle-address-field, socle-company-field) { position: relative; }
${F} [role="listbox"] { position: absolute; z-index: 10; inset-inline: 0; margin: 0; padding: 0; list-style: none; max-height: 20rem; overflow-y: auto; background: ${t('color-background')}; border: 1px solid ${t('color-border')}; border-top: none; box-shadow: 0 4px 8px rgb(0 0 0 / 0.15); }
${F} [role="option"] { padding: 0.5rem 0.75rem; min-height: 2.75rem; box-sizing: border-box; cursor: pointer; border-bottom: 1px solid ${t('color-background-alt')}; }
${F} [role="option"][aria-selected="true"] { background: ${t('color-primary')}; color: ${t('color-on-primary')}; outline: 2px solid transparent; }
${F} .socle-description { display: block; font-size: 0.875em; }
${F} [role="option"]:not([aria-selected="true"]) .socle-description { color: ${t('color-text-muted')}; }
${F} .socle-empty { padding: 0.5rem 0.75rem; color: ${t('color-text-muted')}; }
:where(socle-form, socle-step, socle-repeat, socle-fieldset) { display: block; }
:where(socle-step) > :is(h2, h3) { margin-block: 0 ${t('space-4')}; }
:where(socle-step) .socle-step-indicator { display: block; font-size: ${t('font-size-base')}; font-weight: normal; color: ${t('color-text-muted')}; }
:where(socle-step) > :is(h2, h3):focus { outline: none; }
:where(socle-fieldset) > [slot="legend"] { margin: 0; font-size: ${t('font-size-legend')}; }
:where(socle-fieldset:not(:defined)) > [slot="legend"] { margin-block-end: ${t('space-3')}; }
:where(.socle-button) { min-height: 2.75rem; margin-block-start: ${t('space-6')}; padding: ${t('space-2')} ${t('space-4')}; font: inherit; font-weight: ${t('font-weight-bold')}; color: ${t('color-on-primary')}; background: ${t('color-primary')}; border: ${t('border-width')} solid ${t('color-primary')}; border-radius: ${t('radius')}; cursor: pointer; }
:where(.socle-button):focus-visible { outline: ${t('focus-ring-width')} solid ${t('color-focus')}; outline-offset: ${t('focus-ring-offset')}; }
.socle-visually-hidden { position: absolute !important; width: 1px !important; height: 1px !important; padding: 0 !important; margin: -1px !important; overflow: hidden !important; clip-path: inset(50%) !important; white-space: nowrap !important; border: 0 !important; }
@media (forced-colors: active) { ${F} [role="option"][aria-selected="true"] { outline: 2px solid Highlight; outline-offset: -2px; forced-color-adjust: none; background: Highlight; color: HighlightText; } ${F} ${BOX}:focus { outline-color: Highlight; } ${F}:state(html-first):state(user-invalid) { border-inline-start-color: CanvasText; } }
`;

let sheet: CSSStyleSheet | undefined;
const styled = new WeakSet<Document | ShadowRoot>();

/** Adopts the HTML-first styles into the document (or shadow root) `node` lives in, once. */
export function adoptHtmlFirstStyles(node: Node): void {
  const root = node.getRootNode();
  if (!(root instanceof Document || root instanceof ShadowRoot) || styled.has(root)) return;
  styled.add(root);
  sheet ??= new CSSStyleSheet();
  if (sheet.cssRules.length === 0) sheet.replaceSync(htmlFirstCss);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/**
 * The text of a label or legend as a person hears it: hidden parts (a visual required mark in
 * `aria-hidden`, a visually-hidden prefix) are left out.
 */
export function spokenText(element: Element | null | undefined): string {
  if (!element) return '';
  let text = '';
  for (const node of element.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent ?? '';
    else if (node instanceof Element && node.getAttribute('aria-hidden') !== 'true' && !node.classList.contains('socle-visually-hidden') && !node.classList.contains('socle-hint')) {
      text += spokenText(node);
    }
  }
  return text.replace(/\s+/g, ' ').trim();
}

let lastId = 0;

/** The element's id, given one if it has none (for `for` and `aria-describedby`). */
export function ensureId(element: Element, prefix = 'socle'): string {
  if (!element.id) element.id = `${prefix}-${++lastId}`;
  return element.id;
}

/** Fills an HTML-first error element: a visually-hidden prefix (« Erreur : ») then the message, as text only. */
export function writeError(element: HTMLElement, prefix: string, message: string): void {
  if (element.dataset.message === message && (message !== '' || element.childNodes.length === 0)) return;
  element.dataset.message = message;
  if (!message) {
    element.replaceChildren();
    return;
  }
  const hidden = document.createElement('span');
  hidden.className = 'socle-visually-hidden';
  hidden.textContent = `${prefix} `;
  element.replaceChildren(hidden, message);
}
