/** The country field: an ARIA combobox over the INSEE COG country list; submits the COG code (99xxx). */
import { property } from 'lit/decorators.js';
import { useMessages } from '@socle/core';
import { messages } from '../shared/messages.js';
import { type Country, getCountry, searchCountries } from '../pays/pays.js';
import { type ComboboxOption, SocleCombobox } from '@socle/forms';

function optionOf(country: Country): ComboboxOption<Country> {
  return { value: country.code, label: country.nom, description: country.statut === 'etat' ? undefined : country.autresNoms?.join(', '), data: country };
}

/**
 * @summary Champ de pays (liste du COG de l’INSEE, la France en premier) ; envoie le code COG, ex. 99100, celui qu’attend FranceConnect pour un lieu de naissance à l’étranger. / A country field; submits the COG code.
 *
 * @slot label - The label, when it needs markup.
 * @slot hint - The hint, when it needs markup.
 *
 * @event input - The chosen country changed (or the text was edited, which drops the choice).
 * @event change - A country was chosen.
 * @event invalid - A submit attempt found the field invalid.
 *
 * @csspart base - The wrapper.
 * @csspart label-text - The `<label>`.
 * @csspart hint-text - The hint.
 * @csspart error-text - The error message.
 * @csspart control - The combobox input.
 * @csspart listbox - The list of proposals.
 * @csspart option - One proposal.
 * @csspart empty - The "no country matches" message.
 *
 * @cssstate touched - The person has left the field at least once.
 * @cssstate dirty - The person has changed the value.
 * @cssstate user-invalid - An error is shown.
 * @cssstate user-valid - The person has chosen a valid country.
 */
export class SocleCountryField extends SocleCombobox<Country> {
  /** HTML-first: `<label for>` + `<input type="text">` written inside (without the script, the name typed is sent). */
  protected static override nativeSelector = ':scope > input';

  /** Propose aussi les pays qui n’existent plus (Tchécoslovaquie…), pour une naissance ancienne. / Also former countries. */
  @property({ type: Boolean, attribute: 'include-historical' }) includeHistorical = false;
  /** Retire la France de la liste (ex. « né(e) à l’étranger »). / Leave France out. */
  @property({ type: Boolean, attribute: 'exclude-france' }) excludeFrance = false;

  protected override noResultKey = 'country-no-result';

  /** Le pays choisi (code COG, nom, code ISO alpha-2, statut). / The chosen country. */
  constructor() {
    super();
    useMessages(messages);
  }

  get country(): Country | undefined {
    return this.selectedData;
  }

  protected override get searchEmpty(): boolean {
    return true;
  }

  protected async search(text: string): Promise<ComboboxOption<Country>[]> {
    const countries = await searchCountries(text, { limit: this.limit + 1, includeHistorical: this.includeHistorical });
    return countries.filter((country) => !(this.excludeFrance && country.code === '99100')).map(optionOf);
  }

  protected async optionFor(value: string): Promise<ComboboxOption<Country> | undefined> {
    const country = await getCountry(value);
    return country && optionOf(country);
  }
}
