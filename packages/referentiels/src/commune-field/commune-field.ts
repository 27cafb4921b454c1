/** The commune field: an ARIA combobox over the embedded COG data; submits the INSEE code. */
import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { type ValidationIssue, token, useMessages, rem } from '@socle/core';
import { messages } from '../shared/messages.js';
import { communeLabel, getCommune, getCommunesByPostalCode, loadCommuneIndex, searchCommunes } from '../communes/communes.js';
import type { Commune } from '../communes/types.js';
import { type ComboboxOption, SocleCombobox } from '@socle/forms';

let postcodeIds = 0;

function optionOf(commune: Commune, postalCode?: string): ComboboxOption<Commune> {
  const postcodes = commune.codesPostaux;
  const shown = postalCode ?? (postcodes.length > 3 ? `${postcodes[0]!} … ${postcodes[postcodes.length - 1]!}` : postcodes.join(', '));
  return { value: commune.code, label: communeLabel(commune), description: shown || undefined, data: commune };
}

/**
 * @summary Champ de commune : on tape un nom (comme on l’écrit, sans souci des accents, tirets ni « st »), un code postal ou un code INSEE, on choisit dans la liste ; envoie le code INSEE. / A commune field over the embedded COG data.
 *
 * @slot label - Le libellé, quand il contient du balisage (sinon l’attribut `label`). / The label, when it needs markup.
 * @slot hint - L’aide, quand elle contient du balisage (sinon l’attribut `hint`). / The hint, when it needs markup.
 *
 * @event input - La commune choisie a changé (ou le texte a été modifié, ce qui annule le choix). / The chosen commune changed (or the text was edited, which drops the choice).
 * @event change - Une commune a été choisie. / A commune was chosen.
 * @event invalid - Une tentative d’envoi a trouvé le champ invalide. / A submit attempt found the field invalid.
 *
 * @csspart base - L’enveloppe du composant. / The wrapper.
 * @csspart label-text - Le `<label>`. / The `<label>`.
 * @csspart hint-text - L’aide. / The hint.
 * @csspart error-text - Le message d’erreur. / The error message.
 * @csspart control - Le champ de recherche de la liste de propositions (combobox). / The combobox input.
 * @csspart listbox - La liste des propositions. / The list of proposals.
 * @csspart option - Une proposition. / One proposal.
 * @csspart empty - Le message « Aucune commune ne correspond ». / The "no commune matches" message.
 * @csspart postcode - Le choix du code postal, pour une commune qui en a plusieurs (avec `postal-code-name`). / The choice of postal code, for a commune that has several (with `postal-code-name`).
 *
 * @cssstate touched - La personne a quitté le champ au moins une fois. / The person has left the field at least once.
 * @cssstate dirty - La personne a modifié la valeur. / The person has changed the value.
 * @cssstate user-invalid - Une erreur est affichée. / An error is shown.
 * @cssstate user-valid - Une commune valide est choisie. / The person has chosen a valid commune.
 */
export class SocleCommuneField extends SocleCombobox<Commune> {
  static override styles = [
    ...SocleCombobox.styles,
    css`
      .postcode {
        margin-top: ${token('space-3')};
      }
      .postcode label {
        display: block;
        margin-bottom: ${token('space-1')};
      }
      .postcode select {
        max-width: ${rem(12)};
      }
    `,
  ];

  /** HTML-first: `<label for>` + `<input type="text">` written inside (without the script, the name typed is sent). */
  protected static override nativeSelector = ':scope > input';

  /** Limite aux communes d’un département (`33`, `2A`, `974`). / Only communes of a département. */
  @property() departement?: string;
  /** Limite aux communes d’un code postal : la liste les propose dès le focus. / Only communes of this postal code. */
  @property({ attribute: 'postal-code' }) postalCode?: string;
  /** Propose aussi les arrondissements de Paris, Lyon et Marseille. / Also propose municipal arrondissements. */
  @property({ type: Boolean, attribute: 'include-arrondissements' }) includeArrondissements = false;
  /** Propose aussi les anciennes communes (déléguées, associées), ex. pour un lieu de naissance. / Also former communes. */
  @property({ type: Boolean, attribute: 'include-historical' }) includeHistorical = false;
  /**
   * Nom sous lequel envoyer aussi le code postal de la commune choisie : le code tapé, le seul code de la
   * commune, ou celui que la personne choisit parmi les siens quand elle en a plusieurs. / Also submit the
   * postal code under this name (typed, the only one, or chosen among the commune's).
   */
  @property({ attribute: 'postal-code-name' }) postalCodeName?: string;

  protected override noResultKey = 'commune-no-result';
  /** The postal code the person typed, when the list came from one. */
  #typedPostalCode: string | undefined;
  /** The postal code chosen among the commune's, when it has several. */
  @state() private chosenPostalCode = '';
  readonly #postcodeId = `socle-code-postal-${++postcodeIds}`;

  /** La commune choisie (code, nom, codes postaux, département, région, population…). / The chosen commune. */
  get commune(): Commune | undefined {
    return this.selectedData;
  }

  protected override get searchEmpty(): boolean {
    return Boolean(this.postalCode);
  }

  constructor() {
    super();
    useMessages(messages);
  }

  protected override prepare(): void {
    // Fetched ahead of the first key; a failure here is met again, and said, by the search.
    loadCommuneIndex().catch(() => undefined);
  }

  protected async search(text: string): Promise<ComboboxOption<Commune>[]> {
    const postalCode = this.postalCode?.trim();
    const typedPostalCode = /^\d{5}$/.test(text.replace(/\s/g, '')) ? text.replace(/\s/g, '') : undefined;
    this.#typedPostalCode = typedPostalCode ?? (postalCode || undefined);
    let communes: Commune[];
    if (postalCode) {
      const all = await getCommunesByPostalCode(postalCode);
      communes = text ? (await searchCommunes(text, this.#options(100))).filter((c) => all.some((a) => a.code === c.code)) : all;
    } else {
      communes = await searchCommunes(text, this.#options(this.limit));
    }
    return communes.map((commune) => optionOf(commune, this.#typedPostalCode));
  }

  #options(limit: number) {
    return {
      limit,
      departement: this.departement || undefined,
      includeArrondissements: this.includeArrondissements,
      includeHistorical: this.includeHistorical,
    };
  }

  protected async optionFor(value: string): Promise<ComboboxOption<Commune> | undefined> {
    const commune = await getCommune(value, { includeHistorical: this.includeHistorical });
    return commune && optionOf(commune, this.postalCode || undefined);
  }

  protected override extraFormEntries(): [string, string][] {
    const option = this.selectedOption;
    if (!this.postalCodeName || !option) return [];
    return [[this.postalCodeName, this.#postalCode(option.data)]];
  }

  /** The postal code to send with the commune: typed, the only one, or chosen among its codes ('' until then). */
  #postalCode(commune: Commune): string {
    const postcodes = commune.codesPostaux;
    if (this.#typedFor(commune)) return this.#typedPostalCode!;
    if (postcodes.length === 1) return postcodes[0]!;
    return postcodes.includes(this.chosenPostalCode) ? this.chosenPostalCode : '';
  }

  /** Whether the person typed one of this commune's postal codes to find it. */
  #typedFor(commune: Commune): boolean {
    return this.#typedPostalCode !== undefined && commune.codesPostaux.includes(this.#typedPostalCode);
  }

  /** The codes to choose from: the chosen commune's, when the form asks for a postal code and it has several not typed. */
  get #postcodeChoices(): readonly string[] {
    const commune = this.selectedOption?.data;
    if (!this.postalCodeName || !commune || commune.codesPostaux.length < 2 || this.#typedFor(commune)) return [];
    return commune.codesPostaux;
  }

  protected override checkConstraints(): ValidationIssue | null {
    const issue = super.checkConstraints();
    if (issue) return issue;
    const commune = this.selectedOption?.data;
    if (commune && this.#postcodeChoices.length > 0 && !this.#postalCode(commune)) return { key: 'commune-postcode-choose', params: { commune: communeLabel(commune) } };
    return null;
  }

  protected override get anchor(): HTMLElement | null {
    const select = this.#postcodeSelect;
    return this.issue?.key === 'commune-postcode-choose' && select ? select : super.anchor;
  }

  get #postcodeSelect(): HTMLSelectElement | null {
    return this.renderRoot.querySelector<HTMLSelectElement>(`#${this.#postcodeId}`);
  }

  /** A commune is named by its label « Sainte-Colombe (33) » and by its name alone. */
  protected override namesOf(option: ComboboxOption<Commune>): readonly string[] {
    return [option.label, option.data.nom];
  }

  protected override draftParts(option: ComboboxOption<Commune>): Record<string, string> {
    const postcode = this.#postalCode(option.data);
    return this.postalCodeName && postcode && option.data.codesPostaux.length > 1 ? { postcode } : {};
  }

  override setTypedParts(parts: Readonly<Record<string, string>>): void {
    // A postal code chosen or typed with the commune comes back with it.
    this.chosenPostalCode = parts.postcode ?? '';
    if (parts.postcode) this.#typedPostalCode = undefined;
    super.setTypedParts(parts);
  }

  override formResetCallback(): void {
    this.chosenPostalCode = '';
    super.formResetCallback();
  }

  #onPostcodeChange(event: Event): void {
    this.chosenPostalCode = (event.target as HTMLSelectElement).value;
    this.userChangedValue();
    this.requestUpdate('value');
  }

  override render() {
    return html`${super.render()}${this.#renderPostcodes()}`;
  }

  #renderPostcodes() {
    const choices = this.#postcodeChoices;
    const commune = this.selectedOption?.data;
    if (choices.length === 0 || !commune) return nothing;
    const invalid = Boolean(this.visibleError) && this.issue?.key === 'commune-postcode-choose';
    const errorId = this.native ? this.querySelector('.socle-error')?.id : 'error';
    return html`<div class=${this.cls('postcode')} part="postcode">
      <label for=${this.#postcodeId}>${this.localize('commune-postcode-label', { commune: communeLabel(commune) })}</label>
      <select
        id=${this.#postcodeId}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${ifDefined(invalid ? errorId : undefined)}
        ?disabled=${this.isDisabled}
        @change=${this.#onPostcodeChange}
      >
        <option value="" ?selected=${!choices.includes(this.chosenPostalCode)}>${this.localize('commune-postcode-prompt')}</option>
        ${choices.map((code) => html`<option value=${code} ?selected=${code === this.chosenPostalCode}>${code}</option>`)}
      </select>
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A new restriction makes the current proposals stale.
    if ((changed.has('postalCode') || changed.has('departement')) && this.hasUpdated && this.searched) void this.runSearch();
  }
}
