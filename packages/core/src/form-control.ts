/**
 * Base of every Socle form control. It holds the platform's quirks in one place: form association through
 * ElementInternals (value, validity, reset, disabled fieldsets, state restore), native-like public API,
 * validation with Socle's own messages, interaction states, and the rule for when an error shows.
 */
import { LitElement, type PropertyDeclaration, type PropertyValues, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { errorRegion, errorText } from './error-region.js';
import { adoptHtmlFirstStyles, ensureId, labelOf, spokenText, writeError } from './html-first.js';
import { interpolate, messagesChanges } from './localize.js';
import { afterPointerPress, watchPointerPresses } from './pointer-press.js';
import { SocleElement } from './socle-element.js';
import { type ValidationIssue, type ValidationOutcome, type Validator, validityFlag } from './validation.js';

/** What `ElementInternals.setFormValue` accepts. */
export type FormValue = File | string | FormData | null;

/** What a draft keeps of a control: its value, or the parts it was typed in (a date's day/month/year, a look-up's text and choice). */
export type DraftState = string | readonly string[] | boolean | Readonly<Record<string, string>>;

/** Whether a draft state is a record of parts (not a value, a list or a tick). */
export function isDraftRecord(state: DraftState): state is Readonly<Record<string, string>> {
  return typeof state === 'object' && !Array.isArray(state);
}

/** The JSON type the form engine's `serialize` gives a control's entries; undefined keeps them strings. */
export type JsonKind = 'number' | 'boolean' | 'array';

/** Whether a control has taken the focus in the current task: the first of one submit's `invalid` events. */
let focusTaken = false;

/** The interaction states exposed as CSS custom states, e.g. `socle-text-field:state(user-invalid)`. */
export type ControlState = 'touched' | 'dirty' | 'user-invalid' | 'user-valid' | 'pending' | 'html-first';

/** Native elements a Socle control enhances in place: the form engine counts the control, not them. */
const enhancedNatives = new WeakSet<Element>();

/** Whether `element` is a native control (or one of its radios) that a Socle control has enhanced. */
export function isEnhancedNative(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) if (enhancedNatives.has(node)) return true;
  return false;
}

function sameIssue(a: ValidationIssue | null | undefined, b: ValidationIssue | null | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.key !== b.key || a.message !== b.message || a.flag !== b.flag || a.parts?.join() !== b.parts?.join()) return false;
  const aParams = Object.entries(a.params ?? {});
  return aParams.length === Object.keys(b.params ?? {}).length && aParams.every(([k, v]) => b.params?.[k] === v);
}

interface ValidatorMemo<V> {
  value: V;
  validators: readonly Validator<V>[];
  result: ValidationOutcome | Promise<ValidationOutcome>;
}

// Shared, frozen defaults: a form of a thousand fields need not allocate a thousand empty arrays and objects.
const NO_VALIDATORS: readonly Validator<never>[] = Object.freeze([]);
const NO_MESSAGES: Readonly<Record<string, string>> = Object.freeze({});

/** Properties of the base class whose change re-runs validation; subclasses add their own constraints. */
const BASE_VALIDATION_PROPERTIES = ['required', 'disabled', 'readonly', 'validators', 'messages', 'label', 'error'];

/**
 * @summary Base class of every Socle form control (form-associated custom element).
 * @cssstate touched - La personne a quitté le champ au moins une fois. / The person has left the field at least once.
 * @cssstate dirty - La personne a modifié la valeur. / The person has changed the value.
 * @cssstate user-invalid - Une erreur est affichée. / An error is shown.
 * @cssstate user-valid - Valeur modifiée (ou formulaire envoyé) et valide. / The person has changed the value (or submitted) and it is valid.
 * @cssstate pending - Une vérification asynchrone est en cours. / An asynchronous validator is running.
 */
export abstract class SocleFormControl<V = string> extends SocleElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  /** Whether Enter in the control's inputs submits the form, as in a native single-line field (the only way to opt in). */
  protected static submitsOnEnter = false;
  /**
   * The native element an author may write inside (HTML-first markup), e.g. `:scope > input`; '' if none.
   * Found when the control connects, it is kept in the light DOM and enhanced in place.
   */
  protected static nativeSelector = '';
  /** Property names whose change re-runs validation synchronously. */
  protected static validationProperties: ReadonlySet<string> = new Set(BASE_VALIDATION_PROPERTIES);

  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  @property({ reflect: true, useDefault: true }) name = '';
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  @property() label = '';
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  @property() hint = '';
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  @property({ type: Boolean, reflect: true, useDefault: true }) required = false;
  /**
   * Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled: no focus,
   * no validation, not submitted (as inside a `<fieldset disabled>`).
   */
  // The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
  // before the next render (with Lit's deferred reflection it ran after, and the render missed it).
  @property({ type: Boolean })
  get disabled(): boolean {
    return this.hasAttribute('disabled');
  }
  set disabled(value: boolean) {
    const old = this.hasAttribute('disabled');
    this.toggleAttribute('disabled', value);
    this.requestUpdate('disabled', old);
  }
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  @property({ type: Boolean, reflect: true, useDefault: true }) readonly = false;
  /**
   * Donnée sensible (santé, NIR, IBAN…) : jamais gardée dans les brouillons de `<socle-form>`. / Sensitive:
   * never kept in drafts.
   */
  @property({ type: Boolean, reflect: true }) sensitive = false;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  @property({ attribute: false }) validators: readonly Validator<V>[] = NO_VALIDATORS;
  /**
   * Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
   * / Per-field message overrides; placeholders such as `{label}` work.
   */
  @property({ type: Object }) messages: Readonly<Record<string, string>> = NO_MESSAGES;
  /**
   * Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
   * valeur. / A server-side error, shown at once and dropped when the value changes.
   */
  @property() error = '';

  /** True while a disabled ancestor `<fieldset>` (or the `disabled` attribute) disables the control. */
  @state() protected formDisabled = false;
  /** Whether the error, if any, is currently shown (see `showErrorIfInvalid`). */
  @state() protected errorVisible = false;
  /** The current validation issue, null when valid. Compared by content: re-validating the same value renders nothing. */
  @state({ hasChanged: (next: ValidationIssue | null, previous: ValidationIssue | null) => !sameIssue(next, previous) })
  protected issue: ValidationIssue | null = null;
  /** True while an async validator runs. */
  @state() protected pending = false;

  protected readonly internals: ElementInternals;
  /** The author's native element (HTML-first markup), enhanced in place; null when the control renders its own. */
  protected native: HTMLElement | null = null;
  /** HTML-first: the error element (the author's `.socle-error`, or one made), and the authored descriptions. */
  #lightError: HTMLElement | undefined;
  #authoredDescribedBy = '';
  // Not a #private field: Lit calls requestUpdate from its constructor, before #fields exist.
  private connectedOnce = false;
  #customMessage = '';
  #touched = false;
  #dirty = false;
  #submitted = false;
  #quietCheck = false;
  /** True while the render commits: a focus lost then is the render's doing, not the person's. */
  #rendering = false;
  #asyncRun = 0;
  #memo: ValidatorMemo<V> | undefined;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.addEventListener('invalid', this.#onInvalid);
    this.addEventListener('focusout', this.#onFocusOut);
    watchPointerPresses();
  }

  /** The current value. */
  abstract get value(): V;
  abstract set value(value: V);
  /** The inner native control: validity anchor and focus target. Undefined before the first render. */
  protected abstract get anchor(): HTMLElement | null | undefined;
  /** The native constraints' verdict for the current value. */
  protected abstract checkConstraints(): ValidationIssue | null;
  /** What the form submits for the current value (null submits nothing). */
  protected abstract toFormValue(): FormValue;
  /** Puts back the default value (form reset). */
  protected abstract resetValue(): void;
  /** Puts back a value saved by the browser (back/forward cache, autofill, session restore). */
  protected abstract restoreValue(state: FormValue): void;

  // ----- Native-like public API -------------------------------------------------------------------------

  /** The `<form>` the control belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  /** The `<label>` elements associated with the control. */
  get labels(): NodeList {
    return this.internals.labels;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  /** The error message in the page's language (never the browser's). */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  /** Like the native method: fires `invalid` when invalid, but shows nothing (unlike `reportValidity`). */
  checkValidity(): boolean {
    this.#quietCheck = true;
    try {
      return this.internals.checkValidity();
    } finally {
      this.#quietCheck = false;
    }
  }
  /** Shows the error in the field (Socle's message only, no browser bubble) and focuses the field when invalid. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }
  /** Like the native method: a non-empty message makes the control invalid with that message. */
  setCustomValidity(message: string): void {
    this.#customMessage = message;
    this.validate();
  }

  /**
   * Shows the error now, as a submit attempt does (without the browser's bubble); returns whether the
   * value is valid. Used by the form engine to check one step of a multi-step form.
   */
  showErrors(): boolean {
    if (!this.willValidate) return true;
    this.#submitted = true;
    this.showErrorIfInvalid();
    return this.internals.validity.valid;
  }

  // ----- The form engine's protocol: drafts and JSON, read from the class, never from the tag ------------------

  /**
   * What a draft keeps of the control (see `<socle-form draft>`); undefined keeps nothing. A subclass whose
   * value is not all that was typed (a date's parts, a look-up's text) returns more, and takes it back in
   * `restoreDraftState`.
   */
  draftState(): DraftState | undefined {
    const value: unknown = this.value;
    if (typeof value === 'string') return value;
    if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
    return undefined;
  }

  /** Puts back what `draftState` returned (a draft restored after a reload). */
  restoreDraftState(state: DraftState): void {
    const current: unknown = this.value;
    // The value's own shape only: a text for a text, a list for a list.
    if ((typeof current === 'string' && typeof state === 'string') || (Array.isArray(current) && Array.isArray(state))) {
      this.value = state as V;
    }
  }

  /** How the form engine's JSON types the control's entries (a number, a boolean, always a list). */
  get jsonKind(): JsonKind | undefined {
    return undefined;
  }

  /** The label as a person reads it (for summaries). */
  get displayLabel(): string {
    return this.accessibleLabel;
  }

  /** The value as a person reads it, e.g. an option's label rather than its code (for summaries). */
  get displayValue(): string {
    const value: unknown = this.value;
    if (Array.isArray(value)) return value.map(String).join(', ');
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  }

  /** True when the control is disabled, by its own attribute or by a disabled ancestor fieldset. */
  get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** Focuses the field (the author's native control in HTML-first markup). */
  override focus(options?: FocusOptions): void {
    if (this.native) (this.anchor ?? this.native).focus(options);
    else super.focus(options);
  }

  // ----- Lifecycle ------------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    this.connectedOnce = true;
    this.syncFormValue();
    this.validate();
  }

  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    super.requestUpdate(name, oldValue, options);
    // Validity must be right synchronously, as for native controls: `el.required = true; el.checkValidity()`.
    const ctor = this.constructor as typeof SocleFormControl;
    if (!this.connectedOnce || typeof name !== 'string') return;
    if (ctor.validationProperties.has(name)) this.validate();
    // A renamed control (repeated groups renumber their fields) submits under its new name at once.
    if (name === 'name') this.syncFormValue();
  }

  protected override update(changed: PropertyValues): void {
    this.#rendering = true;
    try {
      super.update(changed);
    } finally {
      this.#rendering = false;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.native) this.syncNative();
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // The inner control exists now: anchor the validity on it so a blocked submit focuses it. A valid
    // control has no anchor to set: its validity, set when connected, stands.
    if (this.issue || this.pending) this.applyValidity();
  }

  protected override localeChanged(): void {
    if (this.connectedOnce) this.validate();
  }

  /** @internal Called by the browser on form reset. */
  formResetCallback(): void {
    this.resetValue();
    this.#touched = this.#dirty = this.#submitted = false;
    this.errorVisible = false;
    this.valueChanged();
  }

  /** @internal Called by the browser when the control or an ancestor fieldset is (en|dis)abled. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
    this.validate();
  }

  /** @internal Called by the browser to restore a value (back/forward cache, autofill). */
  formStateRestoreCallback(state: FormValue): void {
    this.restoreValue(state);
    this.valueChanged();
  }

  // ----- For subclasses -------------------------------------------------------------------------------

  /** Call after every change of the value: updates the form value and validity synchronously. */
  protected valueChanged(): void {
    if (!this.connectedOnce) return;
    this.syncFormValue();
    this.validate();
  }

  /** Call when the person changed the value (input event): marks the control dirty. */
  protected userChangedValue(): void {
    this.#dirty = true;
    // The server's verdict was about the previous value.
    if (this.error) this.error = '';
    this.valueChanged();
  }

  /** Shows the error now if there is one (after a submit attempt, or when a field the person changed is left). */
  protected showErrorIfInvalid(): void {
    this.errorVisible = this.issue !== null;
    this.updateStates();
  }

  /**
   * Enter in a single-line field submits its form, as it does for native inputs (the inner input lives in a
   * shadow root, so the browser's implicit submission does not reach the outer form).
   */
  protected submitFormImplicitly(): void {
    const form = this.form;
    if (!form) return;
    const submitter = Array.from(form.elements).find((el) => (el as HTMLButtonElement).type === 'submit') as
      | HTMLElement
      | undefined;
    if (submitter) {
      if (!(submitter as HTMLButtonElement).disabled) submitter.click();
    } else {
      form.requestSubmit();
    }
  }

  /** Enter submits the form, as it does from a native field (see `submitsOnEnter`). */
  #submitOnEnter(event: KeyboardEvent): void {
    // The author's native control (HTML-first markup) is in the form itself: the browser submits on Enter.
    if (this.native) return;
    if (event.key === 'Enter' && !event.isComposing && !event.defaultPrevented) this.submitFormImplicitly();
  }

  /** The text of a message key for this field: field override, then catalogue, with `{label}` filled in. */
  protected messageFor(issue: ValidationIssue): string {
    if (issue.message) return issue.message;
    const params = { label: this.accessibleLabel, ...issue.params };
    const own = this.messages[issue.key];
    return own !== undefined ? interpolate(own, params) : this.localize(issue.key, params);
  }

  /** The label as text, for messages (slotted label content wins over the attribute). */
  protected get accessibleLabel(): string {
    if (this.native) return spokenText(this.nativeLabel) || this.label;
    // Most fields have no child element: skip the selector (this runs for every field of a long form).
    if (!this.firstElementChild) return this.label;
    const slotted = this.querySelector(':scope > [slot="label"]')?.textContent.trim();
    return slotted || this.label;
  }

  /** Whether a hint is shown (attribute or slot). */
  protected get hasHint(): boolean {
    return Boolean(this.hint) || this.hasSlotted('hint');
  }

  /** The ids the inner control's `aria-describedby` lists: the hint, then the error when shown. */
  protected describedBy(...extra: string[]): string | undefined {
    const ids = [this.hasHint ? 'hint' : '', ...extra, this.visibleError ? 'error' : ''].filter(Boolean);
    return ids.length > 0 ? ids.join(' ') : undefined;
  }

  /**
   * Label (for `#input`), hint and error in one template: one template instance instead of three, which
   * matters on forms of hundreds of fields. The required mark is always there, hidden when not required:
   * an attribute costs less than a nested template.
   */
  protected renderFieldHeader() {
    const error = this.visibleError;
    return html`<label id="label" class="label" part="label-text" for="input"
        ><slot name="label">${this.label}</slot
        ><span class="required-mark" part="required-mark" aria-hidden="true" ?hidden=${!this.required}>&nbsp;*</span></label
      >
      <div id="hint" class="hint" part="hint-text" ?hidden=${!this.hasHint}>
        <slot name="hint">${this.hint}</slot>
      </div>
      <div id="error" class="error" part="error-text" aria-live="polite">${errorText(this.localize('error-prefix'), error)}</div>`;
  }

  /** The label's content: its slot (falling back to the attribute) and the visual required mark. */
  protected renderLabelContent() {
    return html`<slot name="label">${this.label}</slot
      ><span class="required-mark" part="required-mark" aria-hidden="true" ?hidden=${!this.required}>&nbsp;*</span>`;
  }

  /** The hint (`#hint`), hidden when there is none so that nothing empty is announced. */
  protected renderHint() {
    return html`<div id="hint" class="hint" part="hint-text" ?hidden=${!this.hasHint}>
      <slot name="hint">${this.hint}</slot>
    </div>`;
  }

  /** The error (`#error`): a polite live region that always exists, so that filling it is announced. */
  protected renderError() {
    return errorRegion(this.localize('error-prefix'), this.visibleError);
  }

  protected onSlotChange(): void {
    this.requestUpdate();
  }

  // One `slotchange` listener on the shadow root (the event bubbles) rather than one per slot, and Enter heard
  // there too: fewer event bindings per field, on forms of hundreds of fields.
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const selector = (this.constructor as typeof SocleFormControl).nativeSelector;
    const native = selector && this.firstElementChild ? this.querySelector<HTMLElement>(selector) : null;
    if (native) {
      this.#enhance(native);
      return this;
    }
    const root = super.createRenderRoot();
    root.addEventListener('slotchange', () => this.onSlotChange());
    if ((this.constructor as typeof SocleFormControl).submitsOnEnter) {
      // Enter in any single-line input of the control (a date's parts, a group's boxes): a list, a text
      // area or a button keeps its own Enter, and a control that uses Enter itself cancels the event first.
      root.addEventListener('keydown', (event) => {
        if (event.target instanceof HTMLInputElement) this.#submitOnEnter(event as KeyboardEvent);
      });
    }
    return root;
  }

  /** The error text currently shown, or '' when none is shown. */
  protected get visibleError(): string {
    return this.errorVisible && this.issue ? this.messageFor(this.issue) : '';
  }

  /** Runs every check and updates validity; async validators report when they settle. */
  protected validate(): void {
    if (!this.connectedOnce) return;
    const barred = this.isDisabled || this.readonly;
    let issue: ValidationIssue | null = null;
    let asyncOutcome: Promise<ValidationOutcome> | undefined;
    if (!barred && this.error) {
      issue = { key: 'custom', message: this.error };
    } else if (!barred) {
      issue = this.checkConstraints();
      if (!issue && this.#customMessage) issue = { key: 'custom', message: this.#customMessage };
      if (!issue) {
        const result = this.#runValidators();
        if (result instanceof Promise) asyncOutcome = result;
        else issue = result ?? null;
      }
    }
    this.issue = issue;
    this.pending = asyncOutcome !== undefined;
    if (!issue) this.errorVisible = false;
    else if (this.error) this.errorVisible = true;
    this.applyValidity();
    this.updateStates();
    if (asyncOutcome) this.#awaitAsync(asyncOutcome);
  }

  protected applyValidity(): void {
    // Before the first render there is no inner control; the host (which delegates focus) anchors meanwhile.
    const anchor = this.anchor ?? undefined;
    if (this.pending) {
      this.internals.setValidity({ customError: true }, this.localize('pending', { label: this.accessibleLabel }), anchor);
    } else if (this.issue) {
      this.internals.setValidity({ [validityFlag(this.issue)]: true }, this.#messageOf(this.issue), anchor);
    } else {
      this.internals.setValidity({});
    }
  }

  #messageCache: { issue: ValidationIssue; locale: string; label: string; changes: number; text: string } | undefined;

  /** `messageFor`, remembered for the same issue, language and label (validity is re-applied after each render). */
  #messageOf(issue: ValidationIssue): string {
    const cache = this.#messageCache;
    const label = this.label;
    const changes = messagesChanges();
    if (cache?.issue === issue && cache.locale === this.locale && cache.label === label && cache.changes === changes && !this.firstElementChild) return cache.text;
    const text = this.messageFor(issue);
    this.#messageCache = { issue, locale: this.locale, label, changes, text };
    return text;
  }

  protected syncFormValue(): void {
    const value = this.toFormValue();
    this.internals.setFormValue(value, value);
  }

  protected updateStates(): void {
    const shown = this.errorVisible && this.issue !== null;
    this.#setState('touched', this.#touched);
    this.#setState('dirty', this.#dirty);
    this.#setState('pending', this.pending);
    this.#setState('user-invalid', shown);
    this.#setState('user-valid', (this.#submitted || (this.#touched && this.#dirty)) && !this.issue && !this.pending);
  }

  // ----- HTML-first markup ----------------------------------------------------------------------------

  /** HTML-first: the element whose text names the field (the native control's `<label>`, a group's `<legend>`). */
  protected get nativeLabel(): Element | null | undefined {
    return this.native && labelOf(this.native, this);
  }

  /** HTML-first: the element that carries `aria-invalid` and `aria-describedby` (the native control, a group's fieldset). */
  protected get nativeDescribed(): HTMLElement | null {
    return this.native;
  }

  /** HTML-first: ids of descriptions the control adds to the authored ones (a character count…). */
  protected nativeDescriptions(): string[] {
    return [];
  }

  /** HTML-first: where the error element goes when the author wrote none (before the native control). */
  protected errorPlace(native: HTMLElement): [parent: Node, before: Node | null] {
    return [native.parentNode ?? this, native];
  }

  /**
   * HTML-first: takes the author's attributes as the control's own, before the first validation. The
   * native constraints go (Socle checks them, with its messages, and one bubble-free message shows); the
   * name goes to the control, which submits the (normalised) value under it. Subclasses take their own.
   */
  protected adoptNative(native: HTMLElement): void {
    const field = native as HTMLInputElement;
    const name = field.getAttribute('name');
    if (name && !this.hasAttribute('name')) this.setAttribute('name', name);
    native.removeAttribute('name');
    if (native.hasAttribute('required')) this.required = true;
    native.removeAttribute('required');
    if (native.hasAttribute('disabled')) this.disabled = true;
    if (native.hasAttribute('readonly')) this.readonly = true;
  }

  /** HTML-first: after each render, the native markup reflects the state (error, invalid, required, disabled). */
  protected syncNative(): void {
    const described = this.nativeDescribed;
    const error = this.#lightError;
    if (!described || !error) return;
    const message = this.visibleError;
    writeError(error, this.localize('error-prefix'), message);
    described.setAttribute('aria-invalid', message ? 'true' : 'false');
    const ids = [this.#authoredDescribedBy, ...this.nativeDescriptions(), message ? error.id : ''].filter(Boolean).join(' ');
    if (ids) described.setAttribute('aria-describedby', ids);
    else described.removeAttribute('aria-describedby');
    if (this.required) described.setAttribute('aria-required', 'true');
    else described.removeAttribute('aria-required');
    const native = this.native;
    if (native && 'disabled' in native && native.disabled !== this.isDisabled) (native as HTMLInputElement).disabled = this.isDisabled;
  }

  #enhance(native: HTMLElement): void {
    this.native = native;
    enhancedNatives.add(native);
    // The control checks and speaks; the native's own constraints (a type, a range) never add a bubble.
    native.addEventListener('invalid', (event) => event.preventDefault(), true);
    this.adoptNative(native);
    const described = this.nativeDescribed ?? native;
    ensureId(described);
    this.#authoredDescribedBy = described.getAttribute('aria-describedby') ?? '';
    let error = this.querySelector<HTMLElement>('.socle-error');
    if (error) {
      // A message the server wrote (a previous submit without the script): shown until the value changes.
      const text = spokenText(error);
      if (text && !this.error) this.error = text;
      this.#authoredDescribedBy = this.#authoredDescribedBy.split(/\s+/).filter((id) => id && id !== error?.id).join(' ');
    } else {
      error = document.createElement('p');
      error.className = 'socle-error';
      const [parent, before] = this.errorPlace(native);
      parent.insertBefore(error, before);
    }
    error.id ||= `${described.id}-erreur`;
    error.setAttribute('aria-live', 'polite');
    this.#lightError = error;
    this.#setState('html-first', true);
    // Not awaited by `updateComplete`: the form works (and the engine starts) before the styles arrive.
    void adoptHtmlFirstStyles(this);
  }

  // ----- Internals ------------------------------------------------------------------------------------

  #setState(name: ControlState, on: boolean): void {
    const states = this.internals.states;
    // Touch the set only on a change: each change invalidates the styles that use :state().
    if (states.has(name) === on) return;
    if (on) states.add(name);
    else states.delete(name);
  }

  /**
   * Sync validators in order; the first issue wins. If every sync one passes, the async ones run together.
   * The outcome is memoised on (value, validators): re-validating for another reason (label, language,
   * disabled…) never calls a server again.
   */
  #runValidators(): ValidationOutcome | Promise<ValidationOutcome> {
    const { value, validators } = this;
    // Most fields have no validator of their own: nothing to run, no context to build.
    if (validators.length === 0) return null;
    const memo = this.#memo;
    if (memo && memo.value === value && memo.validators === validators) return memo.result;
    const context = { label: this.accessibleLabel, locale: this.locale };
    const pendings: Promise<ValidationOutcome>[] = [];
    let result: ValidationOutcome | Promise<ValidationOutcome> = null;
    for (const validator of validators) {
      const outcome = validator.validate(value, context);
      if (outcome instanceof Promise) pendings.push(outcome);
      else if (outcome) {
        result = outcome;
        break;
      }
    }
    const entry: ValidatorMemo<V> = { value, validators, result };
    if (!result && pendings.length > 0) {
      const all = Promise.all(pendings).then((outcomes) => outcomes.find(Boolean) ?? null);
      entry.result = all;
      all.then(
        (outcome) => (entry.result = outcome),
        () => (entry.result = null),
      );
    }
    this.#memo = entry;
    return entry.result;
  }

  #awaitAsync(outcome: Promise<ValidationOutcome>): void {
    const run = ++this.#asyncRun;
    outcome.then(
      (result) => {
        if (run !== this.#asyncRun) return; // a newer value is being checked: this result is stale
        this.pending = false;
        this.issue = result ?? null;
        if (!this.issue) this.errorVisible = false;
        this.applyValidity();
        this.updateStates();
      },
      () => {
        if (run !== this.#asyncRun) return;
        // A failing check (network…) must not block the citizen: the server validates again anyway.
        this.pending = false;
        this.issue = null;
        this.applyValidity();
        this.updateStates();
      },
    );
  }

  #onInvalid = (event: Event): void => {
    // Fired by a blocked submit (or checkValidity): from now on errors show at once.
    if (event.target !== this || this.#quietCheck) return;
    this.#submitted = true;
    this.showErrorIfInvalid();
    // One message, Socle's: no browser bubble beside it (in the browser's language). Cancelling the event
    // also cancels the browser's focus move, so a validating form's first invalid control takes the focus
    // here (a `<socle-form>` is `novalidate` and moves the focus to its summary itself).
    event.preventDefault();
    // The anchor is what the browser would focus: the inner field, or the part in error.
    if (!focusTaken && !this.form?.noValidate) {
      focusTaken = true;
      setTimeout(() => (focusTaken = false));
      (this.anchor ?? this).focus();
    }
  };

  #onFocusOut = (event: FocusEvent): void => {
    // Focus moving inside the component is not leaving it.
    const to = event.relatedTarget;
    if (to instanceof Node && (this.contains(to) || this.shadowRoot?.contains(to))) return;
    if (this.#rendering) {
      // The render removed the focused part (another mode of entry): the control moves focus on itself, and
      // the person has not left unless it ends up elsewhere once the render is done.
      void this.updateComplete.then(() => {
        if (!this.matches(':focus-within')) this.#left();
      });
      return;
    }
    this.#left();
  };

  #left(): void {
    this.#touched = true;
    // Left by a mouse or finger press elsewhere: the error waits for that click, so as not to move its target.
    if (this.#dirty) afterPointerPress(() => this.showErrorIfInvalid());
    else this.updateStates();
  }
}
