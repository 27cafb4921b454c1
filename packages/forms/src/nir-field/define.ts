/** Registers `<socle-nir-field>`. */
import { SocleNirField } from '../identifier-fields/fields.js';

export { SocleNirField };

if (!customElements.get('socle-nir-field')) customElements.define('socle-nir-field', SocleNirField);

declare global {
  interface HTMLElementTagNameMap {
    'socle-nir-field': SocleNirField;
  }
}
