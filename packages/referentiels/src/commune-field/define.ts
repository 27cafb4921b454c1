/** Registers `<socle-commune-field>`. */
import { SocleCommuneField } from './commune-field.js';

export { SocleCommuneField };

if (!customElements.get('socle-commune-field')) customElements.define('socle-commune-field', SocleCommuneField);

declare global {
  interface HTMLElementTagNameMap {
    'socle-commune-field': SocleCommuneField;
  }
}
