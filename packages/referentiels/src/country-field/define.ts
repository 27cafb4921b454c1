/** Registers `<socle-country-field>`. */
import { SocleCountryField } from './country-field.js';

export { SocleCountryField };

if (!customElements.get('socle-country-field')) customElements.define('socle-country-field', SocleCountryField);

declare global {
  interface HTMLElementTagNameMap {
    'socle-country-field': SocleCountryField;
  }
}
