/** Registers `<socle-login-choice>`. */
import { SocleLoginChoice } from './login-choice.js';

export { SocleLoginChoice };

if (!customElements.get('socle-login-choice')) customElements.define('socle-login-choice', SocleLoginChoice);

declare global {
  interface HTMLElementTagNameMap {
    'socle-login-choice': SocleLoginChoice;
  }
}
