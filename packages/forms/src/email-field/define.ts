/** Registers `<socle-email-field>`. */
import { SocleEmailField } from '../identifier-fields/fields.js';

export { SocleEmailField };

if (!customElements.get('socle-email-field')) customElements.define('socle-email-field', SocleEmailField);

declare global {
  interface HTMLElementTagNameMap {
    'socle-email-field': SocleEmailField;
  }
}
