/** Styles shared by every component: box model, fonts, the focus ring and visually-hidden text. */
import { css } from 'lit';
import { token } from './tokens.js';

export const baseStyles = css`
  :host {
    box-sizing: border-box;
    font-family: ${token('font-family')};
    font-size: ${token('font-size-base')};
    line-height: ${token('line-height')};
    color: ${token('color-text')};
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
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
