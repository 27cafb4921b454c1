/** Registers `<socle-postal-code-field>`. */
import { SoclePostalCodeField } from '../identifier-fields/fields.js';

export { SoclePostalCodeField };

if (!customElements.get('socle-postal-code-field')) customElements.define('socle-postal-code-field', SoclePostalCodeField);

declare global {
  interface HTMLElementTagNameMap {
    'socle-postal-code-field': SoclePostalCodeField;
  }
}
