/** Styles of the look-up fields that call a service: the notice about the service, the mode switches. */
import { css } from 'lit';
import { focusRing, secondaryButton, token } from '@socle/core';

export const lookupStyles = css`
  .switches {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
    margin-top: ${token('space-3')};
  }
  .switches button {
    ${secondaryButton}
  }
  .switches button:focus-visible {
    ${focusRing}
  }
  .switches button:disabled {
    cursor: not-allowed;
    color: ${token('color-disabled-text')};
    border-color: ${token('color-disabled-text')};
  }
  .notice {
    margin-top: ${token('space-2')};
    padding: ${token('space-2')};
    border-inline-start: 4px solid ${token('color-primary')};
    background: ${token('color-background-alt')};
  }
  .notice:empty {
    display: none;
  }
`;
