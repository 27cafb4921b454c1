/**
 * The FranceConnect, FranceConnect+ and ProConnect buttons, as the providers require them: their label and
 * colours, a light and a dark variant, and the « Qu’est-ce que… ? » link beside. The button only starts the
 * flow — a link to the service's own login route, or the submit button of the service's POST form — and the
 * server does the rest (`@socle/identity-server`).
 */
import { LitElement, css, html, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { SocleElement, useMessages, rem } from '@socle/core';
import { submitAs } from '@socle/forms';
import { type IdentityProvider, PROVIDERS, messages, providerOf } from '../messages.js';
import { buildingEmblem, personEmblem, plusMark } from './logos.js';

export type ConnectButtonVariant = 'light' | 'dark';

/**
 * @summary Bouton « S’identifier avec FranceConnect » (ou FranceConnect+, ProConnect) aux couleurs et au libellé des fournisseurs, avec le lien « Qu’est-ce que… ? ». / The providers' sign-in button.
 *
 * @csspart button - Le bouton (un lien `<a>` avec `href`, sinon un `<button>` qui envoie le formulaire). / The button.
 * @csspart info - Le lien « Qu’est-ce que FranceConnect ? ». / The "What is…?" link.
 *
 * @cssprop --socle-connect-button-justify - Alignement du bouton et du lien (`start` par défaut). / Alignment.
 */
export class SocleConnectButton extends SocleElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [
    ...SocleElement.styles,
    css`
      :host {
        display: block;
        --_background: #000091;
        --_hover: #1212ff;
        --_active: #2323ff;
        --_text: #f5f5fe;
        --_link: #000091;
        --_focus: #0a76f6;
      }
      :host([variant='dark']) {
        --_background: #8585f6;
        --_hover: #b1b1f9;
        --_active: #c6c6fb;
        --_text: #000091;
        --_link: #8585f6;
        --_focus: #78a9ff;
      }
      .wrapper {
        display: flex;
        flex-direction: column;
        align-items: var(--socle-connect-button-justify, start);
        gap: ${rem(0.5)};
      }
      .button {
        display: inline-flex;
        align-items: center;
        gap: ${rem(0.75)};
        box-sizing: border-box;
        min-width: ${rem(13.375)};
        min-height: ${rem(3.5)};
        margin: 0;
        padding: ${rem(0.25)} ${rem(1)} ${rem(0.25)} ${rem(0.75)};
        font: inherit;
        font-size: ${rem(1)};
        line-height: 1.25;
        text-align: start;
        text-decoration: none;
        color: var(--_text);
        background: var(--_background);
        border: 0;
        border-radius: 0;
        cursor: pointer;
      }
      .button:hover {
        background: var(--_hover);
      }
      .button:active {
        background: var(--_active);
      }
      .button:disabled {
        cursor: not-allowed;
        opacity: 0.6;
      }
      .button:focus-visible,
      .info:focus-visible {
        outline: 2px solid var(--_focus);
        outline-offset: 2px;
      }
      .logo {
        flex: none;
        width: ${rem(2.5)};
        height: ${rem(3)};
      }
      .brand {
        display: block;
        font-weight: 700;
      }
      .info {
        display: inline-flex;
        align-items: center;
        gap: ${rem(0.25)};
        min-height: ${rem(1.5)};
        font-size: ${rem(0.875)};
        color: var(--_link);
        text-underline-offset: 0.2em;
      }
      .external {
        width: 1em;
        height: 1em;
      }
      @media (forced-colors: active) {
        .button {
          border: 2px solid ButtonText;
        }
        .button:focus-visible,
        .info:focus-visible {
          outline-color: Highlight;
        }
      }
    `,
  ];

  /** Le fournisseur : `franceconnect` (par défaut), `franceconnect-plus` ou `proconnect`. / The provider. */
  @property({ reflect: true }) provider: IdentityProvider = 'franceconnect';
  /** `light` (par défaut, sur fond clair) ou `dark` (sur fond sombre), les deux variantes officielles. / Variant. */
  @property({ reflect: true }) variant: ConnectButtonVariant = 'light';
  /**
   * La route de connexion du service (`/connexion`) : le bouton est alors un lien. Sans `href`, c’est le bouton
   * d’envoi du formulaire qui l’entoure (`<form method="post" action="/connexion">` avec son jeton anti-CSRF).
   * / The service's login route; without it, the button submits its form.
   */
  @property() href?: string;
  /** Nom envoyé avec le formulaire (avec `value`) quand le bouton l’envoie. / Submitted name. */
  @property() name = 'provider';
  /** Valeur envoyée sous `name` ; par défaut le fournisseur. / Submitted value (default: the provider). */
  @property() value?: string;

  readonly #internals: ElementInternals;
  /** Inside a disabled `<fieldset>`, as a native submit button would be. */
  #formDisabled = false;

  constructor() {
    super();
    useMessages(messages);
    this.#internals = this.attachInternals();
  }

  /** Le formulaire que le bouton envoie (sans `href`). / The form it submits. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.#formDisabled = disabled;
    this.requestUpdate();
  }

  #submit = (): void => {
    const form = this.form;
    if (!form) {
      console.warn('socle-connect-button : ni `href` ni formulaire autour du bouton ; il ne peut rien faire. / Neither href nor a form.');
      return;
    }
    submitAs(form, this, { name: this.name, value: this.value ?? providerOf(this.provider) });
  };

  override render() {
    const provider = providerOf(this.provider);
    const { name, info } = PROVIDERS[provider];
    const emblem = provider === 'proconnect' ? buildingEmblem : provider === 'franceconnect-plus' ? svg`${personEmblem}${plusMark}` : personEmblem;
    const content = html`<svg class="logo" viewBox="0 0 40 48" aria-hidden="true" focusable="false">${emblem}</svg
      ><span class="text"><span class="login">${this.localize('connect-login')}</span> <span class="brand">${name}</span></span>`;
    return html`<div class="wrapper">
      ${this.href
        ? html`<a class="button" part="button" href=${this.href}>${content}</a>`
        : html`<button class="button" part="button" type="button" ?disabled=${this.#formDisabled} @click=${this.#submit}>${content}</button>`}
      <a class="info" part="info" href=${info} target="_blank" rel="noopener"
        >${this.localize('connect-what', { provider: name })}<span class="visually-hidden"> ${this.localize('connect-new-window')}</span
        ><svg class="external" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M9 2h5v5M14 2 7 9M12 9.5V14H2V4h4.5" fill="none" stroke="currentColor" stroke-width="1.5" /></svg
      ></a>
    </div>`;
  }
}
