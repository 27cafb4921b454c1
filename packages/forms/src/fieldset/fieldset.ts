/** Groups related fields under a legend, with a hint and a group-level error linked to the group. */
import { css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SocleElement, errorRegion, fieldStyles, token } from '@socle/core';
import { controlsIn, disableFor, enableFor } from '../shared/disabled-by.js';

/**
 * @summary Groupe de champs avec légende, aide et erreur de groupe (ex. « Sélectionnez au moins une option »). / A group of fields.
 *
 * @slot - Les champs du groupe. / The grouped fields.
 * @slot legend - La légende, si elle contient du balisage. / The legend, when it needs markup.
 * @slot hint - L'aide, si elle contient du balisage. / The hint, when it needs markup.
 *
 * @csspart base - Le `<fieldset>`. / The fieldset.
 * @csspart legend-text - La `<legend>`. / The `<legend>`.
 * @csspart hint-text - L'aide. / The hint.
 * @csspart error-text - Le message d'erreur du groupe. / The group's error.
 */
export class SocleFieldset extends SocleElement {
  static override styles = [
    ...SocleElement.styles,
    fieldStyles,
    css`
      legend {
        margin-block-end: ${token('space-3')};
        font-size: ${token('font-size-legend')};
        font-weight: ${token('font-weight-bold')};
      }
      :host([error]:not([error=''])) fieldset {
        border-inline-start: 4px solid ${token('color-error')};
        padding-inline-start: ${token('space-3')};
      }
    `,
  ];

  /** La légende (ou l'emplacement `legend`). / The legend. */
  @property() legend = '';
  /** Aide sous la légende. / Hint under the legend. */
  @property() hint = '';
  /** Nom du groupe : `form.setErrors({ nom: '…' })` peut lui donner une erreur. / Name, for `setErrors`. */
  @property({ reflect: true }) name = '';
  /** Erreur du groupe, affichée sous la légende et liée au groupe. / The group's error. */
  @property({ reflect: true }) error = '';
  /**
   * Désactive tous les champs du groupe, comme `<fieldset disabled>` : ni saisie, ni validation, ni envoi ; un
   * champ que l'auteur a lui-même désactivé le reste. / Disables every field of the group, as a native
   * disabled fieldset does; fields disabled by their author stay so.
   */
  @property({ type: Boolean, reflect: true }) disabled = false;

  // Fields added while the group is disabled (a repeated group, a script) are disabled as they arrive.
  #observer: MutationObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page while disabled: keep watching for new fields.
    this.#watchAdditions();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Nothing to do for a group that is not and was not disabled (every repeated group is a socle-fieldset).
    if (!changed.has('disabled') || (!this.disabled && changed.get('disabled') !== true)) return;
    // The light-DOM fields are not in the shadow <fieldset>'s tree, so its own `disabled` cannot reach them.
    for (const control of controlsIn(this)) {
      if (this.disabled) disableFor(control, 'fieldset');
      // A field inside another disabled group stays held by it.
      else if (!control.closest('socle-fieldset[disabled]')) enableFor(control, 'fieldset');
    }
    this.#watchAdditions();
  }

  #watchAdditions(): void {
    if (!this.disabled) {
      this.#observer?.disconnect();
      return;
    }
    this.#observer ??= new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof Element) for (const control of controlsIn(node)) disableFor(control, 'fieldset');
        }
      }
    });
    this.#observer.observe(this, { childList: true, subtree: true });
  }

  /** Focuses the first field of the group (used by the error summary's links). */
  override focus(options?: FocusOptions): void {
    const first = this.querySelector<HTMLElement>(':scope :is(input, select, textarea, button, [tabindex], socle-text-field, socle-select, socle-textarea, socle-checkbox, socle-checkbox-group, socle-radio-group, socle-date-field)');
    if (first) first.focus(options);
    else super.focus(options);
  }

  override render() {
    const hasHint = Boolean(this.hint) || this.hasSlotted('hint');
    const describedBy = [hasHint ? 'hint' : '', this.error ? 'error' : ''].filter(Boolean).join(' ');
    return html`<fieldset part="base" class="field" ?disabled=${this.disabled} aria-describedby=${ifDefined(describedBy || undefined)}>
      <legend id="legend" part="legend-text"><slot name="legend" @slotchange=${() => this.requestUpdate()}>${this.legend}</slot></legend>
      <div id="hint" class="hint" part="hint-text" ?hidden=${!hasHint}><slot name="hint" @slotchange=${() => this.requestUpdate()}>${this.hint}</slot></div>
      ${errorRegion(this.localize('error-prefix'), this.error)}
      <slot></slot>
    </fieldset>`;
  }
}
