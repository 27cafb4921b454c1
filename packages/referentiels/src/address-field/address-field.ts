/**
 * The address field: Base Adresse Nationale autocomplete (Géoplateforme contract, or a commune's BAL file
 * offline), with a way out that never fails: "Je ne trouve pas mon adresse" (street line, commune from the
 * embedded data, postal code checked against it) and "Adresse à l'étranger" (country, city, free lines).
 * When the service is unreachable, the field switches to the manual entry by itself and says so.
 */
import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { type FormValue, type ValidationIssue, token, useMessages, rem } from '@socle/core';
import { type Address, DEFAULT_ADDRESS_ENDPOINT, searchAddresses } from '../api/adresse.js';
import { loadBal, searchBal } from '../api/bal.js';
import { communeLabel, getCommune } from '../communes/communes.js';
import type { Commune } from '../communes/types.js';
import type { SocleCommuneField } from '../commune-field/commune-field.js';
import type { SocleCountryField } from '../country-field/country-field.js';
import type { ComboboxOption } from '@socle/forms';
import { SocleServiceLookup } from '../shared/service-lookup.js';
import { addressMessages } from '../shared/messages.js';

export type AddressMode = 'recherche' | 'manuelle' | 'etranger';

/** The sub-values submitted under `name[…]`, in this order. */
const SUB_VALUES = ['label', 'housenumber', 'street', 'complement', 'postcode', 'citycode', 'city', 'country', 'lat', 'lon', 'id', 'source'] as const;

/** "3bis Rue de l’Église": the street line of a BAL address. */
function balStreet(address: Address): string {
  return [address.housenumber, address.street].filter(Boolean).join(' ');
}

function optionOf(address: Address): ComboboxOption<Address> {
  return { value: JSON.stringify(address), label: address.label, data: address };
}

/**
 * @summary Champ d’adresse : recherche dans la Base Adresse Nationale (ou la BAL d’une commune, hors ligne), avec toujours une issue : saisie à la main, ou adresse à l’étranger. / An address field on the BAN, with manual and abroad entry.
 *
 * @slot label - Le libellé, quand il contient du balisage (sinon l’attribut `label`). / The label, when it needs markup.
 * @slot hint - L’aide, quand elle contient du balisage (sinon l’attribut `hint`). / The hint, when it needs markup.
 *
 * @event input - L’adresse a changé. / The address changed.
 * @event change - Une adresse a été choisie ou complétée. / An address was chosen or completed.
 * @event invalid - Une tentative d’envoi a trouvé le champ invalide. / A submit attempt found the field invalid.
 *
 * @csspart base - L’enveloppe du composant. / The wrapper.
 * @csspart label-text - Le libellé (recherche) ou la légende (saisie à la main, à l’étranger). / The label (search) or legend (manual, abroad).
 * @csspart hint-text - L’aide. / The hint.
 * @csspart error-text - Le message d’erreur. / The error message.
 * @csspart control - Le champ de recherche. / The search input.
 * @csspart listbox - La liste des propositions. / The list of proposals.
 * @csspart option - Une proposition. / One proposal.
 * @csspart notice - Ce que le champ dit du service (injoignable, saturé). / What the field says about the service (unreachable, busy).
 * @csspart switch - Les boutons qui changent la façon de saisir l’adresse. / The buttons that change the way of entering the address.
 *
 * @cssstate touched - La personne a quitté le champ au moins une fois. / The person has left the field at least once.
 * @cssstate dirty - La personne a modifié la valeur. / The person has changed the value.
 * @cssstate user-invalid - Une erreur est affichée. / An error is shown.
 * @cssstate user-valid - L’adresse est complète et valide. / The address is complete and valid.
 */
export class SocleAddressField extends SocleServiceLookup<Address> {
  static override styles = [
    ...SocleServiceLookup.styles,
    css`
      fieldset {
        border: 0;
        margin: 0;
        padding: 0;
        min-width: 0;
      }
      legend {
        padding: 0;
      }
      .part {
        margin-top: ${token('space-3')};
      }
      /* The parts' labels share one weight under the bold legend, the commune's and country's included. */
      .part label {
        display: block;
        margin-bottom: ${token('space-1')};
      }
      .part label,
      .part::part(label-text) {
        font-size: ${token('font-size-label')};
        font-weight: normal;
      }
      .postcode {
        max-width: ${rem(8)};
      }
      .licence {
        font-size: ${rem(0.8125)};
        color: ${token('color-text-muted')};
      }
    `,
  ];

  /** Adresse du service de recherche (contrat Géoplateforme) ; un proxy de la collectivité convient. / Geocoder endpoint. */
  @property() endpoint = DEFAULT_ADDRESS_ENDPOINT;
  /** `ban` (service en ligne) ou `bal` (fichier BAL d’une commune, `src`, hors ligne). / Where addresses come from. */
  @property() source: 'ban' | 'bal' = 'ban';
  /** Adresse du fichier CSV de la Base Adresse Locale, avec `source="bal"`. / The BAL CSV URL. */
  @property() src?: string;
  /** Limite la recherche à une commune (code INSEE). / Only this commune's addresses. */
  @property() citycode?: string;
  /** Limite la recherche à un code postal. / Only this postal code's addresses. */
  @property() postcode?: string;
  /** Façon de saisir : `recherche`, `manuelle` ou `etranger`. / Entry mode. */
  @property({ reflect: true }) mode: AddressMode = 'recherche';

  @state() private manual = { street: '', complement: '', postcode: '', commune: '' };
  @state() private abroad = { country: '', city: '', postcode: '', line: '', complement: '' };
  #commune: Commune | undefined;
  /** A BAL address chosen without a postal code, being completed in the manual parts: its origin is kept. */
  #balOrigin: Address | undefined;
  #countryName = '';
  protected readonly rateLimitedKey = 'address-rate-limited';
  #licence = '';

  protected override noResultKey = 'address-no-result';

  constructor() {
    super();
    useMessages(addressMessages);
  }

  /** L’adresse (structurée), ou `undefined`. / The structured address. */
  get address(): Address | undefined {
    return this.selectedData;
  }

  // ----- Searching ------------------------------------------------------------------------------------

  protected async search(text: string): Promise<ComboboxOption<Address>[]> {
    if (this.source === 'bal') return this.#searchBal(text);
    const signal = await this.remote.begin();
    if (!signal) return [];
    const reply = await searchAddresses(text, {
      endpoint: this.endpoint,
      timeout: this.timeout,
      signal,
      limit: this.limit,
      citycode: this.citycode || undefined,
      postcode: this.postcode || undefined,
    });
    return this.remote.settle(reply, ({ addresses }) => {
      this.notice = '';
      this.#licence = addresses[0]?.licence ?? this.#licence;
      return addresses.map(optionOf);
    });
  }

  async #searchBal(text: string): Promise<ComboboxOption<Address>[]> {
    if (!this.src) return [];
    try {
      const entries = await loadBal(this.src, this.timeout);
      return searchBal(entries, text, this.limit).map(optionOf);
    } catch {
      this.serviceUnavailable();
      return [];
    }
  }

  protected override canRetry(): boolean {
    return this.mode === 'recherche' && super.canRetry();
  }

  /** The service cannot answer: manual entry, keeping what was typed, said politely, focus on the street line. */
  protected serviceUnavailable(): void {
    if (this.mode !== 'recherche') return;
    // Not trimmed at the end: the person may be between two words ("12 rue |"), and goes on typing in the
    // street line where the focus moves.
    const typed = this.text.trimStart();
    this.manual = { ...this.manual, street: this.manual.street || typed };
    this.#switchMode('manuelle');
    this.notice = this.localize('address-unavailable');
  }

  // ----- Modes ----------------------------------------------------------------------------------------

  #switchMode(mode: AddressMode, focus?: string): void {
    this.mode = mode;
    this.notice = '';
    this.close();
    this.#updateOwnValue();
    void this.updateComplete.then(() => {
      const first = focus ?? (mode === 'recherche' ? 'input' : mode === 'manuelle' ? 'street' : 'country');
      const target = this.shadowRoot?.getElementById(first);
      target?.focus();
    });
  }

  protected override choose(option: ComboboxOption<Address>, options?: { silent?: boolean }): void {
    const address = option.data;
    if (address.source === 'bal' && !address.postcode) this.#askPostcode(address);
    else super.choose(option, options);
  }

  /**
   * A BAL address whose postal code the data cannot tell (a commune with several): the manual parts, filled
   * with it, ask the person for the postal code only; the address keeps its BAL key and position.
   */
  #askPostcode(address: Address): void {
    this.#balOrigin = address;
    this.manual = { street: balStreet(address), complement: '', postcode: '', commune: address.citycode ?? '' };
    this.#commune = undefined;
    if (address.citycode) {
      void getCommune(address.citycode).then((commune) => {
        this.#commune = commune;
        this.#updateOwnValue();
      });
    }
    this.#switchMode('manuelle', 'postcode');
    this.notice = this.localize('address-bal-postcode');
  }

  /** The address the manual or abroad parts make, or undefined while incomplete. */
  #partsAddress(): Address | undefined {
    if (this.mode === 'manuelle') {
      const { street, complement, postcode } = this.manual;
      const commune = this.#commune;
      if (!street.trim() && !postcode && !commune) return undefined;
      const city = commune?.nom ?? '';
      const origin = this.#balOrigin;
      if (origin && street === balStreet(origin) && commune?.code === origin.citycode) {
        const address: Address = { ...origin, label: [street.trim(), postcode, origin.city].filter(Boolean).join(' ') };
        if (postcode) address.postcode = postcode;
        if (complement.trim()) address.complement = complement.trim();
        return address;
      }
      const address: Address = { label: [street.trim(), postcode, city].filter(Boolean).join(' '), street: street.trim(), source: 'manuelle' };
      if (complement.trim()) address.complement = complement.trim();
      if (postcode) address.postcode = postcode;
      if (commune) {
        address.citycode = commune.code;
        address.city = commune.nom;
      }
      return address;
    }
    if (this.mode === 'etranger') {
      const { country, city, postcode, line, complement } = this.abroad;
      if (!country && !city.trim() && !line.trim()) return undefined;
      const address: Address = {
        label: [line.trim(), complement.trim(), [postcode.trim(), city.trim()].filter(Boolean).join(' '), this.#countryName].filter(Boolean).join(', '),
        street: line.trim(),
        source: 'etranger',
      };
      if (complement.trim()) address.complement = complement.trim();
      if (postcode.trim()) address.postcode = postcode.trim();
      if (city.trim()) address.city = city.trim();
      if (country) {
        address.country = country;
        address.countryName = this.#countryName;
      }
      return address;
    }
    return undefined;
  }

  #updateOwnValue(): void {
    if (this.mode === 'recherche') {
      // Back to the search: an address made of the parts (typed, or a BAL one being completed) is dropped.
      const fromParts = (this.selectedData?.source !== 'ban' && this.selectedData?.source !== 'bal') || this.#balOrigin !== undefined;
      this.#balOrigin = undefined;
      if (this.value && fromParts) this.setOwnValue(undefined);
      return;
    }
    const address = this.#partsAddress();
    this.setOwnValue(address && optionOf(address));
  }

  protected override optionRestored(): void {
    // A draft or a reset brings back a hand-typed address: show it in its own parts.
    const address = this.selectedData;
    if (!address) return;
    if (address.source === 'manuelle') {
      this.mode = 'manuelle';
      this.manual = { street: address.street ?? '', complement: address.complement ?? '', postcode: address.postcode ?? '', commune: address.citycode ?? '' };
      if (address.citycode) void getCommune(address.citycode).then((commune) => (this.#commune = commune));
    } else if (address.source === 'etranger') {
      this.mode = 'etranger';
      this.#countryName = address.countryName ?? '';
      this.abroad = { country: address.country ?? '', city: address.city ?? '', postcode: address.postcode ?? '', line: address.street ?? '', complement: address.complement ?? '' };
    } else {
      this.mode = 'recherche';
    }
  }

  protected optionFor(value: string): Promise<ComboboxOption<Address> | undefined> {
    try {
      const address = JSON.parse(value) as Address;
      return Promise.resolve(typeof address.label === 'string' ? optionOf(address) : undefined);
    } catch {
      return Promise.resolve(undefined);
    }
  }

  // ----- Form control ---------------------------------------------------------------------------------

  /** The part the error is about (its issue's first part), or the first part of the mode shown. */
  get #anchorId(): string {
    return this.issue?.parts?.[0] ?? (this.mode === 'recherche' ? 'input' : this.mode === 'manuelle' ? 'street' : 'country');
  }

  protected override get anchor(): HTMLElement | null {
    return this.shadowRoot?.getElementById(this.#anchorId) ?? this.input;
  }

  protected override checkConstraints(): ValidationIssue | null {
    if (this.mode === 'recherche') {
      if (!this.value && this.text.trim()) return { key: 'address-choose', parts: ['input'] };
      return this.required && !this.value ? { key: 'required', parts: ['input'] } : null;
    }
    const started = this.#partsAddress() !== undefined;
    if (!started && !this.required) return null;
    if (this.mode === 'manuelle') {
      const { street, postcode } = this.manual;
      if (!street.trim()) return { key: 'address-street-required', parts: ['street'] };
      if (!/^\d{5}$/.test(postcode)) return { key: 'address-postcode-invalid', parts: ['postcode'] };
      const commune = this.#commune;
      if (!commune) return { key: 'address-commune-required', parts: ['commune'] };
      if (!commune.codesPostaux.includes(postcode)) return { key: 'address-postcode-commune', parts: ['postcode'], params: { postcode, commune: communeLabel(commune) } };
      return null;
    }
    const { country, city, line } = this.abroad;
    if (!country) return { key: 'address-country-required', parts: ['country'] };
    if (!city.trim()) return { key: 'address-city-required', parts: ['city'] };
    if (!line.trim()) return { key: 'address-line-required', parts: ['line'] };
    return null;
  }

  protected override toFormValue(): FormValue {
    const address = this.selectedData;
    // Unanswered: an empty entry, as the text input it stands for submits.
    if (!this.name || !address || !this.value) return this.value;
    // The whole address as JSON under the name, then each part under name[part] (a form in JSON mode, or
    // PHP, reads the parts as one object).
    const data = new FormData();
    data.append(this.name, this.value);
    for (const key of SUB_VALUES) {
      const value = address[key];
      if (value !== undefined && value !== '') data.append(`${this.name}[${key}]`, String(value));
    }
    return data;
  }

  override formResetCallback(): void {
    this.manual = { street: '', complement: '', postcode: '', commune: '' };
    this.abroad = { country: '', city: '', postcode: '', line: '', complement: '' };
    this.#commune = undefined;
    this.mode = 'recherche';
    this.notice = '';
    super.formResetCallback();
  }

  /** Another way of entering the address has other checks: weighed before the render shows them. */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('mode') && changed.get('mode') !== undefined) this.validate();
  }

  /** The validity is anchored on an input of the mode now shown (no property set, no second render). */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('mode') && changed.get('mode') !== undefined) this.applyValidity();
  }

  // ----- Events of the parts --------------------------------------------------------------------------

  #onManualInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.manual = { ...this.manual, [input.id]: input.id === 'postcode' ? input.value.replace(/\D/g, '').slice(0, 5) : input.value };
    if (input.id === 'postcode' && input.value !== this.manual.postcode) input.value = this.manual.postcode;
    this.#updateOwnValue();
  }

  #onCommuneChange(event: Event): void {
    const field = event.target as SocleCommuneField;
    this.#commune = field.commune;
    this.manual = { ...this.manual, commune: field.value };
    // The commune tells the postal code when it has only one.
    const postcodes = this.#commune?.codesPostaux ?? [];
    if (!this.manual.postcode && postcodes.length === 1) this.manual = { ...this.manual, postcode: postcodes[0]! };
    this.#updateOwnValue();
  }

  #onAbroadInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.abroad = { ...this.abroad, [input.id]: input.value };
    this.#updateOwnValue();
  }

  #onCountryChange(event: Event): void {
    const field = event.target as SocleCountryField;
    this.#countryName = field.country?.nom ?? '';
    this.abroad = { ...this.abroad, country: field.value };
    this.#updateOwnValue();
  }

  // ----- Rendering ------------------------------------------------------------------------------------

  #renderSwitches() {
    const modes: [AddressMode, string][] = [
      ['recherche', 'address-search'],
      ['manuelle', 'address-manual'],
      ['etranger', 'address-abroad'],
    ];
    return html`<div class="switches" part="switch">
      ${modes
        .filter(([mode]) => mode !== this.mode)
        .map(([mode, key]) => html`<button type="button" class="secondary" ?disabled=${this.isDisabled} @click=${() => this.#switchMode(mode)}>${this.localize(key)}</button>`)}
    </div>`;
  }

  #described(id: string): string | undefined {
    const ids = [this.hasHint ? 'hint' : '', this.visibleError && this.#anchorId === id ? 'error' : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : undefined;
  }

  #invalid(id: string): 'true' | 'false' {
    return this.visibleError && this.#anchorId === id ? 'true' : 'false';
  }

  #renderManual() {
    const { street, complement, postcode } = this.manual;
    return html`
      <div class="part">
        <label for="street">${this.localize('address-street')}</label>
        <input id="street" class="control" autocomplete="address-line1" .value=${live(street)} aria-describedby=${ifDefined(this.#described('street'))} aria-invalid=${this.#invalid('street')} ?disabled=${this.isDisabled} @input=${this.#onManualInput} />
      </div>
      <div class="part">
        <label for="complement">${this.localize('address-complement')}</label>
        <input id="complement" class="control" autocomplete="address-line2" .value=${live(complement)} ?disabled=${this.isDisabled} @input=${this.#onManualInput} />
      </div>
      <div class="part">
        <label for="postcode">${this.localize('address-postcode')}</label>
        <input id="postcode" class="control postcode" inputmode="numeric" autocomplete="postal-code" maxlength="5" .value=${live(postcode)} aria-describedby=${ifDefined(this.#described('postcode'))} aria-invalid=${this.#invalid('postcode')} ?disabled=${this.isDisabled} @input=${this.#onManualInput} />
      </div>
      <socle-commune-field
        id="commune"
        class="part"
        label=${this.localize('address-commune')}
        postal-code=${ifDefined(/^\d{5}$/.test(postcode) ? postcode : undefined)}
        value=${this.manual.commune}
        ?disabled=${this.isDisabled}
        @change=${this.#onCommuneChange}
        @input=${this.#onCommuneChange}
      ></socle-commune-field>
    `;
  }

  #renderAbroad() {
    const { city, postcode, line, complement } = this.abroad;
    return html`
      <socle-country-field id="country" class="part" exclude-france label=${this.localize('address-country')} value=${this.abroad.country} ?disabled=${this.isDisabled} @change=${this.#onCountryChange} @input=${this.#onCountryChange}></socle-country-field>
      <div class="part">
        <label for="line">${this.localize('address-line')}</label>
        <input id="line" class="control" autocomplete="address-line1" .value=${live(line)} aria-describedby=${ifDefined(this.#described('line'))} aria-invalid=${this.#invalid('line')} ?disabled=${this.isDisabled} @input=${this.#onAbroadInput} />
      </div>
      <div class="part">
        <label for="complement">${this.localize('address-complement')}</label>
        <input id="complement" class="control" autocomplete="address-line2" .value=${live(complement)} ?disabled=${this.isDisabled} @input=${this.#onAbroadInput} />
      </div>
      <div class="part">
        <label for="postcode">${this.localize('address-postcode')}</label>
        <input id="postcode" class="control postcode" autocomplete="postal-code" .value=${live(postcode)} ?disabled=${this.isDisabled} @input=${this.#onAbroadInput} />
      </div>
      <div class="part">
        <label for="city">${this.localize('address-city')}</label>
        <input id="city" class="control" autocomplete="address-level2" .value=${live(city)} aria-describedby=${ifDefined(this.#described('city'))} aria-invalid=${this.#invalid('city')} ?disabled=${this.isDisabled} @input=${this.#onAbroadInput} />
      </div>
    `;
  }

  override render() {
    if (this.mode === 'recherche') {
      return html`${super.render()}${this.renderNotice()}${this.#licence && this.expanded && this.options.length
          ? html`<p class="licence">${this.localize('address-source', { licence: this.#licence })}</p>`
          : nothing}${this.#renderSwitches()}`;
    }
    return html`<fieldset class="field" part="base" aria-describedby=${ifDefined(this.hasHint ? 'hint' : undefined)}>
      <legend id="label" class="label" part="label-text">${this.renderLabelContent()}</legend>
      ${this.renderHint()} ${this.renderNotice()} ${this.renderError()}
      ${this.mode === 'manuelle' ? this.#renderManual() : this.#renderAbroad()} ${this.#renderSwitches()}
    </fieldset>`;
  }
}
