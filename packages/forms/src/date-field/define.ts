/** Registers `<socle-date-field>`. */
import { SocleDateField } from './date-field.js';

export { SocleDateField };

if (!customElements.get('socle-date-field')) customElements.define('socle-date-field', SocleDateField);

declare global {
  interface HTMLElementTagNameMap {
    'socle-date-field': SocleDateField;
  }
}
