/** Registers `<socle-departement-select>`. */
import { SocleDepartementSelect } from '../territory-selects/territory-selects.js';

export { SocleDepartementSelect };

if (!customElements.get('socle-departement-select')) customElements.define('socle-departement-select', SocleDepartementSelect);

declare global {
  interface HTMLElementTagNameMap {
    'socle-departement-select': SocleDepartementSelect;
  }
}
