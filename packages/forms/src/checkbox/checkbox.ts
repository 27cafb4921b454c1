/** A single checkbox (consent, "I certify…"), form-associated, with hint and French error messages. */
import { html, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { type DraftState, type FormValue, type JsonKind, SocleFormControl, type ValidationIssue, fieldStyles, useMessages } from '@socle/core';
import { messages } from './messages.js';
import { choiceStyles } from '../shared/choice.styles.js';

/**
 * @summary Case à cocher seule (consentement, attestation), associée au formulaire natif. / A single checkbox.
 *
 * @slot label - Le libellé, s'il contient du balisage (un lien vers des conditions…). / The label, when it needs markup.
 * @slot hint - L'aide, si elle contient du balisage. / The hint, when it needs markup.
 *
 * @event input - Quand la personne coche ou décoche. / When the person ticks or unticks.
 * @event change - Quand la personne coche ou décoche. / When the person ticks or unticks.
 * @event invalid - Quand un envoi trouve la case obligatoire non cochée. / When a required box is not ticked on submit.
 *
 * @csspart base - L'enveloppe. / The wrapper.
 * @csspart control - La case native. / The native checkbox.
 * @csspart label-text - Le `<label>`. / The `<label>`.
 * @csspart required-mark - La marque « obligatoire » (masquée aux technologies d’assistance). / The visual required mark (hidden from assistive technologies).
 * @csspart hint-text - L'aide. / The hint.
 * @csspart error-text - Le message d'erreur. / The error message.
 *
 * @cssstate touched - La personne a quitté la case au moins une fois. / The person has left the checkbox at least once.
 * @cssstate dirty - La personne a coché ou décoché la case. / The person has changed the state.
 * @cssstate user-invalid - Une erreur est affichée. / An error is shown.
 * @cssstate user-valid - Case cochée ou décochée, et valide. / The state was changed and is valid.
 */
export class SocleCheckbox extends SocleFormControl {
  static override styles = [...SocleFormControl.styles, fieldStyles, choiceStyles];
  protected static override submitsOnEnter = true;
  protected static override validationProperties: ReadonlySet<string> = new Set([
    ...SocleFormControl.validationProperties,
    'checked',
  ]);

  // `useDefault`: the defaults are not changes, so the first render does not sync and validate a second time.
  /** Valeur envoyée quand la case est cochée (`on` par défaut, comme en HTML). / Submitted value when ticked. */
  @property({ useDefault: true }) value = 'on';
  /** Cochée par défaut (attribut `checked`), rétabli par `form.reset()`. / Ticked by default. */
  @property({ type: Boolean, attribute: 'checked', useDefault: true }) defaultChecked = false;

  @query('#input') private input!: HTMLInputElement | null;
  #checked: boolean | undefined;

  /** Cochée. / Ticked. */
  @property({ attribute: false })
  get checked(): boolean {
    return this.#checked ?? this.defaultChecked;
  }
  set checked(checked: boolean) {
    const old = this.checked;
    this.#checked = checked;
    this.requestUpdate('checked', old);
    this.valueChanged();
  }

  override get displayValue(): string {
    return this.localize(this.checked ? 'review-yes' : 'review-no');
  }

  /** A draft keeps whether the box is ticked. */
  override draftState(): DraftState {
    return this.checked;
  }

  override restoreDraftState(state: DraftState): void {
    if (typeof state === 'boolean') this.checked = state;
  }

  /** Without a `value`, a lone box is a yes/no: `true` or `false` in JSON. */
  override get jsonKind(): JsonKind | undefined {
    return this.getAttribute('value') === null ? 'boolean' : undefined;
  }

  protected static override nativeSelector = ':scope > input[type="checkbox"]';

  /** The box: the author's (HTML-first markup) or the one rendered. */
  get #box(): HTMLInputElement | null {
    return (this.native as HTMLInputElement | null) ?? this.input;
  }

  constructor() {
    super();
    useMessages(messages);
  }

  protected get anchor(): HTMLElement | null {
    return this.#box;
  }

  /** HTML-first: the box's value and default become the control's; a box ticked before the script stays ticked. */
  protected override adoptNative(native: HTMLElement): void {
    const box = native as HTMLInputElement;
    super.adoptNative(native);
    if (box.hasAttribute('value')) this.value = box.value;
    this.defaultChecked = box.defaultChecked;
    if (box.checked !== box.defaultChecked) {
      this.#checked = box.checked;
      this.userChangedValue();
    }
  }

  protected override syncNative(): void {
    super.syncNative();
    const box = this.#box;
    if (box) box.checked = this.checked;
  }

  protected checkConstraints(): ValidationIssue | null {
    return this.required && !this.checked ? { key: 'required-checkbox', flag: 'valueMissing' } : null;
  }

  protected toFormValue(): FormValue {
    return this.checked ? this.value : null;
  }

  protected override syncFormValue(): void {
    this.internals.setFormValue(this.toFormValue(), this.checked ? 'checked' : 'unchecked');
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // The submitted value and the default state both change what the form holds.
    if (changed.has('value') || (changed.has('defaultChecked') && this.#checked === undefined)) this.valueChanged();
  }

  protected resetValue(): void {
    this.#checked = undefined;
    this.requestUpdate('checked');
  }

  protected restoreValue(state: FormValue): void {
    if (state === 'checked' || state === 'unchecked') this.checked = state === 'checked';
  }

  #onChange(event: Event): void {
    const box = this.#box;
    if (!box) return;
    this.#checked = box.checked;
    this.userChangedValue();
    this.requestUpdate('checked');
    // The rendered box's `change` stops at the shadow root: say it from the host. The author's bubbles on.
    if (this.native) return;
    event.stopPropagation();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  // The box's `change` is listened to on the shadow root, where it bubbles, rather than bound in the template
  // of each of a thousand boxes (Enter is heard there by the base class).
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.addEventListener('change', (event) => {
      if (event.target === this.#box) this.#onChange(event);
    });
    return root;
  }

  override render() {
    if (this.native) return nothing;
    const error = this.visibleError;
    return html`
      <div class="field" part="base">
        ${this.renderError()}
        <div class="option">
          <input
            id="input"
            class="box"
            part="control"
            type="checkbox"
            .checked=${this.checked}
            ?required=${this.required}
            ?disabled=${this.isDisabled || this.readonly}
            aria-describedby=${this.describedBy() ?? ''}
            aria-invalid=${error ? 'true' : 'false'}
          />
          <label id="label" class="option-label" part="label-text" for="input">${this.renderLabelContent()}</label>
          <div id="hint" class="option-hint" part="hint-text" ?hidden=${!this.hasHint}>
            <slot name="hint">${this.hint}</slot>
          </div>
        </div>
      </div>
    `;
  }
}
