/** Registers `<socle-step>`. */
import { SocleReviewEditEvent, SocleStep, SocleStepEvent } from './step.js';

export { SocleStep };

if (!customElements.get('socle-step')) customElements.define('socle-step', SocleStep);

declare global {
  interface HTMLElementTagNameMap {
    'socle-step': SocleStep;
  }
  interface HTMLElementEventMap {
    /** « Continuer », « Précédent » or « Envoyer » in a step, for the form engine. */
    'socle-step': SocleStepEvent;
    /** « Modifier » in the review, for the form engine. */
    'socle-review-edit': SocleReviewEditEvent;
  }
}
