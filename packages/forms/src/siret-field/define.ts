/** Registers `<socle-siret-field>`. */
import { SocleSiretField } from '../identifier-fields/fields.js';

export { SocleSiretField };

if (!customElements.get('socle-siret-field')) customElements.define('socle-siret-field', SocleSiretField);

declare global {
  interface HTMLElementTagNameMap {
    'socle-siret-field': SocleSiretField;
  }
}
