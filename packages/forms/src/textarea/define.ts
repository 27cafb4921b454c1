/** Registers `<socle-textarea>`. */
import { SocleTextarea } from './textarea.js';

export { SocleTextarea };

if (!customElements.get('socle-textarea')) customElements.define('socle-textarea', SocleTextarea);

declare global {
  interface HTMLElementTagNameMap {
    'socle-textarea': SocleTextarea;
  }
}
