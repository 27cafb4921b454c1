/** Registers `<socle-connect-button>`. */
import { SocleConnectButton } from './connect-button.js';

export { SocleConnectButton };

if (!customElements.get('socle-connect-button')) customElements.define('socle-connect-button', SocleConnectButton);

declare global {
  interface HTMLElementTagNameMap {
    'socle-connect-button': SocleConnectButton;
  }
}
