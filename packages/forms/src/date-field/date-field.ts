/**
 * A date known to the person (birth date, date of an event) as three inputs — day, month, year — the
 * pattern public services use: no calendar to scroll, any keyboard, precise messages that point at the
 * wrong part only. The value is ISO `YYYY-MM-DD`.
 */
import { css, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { DefaultValue, type DraftState, type FormValue, SocleFormControl, isDraftRecord, type ValidationIssue, controlStyles, fieldStyles, token, useMessages, rem } from '@socle/core';
import { validateDate } from '@socle/validators';
import { beforeOptions } from '../shared/native-group.js';
import { messages } from './messages.js';

export type DatePart = 'day' | 'month' | 'year';
/** What the person typed in each box, kept as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

const PARTS: readonly DatePart[] = ['day', 'month', 'year'];
const EMPTY: DateParts = { day: '', month: '', year: '' };
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function partsOf(iso: string): DateParts {
  const match = ISO.exec(iso);
  return match ? { day: match[3] ?? '', month: match[2] ?? '', year: match[1] ?? '' } : { ...EMPTY };
}

const frenchDate = (iso: string): string => {
  const { day, month, year } = partsOf(iso);
  return `${day}/${month}/${year}`;
};

/**
 * @summary Date en trois champs jour / mois / année, valeur ISO `AAAA-MM-JJ`, bornes, passé/futur, mode date de naissance avec âges. / A date in three inputs.
 *
 * @slot label - La légende, si elle contient du balisage. / The legend, when it needs markup.
 * @slot hint - L'aide, si elle contient du balisage (ex. « Par exemple : 27 3 2007 »). / The hint.
 *
 * @event input - À chaque saisie dans l'un des champs. / At every keystroke in a part.
 * @event change - Quand la personne valide une modification d'un champ. / When a part's change is committed.
 * @event invalid - Quand un envoi trouve la date invalide. / When a submit attempt finds the date invalid.
 *
 * @csspart base - Le `<fieldset>`. / The `<fieldset>`.
 * @csspart label-text - La `<legend>`. / The `<legend>`.
 * @csspart required-mark - La marque « obligatoire » (masquée aux technologies d’assistance). / The visual required mark (hidden from assistive technologies).
 * @csspart hint-text - L'aide. / The hint.
 * @csspart error-text - Le message d'erreur. / The error message.
 * @csspart day - Le champ du jour. / The day input.
 * @csspart month - Le champ du mois. / The month input.
 * @csspart year - Le champ de l'année. / The year input.
 *
 * @cssstate touched - La personne a quitté le groupe au moins une fois. / The person has left the group at least once.
 * @cssstate dirty - La personne a modifié la date. / The person has changed the date.
 * @cssstate user-invalid - Une erreur est affichée. / An error is shown.
 * @cssstate user-valid - Date modifiée et valide. / The date was changed and is valid.
 */
export class SocleDateField extends SocleFormControl {
  protected static override submitsOnEnter = true;
  // An invalid date marks only its wrong parts, not the whole date.
  static override styles = [
    ...SocleFormControl.styles,
    fieldStyles,
    controlStyles,
    css`
      .parts {
        display: flex;
        flex-wrap: wrap;
        gap: ${token('space-4')};
      }
      .part label {
        display: block;
        margin-block-end: ${token('space-1')};
      }
      .part .control {
        width: ${rem(3.5)};
      }
      .part.year .control {
        width: ${rem(5)};
      }
      :host(:state(user-invalid)) .control {
        border-color: ${token('color-border')};
        box-shadow: none;
      }
      :host(:state(user-invalid)) .control[aria-invalid='true'] {
        border-color: ${token('color-error')};
        box-shadow: inset 0 0 0 1px ${token('color-error')};
      }
    `,
  ];
  protected static override validationProperties: ReadonlySet<string> = new Set([
    ...SocleFormControl.validationProperties,
    'min',
    'max',
    'past',
    'future',
    'birthdate',
    'minAge',
    'maxAge',
    'subject',
    'today',
  ]);

  /** Date la plus ancienne acceptée (ISO). / Earliest date. */
  @property() min?: string;
  /** Date la plus récente acceptée (ISO). / Latest date. */
  @property() max?: string;
  /** La date doit être passée. / Must be in the past. */
  @property({ type: Boolean }) past = false;
  /** La date doit être à venir. / Must be in the future. */
  @property({ type: Boolean }) future = false;
  /** Date de naissance : remplissage automatique `bday-*`, date passée, messages adaptés. / Birth-date mode. */
  @property({ type: Boolean }) birthdate = false;
  /**
   * `off` : pas de remplissage automatique, ex. la date de naissance d’un enfant (ce n’est pas celle de la
   * personne). / `off`: no autofill, e.g. a child's birth date (not the person's own).
   */
  @property() autocomplete?: 'off';
  /** Âge minimal (en années révolues), avec `birthdate`. / Minimum age. */
  @property({ type: Number, attribute: 'min-age' }) minAge?: number;
  /** Âge maximal, avec `birthdate`. / Maximum age. */
  @property({ type: Number, attribute: 'max-age' }) maxAge?: number;
  /** Sujet des messages, ex. « La date de début » (par défaut le libellé entre guillemets). / Messages' subject. */
  @property() subject?: string;
  /** Le jour de référence (ISO) pour passé, futur et âges ; aujourd'hui par défaut. / Reference day. */
  @property() today?: string;

  @state() private parts: DateParts = { ...EMPTY };
  @query('#day') private dayInput!: HTMLInputElement | null;
  @query('#month') private monthInput!: HTMLInputElement | null;
  @query('#year') private yearInput!: HTMLInputElement | null;
  /** HTML-first: the author's three inputs (day, month, year, in that order). */
  #nativeParts: HTMLInputElement[] = [];
  readonly #default = new DefaultValue((value) => {
    this.parts = partsOf(value);
    this.valueChanged();
  });

  constructor() {
    super();
    useMessages(messages);
  }

  /** La date ISO `AAAA-MM-JJ` si elle est complète et réelle, sinon `''`. / ISO date, or '' when not a real date. */
  @property({ attribute: false })
  get value(): string {
    const { day, month, year } = this.parts;
    if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return '';
    const result = validateDate(`${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`);
    return result.valid ? result.value : '';
  }
  set value(value: string | null | undefined) {
    this.#default.setValue(value);
  }

  /** Date par défaut (attribut `value`, ISO), rétablie par `form.reset()`. / Default date. */
  @property({ attribute: 'value' })
  get defaultValue(): string {
    return this.#default.value;
  }
  set defaultValue(value: string | null | undefined) {
    this.#default.setDefault(value);
  }

  /** Ce que la personne a tapé dans chaque champ, tel quel. / What was typed in each part. */
  get typedParts(): DateParts {
    return { ...this.parts };
  }

  /** A draft keeps the parts as typed, even before they make a date. */
  override draftState(): DraftState {
    return { ...this.typedParts };
  }

  override restoreDraftState(state: DraftState): void {
    if (isDraftRecord(state)) this.setTypedParts({ day: state.day ?? '', month: state.month ?? '', year: state.year ?? '' });
  }

  /** The date in words, e.g. « 24 août 1962 ». */
  override get displayValue(): string {
    const value = this.value;
    if (!value) return Object.values(this.parts).some(Boolean) ? `${this.parts.day}/${this.parts.month}/${this.parts.year}` : '';
    const [year, month, day] = value.split('-').map(Number) as [number, number, number];
    return new Intl.DateTimeFormat(this.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(year, month - 1, day)),
    );
  }

  protected get anchor(): HTMLElement | null {
    const first = PARTS.find((part) => this.#wrong(part)) ?? 'day';
    return this.#input(first);
  }

  #input(part: DatePart): HTMLInputElement | null {
    if (this.native) return this.#nativeParts[PARTS.indexOf(part)] ?? null;
    return part === 'day' ? this.dayInput : part === 'month' ? this.monthInput : this.yearInput;
  }

  get #subject(): string {
    if (this.subject) return this.subject;
    return this.birthdate ? this.localize('date-birth-subject') : this.localize('date-subject', { label: this.accessibleLabel });
  }

  protected checkConstraints(): ValidationIssue | null {
    const parts = this.parts;
    const subject = this.#subject;
    const filled = PARTS.filter((part) => parts[part].trim() !== '');
    // Each issue names the parts it is about: they are marked invalid, and the first takes the focus.
    if (filled.length === 0) return this.required ? { key: 'required', parts: PARTS } : null;
    const missing = PARTS.filter((part) => !filled.includes(part));
    if (missing.length > 0) {
      const words = missing.map((part) => this.localize(`date-part-${part}`)).join(this.localize('date-and'));
      return { key: 'date-missing', params: { subject, parts: words }, flag: 'badInput', parts: missing };
    }
    const nonDigits = PARTS.filter((part) => !/^\d+$/.test(parts[part].trim()));
    if (nonDigits.length > 0) return { key: 'date-digits', params: { subject }, flag: 'badInput', parts: nonDigits };
    const day = Number(parts.day);
    const month = Number(parts.month);
    if (parts.year.trim().length !== 4) return { key: 'date-year-digits', params: { subject }, flag: 'badInput', parts: ['year'] };
    const year = Number(parts.year);
    if (month < 1 || month > 12) return { key: 'date-not-real', params: { subject }, flag: 'badInput', parts: ['month'] };
    const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const result = validateDate(iso, {
      min: this.min,
      max: this.max,
      past: this.past || this.birthdate,
      future: this.future,
      minAge: this.birthdate ? this.minAge : undefined,
      maxAge: this.birthdate ? this.maxAge : undefined,
      today: this.today,
    });
    if (result.valid) return null;
    switch (result.error) {
      case 'too-early':
        return { key: 'date-too-early', params: { subject, min: frenchDate(this.min ?? '') }, flag: 'rangeUnderflow', parts: PARTS };
      case 'too-late':
        return { key: 'date-too-late', params: { subject, max: frenchDate(this.max ?? '') }, flag: 'rangeOverflow', parts: PARTS };
      case 'not-past':
        return { key: 'date-not-past', params: { subject }, flag: 'rangeOverflow', parts: PARTS };
      case 'not-future':
        return { key: 'date-not-future', params: { subject }, flag: 'rangeUnderflow', parts: PARTS };
      case 'too-young':
        return { key: 'date-too-young', params: { subject, minAge: this.minAge }, flag: 'rangeOverflow', parts: PARTS };
      case 'too-old':
        return { key: 'date-too-old', params: { subject, maxAge: this.maxAge }, flag: 'rangeUnderflow', parts: PARTS };
      default:
        // The month is right (checked above), so the day does not exist in that month (31/04, 29/02/2023).
        return { key: 'date-not-real', params: { subject }, flag: 'badInput', parts: ['day'] };
    }
  }

  /** Whether the current issue is about `part`. */
  #wrong(part: DatePart): boolean {
    return this.issue?.parts?.includes(part) ?? false;
  }

  protected toFormValue(): FormValue {
    return this.value;
  }

  protected override syncFormValue(): void {
    // The state keeps what was typed, even an incomplete date, so that nothing is lost on restore.
    this.internals.setFormValue(this.toFormValue(), JSON.stringify(this.parts));
  }

  protected resetValue(): void {
    this.parts = partsOf(this.#default.reset());
  }

  protected restoreValue(state: FormValue): void {
    if (typeof state !== 'string') return;
    try {
      const parts = JSON.parse(state) as Record<string, unknown>;
      const text = (value: unknown): string => (typeof value === 'string' ? value : '');
      this.parts = { day: text(parts.day), month: text(parts.month), year: text(parts.year) };
      this.#default.markDirty();
    } catch {
      this.parts = partsOf(state);
    }
  }

  /** Restores typed parts (drafts): what the person typed, even if it is not a date yet. */
  setTypedParts(parts: DateParts): void {
    this.parts = { ...parts };
    this.#default.markDirty();
    this.valueChanged();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The anchor follows the first wrong part.
    if (changed.has('issue')) this.applyValidity();
  }

  #onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    const part = input.dataset.part as DatePart;
    this.parts = { ...this.parts, [part]: input.value };
    this.#default.markDirty();
    this.userChangedValue();
  }

  /** A whole date pasted into one box ("24/08/1962") fills the three. */
  #onPaste(event: ClipboardEvent): void {
    const text = event.clipboardData?.getData('text/plain').trim() ?? '';
    const result = validateDate(text);
    if (!result.valid || !/\D/.test(text)) return;
    event.preventDefault();
    this.parts = partsOf(result.value);
    this.#default.markDirty();
    this.userChangedValue();
  }

  protected static override nativeSelector = ':scope > fieldset';

  /**
   * HTML-first: the three inputs keep their names (the server gets the same parts with or without the
   * script); the control submits the ISO date under its own `name`, if it has one.
   */
  protected override adoptNative(native: HTMLElement): void {
    super.adoptNative(native);
    const inputs = Array.from(native.querySelectorAll<HTMLInputElement>('input:not([type="hidden"])')).slice(0, 3);
    this.#nativeParts = inputs;
    const typed: Record<string, string> = {};
    const defaults: Record<string, string> = {};
    PARTS.forEach((part, index) => {
      const input = inputs[index];
      if (!input) return;
      input.dataset.part = part;
      if (input.required) this.required = true;
      input.required = false;
      input.removeAttribute('pattern');
      if (!input.hasAttribute('inputmode')) input.inputMode = 'numeric';
      if (this.birthdate && !input.hasAttribute('autocomplete')) input.setAttribute('autocomplete', `bday-${part}`);
      typed[part] = input.value;
      defaults[part] = input.defaultValue;
    });
    const iso = `${defaults.year ?? ''}-${(defaults.month ?? '').padStart(2, '0')}-${(defaults.day ?? '').padStart(2, '0')}`;
    if (!this.hasAttribute('value') && validateDate(iso).valid) this.defaultValue = iso;
    // What the server sent back or the person typed before the script stays, as typed.
    this.parts = { day: typed.day ?? '', month: typed.month ?? '', year: typed.year ?? '' };
    if (PARTS.some((part) => typed[part] !== defaults[part])) {
      this.#default.markDirty();
      this.userChangedValue();
    } else this.valueChanged();
    native.addEventListener('input', (event) => {
      if ((event.target as HTMLElement).dataset.part) this.#onInput(event);
    });
    native.addEventListener('paste', (event) => {
      if ((event.target as HTMLElement).dataset.part) this.#onPaste(event);
    });
  }

  protected override get nativeLabel(): Element | null | undefined {
    return this.native?.querySelector(':scope > legend');
  }

  protected override errorPlace(native: HTMLElement): [parent: Node, before: Node | null] {
    return beforeOptions(native, this.#nativeParts);
  }

  protected override syncNative(): void {
    super.syncNative();
    this.native?.removeAttribute('aria-required');
    const error = this.visibleError;
    PARTS.forEach((part, index) => {
      const input = this.#nativeParts[index];
      if (!input) return;
      if (input.value !== this.parts[part]) input.value = this.parts[part];
      input.setAttribute('aria-invalid', error && this.#wrong(part) ? 'true' : 'false');
      input.readOnly = this.readonly;
    });
  }

  #onChange(event: Event): void {
    event.stopPropagation();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }


  #renderPart(part: DatePart) {
    const error = this.visibleError;
    const wrong = Boolean(error) && this.#wrong(part);
    const autocomplete = this.autocomplete === 'off' ? 'off' : this.birthdate ? `bday-${part}` : undefined;
    return html`<div class="part ${part}">
      <label for=${part}>${this.localize(`date-${part}`)}</label>
      <input
        id=${part}
        class="control"
        part=${part}
        data-part=${part}
        inputmode="numeric"
        spellcheck="false"
        maxlength=${part === 'year' ? 4 : 2}
        .value=${live(this.parts[part])}
        ?disabled=${this.isDisabled}
        ?readonly=${this.readonly}
        autocomplete=${ifDefined(autocomplete as AutoFill | undefined)}
        aria-invalid=${wrong ? 'true' : 'false'}
        @input=${this.#onInput}
        @change=${this.#onChange}
        @paste=${this.#onPaste}
      />
    </div>`;
  }

  override render() {
    if (this.native) return nothing;
    return html`
      <fieldset
        class="field"
        part="base"
        role="group"
        aria-describedby=${ifDefined(this.describedBy())}
        aria-invalid=${this.visibleError ? 'true' : 'false'}
        ?disabled=${this.isDisabled}
      >
        <legend id="label" class="label" part="label-text">${this.renderLabelContent()}</legend>
        ${this.renderHint()} ${this.renderError()}
        <div class="parts">${PARTS.map((part) => this.#renderPart(part))}</div>
      </fieldset>
    `;
  }
}
