/** Registers `<socle-select>`. */
import { SocleSelect } from './select.js';

export { SocleSelect };

if (!customElements.get('socle-select')) customElements.define('socle-select', SocleSelect);

declare global {
  interface HTMLElementTagNameMap {
    'socle-select': SocleSelect;
  }
}
