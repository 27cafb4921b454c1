/** Registers `<socle-repeat>` (and `<socle-fieldset>`, which wraps each group). */
import '../fieldset/define.js';
import { SocleRepeat } from './repeat.js';

export { SocleRepeat };

if (!customElements.get('socle-repeat')) customElements.define('socle-repeat', SocleRepeat);

declare global {
  interface HTMLElementTagNameMap {
    'socle-repeat': SocleRepeat;
  }
  interface HTMLElementEventMap {
    /** A group was added or removed; `detail.count` is the number of groups now. */
    'socle-repeat-change': CustomEvent<{ count: number }>;
  }
}
