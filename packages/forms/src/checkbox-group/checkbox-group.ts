/** A set of checkboxes in a fieldset ("Sélectionnez tout ce qui s'applique"), with min/max selected. */
import { html, type PropertyValues } from 'lit';
import { property, queryAll } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { type FormValue, SocleFormControl, type ValidationIssue, fieldStyles } from '@socle/core';
import { choiceStyles } from '../shared/choice.styles.js';
import { renderChoices } from '../shared/choices.js';
import { type ChoiceOption, ChildOptions, watchOptions } from '../shared/options.js';

/**
 * @summary Cases à cocher dans un groupe avec légende ; `required` = au moins une, `min`/`max` cochées. / Checkboxes in a fieldset.
 *
 * @slot - Les choix, en `<option value="…" data-hint="…" selected>Libellé</option>`. / The choices, as `<option>` elements.
 * @slot label - La légende, si elle contient du balisage. / The legend, when it needs markup.
 * @slot hint - L'aide, si elle contient du balisage. / The hint, when it needs markup.
 *
 * @event input - Quand la personne coche ou décoche. / When the person ticks or unticks.
 * @event change - Quand la personne coche ou décoche. / When the person ticks or unticks.
 * @event invalid - Quand un envoi trouve la sélection invalide. / When the selection is invalid on submit.
 *
 * @csspart base - Le `<fieldset>`. / The fieldset.
 * @csspart label - La `<legend>`.
 * @csspart required-mark - La marque « obligatoire ».
 * @csspart hint - L'aide. / The hint.
 * @csspart error - Le message d'erreur. / The error message.
 * @csspart options - Le conteneur des choix. / The options container.
 *
 * @cssstate touched - La personne a quitté le groupe au moins une fois.
 * @cssstate dirty - La personne a changé la sélection.
 * @cssstate user-invalid - Une erreur est affichée.
 * @cssstate user-valid - Sélection changée et valide.
 */
export class SocleCheckboxGroup extends SocleFormControl<readonly string[]> {
  static override styles = [...SocleFormControl.styles, fieldStyles, choiceStyles];
  protected static override validationProperties: ReadonlySet<string> = new Set([
    ...SocleFormControl.validationProperties,
    'min',
    'max',
  ]);

  /** Choix donnés par script (sinon les `<option>` enfants). / Choices set from script. */
  @property({ attribute: false }) options?: readonly ChoiceOption[];
  /** Nombre minimal de cases cochées (si au moins une l'est, ou si `required`). / Minimum ticked. */
  @property({ type: Number }) min?: number;
  /** Nombre maximal de cases cochées. / Maximum ticked. */
  @property({ type: Number }) max?: number;
  /** Disposition : `stacked` (par défaut), `inline` ou `tiles`. / Layout. */
  @property({ reflect: true }) layout: 'stacked' | 'inline' | 'tiles' = 'stacked';

  @queryAll('input[type="checkbox"]') private boxes!: NodeListOf<HTMLInputElement>;
  readonly #childOptions = new ChildOptions(this);
  #value: readonly string[] | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    watchOptions(this, (contentChanged) => this.#onOptionsChange(contentChanged));
  }

  /** The choices in use. */
  get choices(): readonly ChoiceOption[] {
    return this.#childOptions.get(this.options);
  }

  /** Les valeurs cochées, dans l'ordre des choix. / The ticked values, in the choices' order. */
  @property({ attribute: false })
  get value(): readonly string[] {
    return this.#value ?? this.#defaultValue;
  }
  set value(value: readonly string[] | null | undefined) {
    this.#value = [...(value ?? [])];
    this.valueChanged();
  }

  get #defaultValue(): readonly string[] {
    return this.choices.filter((choice) => choice.selected).map((choice) => choice.value);
  }

  override get displayValue(): string {
    const chosen = new Set(this.value);
    return this.choices.filter((choice) => chosen.has(choice.value)).map((choice) => choice.label).join(', ');
  }

  protected get anchor(): HTMLElement | null {
    const boxes = Array.from(this.boxes);
    return boxes.find((box) => !box.disabled) ?? null;
  }

  protected checkConstraints(): ValidationIssue | null {
    const count = this.value.length;
    if (count === 0) return this.required ? { key: this.min && this.min > 1 ? 'min-selected' : 'required-group', params: { min: this.min } } : null;
    if (this.min !== undefined && count < this.min) return { key: 'min-selected', params: { min: this.min, count } };
    if (this.max !== undefined && count > this.max) return { key: 'max-selected', params: { max: this.max, count } };
    return null;
  }

  protected toFormValue(): FormValue {
    if (!this.name) return null;
    const data = new FormData();
    for (const value of this.value) data.append(this.name, value);
    return data;
  }

  protected override syncFormValue(): void {
    this.internals.setFormValue(this.toFormValue(), JSON.stringify(this.value));
  }

  protected resetValue(): void {
    this.#value = undefined;
    this.requestUpdate('value');
  }

  protected restoreValue(state: FormValue): void {
    if (typeof state !== 'string') return;
    try {
      const values: unknown = JSON.parse(state);
      if (Array.isArray(values)) this.value = values.filter((value): value is string => typeof value === 'string');
    } catch {
      // Not a state this control wrote: keep the current value.
    }
  }

  #onOptionsChange(contentChanged: boolean): void {
    if (!this.#childOptions.changed(contentChanged)) return;
    this.valueChanged();
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('options') || changed.has('name')) this.valueChanged();
  }

  #onChange(event: Event): void {
    event.stopPropagation();
    const ticked = new Set(Array.from(this.boxes, (box) => (box.checked ? box.value : '')).filter(Boolean));
    this.#value = this.choices.map((choice) => choice.value).filter((value) => ticked.has(value));
    this.userChangedValue();
    this.requestUpdate('value');
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }


  override render() {
    const error = this.visibleError;
    const disabled = this.isDisabled || this.readonly;
    const chosen = new Set(this.value);
    return html`
      <fieldset
        class="field"
        part="base"
        aria-describedby=${ifDefined(this.describedBy())}
        aria-invalid=${error ? 'true' : 'false'}
        ?disabled=${this.isDisabled}
      >
        <legend id="label" class="label" part="label">${this.renderLabelContent()}</legend>
        ${this.renderHint()} ${this.renderError()}
        <div class="options" part="options" @keydown=${this.submitOnEnter}>
          ${renderChoices({
            type: 'checkbox',
            choices: this.choices,
            isChecked: (choice) => chosen.has(choice.value),
            disabled,
            onChange: this.#onChange,
          })}
        </div>
      </fieldset>
    `;
  }
}
