/**
 * The company field: SIRET/SIREN or name search through the Recherche d'entreprises contract. A number is
 * checked locally with @socle/validators before any request; the service's rate limit is respected; when
 * it cannot answer, the person types the SIRET (checked locally too). Submits the SIRET.
 */
import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { type ValidationIssue, useMessages } from '@socle/core';
import { validateSiret } from '@socle/validators';
import { type Company, DEFAULT_COMPANY_ENDPOINT, companyQuery, searchCompanies } from '../api/entreprises.js';
import type { ComboboxOption } from '@socle/forms';
import { SocleServiceLookup } from '../shared/service-lookup.js';
import { companyMessages } from '../shared/messages.js';

export type CompanyMode = 'recherche' | 'manuelle';

/** "35600000000048" → "356 000 000 00048". */
export function formatSiret(siret: string): string {
  return siret.length === 14 ? `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}` : siret;
}

/** The service allows 7 requests per second. */
const MIN_INTERVAL = 150;
const cache = new Map<string, Company[]>();

/** A company known only by its SIRET (typed by hand, or restored): its number stands for its name. */
function siretOnly(siret: string): ComboboxOption<Company> {
  const company: Company = { siren: siret.slice(0, 9), siret, nom: formatSiret(siret), adresse: '', ferme: false, estSiege: false };
  return { value: siret, label: company.nom, data: company };
}

/**
 * @summary Champ d’entreprise : recherche par nom, SIREN ou SIRET (API Recherche d’entreprises), numéro vérifié avant tout appel, saisie du SIRET à la main si le service ne répond pas ; envoie le SIRET. / A company field; submits the SIRET.
 *
 * @slot label - Le libellé, quand il contient du balisage (sinon l’attribut `label`). / The label, when it needs markup.
 * @slot hint - L’aide, quand elle contient du balisage (sinon l’attribut `hint`). / The hint, when it needs markup.
 *
 * @event input - L’entreprise choisie a changé. / The chosen company changed.
 * @event change - Une entreprise a été choisie ou son SIRET tapé. / A company was chosen or its SIRET typed.
 * @event invalid - Une tentative d’envoi a trouvé le champ invalide. / A submit attempt found the field invalid.
 *
 * @csspart base - L’enveloppe du composant. / The wrapper.
 * @csspart label-text - Le `<label>`. / The `<label>`.
 * @csspart hint-text - L’aide. / The hint.
 * @csspart error-text - Le message d’erreur. / The error message.
 * @csspart control - Le champ de recherche. / The search input.
 * @csspart listbox - La liste des propositions. / The list of proposals.
 * @csspart option - Une proposition. / One proposal.
 * @csspart notice - Ce que le champ dit du service. / What the field says about the service.
 * @csspart switch - Le bouton qui change la façon de saisir l’entreprise. / The button that changes the way of entering the company.
 *
 * @cssstate touched - La personne a quitté le champ au moins une fois. / The person has left the field at least once.
 * @cssstate dirty - La personne a modifié la valeur. / The person has changed the value.
 * @cssstate user-invalid - Une erreur est affichée. / An error is shown.
 * @cssstate user-valid - Une entreprise valide est choisie. / A valid company is chosen.
 */
export class SocleCompanyField extends SocleServiceLookup<Company> {
  static override styles = [
    ...SocleServiceLookup.styles,
    css`
      .closed {
        font-weight: 700;
      }
    `,
  ];

  /** Adresse du service (contrat Recherche d’entreprises) ; un proxy de la collectivité convient. / Endpoint. */
  @property() endpoint = DEFAULT_COMPANY_ENDPOINT;
  /** `recherche` ou `manuelle` (saisie du SIRET). / Entry mode. */
  @property({ reflect: true }) mode: CompanyMode = 'recherche';

  @state() private siret = '';

  protected readonly rateLimitedKey = 'company-rate-limited';
  protected static override minInterval = MIN_INTERVAL;

  constructor() {
    super();
    useMessages(companyMessages);
  }

  /** L’entreprise choisie (SIREN, SIRET, nom, adresse, fermée ou non). / The chosen company. */
  get company(): Company | undefined {
    return this.selectedData;
  }

  protected async search(text: string): Promise<ComboboxOption<Company>[]> {
    this.noResultKey = 'company-no-result';
    const parsed = companyQuery(text);
    if (!parsed) return [];
    if (parsed.error) {
      // Checked here, never sent: a wrong number is the person's to fix.
      this.noResultKey = parsed.error === 'length' ? 'company-invalid-length' : `company-invalid-${parsed.identifier ?? 'siret'}`;
      return [];
    }
    const key = `${this.endpoint} ${parsed.q.toLowerCase()}`;
    const cached = cache.get(key);
    if (cached) return cached.map((company) => this.#optionOf(company));
    const signal = await this.remote.begin();
    if (!signal) return [];
    const reply = await searchCompanies(text, { endpoint: this.endpoint, timeout: this.timeout, signal, limit: this.limit });
    return this.remote.settle(reply, ({ companies }) => {
      this.notice = '';
      cache.set(key, companies);
      return companies.map((company) => this.#optionOf(company));
    });
  }

  #optionOf(company: Company): ComboboxOption<Company> {
    const details = [this.localize('company-siret', { siret: formatSiret(company.siret) }), company.adresse].filter(Boolean).join(' · ');
    return { value: company.siret, label: company.nom, description: details, data: company };
  }

  protected optionFor(value: string): Promise<ComboboxOption<Company> | undefined> {
    // A SIRET set by script (or a draft's hand-typed one) is shown as a number at once, then by its name
    // once one request has found it; offline, or when the service fails, the number stays.
    const siret = value.replace(/\s/g, '');
    if (!/^\d{14}$/.test(siret)) return Promise.resolve(undefined);
    void this.#nameOf(siret);
    return Promise.resolve(siretOnly(siret));
  }

  /** One request for a SIRET's company, once the field is on the page; its name replaces the number. */
  async #nameOf(siret: string): Promise<void> {
    await this.updateComplete;
    if (!this.isConnected || !navigator.onLine || this.mode !== 'recherche' || !validateSiret(siret).valid) return;
    const key = `${this.endpoint} ${siret}`;
    let companies = cache.get(key);
    if (!companies) {
      const reply = await searchCompanies(siret, { endpoint: this.endpoint, timeout: this.timeout, limit: 1 });
      if (reply.kind !== 'ok') return;
      companies = reply.companies;
      cache.set(key, companies);
    }
    const company = companies.find((found) => found.siret === siret);
    if (company) this.relabel(this.#optionOf(company));
  }

  /** A company chosen from the list is kept in a draft with what was shown of it: restoring needs no request. */
  protected override draftParts(option: ComboboxOption<Company>): Record<string, string> {
    const company = option.data;
    return company.adresse || company.nom !== formatSiret(company.siret) ? { company: JSON.stringify(company) } : {};
  }

  protected override optionFromDraft(parts: Readonly<Record<string, string>>): ComboboxOption<Company> | undefined {
    let company: Partial<Company> | null;
    try {
      company = JSON.parse(parts.company ?? 'null') as Partial<Company> | null;
    } catch {
      return undefined;
    }
    if (!company || typeof company.siret !== 'string' || company.siret !== parts.value || typeof company.nom !== 'string') return undefined;
    return this.#optionOf({ ...company, siret: company.siret, siren: company.siret.slice(0, 9), nom: company.nom, adresse: typeof company.adresse === 'string' ? company.adresse : '', ferme: company.ferme === true, estSiege: company.estSiege === true });
  }

  protected override canRetry(): boolean {
    return this.mode === 'recherche' && super.canRetry();
  }

  protected serviceUnavailable(): void {
    if (this.mode !== 'recherche') return;
    // A number being typed (a SIREN, a SIRET in progress) is kept in the SIRET line; a name cannot be.
    if (/^[\d\s]+$/.test(this.text)) this.siret = this.text.replace(/\D/g, '').slice(0, 14);
    this.#switchMode('manuelle');
    this.notice = this.localize('company-unavailable');
  }

  #switchMode(mode: CompanyMode): void {
    this.mode = mode;
    this.notice = '';
    this.close();
    this.#updateManualValue();
    void this.updateComplete.then(() => this.shadowRoot?.getElementById(mode === 'manuelle' ? 'siret' : 'input')?.focus());
  }

  #updateManualValue(): void {
    if (this.mode === 'recherche') {
      if (this.value && !this.selectedData?.adresse && this.selectedData?.nom === formatSiret(this.value)) this.setOwnValue(undefined);
      return;
    }
    const siret = this.siret;
    this.setOwnValue(validateSiret(siret).valid ? siretOnly(siret) : undefined);
  }

  #onSiretInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.siret = input.value.replace(/\D/g, '').slice(0, 14);
    this.#updateManualValue();
  }

  protected override get anchor(): HTMLElement | null {
    return (this.mode === 'manuelle' ? this.shadowRoot?.getElementById('siret') : null) ?? this.input;
  }

  protected override checkConstraints(): ValidationIssue | null {
    if (this.mode === 'recherche') {
      if (!this.value && this.text.trim()) return { key: 'company-choose' };
      return this.required && !this.value ? { key: 'required' } : null;
    }
    if (!this.siret) return this.required ? { key: 'company-siret-required' } : null;
    const result = validateSiret(this.siret);
    if (result.valid) return null;
    return { key: result.error === 'checksum' ? 'company-siret-checksum' : 'company-siret-format' };
  }

  override formResetCallback(): void {
    this.siret = '';
    this.mode = 'recherche';
    this.notice = '';
    super.formResetCallback();
  }

  protected override renderOptionLabel(option: ComboboxOption<Company>) {
    return html`${option.label}${option.data.ferme ? html` — <span class="closed">${this.localize('company-closed')}</span>` : nothing}`;
  }

  #renderSwitch() {
    const [mode, key]: [CompanyMode, string] = this.mode === 'recherche' ? ['manuelle', 'company-manual'] : ['recherche', 'company-search'];
    return html`<div class="switches" part="switch">
      <button type="button" class="secondary" ?disabled=${this.isDisabled} @click=${() => this.#switchMode(mode)}>${this.localize(key)}</button>
    </div>`;
  }

  override render() {
    const notice = this.renderNotice();
    if (this.mode === 'recherche') return html`${super.render()}${notice}${this.#renderSwitch()}`;
    const error = this.visibleError;
    return html`<div class="field" part="base">
        <label id="label" class="label" part="label-text" for="siret">${this.renderLabelContent()} — ${this.localize('company-siret-label')}</label>
        ${this.renderHint()} ${this.renderError()}
        <input
          id="siret"
          class="control"
          part="control"
          inputmode="numeric"
          autocomplete="off"
          .value=${live(formatSiret(this.siret))}
          aria-describedby=${ifDefined(this.describedBy())}
          aria-invalid=${error ? 'true' : 'false'}
          ?required=${this.required}
          ?disabled=${this.isDisabled}
          @input=${this.#onSiretInput}
        />
      </div>
      ${notice}${this.#renderSwitch()}`;
  }
}
