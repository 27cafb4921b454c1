/** Registers `<socle-phone-field>`. */
import { SoclePhoneField } from '../identifier-fields/fields.js';

export { SoclePhoneField };

if (!customElements.get('socle-phone-field')) customElements.define('socle-phone-field', SoclePhoneField);

declare global {
  interface HTMLElementTagNameMap {
    'socle-phone-field': SoclePhoneField;
  }
}
