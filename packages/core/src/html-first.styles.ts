/**
 * The look of HTML-first markup (see `html-first.ts`), with the same tokens as the shadow-DOM controls:
 * loaded on first use, and shipped as `socle.css`. Every selector is wrapped in `:where()`: zero specificity,
 * so any rule of the authority's own wins, in whatever order the sheets come. The token defaults are
 * declared once, on the root, where an authority's own values override them.
 */
import { defaultTokens, type TokenName } from './tokens.js';

/** Every Socle tag that accepts HTML-first markup. */
export const HTML_FIRST_TAGS = [
  'socle-text-field', 'socle-email-field', 'socle-phone-field', 'socle-siret-field', 'socle-nir-field',
  'socle-iban-field', 'socle-postal-code-field', 'socle-textarea', 'socle-select', 'socle-checkbox',
  'socle-radio-group', 'socle-checkbox-group', 'socle-date-field', 'socle-commune-field', 'socle-country-field',
  'socle-departement-select', 'socle-region-select', 'socle-address-field', 'socle-company-field',
] as const;

const t = (name: TokenName): string => `var(--socle-${name})`;
const F = `:where(${HTML_FIRST_TAGS.join(', ')})`;
const BOX = ':is(input:not([type="checkbox"], [type="radio"]), select, textarea)';

const defaults = (Object.keys(defaultTokens) as TokenName[]).map((name) => `--socle-${name}: ${defaultTokens[name]};`).join(' ');

export const htmlFirstCss = `
:where(:root, :host) { ${defaults} }
:where(${F}) { display: block; margin-block-end: ${t('space-6')}; font-family: ${t('font-family')}; font-size: ${t('font-size-base')}; line-height: ${t('line-height')}; color: ${t('color-text')}; }
:where(${F} > label, ${F} > fieldset > legend, ${F} .socle-label) { display: block; min-height: 1.5rem; margin-block-end: ${t('space-1')}; font-size: ${t('font-size-label')}; font-weight: ${t('font-weight-bold')}; }
:where(${F} .socle-required) { color: ${t('color-error')}; }
:where(${F} fieldset) { margin: 0; padding: 0; border: 0; min-width: 0; }
:where(${F} legend) { padding: 0; }
:where(${F} .socle-hint) { margin-block: 0 ${t('space-2')}; color: ${t('color-text-muted')}; font-size: ${t('font-size-small')}; }
:where(${F} .socle-error) { margin-block: 0; color: ${t('color-error')}; font-weight: ${t('font-weight-bold')}; }
:where(${F} .socle-error:not(:empty)) { margin-block-end: ${t('space-2')}; }
:where(${F}:where(:state(html-first):state(user-invalid), .socle-field-error)) { border-inline-start: 4px solid ${t('color-error')}; padding-inline-start: ${t('space-3')}; }
:where(${F} ${BOX}) { box-sizing: border-box; display: block; width: 100%; min-height: ${t('control-height')}; margin: 0; padding: ${t('space-2')} ${t('space-3')}; font: inherit; font-size: max(1rem, ${t('font-size-base')}); color: ${t('color-text')}; background: ${t('color-background')}; border: ${t('border-width')} solid ${t('color-border')}; border-radius: ${t('radius')}; }
:where(${F} ${BOX}:focus, ${F} :is([type="checkbox"], [type="radio"]):focus-visible) { outline: ${t('focus-ring-width')} solid ${t('color-focus')}; outline-offset: ${t('focus-ring-offset')}; }
:where(${F} ${BOX}[aria-invalid="true"]) { border-color: ${t('color-error')}; box-shadow: inset 0 0 0 1px ${t('color-error')}; }
:where(${F} ${BOX}:disabled) { color: ${t('color-disabled-text')}; background: ${t('color-disabled-background')}; cursor: not-allowed; }
:where(${F} .socle-option) { display: grid; grid-template-columns: auto 1fr; column-gap: ${t('space-2')}; align-items: start; margin-block-end: ${t('space-2')}; }
:where(${F} .socle-option > .socle-hint) { grid-column: 2; margin: 0; }
:where(${F} :is([type="checkbox"], [type="radio"])) { width: 1.5rem; height: 1.5rem; margin: 0; accent-color: ${t('color-primary')}; cursor: pointer; }
:where(${F} .socle-option > label) { min-height: 1.5rem; padding-block-start: 0.0625rem; cursor: pointer; }
:where(:where(socle-radio-group, socle-checkbox-group)[layout="inline"] fieldset) { display: flex; flex-wrap: wrap; column-gap: ${t('space-6')}; }
:where(:where(socle-radio-group, socle-checkbox-group)[layout="inline"] :is(legend, .socle-hint:not(.socle-option > *), .socle-error)) { flex-basis: 100%; }
:where(:where(socle-date-field) .socle-date-parts) { display: flex; gap: ${t('space-3')}; }
:where(:where(socle-date-field) .socle-date-parts label) { display: block; font-weight: normal; }
:where(:where(socle-date-field) .socle-date-parts input) { width: 4.5rem; }
:where(:where(socle-date-field) .socle-date-parts .socle-year input) { width: 6.5rem; }
:where(${F} .socle-count) { margin-block-start: ${t('space-1')}; color: ${t('color-text-muted')}; font-size: ${t('font-size-small')}; }
:where(${F} .socle-count.over) { color: ${t('color-error')}; font-weight: ${t('font-weight-bold')}; }
:where(${F} .socle-suggestion button) { margin-block-start: ${t('space-2')}; padding: ${t('space-1')} ${t('space-2')}; min-height: 1.5rem; font: inherit; color: ${t('color-primary')}; background: none; border: 0; text-decoration: underline; cursor: pointer; }
:where(:where(socle-checkbox):has(> input[type="checkbox"])) { display: grid; grid-template-columns: auto 1fr; column-gap: ${t('space-2')}; align-items: start; }
:where(:where(socle-checkbox) > .socle-error) { grid-column: 1 / -1; }
:where(:where(socle-checkbox) > .socle-hint) { grid-column: 2; margin: 0; }
:where(:where(socle-checkbox) > label) { min-height: 1.5rem; margin: 0; padding-block-start: 0.0625rem; font-weight: normal; cursor: pointer; }
:where(:where(socle-fieldset) > .socle-hint) { margin-block: 0 ${t('space-3')}; color: ${t('color-text-muted')}; font-size: ${t('font-size-small')}; }
:where(:where(socle-commune-field, socle-country-field, socle-address-field, socle-company-field)) { position: relative; }
:where(${F} [role="listbox"]) { position: absolute; z-index: 10; inset-inline: 0; margin: 0; padding: 0; list-style: none; max-height: 20rem; overflow-y: auto; background: ${t('color-background')}; border: 1px solid ${t('color-border')}; border-top: none; box-shadow: 0 4px 8px rgb(0 0 0 / 0.15); }
:where(${F} [role="option"]) { padding: 0.5rem 0.75rem; min-height: 2.75rem; box-sizing: border-box; cursor: pointer; border-bottom: 1px solid ${t('color-background-alt')}; }
:where(${F} [role="option"][aria-selected="true"]) { background: ${t('color-primary')}; color: ${t('color-on-primary')}; outline: 2px solid transparent; }
:where(${F} .socle-description) { display: block; font-size: 0.875em; }
:where(${F} [role="option"]:not([aria-selected="true"]) .socle-description) { color: ${t('color-text-muted')}; }
:where(${F} .socle-empty) { padding: 0.5rem 0.75rem; color: ${t('color-text-muted')}; }
:where(:where(socle-form, socle-step, socle-repeat, socle-fieldset)) { display: block; }
:where(:where(socle-step) > :is(h2, h3)) { margin-block: 0 ${t('space-4')}; }
:where(:where(socle-step) .socle-step-indicator) { display: block; font-size: ${t('font-size-base')}; font-weight: normal; color: ${t('color-text-muted')}; }
:where(:where(socle-step) > :is(h2, h3):focus) { outline: none; }
:where(:where(socle-fieldset) > [slot="legend"]) { margin: 0; font-size: ${t('font-size-legend')}; }
:where(:where(socle-fieldset:not(:defined)) > [slot="legend"]) { margin-block-end: ${t('space-3')}; }
:where(:where(.socle-button)) { min-height: 2.75rem; margin-block-start: ${t('space-6')}; padding: ${t('space-2')} ${t('space-4')}; font: inherit; font-weight: ${t('font-weight-bold')}; color: ${t('color-on-primary')}; background: ${t('color-primary')}; border: ${t('border-width')} solid ${t('color-primary')}; border-radius: ${t('radius')}; cursor: pointer; }
:where(:where(.socle-button):focus-visible) { outline: ${t('focus-ring-width')} solid ${t('color-focus')}; outline-offset: ${t('focus-ring-offset')}; }
:where(.socle-visually-hidden) { position: absolute !important; width: 1px !important; height: 1px !important; padding: 0 !important; margin: -1px !important; overflow: hidden !important; clip-path: inset(50%) !important; white-space: nowrap !important; border: 0 !important; }
@media (forced-colors: active) { :where(${F} [role="option"][aria-selected="true"]) { outline: 2px solid Highlight; outline-offset: -2px; forced-color-adjust: none; background: Highlight; color: HighlightText; } :where(${F} ${BOX}:focus) { outline-color: Highlight; } :where(${F}:state(html-first):state(user-invalid)) { border-inline-start-color: CanvasText; } }
`;
