/** A button that really submits or resets its form, with a loading state that blocks double submission. */
import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { LitElement } from 'lit';
import { SocleElement, focusRing, token, useMessages, rem } from '@socle/core';
import { messages } from './messages.js';
import { submitAs } from '../shared/submit.js';

export type ButtonVariant = 'primary' | 'secondary' | 'tertiary';

/**
 * @summary Bouton d'envoi, de réinitialisation ou d'action, avec état « envoi en cours » annoncé qui empêche le double envoi. / A button.
 *
 * @slot - Le texte du bouton. / The button's text.
 *
 * @csspart button - Le `<button>` natif. / The native `<button>`.
 *
 * @cssprop --socle-color-primary - Fond du bouton principal. / Primary background.
 * @cssprop --socle-color-on-primary - Texte du bouton principal. / Primary text.
 */
export class SocleButton extends SocleElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [
    ...SocleElement.styles,
    css`
      :host {
        display: inline-block;
      }
      .button {
        display: inline-flex;
        align-items: center;
        gap: ${token('space-2')};
        min-height: ${rem(2.75)};
        min-width: ${rem(2.75)};
        margin: 0;
        padding: ${token('space-2')} ${token('space-4')};
        font: inherit;
        font-weight: ${token('font-weight-bold')};
        line-height: 1.25;
        border: ${token('border-width')} solid ${token('color-primary')};
        border-radius: ${token('radius')};
        cursor: pointer;
      }
      .primary {
        color: ${token('color-on-primary')};
        background: ${token('color-primary')};
      }
      .primary:hover {
        background: ${token('color-primary-hover')};
      }
      .secondary {
        color: ${token('color-primary')};
        background: ${token('color-background')};
      }
      .tertiary {
        color: ${token('color-primary')};
        background: transparent;
        border-color: transparent;
        text-decoration: underline;
      }
      .button:focus-visible {
        ${focusRing}
      }
      .button:disabled,
      .button[aria-disabled='true'] {
        cursor: not-allowed;
        opacity: 0.75;
      }
      .spinner {
        width: 1em;
        height: 1em;
        border: 2px solid currentColor;
        border-inline-end-color: transparent;
        border-radius: 50%;
        animation: spin 0.8s linear infinite;
      }
      @keyframes spin {
        to {
          transform: rotate(1turn);
        }
      }
      @media (prefers-reduced-motion: reduce) {
        .spinner {
          animation: none;
        }
      }
      @media (forced-colors: active) {
        .button {
          border-color: ButtonText;
        }
        .button:focus-visible {
          outline-color: Highlight;
        }
      }
    `,
  ];

  /** `submit` (par défaut, comme en HTML) envoie le formulaire, `reset` le réinitialise, `button` ne fait rien. / Behaviour. */
  @property({ reflect: true }) type: 'submit' | 'reset' | 'button' = 'submit';
  /** Apparence : `primary`, `secondary` ou `tertiary`. / Look. */
  @property({ reflect: true }) variant: ButtonVariant = 'primary';
  /** Désactivé. Préférez laisser le bouton actif et expliquer l'erreur. / Disabled. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** Envoi en cours : annoncé, et les clics sont ignorés (pas de double envoi). / Busy: announced, clicks ignored. */
  @property({ type: Boolean, reflect: true }) loading = false;
  /**
   * Nom envoyé avec le formulaire quand ce bouton l'envoie (avec `value`), comme pour un `<button>` :
   * distingue deux actions, ex. « Enregistrer » et « Envoyer ». / Submitted with `value` when this button submits.
   */
  @property() name = '';
  /** Valeur envoyée sous `name` quand ce bouton envoie le formulaire. / Submitted under `name`. */
  @property() value = '';

  readonly #internals: ElementInternals;
  #formDisabled = false;

  constructor() {
    super();
    useMessages(messages);
    this.#internals = this.attachInternals();
    this.addEventListener('click', this.#onClick);
  }

  /** Le formulaire du bouton. / The button's form. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.#formDisabled = disabled;
    this.requestUpdate();
  }

  #onClick = (event: MouseEvent): void => {
    if (this.disabled || this.#formDisabled || this.loading) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    const form = this.form;
    if (!form) return;
    if (this.type === 'submit') submitAs(form, this, { name: this.name, value: this.value });
    else if (this.type === 'reset') form.reset();
  };

  override render() {
    return html`<button
        class="button ${this.variant}"
        part="button"
        type="button"
        ?disabled=${this.disabled || this.#formDisabled}
        aria-disabled=${this.loading ? 'true' : 'false'}
      >
        ${this.loading ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}<slot></slot>
      </button>
      <span class="visually-hidden" role="status">${this.loading ? this.localize('button-loading') : ''}</span>`;
  }
}
