/** The commune field: an ARIA combobox over the embedded COG data; submits the INSEE code. */
import { property } from 'lit/decorators.js';
import { type PropertyValues } from 'lit';
import { communeLabel, getCommune, getCommunesByPostalCode, loadCommuneIndex, searchCommunes } from '../communes/communes.js';
import type { Commune } from '../communes/types.js';
import { type ComboboxOption, SocleCombobox } from '../shared/combobox.js';

function optionOf(commune: Commune, postalCode?: string): ComboboxOption<Commune> {
  const postcodes = commune.codesPostaux;
  const shown = postalCode ?? (postcodes.length > 3 ? `${postcodes[0]!} … ${postcodes[postcodes.length - 1]!}` : postcodes.join(', '));
  return { value: commune.code, label: communeLabel(commune), description: shown || undefined, data: commune };
}

/**
 * @summary Champ de commune : on tape un nom (comme on l’écrit, sans souci des accents, tirets ni « st »), un code postal ou un code INSEE, on choisit dans la liste ; envoie le code INSEE. / A commune field over the embedded COG data.
 *
 * @slot label - The label, when it needs markup.
 * @slot hint - The hint, when it needs markup.
 *
 * @event input - The chosen commune changed (or the text was edited, which drops the choice).
 * @event change - A commune was chosen.
 * @event invalid - A submit attempt found the field invalid.
 *
 * @csspart base - The wrapper.
 * @csspart label - The `<label>`.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart input - The combobox input.
 * @csspart listbox - The list of proposals.
 * @csspart option - One proposal.
 * @csspart empty - The "no commune matches" message.
 *
 * @cssstate touched - The person has left the field at least once.
 * @cssstate dirty - The person has changed the value.
 * @cssstate user-invalid - An error is shown.
 * @cssstate user-valid - The person has chosen a valid commune.
 */
export class SocleCommuneField extends SocleCombobox<Commune> {
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
   * Nom sous lequel envoyer aussi le code postal de la commune choisie (le code tapé, ou le seul code de la
   * commune ; vide si elle en a plusieurs). / Also submit the postal code under this name.
   */
  @property({ attribute: 'postal-code-name' }) postalCodeName?: string;

  protected override noResultKey = 'commune-no-result';
  /** The postal code the person typed, when the list came from one. */
  #typedPostalCode: string | undefined;

  /** La commune choisie (code, nom, codes postaux, département, région, population…). / The chosen commune. */
  get commune(): Commune | undefined {
    return this.selectedData;
  }

  protected override get searchEmpty(): boolean {
    return Boolean(this.postalCode);
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
    const postcodes = option.data.codesPostaux;
    const typed = this.#typedPostalCode && postcodes.includes(this.#typedPostalCode) ? this.#typedPostalCode : undefined;
    return [[this.postalCodeName, typed ?? (postcodes.length === 1 ? postcodes[0]! : '')]];
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A new restriction makes the current proposals stale.
    if ((changed.has('postalCode') || changed.has('departement')) && this.hasUpdated && this.searched) void this.runSearch();
  }
}
