/** Registers `<socle-repeat>` (and `<socle-fieldset>`, which wraps each group). */
import '../fieldset/define.js';
import { SocleRepeat } from './repeat.js';

export { SocleRepeat };

if (!customElements.get('socle-repeat')) customElements.define('socle-repeat', SocleRepeat);

declare global {
  interface HTMLElementTagNameMap {
    'socle-repeat': SocleRepeat;
  }
}
