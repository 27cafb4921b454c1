/**
 * The identity fieldset: civilité, names, first names, birthdate and birthplace. Given a pivot identity
 * (FranceConnect), it shows it read-only under the provider's notice and submits it as received; without
 * one, it is a normal group of the kit's fields. Its fields live in the light DOM, where the form sees them.
 */
import { type ComplexAttributeConverter, type PropertyValues, css, html, nothing, render } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SocleElement, focusRing, noticeStyles, token, useMessages, rem } from '@socle/core';
import { applyConditions, type ChoiceOption } from '@socle/forms';
import { communeLabel, getCommune, getCountry } from '@socle/referentiels';
import { type IdentityProvider, PROVIDERS, messages, providerOf } from '../messages.js';
import { sessionIdentity } from '../session-identity.js';
import { type PivotIdentity, formatBirthdate } from './pivot.js';

/** The fields of the group, each with its default name (the `fields` property renames, relabels or leaves one out). */
export const IDENTITY_FIELD_NAMES = {
  civilite: 'civilite',
  nomNaissance: 'nom_naissance',
  nomUsage: 'nom_usage',
  prenoms: 'prenoms',
  dateNaissance: 'date_naissance',
  naissanceEnFrance: 'naissance_en_france',
  lieuNaissance: 'lieu_naissance',
  paysNaissance: 'pays_naissance',
} as const;

export type IdentityRole = keyof typeof IDENTITY_FIELD_NAMES;

/** What a service may change of one field. */
export interface IdentityFieldOptions {
  name?: string;
  label?: string;
  hint?: string;
  /** Every field but the usage name is required by default. */
  required?: boolean;
  /** A default value for the editable field (restored by a form reset). */
  value?: string;
  /** Leaves the field out of the group. */
  omit?: boolean;
}

export type IdentityFields = Partial<Record<IdentityRole, IdentityFieldOptions>>;

const FRANCE = '99100';

/** JSON attributes: a malformed one is reported in the console and ignored, never thrown at the page. */
function jsonAttribute<T>(what: string): ComplexAttributeConverter<T | undefined> {
  return {
    fromAttribute(value: string | null): T | undefined {
      if (!value) return undefined;
      try {
        const parsed: unknown = JSON.parse(value);
        if (parsed && typeof parsed === 'object') return parsed as T;
      } catch {
        // Reported below.
      }
      console.warn(`socle-identity-fieldset : l’attribut ${what} n’est pas un objet JSON ; il est ignoré. / ${what} is not a JSON object.`);
      return undefined;
    },
  };
}

const LABEL_KEYS: Record<IdentityRole, string> = {
  civilite: 'identity-civilite',
  nomNaissance: 'identity-nom-naissance',
  nomUsage: 'identity-nom-usage',
  prenoms: 'identity-prenoms',
  dateNaissance: 'identity-date-naissance',
  naissanceEnFrance: 'identity-naissance-en-france',
  lieuNaissance: 'identity-lieu-naissance',
  paysNaissance: 'identity-pays-naissance',
};

const HINT_KEYS: Partial<Record<IdentityRole, string>> = {
  nomNaissance: 'identity-nom-naissance-hint',
  nomUsage: 'identity-nom-usage-hint',
  prenoms: 'identity-prenoms-hint',
  dateNaissance: 'identity-date-naissance-hint',
  lieuNaissance: 'identity-lieu-naissance-hint',
};

/**
 * @summary Groupe de champs d’identité (civilité, noms, prénoms, date et lieu de naissance) : rempli et verrouillé par l’identité pivot FranceConnect, ou à saisir. / Identity fieldset.
 *
 * @csspart base - Le `<fieldset>`. / The `<fieldset>`.
 * @csspart legend-text - La `<legend>`. / The `<legend>`.
 * @csspart notice - La mention « Ces informations sont transmises par FranceConnect » et le lien de signalement. / The provider notice.
 *
 * @cssprop --socle-color-primary - Filet de la mention du fournisseur. / The notice's rule.
 */
export class SocleIdentityFieldset extends SocleElement {
  static override styles = [
    ...SocleElement.styles,
    noticeStyles,
    css`
      :host {
        display: block;
      }
      fieldset {
        min-width: 0;
        margin: 0;
        padding: 0;
        border: 0;
      }
      legend {
        margin-block-end: ${token('space-3')};
        padding: 0;
        font-size: ${token('font-size-legend')};
        font-weight: ${token('font-weight-bold')};
      }
      .notice a {
        display: inline-block;
        min-height: ${rem(1.5)};
        margin-block-start: ${token('space-2')};
        color: ${token('color-primary')};
      }
      .notice a:focus-visible {
        ${focusRing}
      }
    `,
  ];

  /** La légende du groupe (« Votre identité » par défaut). / The legend. */
  @property() legend = '';
  /**
   * L’identité pivot reçue du serveur (`given_name`, `family_name`, `preferred_username`, `birthdate`, `gender`,
   * `birthplace`, `birthcountry`), en propriété ou en attribut JSON : les champs sont alors remplis et
   * verrouillés. / The pivot identity: fills and locks the fields.
   */
  @property({ converter: jsonAttribute<PivotIdentity>('identity') }) identity?: PivotIdentity;
  /**
   * Pour une page statique : la route du service qui donne l’identité de la session (`/connexion/identite` de
   * `@socle/identity-server`, même site). Si la personne est connectée, les champs sont remplis et verrouillés
   * à la réponse ; sinon, ou si la route ne répond pas, ils restent à remplir. / The service's route that
   * returns the session's identity, for a static page.
   */
  @property() src?: string;
  /** Le fournisseur nommé dans la mention : `franceconnect` (par défaut), `franceconnect-plus`, `proconnect`. / The provider. */
  @property({ reflect: true }) provider: IdentityProvider = 'franceconnect';
  /** Page où signaler une erreur dans l’identité transmise (ouverte dans une nouvelle fenêtre). / Where to report a mistake. */
  @property({ attribute: 'report-href' }) reportHref?: string;
  /** Préfixe des noms des champs (`enfant_` : `enfant_nom_naissance`…), pour deux identités dans un formulaire. / Name prefix. */
  @property({ attribute: 'name-prefix' }) namePrefix = '';
  /**
   * Par champ (`civilite`, `nomNaissance`, `nomUsage`, `prenoms`, `dateNaissance`, `naissanceEnFrance`,
   * `lieuNaissance`, `paysNaissance`) : `name`, `label`, `hint`, `required`, `value`, `omit`. En propriété ou en
   * attribut JSON. / Per-field overrides.
   */
  @property({ converter: jsonAttribute<IdentityFields>('fields') }) fields?: IdentityFields;

  /** The birthplace as a person reads it (a name once the embedded data are loaded, the code until then). */
  @state() private birthplaceText = '';

  #container: HTMLDivElement | undefined;
  #form: HTMLFormElement | null = null;
  #run = 0;

  constructor() {
    super();
    useMessages(messages);
    this.addEventListener('input', this.#applyConditions);
    this.addEventListener('change', this.#applyConditions);
  }

  /** Whether the fields show an identity from the provider (read-only, submitted as received). */
  get locked(): boolean {
    return Boolean(this.identity);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#container) {
      this.#container = document.createElement('div');
      this.#container.className = 'socle-identity-fields';
    }
    if (this.#container.parentNode !== this) this.append(this.#container);
    this.#form = this.closest('form');
    this.#form?.addEventListener('reset', this.#onReset);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#form?.removeEventListener('reset', this.#onReset);
    this.#form = null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('identity') && this.identity) void this.#resolveBirthplace(this.identity);
    if (changed.has('src') && this.src && !this.identity) void this.#askSession(this.src);
  }

  async #askSession(src: string): Promise<void> {
    const found = await sessionIdentity(src);
    if (!found || this.src !== src || this.identity) return;
    this.provider = found.provider;
    this.identity = found.identity;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#container) render(this.locked ? this.#lockedFields() : this.#editableFields(), this.#container, { host: this });
    // The kit's fields register with the form once upgraded: conditions read the form's data after that.
    if (!this.locked) void this.#settled().then(this.#applyConditions);
  }

  async #settled(): Promise<void> {
    const fields = Array.from(this.#container?.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*') ?? []);
    await Promise.all(fields.flatMap((field) => (field.updateComplete ? [field.updateComplete] : [])));
  }

  /**
   * Commune or country, as the « Lieu de naissance » choice says (the kit's `show-when`, also outside
   * `<socle-form>`). Both start hidden and disabled for that cause, so that nothing is submitted twice
   * before the first pass.
   */
  #applyConditions = (): void => {
    const form = this.closest('form');
    if (form && !this.locked) applyConditions(form, this);
  };

  #onReset = (): void => {
    // The reset event comes before the fields are reset.
    setTimeout(this.#applyConditions);
  };

  async #resolveBirthplace(identity: PivotIdentity): Promise<void> {
    const run = ++this.#run;
    const code = (identity.birthplace ?? '').trim();
    const country = (identity.birthcountry ?? '').trim();
    let text = code || country;
    this.birthplaceText = text;
    try {
      if (code) {
        const commune = await getCommune(code, { includeHistorical: true });
        if (commune) {
          text = communeLabel(commune);
          if (commune.parent && commune.type !== 'arrondissement-municipal') {
            const parent = await getCommune(commune.parent);
            if (parent) text = this.localize('identity-merged-commune', { commune: text, parent: parent.nom });
          }
        }
      } else if (country) {
        text = (await getCountry(country))?.nom ?? country;
      }
    } catch {
      // The embedded data could not be fetched: the code stays, which the service still receives.
    }
    if (run === this.#run) this.birthplaceText = text;
  }

  #option(role: IdentityRole): IdentityFieldOptions {
    return this.fields?.[role] ?? {};
  }

  #name(role: IdentityRole): string {
    return this.namePrefix + (this.#option(role).name ?? IDENTITY_FIELD_NAMES[role]);
  }

  #label(role: IdentityRole, key = LABEL_KEYS[role]): string {
    return this.#option(role).label ?? this.localize(key);
  }

  #hint(role: IdentityRole): string | undefined {
    const key = HINT_KEYS[role];
    return this.#option(role).hint ?? (key ? this.localize(key) : undefined);
  }

  #required(role: IdentityRole): boolean {
    return this.#option(role).required ?? role !== 'nomUsage';
  }

  #shows(role: IdentityRole): boolean {
    return !this.#option(role).omit;
  }

  #editableFields() {
    const civilites: ChoiceOption[] = [
      { value: 'female', label: this.localize('identity-female') },
      { value: 'male', label: this.localize('identity-male') },
    ];
    const places: ChoiceOption[] = [
      { value: 'oui', label: this.localize('identity-en-france') },
      { value: 'non', label: this.localize('identity-a-l-etranger') },
    ];
    const choice = this.#name('naissanceEnFrance');
    const text = (role: IdentityRole, autocomplete?: string) =>
      this.#shows(role)
        ? html`<socle-text-field
            name=${this.#name(role)}
            label=${this.#label(role)}
            hint=${ifDefined(this.#hint(role))}
            ?required=${this.#required(role)}
            value=${ifDefined(this.#option(role).value)}
            autocomplete=${ifDefined(autocomplete)}
            spellcheck="false"
          ></socle-text-field>`
        : nothing;
    return html`${this.#shows('civilite')
        ? html`<socle-radio-group
            name=${this.#name('civilite')}
            label=${this.#label('civilite')}
            hint=${ifDefined(this.#hint('civilite'))}
            layout="inline"
            ?required=${this.#required('civilite')}
            value=${ifDefined(this.#option('civilite').value)}
            .options=${civilites}
          ></socle-radio-group>`
        : nothing}
      ${text('nomNaissance', 'family-name')} ${text('nomUsage')} ${text('prenoms', 'given-name')}
      ${this.#shows('dateNaissance')
        ? html`<socle-date-field
            name=${this.#name('dateNaissance')}
            label=${this.#label('dateNaissance')}
            hint=${ifDefined(this.#hint('dateNaissance'))}
            birthdate
            ?required=${this.#required('dateNaissance')}
            value=${ifDefined(this.#option('dateNaissance').value)}
          ></socle-date-field>`
        : nothing}
      ${this.#shows('naissanceEnFrance')
        ? html`<socle-radio-group
              name=${choice}
              label=${this.#label('naissanceEnFrance')}
              hint=${ifDefined(this.#hint('naissanceEnFrance'))}
              layout="inline"
              ?required=${this.#required('naissanceEnFrance')}
              value=${ifDefined(this.#option('naissanceEnFrance').value)}
              .options=${places}
            ></socle-radio-group>
            ${this.#shows('lieuNaissance')
              ? html`<div show-when=${`${choice}=oui`} hidden>
                  <socle-commune-field
                    name=${this.#name('lieuNaissance')}
                    label=${this.#label('lieuNaissance')}
                    hint=${ifDefined(this.#hint('lieuNaissance'))}
                    include-historical
                    include-arrondissements
                    disabled
                    data-socle-disabled-by="condition"
                    ?required=${this.#required('lieuNaissance')}
                    value=${ifDefined(this.#option('lieuNaissance').value)}
                  ></socle-commune-field>
                  <input type="hidden" name=${this.#name('paysNaissance')} value=${FRANCE} disabled data-socle-disabled-by="condition" />
                </div>`
              : nothing}
            ${this.#shows('paysNaissance')
              ? html`<div show-when=${`${choice}=non`} hidden>
                  <socle-country-field
                    name=${this.#name('paysNaissance')}
                    label=${this.#label('paysNaissance')}
                    hint=${ifDefined(this.#hint('paysNaissance'))}
                    include-historical
                    exclude-france
                    disabled
                    data-socle-disabled-by="condition"
                    ?required=${this.#required('paysNaissance')}
                    value=${ifDefined(this.#option('paysNaissance').value)}
                  ></socle-country-field>
                  <input type="hidden" name=${this.#name('lieuNaissance')} value="" disabled data-socle-disabled-by="condition" />
                </div>`
              : nothing}`
        : nothing}`;
  }

  /** One read-only line: what a person reads (unnamed, so not submitted) and what the form sends (hidden, as received). */
  #lockedField(role: IdentityRole, shown: string, submitted: string, labelKey?: string) {
    if (!this.#shows(role)) return nothing;
    return html`${shown
        ? html`<socle-text-field label=${this.#label(role, labelKey)} readonly value=${shown} spellcheck="false"></socle-text-field>`
        : nothing}<input type="hidden" name=${this.#name(role)} value=${submitted} />`;
  }

  #lockedFields() {
    const identity = this.identity ?? {};
    const gender = identity.gender === 'female' || identity.gender === 'male' ? this.localize(`identity-${identity.gender}`) : '';
    const usage = (identity.preferred_username ?? '').trim();
    const birthdate = (identity.birthdate ?? '').trim();
    const country = (identity.birthcountry ?? '').trim();
    return html`${this.#lockedField('civilite', gender, identity.gender ?? '')}
      ${this.#lockedField('nomNaissance', identity.family_name ?? '', identity.family_name ?? '')}
      ${this.#lockedField('nomUsage', usage, usage, 'identity-nom-usage-locked')}
      ${this.#lockedField('prenoms', identity.given_name ?? '', identity.given_name ?? '')}
      ${this.#lockedField('dateNaissance', formatBirthdate(birthdate, this.locale), birthdate)}
      ${this.#lockedField('lieuNaissance', this.birthplaceText, identity.birthplace ?? '', 'identity-lieu-naissance-locked')}
      ${this.#shows('paysNaissance') ? html`<input type="hidden" name=${this.#name('paysNaissance')} value=${country} />` : nothing}
      ${this.#shows('naissanceEnFrance')
        ? html`<input type="hidden" name=${this.#name('naissanceEnFrance')} value=${country === FRANCE ? 'oui' : country ? 'non' : ''} />`
        : nothing}`;
  }

  override render() {
    const { name, info } = PROVIDERS[providerOf(this.provider)];
    return html`<fieldset part="base" aria-describedby=${ifDefined(this.locked ? 'notice' : undefined)}>
      <legend part="legend-text">${this.legend || this.localize('identity-legend')}</legend>
      ${this.locked
        ? html`<div class="notice" part="notice" id="notice">
            <p>${this.localize('identity-notice', { provider: name })} ${this.localize('identity-locked')}</p>
            <a href=${this.reportHref || info} target="_blank" rel="noopener"
              >${this.localize('identity-report')}<span class="visually-hidden"> ${this.localize('connect-new-window')}</span></a
            >
          </div>`
        : nothing}
      <slot></slot>
    </fieldset>`;
  }
}
