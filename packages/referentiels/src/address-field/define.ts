/** Registers `<socle-address-field>`, with the commune and country fields its manual and abroad parts use. */
import '../commune-field/define.js';
import '../country-field/define.js';
import { SocleAddressField } from './address-field.js';

export { SocleAddressField };

if (!customElements.get('socle-address-field')) customElements.define('socle-address-field', SocleAddressField);

declare global {
  interface HTMLElementTagNameMap {
    'socle-address-field': SocleAddressField;
  }
}
