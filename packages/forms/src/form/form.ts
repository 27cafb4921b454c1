/**
 * The form engine around a native `<form>`: validation on submit the public-service way (an error summary
 * that takes focus, "Erreur : " in the page title, every field showing its message), server errors shown
 * the same way, native or JSON submission, and no double submission. The error summary, the draft and the
 * steps are controllers of their own (`summary.ts`, `draft-controller.ts`, `steps-controller.ts`); this
 * class wires them to the form's events.
 */
import { css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { type Clock, SocleElement, focusRing, noticeStyles, systemClock, token, useMessages, rem } from '@socle/core';
import { messages } from './messages.js';
import type { SocleRepeat } from '../repeat/repeat.js';
import { applyConditions } from './conditions.js';
import { DraftController, type DraftStorage } from './draft-controller.js';
import { choiceStyles } from '../shared/choice.styles.js';
import { type ValidatableElement, elementsUpdated, invalidFields } from './fields.js';
import { type JsonObject, serialize } from './serialize.js';
import { StepsController } from './steps-controller.js';
import { type SummaryEntry, SummaryController, entriesFor } from './summary.js';

/** What a `socle-submit` event carries. */
export interface SocleSubmitDetail {
  /** The typed, nested data (see `serialize`). */
  data: JsonObject;
  /** The same data as the native form would send it (files included). */
  formData: FormData;
  /** Keeps the form busy (buttons in loading state, no second submission) until `promise` settles. */
  waitUntil(promise: Promise<unknown>): void;
}

/** Fired by `<socle-form mode="json">` instead of a native submission. */
export class SocleSubmitEvent extends CustomEvent<SocleSubmitDetail> {
  constructor(detail: SocleSubmitDetail) {
    super('socle-submit', { bubbles: true, composed: true, cancelable: true, detail });
  }
}

/**
 * @summary Moteur de formulaire autour d'un `<form>` natif : récapitulatif des erreurs, erreurs du serveur, envoi natif ou JSON, étapes et « Vérifier vos réponses », champs conditionnels, brouillons. / The form engine.
 *
 * @slot - Le `<form>` natif et son contenu. / The native `<form>` and its content.
 *
 * @event {SocleSubmitEvent} socle-submit - En mode `json`, à l'envoi d'un formulaire valide (`detail.data`, `detail.formData`, `detail.waitUntil`). / JSON-mode submission.
 * @event {CustomEvent<{ step: number }>} socle-step-change - Après un changement d'étape (`detail.step`, à partir de 0). / After a step change.
 *
 * @csspart error-summary - Le récapitulatif des erreurs. / The error summary.
 * @csspart notice - L'avis « Vos réponses … ont été restaurées ». / The draft notice.
 * @csspart draft-choice - La case « Garder mes réponses sur cet appareil ». / The "keep my answers on this device" box.
 */
export class SocleForm extends SocleElement {
  static override styles = [
    ...SocleElement.styles,
    noticeStyles,
    choiceStyles,
    css`
      :host {
        display: block;
      }
      .summary {
        margin-block-end: ${token('space-6')};
        padding: ${token('space-4')};
        border: 4px solid ${token('color-error')};
      }
      .summary:focus {
        ${focusRing}
      }
      .summary h2 {
        margin: 0 0 ${token('space-3')};
        font-size: ${token('font-size-legend')};
      }
      .summary ul {
        margin: 0;
        padding-inline-start: ${token('space-6')};
      }
      .summary li {
        margin-block-end: ${token('space-2')};
      }
      .summary a {
        color: ${token('color-error')};
        font-weight: ${token('font-weight-bold')};
      }
      .summary a:focus-visible,
      .notice button:focus-visible {
        ${focusRing}
      }
      .notice {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: ${token('space-3')};
      }
      .keep {
        margin-block-end: ${token('space-6')};
      }
      .keep .option-hint {
        margin: 0;
      }
      .notice button {
        min-height: ${rem(2.75)};
        padding: ${token('space-2')} ${token('space-4')};
        font: inherit;
        color: ${token('color-primary')};
        background: ${token('color-background')};
        border: ${token('border-width')} solid ${token('color-primary')};
        border-radius: ${token('radius')};
        cursor: pointer;
      }
    `,
  ];

  /** `native` (par défaut) : l'envoi natif se fait ; `json` : un événement `socle-submit` à la place. / Submission mode. */
  @property({ reflect: true }) mode: 'native' | 'json' = 'native';
  /**
   * Clé unique du brouillon : ce qui est tapé est gardé dans l’onglet et restauré après un rechargement
   * (les champs sensibles jamais). / Draft key: answers are kept in the tab and restored after a reload.
   */
  @property({ reflect: true }) draft = '';
  /**
   * Où garder le brouillon : `ask` (par défaut) propose « Garder mes réponses sur cet appareil », sinon
   * l’onglet seul ; `session` l’onglet seul, sans proposer ; `device` l’appareil, sans demander (un poste
   * personnel). / Where the draft is kept: the person decides (`ask`), the tab only (`session`) or the device.
   */
  @property({ attribute: 'draft-storage' }) draftStorage: DraftStorage = 'ask';
  /** Durée de conservation du brouillon, en jours (7 par défaut). / Days a draft is kept (7 by default). */
  @property({ type: Number, attribute: 'draft-days' }) draftDays = 7;
  /** Texte du bouton d'envoi ajouté à la dernière étape quand elle n'en a pas. / Last step's submit text. */
  @property({ attribute: 'submit-label' }) submitLabel = '';
  /** @internal The time the draft's pause is measured on (a test's own clock). */
  @property({ attribute: false }) clock: Clock = systemClock;

  @state() private announcement = '';
  readonly #summary: SummaryController = new SummaryController(this, (target): Promise<void> => this.#steps.focusField(target));
  readonly #drafts: DraftController = new DraftController(this, () => this.#restart());
  readonly #steps: StepsController = new StepsController(this, this.#summary, (step) => this.#drafts.stepChanged(step));
  #busy = false;
  #observedForm: HTMLFormElement | null = null;
  #ready: Promise<void> | undefined;

  constructor() {
    super();
    useMessages(messages);
    // Capture: the engine decides before the page's own submit listeners run.
    this.addEventListener('submit', this.#onSubmit, { capture: true });
    this.addEventListener('input', this.#onEdit);
    this.addEventListener('change', this.#onEdit);
  }

  /** The native form inside. */
  get form(): HTMLFormElement | null {
    return this.querySelector('form');
  }

  /** True while a submission is under way. */
  get busy(): boolean {
    return this.#busy;
  }

  /** L'étape affichée (à partir de 0). / The current step (from 0). */
  get step(): number {
    return this.#steps.current;
  }

  /** Resolves once the engine has set up steps, conditions and the draft. */
  get ready(): Promise<void> {
    return this.#ready ?? Promise.resolve();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pageshow', this.#onPageShow);
    window.addEventListener('beforeunload', this.#onBeforeUnload);
    this.#adoptForm();
    this.#ready = this.#init();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pageshow', this.#onPageShow);
    window.removeEventListener('beforeunload', this.#onBeforeUnload);
  }

  #adoptForm(): void {
    const form = this.form;
    if (!form || form === this.#observedForm) return;
    this.#observedForm = form;
    // The browser's bubbles speak the browser's language and show one error at a time: the summary replaces them.
    form.noValidate = true;
  }

  /** Waits for the page and the elements inside, then sets up the draft, the conditions and the steps. */
  async #init(): Promise<void> {
    if (document.readyState === 'loading') {
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    }
    const pending = new Set(Array.from(this.querySelectorAll(':not(:defined)'), (el) => el.localName).filter((tag) => tag.includes('-')));
    await Promise.race([
      Promise.all(Array.from(pending, (tag) => customElements.whenDefined(tag))),
      new Promise((resolve) => setTimeout(resolve, 3000)),
    ]);
    await elementsUpdated(this);
    this.#adoptForm();
    const form = this.form;
    if (!form) return;
    const step = await this.#drafts.open(form);
    applyConditions(form, this);
    this.#steps.setup(step ?? this.#steps.current);
  }

  // ----- Errors -------------------------------------------------------------------------------------

  /** Shows errors decided elsewhere (the server), by field name, as if the form had been submitted. */
  setErrors(errors: Readonly<Record<string, string>>): void {
    const form = this.form;
    const entries: SummaryEntry[] = [];
    for (const [name, message] of Object.entries(errors)) {
      const target = this.#fieldNamed(name);
      if (target && 'error' in target) target.error = message;
      else if (target?.setCustomValidity) {
        const native = target as ValidatableElement & { setCustomValidity(message: string): void };
        native.setCustomValidity(message);
        native.addEventListener('input', () => native.setCustomValidity(''), { once: true });
      }
      entries.push(target ? { message, target } : { message });
    }
    const others = form ? invalidFields(form).filter((field) => !entries.some((entry) => entry.target === field)) : [];
    this.#summary.show([...entries, ...entriesFor(others)]);
  }

  /** Removes the summary and restores the page title. */
  clearErrors(): void {
    this.#summary.clear();
  }

  #fieldNamed(name: string): ValidatableElement | undefined {
    const item = this.form?.elements.namedItem(name);
    const element = item instanceof RadioNodeList ? (item[0] as ValidatableElement | undefined) : (item as ValidatableElement | null);
    return element ?? this.querySelector<ValidatableElement>(`socle-fieldset[name="${CSS.escape(name)}"]`) ?? undefined;
  }

  // ----- Submission ---------------------------------------------------------------------------------

  #setBusy(busy: boolean): void {
    this.#busy = busy;
    for (const button of this.querySelectorAll('socle-button')) {
      if (button.type === 'submit') button.loading = busy;
    }
  }

  #onSubmit = (event: Event): void => {
    const form = this.form;
    if (event.target !== form || !form) return;
    if (this.#busy) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    if (this.#steps.beforeLast) {
      // Enter in a field of an earlier step means "Continuer".
      event.preventDefault();
      event.stopImmediatePropagation();
      void this.#steps.next();
      return;
    }
    const invalid = invalidFields(form);
    if (invalid.length > 0) {
      event.preventDefault();
      event.stopImmediatePropagation();
      this.#summary.show(entriesFor(invalid));
      return;
    }
    this.clearErrors();
    if (this.mode === 'json') {
      event.preventDefault();
      this.#submitJson(form, (event as SubmitEvent).submitter);
      return;
    }
    // The native submission goes ahead unless a page listener cancels it; then the form is busy until the
    // page is left (or comes back from the back/forward cache).
    setTimeout(() => {
      if (event.defaultPrevented) return;
      this.#drafts.forget();
      this.#setBusy(true);
    });
  };

  /** JSON mode: the button that submitted (a native one, or the one a socle-button submits through) names the action. */
  #submitJson(form: HTMLFormElement, submitter: HTMLElement | null): void {
    let pending: Promise<unknown> | undefined;
    this.#setBusy(true);
    this.dispatchEvent(
      new SocleSubmitEvent({
        data: serialize(form, submitter),
        formData: new FormData(form, submitter),
        waitUntil: (promise) => {
          pending = promise;
        },
      }),
    );
    const done = (sent: boolean) => {
      // Sent: the draft has done its job, and leaving the page is safe.
      if (sent) this.#drafts.forget();
      this.#setBusy(false);
    };
    if (pending) void pending.then(() => done(true), () => done(false));
    else done(true);
  }

  #onPageShow = (): void => {
    this.#setBusy(false);
  };

  #onBeforeUnload = (event: BeforeUnloadEvent): void => {
    // With a draft nothing is lost; without one, ask before losing what was typed.
    if (this.#drafts.enabled || !this.#drafts.dirty || this.#busy) return;
    event.preventDefault();
  };

  // ----- Edits: summary, conditions, drafts ----------------------------------------------------------

  #onEdit = (event: Event): void => {
    const form = this.form;
    if (form) {
      const shown = applyConditions(form, this);
      if (shown.length > 0) this.#announceShown(shown);
      if (shown.length > 0 || event.type === 'change') this.#steps.refreshReview();
    }
    this.#drafts.edited();
    this.#summary.refresh();
  };

  #announceShown(shown: Element[]): void {
    const labels = shown
      .map((element) => {
        const own = element.getAttribute('legend') ?? element.getAttribute('label');
        if (own) return own;
        const field = element.querySelector<ValidatableElement>('[name]');
        return field?.displayLabel ?? '';
      })
      .filter(Boolean);
    if (labels.length > 0) this.announcement = this.localize('conditional-shown', { labels: labels.join(', ') });
  }

  /** « Recommencer »: an empty form on the first step, and no draft. */
  async #restart(): Promise<void> {
    this.form?.reset();
    for (const repeat of this.querySelectorAll<SocleRepeat>('socle-repeat')) repeat.setCount(repeat.min);
    await elementsUpdated(this);
    const form = this.form;
    if (form) applyConditions(form, this);
    this.#drafts.forget();
    this.clearErrors();
    await this.#steps.show(0, { focus: true, push: false });
  }

  override render() {
    return html`${this.#drafts.render()}${this.#summary.render()}${this.#drafts.renderChoice()}<slot @slotchange=${() => this.#adoptForm()}></slot>
      <div class="visually-hidden" role="status">${this.announcement}</div>`;
  }
}
