/**
 * Steps: one shown at a time, « Continuer » checks the step's fields first, each step is an entry in the
 * browser's history (its back button goes to the previous step), and « Modifier » in the review goes to
 * the field, then back to the review.
 */
import type { ReactiveController } from 'lit';
import type { SocleElement } from '@socle/core';
import { reviewSections } from '../step/review.js';
import type { SocleReviewEditEvent, SocleStep, SocleStepEvent } from '../step/step.js';
import { fieldsOf } from './fields.js';
import { type SummaryController, entriesFor } from './summary.js';

/** What the steps need of their form engine. */
export interface StepsHost extends SocleElement {
  readonly form: HTMLFormElement | null;
  /** The draft's key, which also names the form's entries in the history. */
  readonly draft: string;
  readonly submitLabel: string;
}

export class StepsController implements ReactiveController {
  readonly #host: StepsHost;
  readonly #summary: SummaryController;
  /** Called after each step change (the draft saves the step). */
  readonly #changed: (step: number) => void;
  #current = 0;
  #historyDepth = 0;
  #returnToReview: number | undefined;

  constructor(host: StepsHost, summary: SummaryController, changed: (step: number) => void) {
    this.#host = host;
    this.#summary = summary;
    this.#changed = changed;
    host.addController(this);
    host.addEventListener('socle-step', this.#onStepRequest);
    host.addEventListener('socle-review-edit', this.#onReviewEdit);
  }

  /** The step shown (from 0). */
  get current(): number {
    return this.#current;
  }

  /** Whether a step after the one shown remains (Enter in a field then means « Continuer »). */
  get beforeLast(): boolean {
    const count = this.steps().length;
    return count > 1 && this.#current < count - 1;
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.#onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#onPopState);
  }

  steps(): SocleStep[] {
    return Array.from(this.#host.querySelectorAll('socle-step'));
  }

  get #historyKey(): string {
    return this.#host.draft || this.#host.id || 'socle-form';
  }

  /** Numbers the steps and shows `start` (a restored draft's step), without moving focus. */
  setup(start: number): void {
    const steps = this.steps();
    if (steps.length === 0) return;
    steps.forEach((step, index) => {
      step.position = index + 1;
      step.total = steps.length;
      step.nextHeading = steps[index + 1]?.heading ?? '';
      step.submitLabel = this.#host.submitLabel;
    });
    void this.show(Math.min(start, steps.length - 1), { focus: false, push: false });
  }

  async show(index: number, { focus, push }: { focus: boolean; push: boolean }): Promise<void> {
    const steps = this.steps();
    if (steps.length === 0) return;
    const target = Math.max(0, Math.min(steps.length - 1, index));
    this.#current = target;
    steps.forEach((step, i) => {
      step.hidden = i !== target;
    });
    this.refreshReview();
    const state = { ...(history.state as Record<string, unknown> | null), socleForm: this.#historyKey, socleStep: target };
    if (push) {
      history.pushState(state, '');
      this.#historyDepth += 1;
    } else {
      history.replaceState(state, '');
    }
    this.#host.dispatchEvent(new CustomEvent('socle-step-change', { bubbles: true, composed: true, detail: { step: target } }));
    this.#changed(target);
    if (focus) await steps[target]?.focusHeading();
  }

  /** Brings a field into view, its step shown first, and focuses it. */
  readonly focusField = async (target: HTMLElement): Promise<void> => {
    const step = this.steps().findIndex((candidate) => candidate.contains(target));
    if (step >= 0 && step !== this.#current) await this.show(step, { focus: false, push: true });
    await (target as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
    target.scrollIntoView({ block: 'center' });
    target.focus();
  };

  /** Writes the answers into the review step, when it is the one shown. */
  refreshReview(): void {
    const form = this.#host.form;
    const steps = this.steps();
    const step = steps[this.#current];
    if (form && step?.review) step.sections = reviewSections(form, steps, this.#current);
  }

  async next(): Promise<void> {
    const form = this.#host.form;
    const step = this.steps()[this.#current];
    if (!form || !step) return;
    const fields = fieldsOf(form).filter((el) => step.contains(el) && el.willValidate);
    const invalid = fields.filter((el) => (el.showErrors ? !el.showErrors() : !el.checkValidity()));
    if (invalid.length > 0) {
      this.#summary.show(entriesFor(invalid));
      return;
    }
    this.#summary.clear();
    const destination = this.#returnToReview ?? this.#current + 1;
    this.#returnToReview = undefined;
    await this.show(destination, { focus: true, push: true });
  }

  async #back(): Promise<void> {
    this.#summary.clear();
    if (this.#historyDepth > 0 && (history.state as { socleForm?: string } | null)?.socleForm === this.#historyKey) {
      // The browser's history holds the previous step: go back through it, as the browser's button would.
      history.back();
      return;
    }
    await this.show(this.#current - 1, { focus: true, push: false });
  }

  #onPopState = (event: PopStateEvent): void => {
    const state = event.state as { socleForm?: string; socleStep?: number } | null;
    if (state?.socleForm !== this.#historyKey || typeof state.socleStep !== 'number') return;
    this.#historyDepth = Math.max(0, this.#historyDepth - 1);
    this.#summary.clear();
    void this.show(state.socleStep, { focus: true, push: false });
  };

  #onStepRequest = (event: SocleStepEvent): void => {
    const request = event.detail.request;
    if (request === 'next') void this.next();
    else if (request === 'back') void this.#back();
    else this.#host.form?.requestSubmit();
  };

  #onReviewEdit = (event: SocleReviewEditEvent): void => {
    this.#returnToReview = this.#current;
    void this.focusField(event.detail.target);
  };
}
