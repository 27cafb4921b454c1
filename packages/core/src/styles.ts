/**
 * Styles shared by every component: box model, fonts, the focus ring and visually-hidden text.
 * Comments stay out of the CSS texts, which ship as they are written.
 */
import { css } from 'lit';
import { token } from './tokens.js';
import { rem } from './units.js';

/**
 * `box-sizing` is set only on the boxes that have padding and borders: a universal rule (with ::before and
 * ::after) would make the browser style pseudo-elements of every node of every field, a cost paid a thousand
 * times per long form.
 */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
    font-family: ${token('font-family')};
    font-size: ${token('font-size-base')};
    line-height: ${token('line-height')};
    color: ${token('color-text')};
    font-style: normal;
    font-weight: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
  }
  :host([hidden]) {
    display: none !important;
  }
  input,
  select,
  textarea,
  button,
  fieldset,
  .field {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;

/**
 * The focus ring is an outline, never a box-shadow alone: forced-colours modes (Windows high contrast)
 * remove box-shadows but keep outlines.
 */
export const focusRing = css`
  outline: ${token('focus-ring-width')} solid ${token('color-focus')};
  outline-offset: ${token('focus-ring-offset')};
`;

/**
 * The parts every field shares: label, required mark, hint, error, and the error bar of an invalid field.
 * Groups (radios, checkboxes, a date's parts) are fieldsets with a legend, without the browser's frame.
 */
export const fieldStyles = css`
  :host {
    display: block;
    margin-block-end: ${token('space-6')};
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
  }
  .label {
    display: block;
    min-height: ${rem(1.5)};
    font-size: ${token('font-size-label')};
    font-weight: ${token('font-weight-bold')};
    margin-block-end: ${token('space-1')};
  }
  .required-mark {
    color: ${token('color-error')};
  }
  .hint {
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-small')};
    margin-block-end: ${token('space-2')};
  }
  .error {
    color: ${token('color-error')};
    font-weight: ${token('font-weight-bold')};
  }
  .error:not(:empty) {
    margin-block-end: ${token('space-2')};
  }
  :host(:state(user-invalid)) .field {
    border-inline-start: 4px solid ${token('color-error')};
    padding-inline-start: ${token('space-3')};
  }
  @media (forced-colors: active) {
    :host(:state(user-invalid)) .field {
      border-inline-start-color: CanvasText;
    }
  }
`;

/**
 * A native box control (`<input>`, `<textarea>`, `<select>`) in the Socle look. Its text is 16px at least:
 * smaller text makes phones zoom in on focus.
 */
export const controlStyles = css`
  .control {
    display: block;
    width: 100%;
    min-height: ${token('control-height')};
    margin: 0;
    padding: ${token('space-2')} ${token('space-3')};
    font: inherit;
    font-size: max(16px, ${token('font-size-base')});
    color: ${token('color-text')};
    background: ${token('color-background')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius')};
  }
  .control:focus {
    ${focusRing}
  }
  /* A short answer (size, in characters): the input's own width, never wider than the page. */
  input.control[size] {
    width: auto;
    max-width: 100%;
  }
  :host(:state(user-invalid)) .control {
    border-color: ${token('color-error')};
    box-shadow: inset 0 0 0 1px ${token('color-error')};
  }
  .control:disabled {
    color: ${token('color-disabled-text')};
    background: ${token('color-disabled-background')};
    cursor: not-allowed;
  }
  .control:read-only:not(:disabled, select) {
    background: ${token('color-background-alt')};
  }
  @media (forced-colors: active) {
    .control:focus {
      outline-color: Highlight;
    }
  }
`;

/** A secondary action button in the Socle look (add a group, navigate between steps, choose files…). */
export const secondaryButton = css`
  min-height: ${rem(2.75)};
  padding: ${token('space-2')} ${token('space-4')};
  font: inherit;
  font-weight: ${token('font-weight-bold')};
  color: ${token('color-primary')};
  background: ${token('color-background')};
  border: ${token('border-width')} solid ${token('color-primary')};
  border-radius: ${token('radius')};
  cursor: pointer;
`;

/** An information notice ruled in the primary colour: a restored draft, where an identity comes from. */
export const noticeStyles = css`
  .notice {
    margin-block-end: ${token('space-6')};
    padding: ${token('space-3')} ${token('space-4')};
    border-inline-start: 4px solid ${token('color-primary')};
    background: ${token('color-background-alt')};
  }
  .notice p {
    margin: 0;
  }
`;
