/** The identifier fields: each one a validator from @socle/validators, a keyboard, an autofill token and a layout. */
import { css, html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import {
  type ValidationResult,
  suggestEmailFix,
  validateEmail,
  validateIban,
  validateNir,
  validatePhoneFr,
  validatePostalCode,
  validateSiret,
} from '@socle/validators';
import { focusRing, token, useMessages, rem } from '@socle/core';
import { messages } from './messages.js';
import { type Formatter, groups } from './format.js';
import { SocleIdentifierField } from './identifier-field.js';
import type { TextFieldType } from '../text-field/text-field.js';

const DIGITS = /\d/;

/** A sensitive number: never in drafts, never offered by autofill, no spell checking. */
function sensitiveDefaults(field: SocleIdentifierField): void {
  field.sensitive = true;
  field.autocomplete = 'off';
  field.spellcheck = false;
}
const SEPARATORS = /[\s.\-/\u00a0\u202f]/;

/**
 * @summary Téléphone français (métropole et outre-mer) : mis en forme pendant la saisie (06 12 34 56 78), envoyé au format international E.164 (+33612345678). / A French phone number field.
 */
export class SoclePhoneField extends SocleIdentifierField {
  protected readonly kind = 'phone-fr' as const;
  protected override readonly formatter: Formatter = {
    significant: DIGITS,
    separators: SEPARATORS,
    layout: (digits) => groups(digits, [2]),
  };

  constructor() {
    super();
    this.type = 'tel';
    this.autocomplete = 'tel';
    // « 06 12 34 56 78 » and a little room; `size` on the element or its input says otherwise.
    this.size = '16';
  }

  protected check(value: string): ValidationResult {
    return validatePhoneFr(value);
  }

  protected override handleInput(): void {
    // "+33 6…" and "0033…" are kept as typed: only national numbers are grouped as you type.
    const raw = this.control?.value ?? '';
    if (/^\s*(\+|00)/.test(raw)) this.commitValue(raw);
    else super.handleInput();
  }
}

/**
 * @summary Numéro SIRET (14 chiffres, clé de Luhn et règle de La Poste), mis en forme 123 456 789 00012. / A SIRET field.
 */
export class SocleSiretField extends SocleIdentifierField {
  protected readonly kind = 'siret' as const;
  protected override readonly formatter: Formatter = {
    significant: DIGITS,
    separators: SEPARATORS,
    layout: (digits) => groups(digits, [3, 3, 3, 5]),
  };

  // Defaults for the base's properties (set as properties, never as attributes: the constructor must not add any).
  override inputmode = 'numeric';
  override spellcheck = false;
  /** « 123 456 789 00012 », and a little room. */
  override size = '19';

  protected check(value: string): ValidationResult {
    return validateSiret(value);
  }
}

/**
 * @summary Numéro de sécurité sociale (NIR, 15 caractères clé comprise), donnée sensible : jamais gardée en brouillon. / A NIR field, sensitive.
 */
export class SocleNirField extends SocleIdentifierField {
  protected readonly kind = 'nir' as const;
  protected override readonly formatter: Formatter = {
    significant: /[\dabAB]/,
    separators: SEPARATORS,
    layout: (chars) => groups(chars, [1, 2, 2, 2, 3, 3, 2]),
    normalise: (char) => char.toUpperCase(),
  };

  constructor() {
    super();
    sensitiveDefaults(this);
    // « 1 84 12 76 451 089 46 », and a little room.
    this.size = '23';
  }

  protected check(value: string): ValidationResult {
    return validateNir(value);
  }
}

/**
 * @summary IBAN, vérifié (longueur du pays, clé, RIB français), mis en forme par groupes de 4 ; donnée sensible. / An IBAN field, sensitive.
 */
export class SocleIbanField extends SocleIdentifierField {
  protected readonly kind = 'iban' as const;
  protected override readonly formatter: Formatter = {
    significant: /[\da-zA-Z]/,
    separators: SEPARATORS,
    layout: (chars) => groups(chars, [4]),
    normalise: (char) => char.toUpperCase(),
  };

  constructor() {
    super();
    sensitiveDefaults(this);
  }

  protected check(value: string): ValidationResult {
    return validateIban(value);
  }
}

/**
 * @summary Code postal français (5 chiffres, départements existants ; Monaco refusé). / A French postcode field.
 */
export class SoclePostalCodeField extends SocleIdentifierField {
  protected readonly kind = 'postal-code' as const;

  override inputmode = 'numeric';
  override autocomplete = 'postal-code';
  override spellcheck = false;
  /** Five digits, and a little room. */
  override size = '7';

  protected check(value: string): ValidationResult {
    return validatePostalCode(value);
  }
}

/**
 * @summary Adresse électronique, avec correction des fautes de frappe proposée en bouton (« Vouliez-vous dire …@gmail.com ? »). / An email field that offers typo fixes.
 */
export class SocleEmailField extends SocleIdentifierField {
  static override styles = [
    ...SocleIdentifierField.styles,
    css`
      .suggestion {
        margin: ${token('space-2')} 0 0;
      }
      .suggestion button {
        min-height: ${rem(1.5)};
        padding: 0;
        font: inherit;
        font-weight: ${token('font-weight-bold')};
        color: ${token('color-primary')};
        background: none;
        border: 0;
        text-decoration: underline;
        cursor: pointer;
      }
      .suggestion button:focus-visible {
        ${focusRing}
      }
    `,
  ];
  protected readonly kind = 'email' as const;
  /** The fix offered, shown once the person has left the field. */
  @state() private suggestion: string | undefined;

  override type: TextFieldType = 'email';
  override autocomplete = 'email';
  override spellcheck = false;

  constructor() {
    super();
    useMessages(messages);
    this.addEventListener('change', () => (this.suggestion = suggestEmailFix(this.value)));
  }

  protected check(value: string): ValidationResult {
    return validateEmail(value);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('value') && this.suggestion !== undefined && suggestEmailFix(this.value) !== this.suggestion) {
      this.suggestion = undefined;
    }
  }

  #accept(): void {
    if (this.suggestion === undefined) return;
    this.value = this.suggestion;
    this.suggestion = undefined;
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
    this.focus();
  }

  protected override renderAfterInput() {
    return html`<div class="suggestion socle-suggestion" part="suggestion" aria-live="polite">${this.suggestion === undefined
      ? nothing
      : html`<button type="button" @click=${this.#accept}>${this.localize('email-suggestion', { email: this.suggestion })}</button>`}</div>`;
  }
}
