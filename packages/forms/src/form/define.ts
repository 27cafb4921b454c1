/** Registers `<socle-form>`. */
import { SocleForm, SocleSubmitEvent } from './form.js';

export { SocleForm };

if (!customElements.get('socle-form')) customElements.define('socle-form', SocleForm);

declare global {
  interface HTMLElementTagNameMap {
    'socle-form': SocleForm;
  }
  interface HTMLElementEventMap {
    'socle-submit': SocleSubmitEvent;
  }
}
