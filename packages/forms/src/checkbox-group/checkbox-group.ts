/** A set of checkboxes in a fieldset ("Sélectionnez tout ce qui s'applique"), with min/max selected. */
import { html, nothing, type PropertyValues } from 'lit';
import { property, queryAll } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { type FormValue, type JsonKind, SocleFormControl, type ValidationIssue, fieldStyles, useMessages } from '@socle/core';
import { messages } from './messages.js';
import { choiceStyles } from '../shared/choice.styles.js';
import { renderChoices } from '../shared/choices.js';
import { adoptGroupInputs, beforeOptions, groupInputs, inputChoices } from '../shared/native-group.js';
import { type ChoiceOption, ChildOptions, watchOptions } from '../shared/options.js';

/**
 * @summary Cases à cocher dans un groupe avec légende ; `required` = au moins une, `min`/`max` cochées. / Checkboxes in a fieldset.
 *
 * @slot - Les choix, en `<option value="…" data-hint="…" selected>Libellé</option>` ; ou, HTML d'abord, un `<fieldset>` avec `<legend>` et un `<div class="socle-option">` (case + `<label>`) par choix. / The choices, as `<option>` elements; or, HTML first, a `<fieldset>` of native checkboxes.
 * @slot label - La légende, si elle contient du balisage. / The legend, when it needs markup.
 * @slot hint - L'aide, si elle contient du balisage. / The hint, when it needs markup.
 *
 * @event input - Quand la personne coche ou décoche. / When the person ticks or unticks.
 * @event change - Quand la personne coche ou décoche. / When the person ticks or unticks.
 * @event invalid - Quand un envoi trouve la sélection invalide. / When the selection is invalid on submit.
 *
 * @csspart base - Le `<fieldset>`. / The fieldset.
 * @csspart label-text - La `<legend>`. / The `<legend>`.
 * @csspart required-mark - La marque « obligatoire » (masquée aux technologies d’assistance). / The visual required mark (hidden from assistive technologies).
 * @csspart hint-text - L'aide. / The hint.
 * @csspart error-text - Le message d'erreur. / The error message.
 * @csspart option-list - Le conteneur des choix. / The options container.
 *
 * @cssstate touched - La personne a quitté le groupe au moins une fois. / The person has left the group at least once.
 * @cssstate dirty - La personne a changé la sélection. / The person has changed the selection.
 * @cssstate user-invalid - Une erreur est affichée. / An error is shown.
 * @cssstate user-valid - Sélection changée et valide. / The selection was changed and is valid.
 */
export class SocleCheckboxGroup extends SocleFormControl<readonly string[]> {
  static override styles = [...SocleFormControl.styles, fieldStyles, choiceStyles];
  protected static override submitsOnEnter = true;
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
    if (!this.native) watchOptions(this, (contentChanged) => this.#onOptionsChange(contentChanged));
  }

  protected static override nativeSelector = ':scope > fieldset';

  /** The choices in use (HTML-first: the author's checkboxes). */
  get choices(): readonly ChoiceOption[] {
    if (this.native) return inputChoices(this.#boxes);
    return this.#childOptions.get(this.options);
  }

  /** The boxes: the author's (HTML-first markup) or the rendered ones. */
  get #boxes(): HTMLInputElement[] {
    return this.native ? groupInputs(this.native, 'checkbox') : Array.from(this.boxes);
  }

  /** HTML-first: the boxes keep their name and submit themselves; `required` moves to the group. */
  protected override adoptNative(native: HTMLElement): void {
    super.adoptNative(native);
    const boxes = groupInputs(native, 'checkbox');
    if (adoptGroupInputs(this, boxes)) this.required = true;
    native.addEventListener('change', (event) => this.#onChange(event));
    if (boxes.some((box) => box.checked !== box.defaultChecked)) this.#takeTicked(boxes);
  }

  protected override get nativeLabel(): Element | null | undefined {
    return this.native?.querySelector(':scope > legend');
  }

  protected override errorPlace(native: HTMLElement): [parent: Node, before: Node | null] {
    return beforeOptions(native, groupInputs(native, 'checkbox'));
  }

  protected override syncNative(): void {
    super.syncNative();
    // A plain group has no required state in ARIA: the legend's mark says it, as in the rendered markup.
    this.native?.removeAttribute('aria-required');
    const chosen = new Set(this.value);
    for (const box of this.#boxes) {
      const checked = chosen.has(box.value);
      if (box.checked !== checked) box.checked = checked;
    }
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

  /** Always a list in JSON, empty when nothing is ticked. */
  override get jsonKind(): JsonKind {
    return 'array';
  }

  override get displayValue(): string {
    const chosen = new Set(this.value);
    return this.choices.filter((choice) => chosen.has(choice.value)).map((choice) => choice.label).join(', ');
  }

  constructor() {
    super();
    useMessages(messages);
  }

  protected get anchor(): HTMLElement | null {
    const boxes = this.#boxes;
    return boxes.find((box) => !box.disabled) ?? null;
  }

  protected checkConstraints(): ValidationIssue | null {
    const count = this.value.length;
    if (count === 0) return this.required ? { key: this.min && this.min > 1 ? 'min-selected' : 'required-group', params: { min: this.min }, flag: 'valueMissing' } : null;
    if (this.min !== undefined && count < this.min) return { key: 'min-selected', params: { min: this.min, count }, flag: 'rangeUnderflow' };
    if (this.max !== undefined && count > this.max) return { key: 'max-selected', params: { max: this.max, count }, flag: 'rangeOverflow' };
    return null;
  }

  protected toFormValue(): FormValue {
    if (!this.name || this.native) return null;
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

  #takeTicked(boxes: readonly HTMLInputElement[]): void {
    const ticked = new Set(boxes.map((box) => (box.checked ? box.value : '')).filter(Boolean));
    this.#value = this.choices.map((choice) => choice.value).filter((value) => ticked.has(value));
    this.userChangedValue();
    this.requestUpdate('value');
  }

  #onChange(event: Event): void {
    if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'checkbox') return;
    this.#takeTicked(this.#boxes);
    // The rendered boxes' `change` stops at the shadow root: say it from the host. The author's bubbles on.
    if (this.native) return;
    event.stopPropagation();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }


  override render() {
    if (this.native) return nothing;
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
        <legend id="label" class="label" part="label-text">${this.renderLabelContent()}</legend>
        ${this.renderHint()} ${this.renderError()}
        <div class="options" part="option-list">
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
