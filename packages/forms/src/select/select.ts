/** A drop-down list: a native `<select>` (the most robust list on phones and with assistive technologies). */
import { css, html, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SocleFormControl, SocleStringControl, type ValidationIssue, controlStyles, fieldStyles, token } from '@socle/core';
import { type ChoiceOption, ChildOptions } from '../shared/options.js';

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
 * @csspart label - Le `<label>`.
 * @csspart required-mark - La marque « obligatoire ».
 * @csspart hint - L'aide. / The hint.
 * @csspart error - Le message d'erreur. / The error message.
 * @csspart select - Le `<select>` natif. / The native `<select>`.
 *
 * @cssstate touched - La personne a quitté le champ au moins une fois.
 * @cssstate dirty - La personne a modifié la valeur.
 * @cssstate user-invalid - Une erreur est affichée.
 * @cssstate user-valid - Valeur modifiée et valide.
 */
export class SocleSelect extends SocleStringControl {
  static override styles = [
    ...SocleFormControl.styles,
    fieldStyles,
    controlStyles,
    css`
      .control {
        width: auto;
        min-width: min(100%, 16rem);
        max-width: 100%;
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

  /** The options in use: the `options` property, or else the `<option>` children. */
  get choices(): readonly ChoiceOption[] {
    return this.#childOptions.get(this.options);
  }

  protected get control(): HTMLSelectElement | null {
    return this.select;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#initDefault();
  }

  protected checkConstraints(): ValidationIssue | null {
    return this.required && this.value === '' ? { key: 'required-select' } : null;
  }

  /** Without a `value` attribute, the default is the `selected` option, or else the first one (as natively). */
  #initDefault(): void {
    if (this.hasAttribute('value')) return;
    const choices = this.choices;
    const chosen = choices.find((choice) => choice.selected) ?? (this.placeholder === undefined ? choices[0] : undefined);
    if (chosen && this.defaultValue !== chosen.value) this.defaultValue = chosen.value;
  }

  #onOptionsChange(): void {
    this.#childOptions.invalidate();
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
    if (!select) return;
    // Options are built with the DOM (cloned from the children when possible), not a template per option:
    // a page may hold hundreds of lists of hundreds of options.
    const source = this.choices;
    if (source !== this.#builtFrom || changed.has('placeholder')) {
      this.#builtFrom = source;
      this.#buildOptions(select);
    }
    if (select.value !== this.value) select.value = this.value;
  }

  #buildOptions(select: HTMLSelectElement): void {
    const nodes: (HTMLOptionElement | HTMLOptGroupElement)[] = [];
    if (this.placeholder !== undefined) nodes.push(new Option(this.placeholder, ''));
    if (!this.options) {
      for (const child of this.children) {
        if (child instanceof HTMLOptionElement || child instanceof HTMLOptGroupElement) {
          nodes.push(child.cloneNode(true) as HTMLOptionElement | HTMLOptGroupElement);
        }
      }
    } else {
      let group: HTMLOptGroupElement | undefined;
      for (const choice of this.options) {
        const option = new Option(choice.label, choice.value);
        option.disabled = choice.disabled ?? false;
        if (choice.group === undefined) {
          group = undefined;
          nodes.push(option);
        } else {
          if (group?.label !== choice.group) {
            group = document.createElement('optgroup');
            group.label = choice.group;
            nodes.push(group);
          }
          group.append(option);
        }
      }
    }
    select.replaceChildren(...nodes);
  }

  override render() {
    const error = this.visibleError;
    return html`
      <div class="field" part="base">
        <label id="label" class="label" part="label" for="input">${this.renderLabelContent()}</label>
        ${this.renderHint()} ${this.renderError()}
        <select
          id="input"
          class="control"
          part="select"
          name=${ifDefined(this.name || undefined)}
          ?required=${this.required}
          ?disabled=${this.isDisabled || this.readonly}
          autocomplete=${ifDefined(this.autocomplete as AutoFill | undefined)}
          aria-describedby=${ifDefined(this.describedBy())}
          aria-invalid=${error ? 'true' : 'false'}
          @input=${this.handleInput}
          @change=${this.handleChange}
        ></select>
        <slot hidden @slotchange=${this.#onOptionsChange}></slot>
      </div>
    `;
  }
}
