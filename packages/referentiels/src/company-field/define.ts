/** Registers `<socle-company-field>`. */
import { SocleCompanyField } from './company-field.js';

export { SocleCompanyField };

if (!customElements.get('socle-company-field')) customElements.define('socle-company-field', SocleCompanyField);

declare global {
  interface HTMLElementTagNameMap {
    'socle-company-field': SocleCompanyField;
  }
}
