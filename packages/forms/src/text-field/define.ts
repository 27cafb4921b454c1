/** Registers `<socle-text-field>`. Importing this file is the only side effect of the text field. */
import { SocleTextField } from './text-field.js';

export { SocleTextField };

// Guarded so a page that loads Socle twice (script tag and npm build) keeps working instead of throwing.
if (!customElements.get('socle-text-field')) customElements.define('socle-text-field', SocleTextField);

declare global {
  interface HTMLElementTagNameMap {
    'socle-text-field': SocleTextField;
  }
}
