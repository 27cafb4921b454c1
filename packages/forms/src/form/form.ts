/**
 * The form engine around a native `<form>`: validation on submit the public-service way (an error summary
 * that takes focus, "Erreur : " in the page title, every field showing its message), server errors shown
 * the same way, native or JSON submission, and no double submission.
 */
import { css, html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { SocleElement, focusRing, token } from '@socle/core';
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
  error?: string;
}

const TITLE_PREFIX_KEY = 'error-title-prefix';

/**
 * @summary Moteur de formulaire autour d'un `<form>` natif : récapitulatif des erreurs, erreurs du serveur, envoi natif ou JSON, pas de double envoi. / The form engine.
 *
 * @slot - Le `<form>` natif et son contenu. / The native `<form>` and its content.
 *
 * @event socle-submit - En mode `json`, à l'envoi d'un formulaire valide (`detail.data`, `detail.formData`, `detail.waitUntil`). / JSON-mode submission.
 *
 * @csspart error-summary - Le récapitulatif des erreurs. / The error summary.
 */
export class SocleForm extends SocleElement {
  static override styles = [
    ...SocleElement.styles,
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
      .summary a:focus-visible {
        ${focusRing}
      }
    `,
  ];

  /** `native` (par défaut) : l'envoi natif se fait ; `json` : un événement `socle-submit` à la place. / Submission mode. */
  @property({ reflect: true }) mode: 'native' | 'json' = 'native';

  @state() private entries: readonly SummaryEntry[] = [];
  @query('.summary') private summary!: HTMLElement | null;
  #busy = false;
  #titleBefore: string | undefined;
  #focusSummary = false;
  #observedForm: HTMLFormElement | null = null;

  constructor() {
    super();
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

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pageshow', this.#onPageShow);
    this.#adoptForm();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pageshow', this.#onPageShow);
    this.#restoreTitle();
  }

  #adoptForm(): void {
    const form = this.form;
    if (!form || form === this.#observedForm) return;
    this.#observedForm = form;
    // The browser's bubbles speak the browser's language and show one error at a time: the summary replaces them.
    form.noValidate = true;
  }

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
    return (Array.from(form.elements) as ValidatableElement[]).filter((el) => el.willValidate && !el.validity.valid);
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
    const prefix = this.localize(TITLE_PREFIX_KEY);
    if (this.#titleBefore === undefined) {
      this.#titleBefore = document.title;
      document.title = `${prefix}${document.title}`;
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
      let pending: Promise<unknown> | undefined;
      this.#setBusy(true);
      const submitEvent = new SocleSubmitEvent({
        data: serialize(form),
        formData: new FormData(form),
        waitUntil: (promise) => {
          pending = promise;
        },
      });
      this.dispatchEvent(submitEvent);
      if (pending) void pending.then(() => this.#setBusy(false), () => this.#setBusy(false));
      else this.#setBusy(false);
      return;
    }
    // The native submission goes ahead unless a page listener cancels it; then the form is busy until the
    // page is left (or comes back from the back/forward cache).
    setTimeout(() => {
      if (!event.defaultPrevented) this.#setBusy(true);
    });
  };

  #onPageShow = (): void => {
    this.#setBusy(false);
  };

  #onEdit = (): void => {
    if (this.entries.length === 0) return;
    // Fixed fields leave the summary; the others stay, in the same order.
    const remaining = this.entries.filter((entry) => {
      const target = entry.target as ValidatableElement | undefined;
      if (!target) return true;
      if ('validity' in target) return !target.validity.valid;
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

  #onLinkClick(event: MouseEvent, entry: SummaryEntry): void {
    event.preventDefault();
    const target = entry.target;
    if (!target) return;
    target.scrollIntoView({ block: 'center' });
    target.focus();
  }

  override render() {
    const entries = this.entries;
    return html`${entries.length > 0
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
        : ''}<slot @slotchange=${() => this.#adoptForm()}></slot>`;
  }
}
