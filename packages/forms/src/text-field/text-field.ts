/** A single-line text field, form-associated, with label, hint and French error messages. */
import { html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  type DraftState,
  type JsonKind,
  SocleFormControl,
  SocleStringControl,
  type ValidationIssue,
  checkTextConstraints,
  controlStyles,
  fieldStyles,
} from '@socle/core';

export type TextFieldType = 'text' | 'email' | 'tel' | 'url' | 'search' | 'password' | 'number';

const TEXT_FIELD_VALIDATION_PROPERTIES = ['type', 'minlength', 'maxlength', 'pattern', 'min', 'max', 'step'];
/** Input attributes set imperatively (see `updated`); min, max and step only for numbers. */
const OPTIONAL_ATTRIBUTES = ['min', 'max', 'step', 'autocomplete', 'inputmode', 'placeholder', 'size'] as const;
const NUMBER_ATTRIBUTES: ReadonlySet<string> = new Set(['min', 'max', 'step']);
const TYPES = { email: 1, tel: 1, url: 1, search: 1, password: 1, number: 1 };

/**
 * @summary Champ de saisie sur une ligne, associé au formulaire natif, avec libellé, aide et message d'erreur en français. / A single-line text field.
 *
 * @slot label - Le libellé, quand il contient du balisage (sinon l’attribut `label`). / The label, when it needs markup (the `label` attribute otherwise).
 * @slot hint - L’aide, quand elle contient du balisage (sinon l’attribut `hint`). / The hint, when it needs markup (the `hint` attribute otherwise).
 *
 * @event input - À chaque changement de la valeur par la personne, comme pour `<input>`. / Fired at every change of the value by the person, as for `<input>`.
 * @event change - La personne valide un changement (elle quitte le champ), comme pour `<input>`. / Fired when the person commits a change (leaves the field), as for `<input>`.
 * @event invalid - Une tentative d’envoi a trouvé la valeur invalide. / Fired when a submit attempt finds the value invalid.
 *
 * @csspart base - L’enveloppe du libellé, de l’aide, de l’erreur et du champ. / The wrapper of label, hint, error and input.
 * @csspart label-text - Le `<label>`. / The `<label>`.
 * @csspart required-mark - La marque « obligatoire » (masquée aux technologies d’assistance). / The visual required mark (hidden from assistive technologies).
 * @csspart hint-text - L’aide. / The hint.
 * @csspart error-text - Le message d’erreur (région annoncée poliment aux lecteurs d’écran). / The error message (a polite live region).
 * @csspart control - Le `<input>` natif. / The native `<input>`.
 *
 * @cssprop --socle-color-text - Couleur du texte. / Text colour.
 * @cssprop --socle-color-text-muted - Couleur de l’aide. / Hint colour.
 * @cssprop --socle-color-border - Couleur de la bordure du champ. / Input border colour.
 * @cssprop --socle-color-error - Couleur des erreurs (message, bordure, marque obligatoire). / Error colour (message, border, required mark).
 * @cssprop --socle-color-focus - Couleur de l’anneau de focus. / Focus ring colour.
 * @cssprop --socle-control-height - Hauteur minimale du champ. / Minimum height of the input.
 *
 * @cssstate touched - La personne a quitté le champ au moins une fois. / The person has left the field at least once.
 * @cssstate dirty - La personne a modifié la valeur. / The person has changed the value.
 * @cssstate user-invalid - Une erreur est affichée. / An error is shown.
 * @cssstate user-valid - Valeur modifiée et valide. / The person has changed the value and it is valid.
 * @cssstate pending - Une vérification asynchrone est en cours. / An asynchronous validator is running.
 */
export class SocleTextField extends SocleStringControl {
  static override styles = [...SocleFormControl.styles, fieldStyles, controlStyles];
  protected static override submitsOnEnter = true;
  protected static override nativeSelector = ':scope > input';
  protected static override validationProperties: ReadonlySet<string> = new Set([
    ...SocleFormControl.validationProperties,
    ...TEXT_FIELD_VALIDATION_PROPERTIES,
  ]);

  /** Type de saisie : `text`, `email`, `tel`, `url`, `search`, `password` ou `number`. / Kind of text. */
  @property({ reflect: true, useDefault: true }) type: TextFieldType = 'text';
  /** A password never goes into a draft. */
  override draftState(): DraftState | undefined {
    return this.type === 'password' ? undefined : super.draftState();
  }

  /** `type="number"`: a number in JSON (null when empty). */
  override get jsonKind(): JsonKind | undefined {
    return this.type === 'number' ? 'number' : undefined;
  }

  /** Nombre minimal de caractères, vérifié avec un message. / Minimum number of characters. */
  @property({ type: Number }) minlength?: number;
  /** Nombre maximal de caractères : vérifié avec un message, jamais tronqué (même collé). / Maximum length, never truncates. */
  @property({ type: Number }) maxlength?: number;
  /** Expression régulière que toute la valeur doit respecter (comme `pattern` en HTML). / Whole-value pattern. */
  @property() pattern?: string;
  /** Minimum, pour `type="number"`. / Minimum for numbers. */
  @property() min?: string;
  /** Maximum, pour `type="number"`. / Maximum for numbers. */
  @property() max?: string;
  /** Pas, pour `type="number"` (`any` : aucun). / Step for numbers. */
  @property() step?: string;
  /** Jeton de remplissage automatique transmis au champ interne, ex. `family-name`, `email`, `tel`. / Autofill token. */
  @property() autocomplete?: string;
  /** Clavier virtuel à proposer, ex. `numeric`. / Virtual-keyboard hint. */
  @property() inputmode?: string;
  /** Texte indicatif. Préférez `hint` : il disparaît dès que la personne tape. / Placeholder; prefer `hint`. */
  @property() placeholder?: string;
  /**
   * Largeur du champ en caractères, comme `<input size>`, pour une réponse courte (code postal : 5, nombre
   * d’enfants : 2) ; sinon toute la largeur. Sans effet avec `type="number"` : préférez `inputmode="numeric"`.
   * / Width in characters, as `<input size>`, for short answers; full width otherwise.
   */
  @property() size?: string;
  /** Correction orthographique ; `spellcheck="false"` la coupe (noms, identifiants). / Spell checking. */
  @property({ type: Boolean, converter: { fromAttribute: (value: string | null) => value !== 'false' } })
  override spellcheck = true;

  @query('#input') private input!: HTMLInputElement | null;

  /** Sélectionne le texte, comme `<input>.select()`. / Selects the text. */
  select(): void {
    this.control?.select();
  }

  protected get control(): HTMLInputElement | null {
    return (this.native as HTMLInputElement | null) ?? this.input;
  }

  /** HTML-first: the input's type and constraints become the field's; Socle checks them (and never truncates). */
  protected override adoptNative(native: HTMLElement): void {
    const input = native as HTMLInputElement;
    if (input.type !== 'text' && input.type in TYPES) this.type = input.type as TextFieldType;
    for (const name of ['pattern', 'minlength', 'maxlength'] as const) {
      const value = input.getAttribute(name);
      if (value === null) continue;
      if (name === 'pattern') this.pattern = value;
      else this[name] = Number(value);
      input.removeAttribute(name);
    }
    for (const name of ['min', 'max', 'step'] as const) this[name] = input.getAttribute(name) ?? undefined;
    // What a field built on this one brings (a keyboard, an autofill token), unless the author said otherwise.
    for (const name of ['autocomplete', 'inputmode', 'size'] as const) {
      const value = this[name];
      if (value !== undefined && !input.hasAttribute(name)) input.setAttribute(name, value);
    }
    if (!this.spellcheck && !input.hasAttribute('spellcheck')) input.spellcheck = false;
    super.adoptNative(native);
  }

  protected checkConstraints(): ValidationIssue | null {
    if (this.type === 'number' && this.control?.validity.badInput) return { key: 'type-number' };
    return checkTextConstraints(this.value, this);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Attributes most fields never set are written here, only when they change, rather than as template
    // bindings that every one of a thousand fields would pay for on its first render.
    const input = this.input;
    // HTML-first: the author's attributes stay on the author's input.
    if (input && !this.native) {
      for (const name of OPTIONAL_ATTRIBUTES) {
        if (!changed.has(name) && !(changed.has('type') && NUMBER_ATTRIBUTES.has(name))) continue;
        // Null (not a string) once the attribute is removed from the host.
        const value: unknown = NUMBER_ATTRIBUTES.has(name) && this.type !== 'number' ? undefined : this[name];
        if (typeof value === 'string') input.setAttribute(name, value);
        else input.removeAttribute(name);
      }
      if (changed.has('spellcheck')) {
        if (this.spellcheck) input.removeAttribute('spellcheck');
        else input.setAttribute('spellcheck', 'false');
      }
    }
    // The browser keeps a number input's text while it is not a number ("12e"): re-check on each render.
    if (this.type === 'number' && changed.has('value')) this.validate();
  }

  /** Extra content under the input, for fields built on this one (a suggestion, a count…). */
  protected renderAfterInput(): unknown {
    return nothing;
  }

  override render() {
    if (this.native) return this.renderAfterInput();
    const error = this.visibleError;
    return html`
      <div class="field" part="base">
        ${this.renderFieldHeader()}
        <input
          id="input"
          class="control"
          part="control"
          .value=${live(this.value)}
          type=${this.type}
          name=${ifDefined(this.name || undefined)}
          ?required=${this.required}
          ?disabled=${this.isDisabled}
          ?readonly=${this.readonly}
          aria-describedby=${ifDefined(this.describedBy())}
          aria-invalid=${error ? 'true' : 'false'}
        />
        ${this.renderAfterInput()}
      </div>
    `;
  }
}
