/**
 * The look of HTML-first markup (see `html-first.ts`), with the same tokens as the shadow-DOM controls:
 * loaded on first use, and shipped as `socle.css`. Every rule is in the `socle` cascade layer, so any rule of
 * the authority's own (unlayered) wins, whatever its specificity and in whatever order the sheets come. Each
 * selector ends with a tag or a class, never with `:is()`/`:where()`: the browser then tries a rule only on
 * the elements it can match, not on every element of the page. The token defaults are declared once, on the
 * root, where an authority's own values override them.
 */
import { defaultTokens, type TokenName } from './tokens.js';
import { remText } from './units.js';

/** Every Socle tag that accepts HTML-first markup. */
export const HTML_FIRST_TAGS = [
  'socle-text-field', 'socle-email-field', 'socle-phone-field', 'socle-siret-field', 'socle-nir-field',
  'socle-iban-field', 'socle-postal-code-field', 'socle-textarea', 'socle-select', 'socle-checkbox',
  'socle-radio-group', 'socle-checkbox-group', 'socle-date-field', 'socle-commune-field', 'socle-country-field',
  'socle-departement-select', 'socle-region-select', 'socle-address-field', 'socle-company-field',
] as const;

const t = (name: TokenName): string => `var(--socle-${name})`;
const r = remText;
/** Inside any HTML-first control: `in('label')` → `:is(socle-text-field, …) label`. */
const F = `:is(${HTML_FIRST_TAGS.join(', ')})`;
const inF = (...selectors: string[]): string => selectors.map((selector) => `${F} ${selector}`).join(', ');
/** The boxed controls (not checkboxes nor radios), each selector ending with its tag. */
const box = (suffix = ''): string =>
  inF(`input:not([type="checkbox"], [type="radio"])${suffix}`, `select${suffix}`, `textarea${suffix}`);
const tick = (suffix = ''): string => inF(`input[type="checkbox"]${suffix}`, `input[type="radio"]${suffix}`);
const GROUP = ':is(socle-radio-group, socle-checkbox-group)[layout="inline"]';
const LOOKUP = 'socle-commune-field, socle-country-field, socle-address-field, socle-company-field';

const defaults = (Object.keys(defaultTokens) as TokenName[]).map((name) => `--socle-${name}: ${defaultTokens[name]};`).join(' ');

export const htmlFirstCss = `@layer socle {
:root, :host { ${defaults} }
${HTML_FIRST_TAGS.join(', ')} { display: block; margin-block-end: ${t('space-6')}; font-family: ${t('font-family')}; font-size: ${t('font-size-base')}; line-height: ${t('line-height')}; color: ${t('color-text')}; }
${F} > label, ${F} > fieldset > legend, ${inF('.socle-label')} { display: block; min-height: ${r(1.5)}; margin-block-end: ${t('space-1')}; font-size: ${t('font-size-label')}; font-weight: ${t('font-weight-bold')}; }
${inF('.socle-required')} { color: ${t('color-error')}; }
${inF('fieldset')} { margin: 0; padding: 0; border: 0; min-width: 0; }
${inF('legend')} { padding: 0; }
${inF('.socle-hint')} { margin-block: 0 ${t('space-2')}; color: ${t('color-text-muted')}; font-size: ${t('font-size-small')}; }
${inF('.socle-error')} { margin-block: 0; color: ${t('color-error')}; font-weight: ${t('font-weight-bold')}; }
${inF('.socle-error:not(:empty)')} { margin-block-end: ${t('space-2')}; }
${F}:state(html-first):state(user-invalid), ${F}.socle-field-error { border-inline-start: 4px solid ${t('color-error')}; padding-inline-start: ${t('space-3')}; }
${box()} { box-sizing: border-box; display: block; width: 100%; min-height: ${t('control-height')}; margin: 0; padding: ${t('space-2')} ${t('space-3')}; font: inherit; font-size: max(16px, ${t('font-size-base')}); color: ${t('color-text')}; background: ${t('color-background')}; border: ${t('border-width')} solid ${t('color-border')}; border-radius: ${t('radius')}; }
${inF('input[size]')} { width: auto; max-width: 100%; }
${box(':focus')}, ${tick(':focus-visible')} { outline: ${t('focus-ring-width')} solid ${t('color-focus')}; outline-offset: ${t('focus-ring-offset')}; }
${box('[aria-invalid="true"]')} { border-color: ${t('color-error')}; box-shadow: inset 0 0 0 1px ${t('color-error')}; }
${box(':disabled')} { color: ${t('color-disabled-text')}; background: ${t('color-disabled-background')}; cursor: not-allowed; }
${inF('.socle-option')} { display: grid; grid-template-columns: auto 1fr; column-gap: ${t('space-2')}; align-items: start; margin-block-end: ${t('space-2')}; }
${inF('.socle-option > .socle-hint')} { grid-column: 2; margin: 0; }
${tick()} { width: ${r(1.5)}; height: ${r(1.5)}; margin: 0; accent-color: ${t('color-primary')}; cursor: pointer; }
${inF('.socle-option > label')} { min-height: ${r(1.5)}; padding-block-start: ${r(0.0625)}; cursor: pointer; }
${GROUP} fieldset { display: flex; flex-wrap: wrap; column-gap: ${t('space-6')}; }
${GROUP} legend, ${GROUP} .socle-hint:not(.socle-option > *), ${GROUP} .socle-error { flex-basis: 100%; }
socle-date-field .socle-date-parts { display: flex; gap: ${t('space-3')}; }
socle-date-field .socle-date-parts label { display: block; font-weight: normal; }
socle-date-field .socle-date-parts input { width: ${r(4.5)}; }
socle-date-field .socle-date-parts .socle-year input { width: ${r(6.5)}; }
${inF('.socle-count')} { margin-block-start: ${t('space-1')}; color: ${t('color-text-muted')}; font-size: ${t('font-size-small')}; }
${inF('.socle-count.over')} { color: ${t('color-error')}; font-weight: ${t('font-weight-bold')}; }
${inF('.socle-suggestion button')} { margin-block-start: ${t('space-2')}; padding: ${t('space-1')} ${t('space-2')}; min-height: ${r(1.5)}; font: inherit; color: ${t('color-primary')}; background: none; border: 0; text-decoration: underline; cursor: pointer; }
socle-checkbox:has(> input[type="checkbox"]) { display: grid; grid-template-columns: auto 1fr; column-gap: ${t('space-2')}; align-items: start; }
socle-checkbox > .socle-error { grid-column: 1 / -1; }
socle-checkbox > .socle-hint { grid-column: 2; margin: 0; }
socle-checkbox > label { min-height: ${r(1.5)}; margin: 0; padding-block-start: ${r(0.0625)}; font-weight: normal; cursor: pointer; }
socle-fieldset > .socle-hint { margin-block: 0 ${t('space-3')}; color: ${t('color-text-muted')}; font-size: ${t('font-size-small')}; }
${LOOKUP} { position: relative; }
${inF('[role="listbox"]')} { position: absolute; z-index: 10; inset-inline: 0; margin: 0; padding: 0; list-style: none; max-height: ${r(20)}; overflow-y: auto; background: ${t('color-background')}; border: 1px solid ${t('color-border')}; border-top: none; box-shadow: 0 4px 8px rgb(0 0 0 / 0.15); }
${inF('[role="option"]')} { padding: ${r(0.5)} ${r(0.75)}; min-height: ${r(2.75)}; box-sizing: border-box; cursor: pointer; border-bottom: 1px solid ${t('color-background-alt')}; }
${inF('[role="option"][aria-selected="true"]')} { background: ${t('color-primary')}; color: ${t('color-on-primary')}; outline: 2px solid transparent; }
${inF('.socle-description')} { display: block; font-size: 0.875em; }
${inF('[role="option"]:not([aria-selected="true"]) .socle-description')} { color: ${t('color-text-muted')}; }
${inF('.socle-empty')} { padding: ${r(0.5)} ${r(0.75)}; color: ${t('color-text-muted')}; }
socle-commune-field .socle-postcode { margin-block-start: ${t('space-3')}; }
socle-commune-field .socle-postcode select { max-width: ${r(12)}; }
socle-form, socle-step, socle-repeat, socle-fieldset { display: block; }
socle-step > h2, socle-step > h3 { margin-block: 0 ${t('space-4')}; }
socle-step .socle-step-indicator { display: block; font-size: ${t('font-size-base')}; font-weight: normal; color: ${t('color-text-muted')}; }
socle-step > h2:focus, socle-step > h3:focus { outline: none; }
socle-fieldset > [slot="legend"] { margin: 0; font-size: ${t('font-size-legend')}; }
socle-fieldset:not(:defined) > [slot="legend"] { margin-block-end: ${t('space-3')}; }
.socle-button { min-height: ${r(2.75)}; margin-block-start: ${t('space-6')}; padding: ${t('space-2')} ${t('space-4')}; font: inherit; font-weight: ${t('font-weight-bold')}; color: ${t('color-on-primary')}; background: ${t('color-primary')}; border: ${t('border-width')} solid ${t('color-primary')}; border-radius: ${t('radius')}; cursor: pointer; }
.socle-button:focus-visible { outline: ${t('focus-ring-width')} solid ${t('color-focus')}; outline-offset: ${t('focus-ring-offset')}; }
.socle-visually-hidden { position: absolute !important; width: 1px !important; height: 1px !important; padding: 0 !important; margin: -1px !important; overflow: hidden !important; clip-path: inset(50%) !important; white-space: nowrap !important; border: 0 !important; }
@media (forced-colors: active) { ${inF('[role="option"][aria-selected="true"]')} { outline: 2px solid Highlight; outline-offset: -2px; forced-color-adjust: none; background: Highlight; color: HighlightText; } ${box(':focus')} { outline-color: Highlight; } ${F}:state(html-first):state(user-invalid) { border-inline-start-color: CanvasText; } }
}
`;
