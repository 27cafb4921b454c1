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
 * @slot label - Le libellé, quand il contient du balisage (sinon l’attribut `label`). / The label, when it needs markup.
 * @slot hint - L’aide, quand elle contient du balisage (sinon l’attribut `hint`). / The hint, when it needs markup.
 *
 * @event input - Le pays choisi a changé (ou le texte a été modifié, ce qui annule le choix). / The chosen country changed (or the text was edited, which drops the choice).
 * @event change - Un pays a été choisi. / A country was chosen.
 * @event invalid - Une tentative d’envoi a trouvé le champ invalide. / A submit attempt found the field invalid.
 *
 * @csspart base - L’enveloppe du composant. / The wrapper.
 * @csspart label-text - Le `<label>`. / The `<label>`.
 * @csspart hint-text - L’aide. / The hint.
 * @csspart error-text - Le message d’erreur. / The error message.
 * @csspart control - Le champ de recherche de la liste de propositions (combobox). / The combobox input.
 * @csspart listbox - La liste des propositions. / The list of proposals.
 * @csspart option - Une proposition. / One proposal.
 * @csspart empty - Le message « Aucun pays ne correspond ». / The "no country matches" message.
 *
 * @cssstate touched - La personne a quitté le champ au moins une fois. / The person has left the field at least once.
 * @cssstate dirty - La personne a modifié la valeur. / The person has changed the value.
 * @cssstate user-invalid - Une erreur est affichée. / An error is shown.
 * @cssstate user-valid - Un pays valide est choisi. / The person has chosen a valid country.
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
