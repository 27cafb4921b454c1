/** Registers `<socle-address-field>`. */
import { SocleAddressField } from './address-field.js';

export { SocleAddressField };

if (!customElements.get('socle-address-field')) customElements.define('socle-address-field', SocleAddressField);

declare global {
  interface HTMLElementTagNameMap {
    'socle-address-field': SocleAddressField;
  }
}
