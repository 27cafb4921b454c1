/** Registers `<socle-button>`. */
import { SocleButton } from './button.js';

export { SocleButton };

if (!customElements.get('socle-button')) customElements.define('socle-button', SocleButton);

declare global {
  interface HTMLElementTagNameMap {
    'socle-button': SocleButton;
  }
}
