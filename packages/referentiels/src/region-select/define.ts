/** Registers `<socle-region-select>`. */
import { SocleRegionSelect } from '../territory-selects/territory-selects.js';

export { SocleRegionSelect };

if (!customElements.get('socle-region-select')) customElements.define('socle-region-select', SocleRegionSelect);

declare global {
  interface HTMLElementTagNameMap {
    'socle-region-select': SocleRegionSelect;
  }
}
