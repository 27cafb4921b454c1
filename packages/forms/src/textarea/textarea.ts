/** A multi-line text field with an optional character count, announced politely, that never truncates. */
import { css, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  SocleFormControl,
  SocleStringControl,
  type ValidationIssue,
  checkTextConstraints,
  controlStyles,
  fieldStyles,
  token,
  useMessages,
} from '@socle/core';
import { messages } from './messages.js';

/** How long the person must pause before the remaining count is announced (GOV.UK's character count waits too). */
const COUNT_ANNOUNCE_DELAY = 1000;

/**
 * @summary Zone de texte sur plusieurs lignes, avec compteur de caractères facultatif ; une limite dépassée donne une erreur, jamais une troncature. / A multi-line text field with an optional character count.
 *
 * @slot label - Le libellé, s'il contient du balisage. / The label, when it needs markup.
 * @slot hint - L'aide, si elle contient du balisage. / The hint, when it needs markup.
 *
 * @event input - À chaque modification par la personne. / At every change by the person.
 * @event change - Quand la personne quitte la zone après l'avoir modifiée. / When a change is committed.
 * @event invalid - Quand un envoi trouve la valeur invalide. / When a submit attempt finds the value invalid.
 *
 * @csspart base - L'enveloppe. / The wrapper.
 * @csspart label-text - Le `<label>`. / The `<label>`.
 * @csspart required-mark - La marque « obligatoire » (masquée aux technologies d’assistance). / The visual required mark (hidden from assistive technologies).
 * @csspart hint-text - L'aide. / The hint.
 * @csspart error-text - Le message d'erreur. / The error message.
 * @csspart textarea - Le `<textarea>` natif. / The native `<textarea>`.
 * @csspart count-text - Le compteur de caractères visible. / The visible character count.
 *
 * @cssstate touched - La personne a quitté le champ au moins une fois. / The person has left the field at least once.
 * @cssstate dirty - La personne a modifié la valeur. / The person has changed the value.
 * @cssstate user-invalid - Une erreur est affichée. / An error is shown.
 * @cssstate user-valid - Valeur modifiée et valide. / The value was changed and is valid.
 */
export class SocleTextarea extends SocleStringControl {
  static override styles = [
    ...SocleFormControl.styles,
    fieldStyles,
    controlStyles,
    css`
      .control {
        resize: vertical;
        min-height: calc(${token('control-height')} * 2);
      }
      .count {
        margin-block-start: ${token('space-1')};
        color: ${token('color-text-muted')};
        font-size: ${token('font-size-small')};
      }
      .count.over {
        color: ${token('color-error')};
        font-weight: ${token('font-weight-bold')};
      }
    `,
  ];
  protected static override validationProperties: ReadonlySet<string> = new Set([
    ...SocleFormControl.validationProperties,
    'minlength',
    'maxlength',
  ]);

  /** Nombre de lignes visibles. / Visible rows. */
  @property({ type: Number }) rows = 5;
  /** Nombre minimal de caractères. / Minimum number of characters. */
  @property({ type: Number }) minlength?: number;
  /** Nombre maximal de caractères : une erreur au-delà, jamais de troncature. / Maximum; never truncates. */
  @property({ type: Number }) maxlength?: number;
  /** Affiche le compteur « Il vous reste N caractères » (avec `maxlength`). / Shows the remaining count. */
  @property({ type: Boolean }) count = false;
  /** Jeton de remplissage automatique. / Autofill token. */
  @property() autocomplete?: string;
  /** Correction orthographique. / Spell checking. */
  @property({ type: Boolean, converter: { fromAttribute: (value: string | null) => value !== 'false' } })
  override spellcheck = true;

  /** The count read to screen readers, updated only once the person pauses. */
  @state() private announcedCount = '';
  @query('#input') private textarea!: HTMLTextAreaElement | null;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;

  protected static override nativeSelector = ':scope > textarea';

  protected get control(): HTMLTextAreaElement | null {
    return (this.native as HTMLTextAreaElement | null) ?? this.textarea;
  }

  /** HTML-first: the lengths become the field's (checked with a message, never truncated). */
  protected override adoptNative(native: HTMLElement): void {
    for (const name of ['minlength', 'maxlength'] as const) {
      const value = native.getAttribute(name);
      if (value === null) continue;
      this[name] = Number(value);
      native.removeAttribute(name);
    }
    super.adoptNative(native);
  }

  protected override nativeDescriptions(): string[] {
    return this.#showsCount && this.native ? [`${this.native.id}-max`] : [];
  }

  constructor() {
    super();
    useMessages(messages);
  }

  protected checkConstraints(): ValidationIssue | null {
    return checkTextConstraints(this.value, this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('value') && this.#showsCount) {
      clearTimeout(this.#announceTimer);
      this.#announceTimer = setTimeout(() => (this.announcedCount = this.#countText()), COUNT_ANNOUNCE_DELAY);
    }
  }

  get #showsCount(): boolean {
    return this.count && this.maxlength !== undefined && this.maxlength >= 0;
  }

  #countText(): string {
    const left = (this.maxlength ?? 0) - this.value.length;
    if (left >= 0) return left === 1 ? this.localize('char-left') : this.localize('chars-left', { count: left });
    return left === -1 ? this.localize('char-over') : this.localize('chars-over', { count: -left });
  }

  #renderCount(maxId: string) {
    const over = this.value.length > (this.maxlength ?? 0);
    return html`<span id=${maxId} class="visually-hidden socle-visually-hidden">${this.localize('chars-max', { max: this.maxlength })}</span>
      <div class="count socle-count ${over ? 'over' : ''}" part="count-text" aria-hidden="true">${this.#countText()}</div>
      <div class="visually-hidden socle-visually-hidden" aria-live="polite">${this.announcedCount}</div>`;
  }

  override render() {
    const showsCount = this.#showsCount;
    if (this.native) return showsCount ? this.#renderCount(`${this.native.id}-max`) : nothing;
    const error = this.visibleError;
    return html`
      <div class="field" part="base">
        ${this.renderFieldHeader()}
        <textarea
          id="input"
          class="control"
          part="textarea"
          .value=${live(this.value)}
          rows=${this.rows}
          name=${ifDefined(this.name || undefined)}
          ?required=${this.required}
          ?disabled=${this.isDisabled}
          ?readonly=${this.readonly}
          autocomplete=${ifDefined(this.autocomplete as AutoFill | undefined)}
          spellcheck=${this.spellcheck ? 'true' : 'false'}
          aria-describedby=${ifDefined(this.describedBy(...(showsCount ? ['count-max'] : [])))}
          aria-invalid=${error ? 'true' : 'false'}
        ></textarea>
        ${showsCount ? this.#renderCount('count-max') : nothing}
      </div>
    `;
  }
}
