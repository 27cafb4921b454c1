/** Registers `<socle-file-field>`. */
import { SocleFileField } from './file-field.js';

export { SocleFileField };

if (!customElements.get('socle-file-field')) customElements.define('socle-file-field', SocleFileField);

declare global {
  interface HTMLElementTagNameMap {
    'socle-file-field': SocleFileField;
  }
}
