/** A set of radio buttons in a fieldset: native radios, so arrow keys move and select as everywhere else. */
import { html, nothing, type PropertyValues } from 'lit';
import { property, queryAll } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { type FormValue, SocleFormControl, SocleStringControl, type ValidationIssue, fieldStyles, useMessages } from '@socle/core';
import { messages } from './messages.js';
import { choiceStyles } from '../shared/choice.styles.js';
import { renderChoices } from '../shared/choices.js';
import { adoptGroupInputs, beforeOptions, groupInputs, inputChoices } from '../shared/native-group.js';
import { type ChoiceOption, ChildOptions, watchOptions } from '../shared/options.js';

/**
 * @summary Boutons radio dans un groupe avec légende ; flèches du clavier natives, aide par option, disposition en tuiles. / Radio buttons in a fieldset.
 *
 * @slot - Les choix, en `<option value="…" data-hint="…">Libellé</option>` ; ou, HTML d'abord, un `<fieldset>` avec `<legend>` et un `<div class="socle-option">` (radio + `<label>`) par choix. / The choices, as `<option>` elements; or, HTML first, a `<fieldset>` of native radios.
 * @slot label - La légende, si elle contient du balisage. / The legend, when it needs markup.
 * @slot hint - L'aide, si elle contient du balisage. / The hint, when it needs markup.
 *
 * @event input - Quand la personne choisit une réponse. / When the person picks an answer.
 * @event change - Quand la personne choisit une réponse. / When the person picks an answer.
 * @event invalid - Quand un envoi ne trouve aucune réponse obligatoire. / When a required answer is missing on submit.
 *
 * @csspart base - Le `<fieldset>`. / The fieldset.
 * @csspart label-text - La `<legend>`. / The `<legend>`.
 * @csspart required-mark - La marque « obligatoire » (masquée aux technologies d’assistance). / The visual required mark (hidden from assistive technologies).
 * @csspart hint-text - L'aide. / The hint.
 * @csspart error-text - Le message d'erreur. / The error message.
 * @csspart option-list - Le conteneur des choix. / The options container.
 *
 * @cssstate touched - La personne a quitté le groupe au moins une fois. / The person has left the group at least once.
 * @cssstate dirty - La personne a changé de réponse. / The person has changed the answer.
 * @cssstate user-invalid - Une erreur est affichée. / An error is shown.
 * @cssstate user-valid - Réponse choisie et valide. / An answer was chosen and is valid.
 */
export class SocleRadioGroup extends SocleStringControl {
  static override styles = [...SocleFormControl.styles, fieldStyles, choiceStyles];
  protected static override submitsOnEnter = true;

  /** Choix donnés par script (sinon les `<option>` enfants). / Choices set from script. */
  @property({ attribute: false }) options?: readonly ChoiceOption[];
  /** Disposition : `stacked` (par défaut), `inline` (réponses courtes, ex. Oui / Non) ou `tiles`. / Layout. */
  @property({ reflect: true }) layout: 'stacked' | 'inline' | 'tiles' = 'stacked';

  @queryAll('input[type="radio"]') private radios!: NodeListOf<HTMLInputElement>;
  readonly #childOptions = new ChildOptions(this);

  protected static override nativeSelector = ':scope > fieldset';

  /** The choices in use (HTML-first: the author's radios). */
  get choices(): readonly ChoiceOption[] {
    if (this.native) return inputChoices(this.#radios);
    return this.#childOptions.get(this.options);
  }

  /** The radios: the author's (HTML-first markup) or the rendered ones. */
  get #radios(): HTMLInputElement[] {
    return this.native ? groupInputs(this.native, 'radio') : Array.from(this.radios);
  }

  override get displayValue(): string {
    if (this.value === '') return '';
    return this.choices.find((choice) => choice.value === this.value)?.label ?? this.value;
  }

  /** The checked radio, or else the first enabled one: what focus and the validity anchor use. */
  protected get control(): HTMLInputElement | null {
    const radios = this.#radios;
    return radios.find((radio) => radio.checked) ?? radios.find((radio) => !radio.disabled) ?? null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.native) watchOptions(this, (contentChanged) => this.#onOptionsChange(contentChanged));
    this.#initDefault();
  }

  /** HTML-first: the radios keep their name and submit themselves; `required` moves to the group. */
  protected override adoptNative(native: HTMLElement): void {
    super.adoptNative(native);
    const radios = groupInputs(native, 'radio');
    if (adoptGroupInputs(this, radios)) this.required = true;
    native.setAttribute('role', 'radiogroup');
    this.#initDefault();
    const checked = radios.find((radio) => radio.checked)?.value ?? '';
    if (checked !== this.value) this.commitValue(checked);
  }

  protected override get nativeLabel(): Element | null | undefined {
    return this.native?.querySelector(':scope > legend');
  }

  protected override errorPlace(native: HTMLElement): [parent: Node, before: Node | null] {
    return beforeOptions(native, groupInputs(native, 'radio'));
  }

  protected override syncNative(): void {
    super.syncNative();
    for (const radio of this.#radios) {
      const checked = radio.value === this.value;
      if (radio.checked !== checked) radio.checked = checked;
    }
  }

  constructor() {
    super();
    useMessages(messages);
  }

  protected override toFormValue(): FormValue {
    // As native radios: no answer, no entry (not `contact=`), so a server tells "no answer" from an empty one.
    return this.native || this.value === '' ? null : super.toFormValue();
  }

  protected override syncFormValue(): void {
    // The state keeps the answer even where the entry is left out (none yet, or the author's radios submit it).
    this.internals.setFormValue(this.toFormValue(), this.value);
  }

  protected checkConstraints(): ValidationIssue | null {
    return this.required && this.value === '' ? { key: 'required-choice', flag: 'valueMissing' } : null;
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
    if (this.native) return nothing;
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
        <legend id="label" class="label" part="label-text">${this.renderLabelContent()}</legend>
        ${this.renderHint()} ${this.renderError()}
        <div class="options" part="option-list">
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
