/** Styles of the native checkboxes and radio buttons with their labels: 24 px targets, tokens, tiles. */
import { css } from 'lit';
import { focusRing, token, rem } from '@socle/core';

export const choiceStyles = css`
  .option {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: ${token('space-2')};
    align-items: start;
    margin-block-end: ${token('space-2')};
  }
  .box {
    width: ${rem(1.5)};
    height: ${rem(1.5)};
    margin: 0;
    accent-color: ${token('color-primary')};
    cursor: pointer;
  }
  .box:focus-visible {
    ${focusRing}
  }
  .option-label {
    min-height: ${rem(1.5)};
    cursor: pointer;
    padding-block-start: ${rem(0.0625)};
  }
  .option-hint {
    grid-column: 2;
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-small')};
  }
  .box:disabled,
  .box:disabled + .option-label {
    cursor: not-allowed;
    color: ${token('color-disabled-text')};
  }
  :host([layout='tiles']) .options {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(${rem(12)}, 1fr));
    gap: ${token('space-3')};
  }
  :host([layout='tiles']) .option {
    margin: 0;
    padding: ${token('space-3')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius')};
  }
  :host([layout='tiles']) .option:has(.box:checked) {
    border-color: ${token('color-primary')};
    box-shadow: inset 0 0 0 1px ${token('color-primary')};
  }
  :host([layout='inline']) .options {
    display: flex;
    flex-wrap: wrap;
    column-gap: ${token('space-6')};
  }
  @media (forced-colors: active) {
    .box:focus-visible {
      outline-color: Highlight;
    }
  }
`;
