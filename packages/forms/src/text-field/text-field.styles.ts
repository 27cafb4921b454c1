import { css } from 'lit';
import { focusRing, token } from '@socle/core';

export const textFieldStyles = css`
  :host {
    display: block;
    margin-block-end: ${token('space-6')};
  }
  .label {
    display: block;
    min-height: 1.5rem;
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
  .input {
    display: block;
    width: 100%;
    min-height: ${token('control-height')};
    margin: 0;
    padding: ${token('space-2')} ${token('space-3')};
    font: inherit;
    /* 16px at least: smaller text makes phones zoom in on focus. */
    font-size: max(1rem, ${token('font-size-base')});
    color: ${token('color-text')};
    background: ${token('color-background')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius')};
  }
  .input:focus {
    ${focusRing}
  }
  :host(:state(user-invalid)) .field {
    border-inline-start: 4px solid ${token('color-error')};
    padding-inline-start: ${token('space-3')};
  }
  :host(:state(user-invalid)) .input {
    border-color: ${token('color-error')};
    box-shadow: inset 0 0 0 1px ${token('color-error')};
  }
  .input:disabled {
    color: ${token('color-disabled-text')};
    background: ${token('color-disabled-background')};
    cursor: not-allowed;
  }
  .input:read-only:not(:disabled) {
    background: ${token('color-background-alt')};
  }
  @media (forced-colors: active) {
    .input:focus {
      outline-color: Highlight;
    }
    :host(:state(user-invalid)) .field {
      border-inline-start-color: CanvasText;
    }
  }
`;
