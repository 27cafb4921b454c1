/**
 * The form engine around a native `<form>`: validation on submit the public-service way (an error summary
 * that takes focus, "Erreur : " in the page title, every field showing its message), server errors shown
 * the same way, native or JSON submission, and no double submission.
 */
import { css, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { SocleElement, focusRing, isEnhancedNative, noticeStyles, token, useMessages } from '@socle/core';
import { messages } from './messages.js';
import type { SocleRepeat } from '../repeat/repeat.js';
import type { ReviewRow, ReviewSection, SocleReviewEditEvent, SocleStep, SocleStepEvent } from '../step/step.js';
import { applyConditions, hiddenByCondition } from './conditions.js';
import { type Draft, DraftStore, applyFields, collectFields } from './draft.js';
import { type JsonObject, serialize } from './serialize.js';

/** One line of the error summary. */
interface SummaryEntry {
  message: string;
  /** The field the link focuses; none for an error about the whole form. */
  target?: HTMLElement;
}

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

interface ValidatableElement extends HTMLElement {
  name?: string;
  willValidate: boolean;
  validity: ValidityState;
  validationMessage: string;
  setCustomValidity?(message: string): void;
  showErrors?(): boolean;
  error?: string;
  displayLabel?: string;
  displayValue?: string;
  labels?: NodeListOf<HTMLLabelElement> | NodeList | null;
}

const TITLE_PREFIX_KEY = 'error-title-prefix';
const DAY = 24 * 60 * 60 * 1000;
const SAVE_DELAY = 400;

/** "24 novembre à 14 h 32" / "24 November at 2:32 pm". */
function formatDraftDate(time: number, locale: 'fr' | 'en'): string {
  const date = new Date(time);
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long' }).format(date);
  if (locale === 'fr') return `${day} à ${date.getHours()} h ${String(date.getMinutes()).padStart(2, '0')}`;
  return `${day} at ${new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(date)}`;
}

/**
 * @summary Moteur de formulaire autour d'un `<form>` natif : récapitulatif des erreurs, erreurs du serveur, envoi natif ou JSON, étapes et « Vérifier vos réponses », champs conditionnels, brouillons. / The form engine.
 *
 * @slot - Le `<form>` natif et son contenu. / The native `<form>` and its content.
 *
 * @event socle-submit - En mode `json`, à l'envoi d'un formulaire valide (`detail.data`, `detail.formData`, `detail.waitUntil`). / JSON-mode submission.
 * @event socle-step-change - Après un changement d'étape (`detail.step`, à partir de 0). / After a step change.
 *
 * @csspart error-summary - Le récapitulatif des erreurs. / The error summary.
 * @csspart notice - L'avis « Vos réponses … ont été restaurées ». / The draft notice.
 */
export class SocleForm extends SocleElement {
  static override styles = [
    ...SocleElement.styles,
    noticeStyles,
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
      .notice button {
        min-height: 2.75rem;
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
   * Clé unique du brouillon : ce qui est tapé est gardé dans le navigateur et restauré après un
   * rechargement (les champs sensibles jamais). / Draft key: answers are kept in the browser.
   */
  @property({ reflect: true }) draft = '';
  /** Durée de conservation du brouillon, en jours (30 par défaut). / Days a draft is kept. */
  @property({ type: Number, attribute: 'draft-days' }) draftDays = 30;
  /** Texte du bouton d'envoi ajouté à la dernière étape quand elle n'en a pas. / Last step's submit text. */
  @property({ attribute: 'submit-label' }) submitLabel = '';

  @state() private entries: readonly SummaryEntry[] = [];
  @state() private restoredAt: number | undefined;
  @state() private otherTab = false;
  @state() private announcement = '';
  @query('.summary') private summary!: HTMLElement | null;
  #busy = false;
  #titleBefore: string | undefined;
  #focusSummary = false;
  #observedForm: HTMLFormElement | null = null;
  #current = 0;
  #historyDepth = 0;
  #returnToReview: number | undefined;
  #store: DraftStore | undefined;
  readonly #tab = Math.random().toString(36).slice(2);
  #lastSeen = 0;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #dirty = false;
  #ready: Promise<void> | undefined;

  constructor() {
    super();
    useMessages(messages);
    // Capture: the engine decides before the page's own submit listeners run.
    this.addEventListener('submit', this.#onSubmit, { capture: true });
    this.addEventListener('input', this.#onEdit);
    this.addEventListener('change', this.#onEdit);
    this.addEventListener('socle-step', this.#onStepRequest as EventListener);
    this.addEventListener('socle-review-edit', this.#onReviewEdit as EventListener);
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
    return this.#current;
  }

  /** Resolves once the engine has set up steps, conditions and the draft. */
  get ready(): Promise<void> {
    return this.#ready ?? Promise.resolve();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pageshow', this.#onPageShow);
    window.addEventListener('popstate', this.#onPopState);
    window.addEventListener('storage', this.#onStorage);
    window.addEventListener('beforeunload', this.#onBeforeUnload);
    window.addEventListener('pagehide', this.#saveNow);
    this.#adoptForm();
    this.#ready = this.#init();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pageshow', this.#onPageShow);
    window.removeEventListener('popstate', this.#onPopState);
    window.removeEventListener('storage', this.#onStorage);
    window.removeEventListener('beforeunload', this.#onBeforeUnload);
    window.removeEventListener('pagehide', this.#saveNow);
    clearTimeout(this.#saveTimer);
    this.#restoreTitle();
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
    await this.#elementsUpdated();
    this.#adoptForm();
    const form = this.form;
    if (!form) return;
    this.#store = this.draft ? new DraftStore(this.draft) : undefined;
    const draft = this.#store?.read();
    if (draft) await this.#restore(draft);
    applyConditions(form, this);
    this.#setupSteps();
  }

  async #elementsUpdated(): Promise<void> {
    await Promise.all(
      Array.from(
        this.querySelectorAll('*'),
        (el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete ?? Promise.resolve(),
      ),
    );
  }

  // ----- Error summary ------------------------------------------------------------------------------

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
    const others = form ? this.#invalidFields(form).filter((field) => !entries.some((entry) => entry.target === field)) : [];
    this.#show([...entries, ...others.map((target) => ({ message: target.validationMessage, target }))]);
  }

  /** Removes the summary and restores the page title. */
  clearErrors(): void {
    this.entries = [];
    this.#restoreTitle();
  }

  #fieldNamed(name: string): ValidatableElement | undefined {
    const form = this.form;
    const item = form?.elements.namedItem(name);
    const element = item instanceof RadioNodeList ? (item[0] as ValidatableElement | undefined) : (item as ValidatableElement | null);
    return element ?? this.querySelector<ValidatableElement>(`socle-fieldset[name="${CSS.escape(name)}"]`) ?? undefined;
  }

  /** The invalid fields in page order; fires `invalid` on each, so that each shows its own message. */
  #invalidFields(form: HTMLFormElement): ValidatableElement[] {
    form.checkValidity();
    return (Array.from(form.elements) as ValidatableElement[]).filter((el) => el.willValidate && !el.validity.valid && !isEnhancedNative(el));
  }

  #show(entries: SummaryEntry[]): void {
    entries.sort((a, b) => {
      if (!a.target || !b.target) return a.target ? 1 : b.target ? -1 : 0;
      return a.target.compareDocumentPosition(b.target) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    this.entries = entries;
    if (entries.length === 0) {
      this.#restoreTitle();
      return;
    }
    if (this.#titleBefore === undefined) {
      this.#titleBefore = document.title;
      document.title = `${this.localize(TITLE_PREFIX_KEY)}${document.title}`;
    }
    this.#focusSummary = true;
  }

  #restoreTitle(): void {
    if (this.#titleBefore !== undefined) document.title = this.#titleBefore;
    this.#titleBefore = undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#focusSummary && this.summary) {
      this.#focusSummary = false;
      this.summary.focus();
    }
  }

  async #focusField(target: HTMLElement): Promise<void> {
    const step = this.#steps().findIndex((candidate) => candidate.contains(target));
    if (step >= 0 && step !== this.#current) await this.#showStep(step, { focus: false, push: true });
    await (target as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
    target.scrollIntoView({ block: 'center' });
    target.focus();
  }

  #onLinkClick(event: MouseEvent, entry: SummaryEntry): void {
    event.preventDefault();
    if (entry.target) void this.#focusField(entry.target);
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
    const steps = this.#steps();
    if (steps.length > 1 && this.#current < steps.length - 1) {
      // Enter in a field of an earlier step means "Continuer".
      event.preventDefault();
      event.stopImmediatePropagation();
      void this.#next();
      return;
    }
    const invalid = this.#invalidFields(form);
    if (invalid.length > 0) {
      event.preventDefault();
      event.stopImmediatePropagation();
      this.#show(invalid.map((target) => ({ message: target.validationMessage, target })));
      return;
    }
    this.clearErrors();
    if (this.mode === 'json') {
      event.preventDefault();
      // The button that submitted (a native one, or the one a socle-button submits through) names the action.
      const submitter = (event as SubmitEvent).submitter;
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
      if (pending) {
        void pending.then(
          () => {
            this.#submitted();
            this.#setBusy(false);
          },
          () => this.#setBusy(false),
        );
      } else {
        this.#submitted();
        this.#setBusy(false);
      }
      return;
    }
    // The native submission goes ahead unless a page listener cancels it; then the form is busy until the
    // page is left (or comes back from the back/forward cache).
    setTimeout(() => {
      if (event.defaultPrevented) return;
      this.#submitted();
      this.#setBusy(true);
    });
  };

  /** A submission went through: the draft has done its job, and leaving the page is safe. */
  #submitted(): void {
    clearTimeout(this.#saveTimer);
    this.#store?.clear();
    this.#dirty = false;
    this.restoredAt = undefined;
  }

  #onPageShow = (): void => {
    this.#setBusy(false);
  };

  #onBeforeUnload = (event: BeforeUnloadEvent): void => {
    // With a draft nothing is lost; without one, ask before losing what was typed.
    if (this.#store || !this.#dirty || this.#busy) return;
    event.preventDefault();
  };

  // ----- Edits: summary, conditions, drafts ----------------------------------------------------------

  #onEdit = (event: Event): void => {
    this.#dirty = true;
    const form = this.form;
    if (form) {
      const shown = applyConditions(form, this);
      if (shown.length > 0) this.#announceShown(shown);
      if (shown.length > 0 || event.type === 'change') this.#refreshReview();
    }
    this.#scheduleSave();
    if (this.entries.length === 0) return;
    // Fixed fields leave the summary; the others stay, in the same order.
    const remaining = this.entries.filter((entry) => {
      const target = entry.target as ValidatableElement | undefined;
      if (!target) return true;
      if ('validity' in target) return !target.validity.valid && !hiddenByCondition(target);
      return Boolean((target as { error?: string }).error);
    });
    if (remaining.length !== this.entries.length) {
      this.entries = remaining.map((entry) => {
        const target = entry.target as ValidatableElement | undefined;
        return target && 'validity' in target ? { target, message: target.validationMessage || entry.message } : entry;
      });
      if (remaining.length === 0) this.#restoreTitle();
    }
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

  #scheduleSave(): void {
    if (!this.#store) return;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(this.#saveNow, SAVE_DELAY);
  }

  #saveNow = (): void => {
    const store = this.#store;
    const form = this.form;
    if (!store || !form || this.otherTab || !this.#dirty) return;
    clearTimeout(this.#saveTimer);
    const stored = store.read();
    if (stored && stored.tab !== this.#tab && stored.savedAt > this.#lastSeen) {
      // Another tab saved this form since: never overwrite it silently.
      this.otherTab = true;
      return;
    }
    const now = Date.now();
    const repeats: Record<string, number> = {};
    for (const repeat of this.querySelectorAll<SocleRepeat>('socle-repeat[name]')) repeats[repeat.name] = repeat.length;
    const draft: Draft = {
      version: 1,
      savedAt: now,
      expiresAt: now + this.draftDays * DAY,
      tab: this.#tab,
      step: this.#current,
      repeats,
      fields: collectFields(form),
    };
    if (store.write(draft)) this.#lastSeen = now;
  };

  async #restore(draft: Draft): Promise<void> {
    const form = this.form;
    if (!form) return;
    for (const repeat of this.querySelectorAll<SocleRepeat>('socle-repeat[name]')) {
      const count = draft.repeats[repeat.name];
      if (typeof count === 'number') repeat.setCount(count);
    }
    await this.#elementsUpdated();
    applyConditions(form, this);
    applyFields(form, draft.fields);
    this.#current = typeof draft.step === 'number' ? draft.step : 0;
    this.#lastSeen = draft.savedAt;
    this.restoredAt = draft.savedAt;
  }

  #onStorage = (event: StorageEvent): void => {
    if (!this.#store || event.key !== this.#store.key || !event.newValue) return;
    try {
      const draft = JSON.parse(event.newValue) as Partial<Draft>;
      if (draft.tab !== this.#tab) this.otherTab = true;
    } catch {
      // Not ours to read.
    }
  };

  #takeOver(): void {
    this.otherTab = false;
    this.#lastSeen = Date.now();
    this.#dirty = true;
    this.#saveNow();
  }

  async #restart(): Promise<void> {
    this.#store?.clear();
    this.form?.reset();
    for (const repeat of this.querySelectorAll<SocleRepeat>('socle-repeat')) repeat.setCount(repeat.min);
    await this.#elementsUpdated();
    const form = this.form;
    if (form) applyConditions(form, this);
    this.restoredAt = undefined;
    this.#dirty = false;
    this.clearErrors();
    await this.#showStep(0, { focus: true, push: false });
  }

  // ----- Steps --------------------------------------------------------------------------------------

  #steps(): SocleStep[] {
    return Array.from(this.querySelectorAll('socle-step'));
  }

  get #historyKey(): string {
    return this.draft || this.id || 'socle-form';
  }

  #setupSteps(): void {
    const steps = this.#steps();
    if (steps.length === 0) return;
    steps.forEach((step, index) => {
      step.position = index + 1;
      step.total = steps.length;
      step.nextHeading = steps[index + 1]?.heading ?? '';
      step.submitLabel = this.submitLabel;
    });
    void this.#showStep(Math.min(this.#current, steps.length - 1), { focus: false, push: false });
  }

  async #showStep(index: number, { focus, push }: { focus: boolean; push: boolean }): Promise<void> {
    const steps = this.#steps();
    if (steps.length === 0) return;
    const target = Math.max(0, Math.min(steps.length - 1, index));
    this.#current = target;
    steps.forEach((step, i) => {
      step.hidden = i !== target;
    });
    this.#refreshReview();
    const state = { ...(history.state as Record<string, unknown> | null), socleForm: this.#historyKey, socleStep: target };
    if (push) {
      history.pushState(state, '');
      this.#historyDepth += 1;
    } else {
      history.replaceState(state, '');
    }
    this.dispatchEvent(new CustomEvent('socle-step-change', { bubbles: true, composed: true, detail: { step: target } }));
    this.#scheduleSave();
    if (focus) await steps[target]?.focusHeading();
  }

  #refreshReview(): void {
    const steps = this.#steps();
    const step = steps[this.#current];
    if (step?.review) step.sections = this.#reviewSections(this.#current);
  }

  /** The answers of the steps before `reviewIndex`, for "Vérifier vos réponses". */
  #reviewSections(reviewIndex: number): ReviewSection[] {
    const form = this.form;
    if (!form) return [];
    const fields = (Array.from(form.elements) as ValidatableElement[]).filter((el) => !isEnhancedNative(el));
    return this.#steps()
      .slice(0, reviewIndex)
      .map((step, index) => ({ step, index }))
      .filter(({ step }) => !step.review)
      .map(({ step, index }) => {
        const rows: ReviewRow[] = [];
        const seen = new Set<string>();
        for (const field of fields) {
          const name = field.getAttribute('name');
          if (!name || !step.contains(field) || field.matches(':disabled') || hiddenByCondition(field)) continue;
          const tag = field.localName;
          const type = (field as Partial<HTMLInputElement>).type;
          if (tag === 'button' || tag === 'socle-button' || tag === 'fieldset' || type === 'hidden' || type === 'submit') continue;
          if (seen.has(name)) continue;
          seen.add(name);
          const item = field.closest('[data-socle-item]')?.getAttribute('legend');
          const label = field.displayLabel ?? (field.labels?.[0]?.textContent ?? name).trim();
          rows.push({ label: item ? `${item} — ${label}` : label, value: this.#nativeDisplay(form, field, name), target: field });
        }
        return { heading: step.heading, step: index, rows };
      });
  }

  #nativeDisplay(form: HTMLFormElement, field: ValidatableElement, name: string): string {
    if (field.displayValue !== undefined) return field.displayValue;
    if (field instanceof HTMLSelectElement) return Array.from(field.selectedOptions, (option) => option.text).join(', ');
    if (field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox')) {
      const chosen = Array.from(form.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(name)}"]:checked`));
      return chosen.map((input) => input.labels?.[0]?.textContent.trim() ?? input.value).join(', ');
    }
    return (field as Partial<HTMLInputElement>).value ?? '';
  }

  async #next(): Promise<void> {
    const form = this.form;
    const step = this.#steps()[this.#current];
    if (!form || !step) return;
    const fields = (Array.from(form.elements) as ValidatableElement[]).filter((el) => step.contains(el) && el.willValidate && !isEnhancedNative(el));
    const invalid = fields.filter((el) => (el.showErrors ? !el.showErrors() : !(el as unknown as HTMLInputElement).checkValidity()));
    if (invalid.length > 0) {
      this.#show(invalid.map((target) => ({ message: target.validationMessage, target })));
      return;
    }
    this.clearErrors();
    const destination = this.#returnToReview ?? this.#current + 1;
    this.#returnToReview = undefined;
    await this.#showStep(destination, { focus: true, push: true });
  }

  async #back(): Promise<void> {
    this.clearErrors();
    if (this.#historyDepth > 0 && (history.state as { socleForm?: string } | null)?.socleForm === this.#historyKey) {
      // The browser's history holds the previous step: go back through it, as the browser's button would.
      history.back();
      return;
    }
    await this.#showStep(this.#current - 1, { focus: true, push: false });
  }

  #onPopState = (event: PopStateEvent): void => {
    const state = event.state as { socleForm?: string; socleStep?: number } | null;
    if (state?.socleForm !== this.#historyKey || typeof state.socleStep !== 'number') return;
    this.#historyDepth = Math.max(0, this.#historyDepth - 1);
    this.clearErrors();
    void this.#showStep(state.socleStep, { focus: true, push: false });
  };

  #onStepRequest = (event: SocleStepEvent): void => {
    const request = event.detail.request;
    if (request === 'next') void this.#next();
    else if (request === 'back') void this.#back();
    else this.form?.requestSubmit();
  };

  #onReviewEdit = (event: SocleReviewEditEvent): void => {
    this.#returnToReview = this.#current;
    void this.#focusField(event.detail.target);
  };

  // ----- Rendering ----------------------------------------------------------------------------------

  #renderNotice() {
    if (this.otherTab) {
      return html`<div class="notice" part="notice" role="status">
        <p>${this.localize('draft-other-tab')}</p>
        <button type="button" @click=${() => this.#takeOver()}>${this.localize('draft-take-over')}</button>
      </div>`;
    }
    if (this.restoredAt === undefined) return nothing;
    return html`<div class="notice" part="notice" role="status">
      <p>${this.localize('draft-restored', { date: formatDraftDate(this.restoredAt, this.locale) })}</p>
      <button type="button" @click=${() => void this.#restart()}>${this.localize('draft-restart')}</button>
    </div>`;
  }

  override render() {
    const entries = this.entries;
    return html`${this.#renderNotice()}${entries.length > 0
        ? html`<div class="summary" part="error-summary" tabindex="-1" role="region" aria-labelledby="summary-title">
            <h2 id="summary-title">${this.localize('error-summary-title')}</h2>
            <ul>
              ${entries.map((entry) =>
                entry.target
                  ? html`<li><a href=${`#${entry.target.id || (entry.target.getAttribute('name') ?? '')}`} @click=${(event: MouseEvent) => this.#onLinkClick(event, entry)}>${entry.message}</a></li>`
                  : html`<li>${entry.message}</li>`,
              )}
            </ul>
          </div>`
        : nothing}<slot @slotchange=${() => this.#adoptForm()}></slot>
      <div class="visually-hidden" role="status">${this.announcement}</div>`;
  }
}
