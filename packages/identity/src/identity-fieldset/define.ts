/** Registers `<socle-identity-fieldset>` and the kit's fields it is made of. */
import '@socle/forms/text-field';
import '@socle/forms/radio-group';
import '@socle/forms/date-field';
import '@socle/referentiels/commune-field';
import '@socle/referentiels/country-field';
import { SocleIdentityFieldset } from './identity-fieldset.js';

export { SocleIdentityFieldset };

if (!customElements.get('socle-identity-fieldset')) customElements.define('socle-identity-fieldset', SocleIdentityFieldset);

declare global {
  interface HTMLElementTagNameMap {
    'socle-identity-fieldset': SocleIdentityFieldset;
  }
}
