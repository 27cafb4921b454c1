/** Registers `<socle-fieldset>`. */
import { SocleFieldset } from './fieldset.js';

export { SocleFieldset };

if (!customElements.get('socle-fieldset')) customElements.define('socle-fieldset', SocleFieldset);

declare global {
  interface HTMLElementTagNameMap {
    'socle-fieldset': SocleFieldset;
  }
}
