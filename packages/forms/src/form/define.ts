/** Registers `<socle-form>` with the elements it orchestrates (`<socle-step>`, `<socle-repeat>`). */
import '../step/define.js';
import '../repeat/define.js';
import { SocleForm, SocleSubmitEvent } from './form.js';

export { SocleForm };

if (!customElements.get('socle-form')) customElements.define('socle-form', SocleForm);

declare global {
  interface HTMLElementTagNameMap {
    'socle-form': SocleForm;
  }
  interface HTMLElementEventMap {
    'socle-submit': SocleSubmitEvent;
    /** The step shown changed; `detail.step` counts from 0. */
    'socle-step-change': CustomEvent<{ step: number }>;
  }
}
