/** Registers `<socle-checkbox-group>`. */
import { SocleCheckboxGroup } from './checkbox-group.js';

export { SocleCheckboxGroup };

if (!customElements.get('socle-checkbox-group')) customElements.define('socle-checkbox-group', SocleCheckboxGroup);

declare global {
  interface HTMLElementTagNameMap {
    'socle-checkbox-group': SocleCheckboxGroup;
  }
}
