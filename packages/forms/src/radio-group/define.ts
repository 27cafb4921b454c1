/** Registers `<socle-radio-group>`. */
import { SocleRadioGroup } from './radio-group.js';

export { SocleRadioGroup };

if (!customElements.get('socle-radio-group')) customElements.define('socle-radio-group', SocleRadioGroup);

declare global {
  interface HTMLElementTagNameMap {
    'socle-radio-group': SocleRadioGroup;
  }
}
