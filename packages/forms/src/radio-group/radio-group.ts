/** A set of radio buttons in a fieldset: native radios, so arrow keys move and select as everywhere else. */
import { html, type PropertyValues } from 'lit';
import { property, queryAll } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SocleFormControl, SocleStringControl, type ValidationIssue, fieldStyles } from '@socle/core';
import { choiceStyles } from '../shared/choice.styles.js';
import { renderChoices } from '../shared/choices.js';
import { type ChoiceOption, ChildOptions, watchOptions } from '../shared/options.js';

/**
 * @summary Boutons radio dans un groupe avec légende ; flèches du clavier natives, aide par option, disposition en tuiles. / Radio buttons in a fieldset.
 *
 * @slot - Les choix, en `<option value="…" data-hint="…">Libellé</option>`. / The choices, as `<option>` elements.
 * @slot label - La légende, si elle contient du balisage. / The legend, when it needs markup.
 * @slot hint - L'aide, si elle contient du balisage. / The hint, when it needs markup.
 *
 * @event input - Quand la personne choisit une réponse. / When the person picks an answer.
 * @event change - Quand la personne choisit une réponse. / When the person picks an answer.
 * @event invalid - Quand un envoi ne trouve aucune réponse obligatoire. / When a required answer is missing on submit.
 *
 * @csspart base - Le `<fieldset>`. / The fieldset.
 * @csspart label - La `<legend>`.
 * @csspart required-mark - La marque « obligatoire ».
 * @csspart hint - L'aide. / The hint.
 * @csspart error - Le message d'erreur. / The error message.
 * @csspart options - Le conteneur des choix. / The options container.
 *
 * @cssstate touched - La personne a quitté le groupe au moins une fois.
 * @cssstate dirty - La personne a changé de réponse.
 * @cssstate user-invalid - Une erreur est affichée.
 * @cssstate user-valid - Réponse choisie et valide.
 */
export class SocleRadioGroup extends SocleStringControl {
  static override styles = [...SocleFormControl.styles, fieldStyles, choiceStyles];

  /** Choix donnés par script (sinon les `<option>` enfants). / Choices set from script. */
  @property({ attribute: false }) options?: readonly ChoiceOption[];
  /** Disposition : `stacked` (par défaut), `inline` (réponses courtes, ex. Oui / Non) ou `tiles`. / Layout. */
  @property({ reflect: true }) layout: 'stacked' | 'inline' | 'tiles' = 'stacked';

  @queryAll('input[type="radio"]') private radios!: NodeListOf<HTMLInputElement>;
  readonly #childOptions = new ChildOptions(this);

  /** The choices in use. */
  get choices(): readonly ChoiceOption[] {
    return this.#childOptions.get(this.options);
  }

  override get displayValue(): string {
    if (this.value === '') return '';
    return this.choices.find((choice) => choice.value === this.value)?.label ?? this.value;
  }

  /** The checked radio, or else the first enabled one: what focus and the validity anchor use. */
  protected get control(): HTMLInputElement | null {
    const radios = Array.from(this.radios);
    return radios.find((radio) => radio.checked) ?? radios.find((radio) => !radio.disabled) ?? null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchOptions(this, (contentChanged) => this.#onOptionsChange(contentChanged));
    this.#initDefault();
  }

  protected checkConstraints(): ValidationIssue | null {
    return this.required && this.value === '' ? { key: 'required-choice' } : null;
  }

  #initDefault(): void {
    if (this.hasAttribute('value')) return;
    const chosen = this.choices.find((choice) => choice.selected)?.value ?? '';
    if (this.defaultValue !== chosen) this.defaultValue = chosen;
  }

  #onOptionsChange(contentChanged: boolean): void {
    if (!this.#childOptions.changed(contentChanged)) return;
    this.#initDefault();
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('options')) this.#initDefault();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The anchor follows the checked radio, so a blocked submit focuses the right one.
    this.applyValidity();
  }

  #onInput(event: Event): void {
    this.commitValue((event.target as HTMLInputElement).value);
  }


  override render() {
    const error = this.visibleError;
    const disabled = this.isDisabled || this.readonly;
    return html`
      <fieldset
        class="field"
        part="base"
        role="radiogroup"
        aria-describedby=${ifDefined(this.describedBy())}
        aria-required=${this.required ? 'true' : 'false'}
        aria-invalid=${error ? 'true' : 'false'}
        ?disabled=${this.isDisabled}
      >
        <legend id="label" class="label" part="label">${this.renderLabelContent()}</legend>
        ${this.renderHint()} ${this.renderError()}
        <div class="options" part="options" @keydown=${this.submitOnEnter}>
          ${renderChoices({
            type: 'radio',
            name: 'choice',
            choices: this.choices,
            isChecked: (choice) => choice.value === this.value,
            disabled,
            onInput: this.#onInput,
            onChange: this.handleChange,
          })}
        </div>
      </fieldset>
    `;
  }
}
