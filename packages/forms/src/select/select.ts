/** A drop-down list: a native `<select>` (the most robust list on phones and with assistive technologies). */
import { css, html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SocleFormControl, SocleStringControl, type ValidationIssue, controlStyles, fieldStyles, token, useMessages } from '@socle/core';
import { messages } from './messages.js';
import { type ChoiceOption, ChildOptions, readOptions, watchOptions } from '../shared/options.js';

/**
 * @summary Liste déroulante (un `<select>` natif), options en `<option>`/`<optgroup>` enfants ou par la propriété `options`. / A drop-down list.
 *
 * @slot - Les `<option>` et `<optgroup>`, comme dans un `<select>`. / The options, as in a `<select>`.
 * @slot label - Le libellé, s'il contient du balisage. / The label, when it needs markup.
 * @slot hint - L'aide, si elle contient du balisage. / The hint, when it needs markup.
 *
 * @event input - Quand la personne choisit une option. / When the person picks an option.
 * @event change - Quand la personne choisit une option. / When the person picks an option.
 * @event invalid - Quand un envoi trouve la valeur invalide. / When a submit attempt finds the value invalid.
 *
 * @csspart base - L'enveloppe. / The wrapper.
 * @csspart label-text - Le `<label>`. / The `<label>`.
 * @csspart required-mark - La marque « obligatoire » (masquée aux technologies d’assistance). / The visual required mark (hidden from assistive technologies).
 * @csspart hint-text - L'aide. / The hint.
 * @csspart error-text - Le message d'erreur. / The error message.
 * @csspart select - Le `<select>` natif. / The native `<select>`.
 *
 * @cssstate touched - La personne a quitté le champ au moins une fois. / The person has left the field at least once.
 * @cssstate dirty - La personne a modifié la valeur. / The person has changed the value.
 * @cssstate user-invalid - Une erreur est affichée. / An error is shown.
 * @cssstate user-valid - Valeur modifiée et valide. / The value was changed and is valid.
 */
export class SocleSelect extends SocleStringControl {
  // The list takes the full width of its container, like the text field: one column of fields lines up, the
  // list is an easy target on a phone, and the browser need not measure every option to size the box.
  static override styles = [
    ...SocleFormControl.styles,
    fieldStyles,
    controlStyles,
    css`
      .control {
        padding-inline-end: ${token('space-6')};
      }
    `,
  ];

  /** Options données par script (sinon les `<option>` enfants). / Options set from script. */
  @property({ attribute: false }) options?: readonly ChoiceOption[];
  /** Première option, vide, ex. « Sélectionnez une option » ; `required` la refuse. / An empty first option. */
  @property() placeholder?: string;
  /** Jeton de remplissage automatique, ex. `country-name`. / Autofill token. */
  @property() autocomplete?: string;

  @query('#input') private select!: HTMLSelectElement | null;
  readonly #childOptions = new ChildOptions(this);
  #builtFrom: unknown;
  /** Changes when the `<option>` children change, so that the inner list is rebuilt. */
  #childrenVersion = 0;

  /** The options in use: the `options` property, or else the `<option>` children. */
  get choices(): readonly ChoiceOption[] {
    // HTML-first: the options are the author's, in the author's `<select>` (never copied).
    if (this.native) return readOptions(this.native);
    return this.#childOptions.get(this.options);
  }

  override get displayValue(): string {
    if (this.value === '') return '';
    return this.choices.find((choice) => choice.value === this.value)?.label ?? this.value;
  }

  protected static override nativeSelector = ':scope > select';

  protected get control(): HTMLSelectElement | null {
    return (this.native as HTMLSelectElement | null) ?? this.select;
  }

  /** HTML-first: the default is the option marked `selected`, else the first, as in the browser. */
  protected override adoptNative(native: HTMLElement): void {
    const select = native as HTMLSelectElement;
    // Two lookups, not an array of every option (each would get its script wrapper, on lists of hundreds).
    const marked = select.querySelector<HTMLOptionElement>('option[selected]') ?? select.options[0];
    const authored = marked?.value ?? '';
    if (!this.hasAttribute('value')) this.defaultValue = authored;
    if (select.hasAttribute('autocomplete')) this.autocomplete = select.getAttribute('autocomplete') ?? undefined;
    super.adoptNative(native);
    // Chosen before the script: kept as the person's choice.
    if (marked && select.value !== authored) this.commitValue(select.value);
  }

  override connectedCallback(): void {
    // The default first: the base class then syncs the form value and validates once, with it.
    this.#initDefault();
    super.connectedCallback();
    watchOptions(this, (contentChanged) => this.#onOptionsChange(contentChanged));
  }

  constructor() {
    super();
    useMessages(messages);
  }

  protected checkConstraints(): ValidationIssue | null {
    return this.required && this.value === '' ? { key: 'required-select', flag: 'valueMissing' } : null;
  }

  /** Without a `value` attribute, the default is the `selected` option, or else the first one (as natively). */
  #initDefault(): void {
    if (this.hasAttribute('value')) return;
    const chosen = this.options ? this.#defaultFromProperty(this.options) : this.#defaultFromChildren();
    if (chosen !== undefined && this.defaultValue !== chosen) this.defaultValue = chosen;
  }

  #defaultFromProperty(options: readonly ChoiceOption[]): string | undefined {
    return (options.find((choice) => choice.selected) ?? (this.placeholder === undefined ? options[0] : undefined))?.value;
  }

  // Read from the DOM without building the option model: a page may hold hundreds of long lists.
  #defaultFromChildren(): string | undefined {
    if (!this.firstElementChild) return undefined;
    const selected = this.querySelector<HTMLOptionElement>(':scope > option[selected], :scope > optgroup > option[selected]');
    if (selected) return selected.value;
    return this.placeholder === undefined ? this.querySelector<HTMLOptionElement>(':scope > option, :scope > optgroup > option')?.value : undefined;
  }

  #onOptionsChange(contentChanged: boolean): void {
    if (!this.#childOptions.changed(contentChanged)) return;
    this.#childrenVersion += 1;
    this.#initDefault();
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('options') || changed.has('placeholder')) this.#initDefault();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const select = this.select;
    if (!select || this.native) return;
    // Options are built with the DOM (cloned from the children when possible), not a template per option:
    // a page may hold hundreds of lists of hundreds of options.
    const source = this.options ?? this.#childrenVersion;
    if (source !== this.#builtFrom || changed.has('placeholder')) {
      this.#builtFrom = source;
      this.#buildOptions(select);
    }
    if (select.value !== this.value) select.value = this.value;
    // Set only when it changes, not bound in the template (most lists have none).
    if (changed.has('autocomplete')) {
      if (this.autocomplete) select.setAttribute('autocomplete', this.autocomplete);
      else select.removeAttribute('autocomplete');
    }
  }

  #buildOptions(select: HTMLSelectElement): void {
    // Appended one by one: measured twice as fast in Chromium as going through a DocumentFragment.
    select.textContent = '';
    if (this.placeholder !== undefined) select.append(new Option(this.placeholder, ''));
    if (!this.options) {
      const seen: Element[] = [];
      for (const child of this.children) {
        if (child instanceof HTMLOptionElement || child instanceof HTMLOptGroupElement) {
          seen.push(child);
          select.append(child.cloneNode(true));
        }
      }
      // The children in use, recorded on the way: reading them again cost a second pass over every list.
      this.#childOptions.markSeen(seen);
      return;
    }
    this.appendChoices(select, this.options);
  }

  /** Appends `choices` to `select` as options (in their groups): the shadow list, or an author's list to fill. */
  protected appendChoices(select: HTMLSelectElement, choices: readonly ChoiceOption[]): void {
    let group: HTMLOptGroupElement | undefined;
    for (const choice of choices) {
      const option = new Option(choice.label, choice.value);
      option.disabled = choice.disabled ?? false;
      if (choice.group === undefined) {
        group = undefined;
        select.append(option);
      } else {
        if (group?.label !== choice.group) {
          group = document.createElement('optgroup');
          group.label = choice.group;
          select.append(group);
        }
        group.append(option);
      }
    }
  }

  override render() {
    if (this.native) return nothing;
    const error = this.visibleError;
    return html`
      <div class="field" part="base">
        ${this.renderFieldHeader()}
        <select
          id="input"
          class="control"
          part="select"
          name=${ifDefined(this.name || undefined)}
          ?required=${this.required}
          ?disabled=${this.isDisabled || this.readonly}
          aria-describedby=${ifDefined(this.describedBy())}
          aria-invalid=${error ? 'true' : 'false'}
        ></select>
      </div>
    `;
  }
}
