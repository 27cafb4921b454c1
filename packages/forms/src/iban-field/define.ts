/** Registers `<socle-iban-field>`. */
import { SocleIbanField } from '../identifier-fields/fields.js';

export { SocleIbanField };

if (!customElements.get('socle-iban-field')) customElements.define('socle-iban-field', SocleIbanField);

declare global {
  interface HTMLElementTagNameMap {
    'socle-iban-field': SocleIbanField;
  }
}
