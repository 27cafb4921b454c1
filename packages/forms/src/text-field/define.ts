/** Registers `<socle-text-field>`. Importing this file is the only side effect of the text field. */
import { defineElement } from '@socle/core';
import { SocleTextField } from './text-field.js';

export { SocleTextField };
defineElement('socle-text-field', SocleTextField);

declare global {
  interface HTMLElementTagNameMap {
    'socle-text-field': SocleTextField;
  }
}
