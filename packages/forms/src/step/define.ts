/** Registers `<socle-step>`. */
import { SocleStep } from './step.js';

export { SocleStep };

if (!customElements.get('socle-step')) customElements.define('socle-step', SocleStep);

declare global {
  interface HTMLElementTagNameMap {
    'socle-step': SocleStep;
  }
}
