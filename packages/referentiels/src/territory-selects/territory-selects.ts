/** Native selects of départements and régions, filled from the embedded COG data. */
import { type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { useMessages } from '@socle/core';
import { type ChoiceOption, SocleSelect } from '@socle/forms';
import { messages } from '../shared/messages.js';
import { type Territoires, loadTerritoires } from '../territoires/territoires.js';

/** What the two selects share: their texts, their placeholder, and options loaded from the embedded data. */
export abstract class SocleTerritorySelect extends SocleSelect {
  /** Inclut les collectivités d’outre-mer. / Include the overseas collectivities. */
  @property({ type: Boolean, attribute: 'include-com' }) includeCom = false;

  protected abstract readonly placeholderKey: string;
  /** The options, from the loaded territories. */
  protected abstract optionsFrom(territoires: Territoires): ChoiceOption[];

  constructor() {
    super();
    useMessages(messages);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.placeholder ??= this.localize(this.placeholderKey);
    void this.load();
  }

  /**
   * Fills the list. When the data cannot be fetched (the connection dropped), it is tried again when the
   * person comes to the list, so it is never left empty for good.
   */
  protected async load(): Promise<void> {
    try {
      const options = this.optionsFrom(await loadTerritoires());
      const native = this.native as HTMLSelectElement | null;
      // HTML first: the author's list is kept; one written empty (its prompt only) is filled from the data.
      if (native) {
        if (native.options.length <= 1) this.appendChoices(native, options);
        this.requestUpdate();
      } else this.options = options;
    } catch {
      this.addEventListener('focusin', () => void this.load(), { once: true });
    }
  }
}

/**
 * @summary Liste déroulante native des départements (« 33 – Gironde »), envoie le code du département. / A native select of départements.
 *
 * @slot label - Le libellé, quand il contient du balisage (sinon l’attribut `label`). / The label, when it needs markup.
 * @slot hint - L’aide, quand elle contient du balisage (sinon l’attribut `hint`). / The hint, when it needs markup.
 * @event change - Un département a été choisi. / A département was chosen.
 * @event input - Un département a été choisi. / A département was chosen.
 * @event invalid - Une tentative d’envoi a trouvé le champ invalide. / A submit attempt found the field invalid.
 * @csspart base - L’enveloppe du composant. / The wrapper.
 * @csspart label-text - Le `<label>`. / The `<label>`.
 * @csspart hint-text - L’aide. / The hint.
 * @csspart error-text - Le message d’erreur. / The error message.
 * @csspart control - Le `<select>` natif. / The native `<select>`.
 */
export class SocleDepartementSelect extends SocleTerritorySelect {
  /** Limite aux départements d’une région (code, ex. `75` pour la Nouvelle-Aquitaine). / Only this région's. */
  @property() region?: string;

  protected readonly placeholderKey = 'departement-placeholder';

  protected optionsFrom({ departements }: Territoires): ChoiceOption[] {
    return departements
      .filter((d) => (this.includeCom || d.zone !== 'com') && (!this.region || d.region === this.region))
      .map((d) => ({ value: d.code, label: `${d.code} – ${d.nom}` }));
  }

  protected override willUpdate(changed: PropertyValues): void {
    if ((changed.has('region') || changed.has('includeCom')) && this.hasUpdated) void this.load();
    super.willUpdate(changed);
  }
}

/**
 * @summary Liste déroulante native des régions, envoie le code de la région. / A native select of régions.
 *
 * @slot label - Le libellé, quand il contient du balisage (sinon l’attribut `label`). / The label, when it needs markup.
 * @slot hint - L’aide, quand elle contient du balisage (sinon l’attribut `hint`). / The hint, when it needs markup.
 * @event change - Une région a été choisie. / A région was chosen.
 * @event input - Une région a été choisie. / A région was chosen.
 * @event invalid - Une tentative d’envoi a trouvé le champ invalide. / A submit attempt found the field invalid.
 * @csspart base - L’enveloppe du composant. / The wrapper.
 * @csspart label-text - Le `<label>`. / The `<label>`.
 * @csspart hint-text - L’aide. / The hint.
 * @csspart error-text - Le message d’erreur. / The error message.
 * @csspart control - Le `<select>` natif. / The native `<select>`.
 */
export class SocleRegionSelect extends SocleTerritorySelect {
  protected readonly placeholderKey = 'region-placeholder';

  protected optionsFrom({ regions }: Territoires): ChoiceOption[] {
    return regions
      .filter((r) => this.includeCom || r.zone !== 'com')
      .map((r) => ({ value: r.code, label: r.nom }))
      .sort((a, b) => a.label.localeCompare(b.label, 'fr'));
  }
}
