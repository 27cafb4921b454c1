/** The sign-in choice the providers require: their button(s) first, then « ou », then the service's own sign-in. */
import { type PropertyValues, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SocleElement, token, useMessages } from '@socle/core';
import { type IdentityProvider, PROVIDERS, messages } from '../messages.js';
import { sessionIdentity } from '../session-identity.js';

/**
 * @summary Choix de connexion : le ou les boutons des fournisseurs d’abord, puis « ou », puis la connexion propre au service. / Sign-in choice.
 *
 * @slot provider - Les boutons `socle-connect-button` (FranceConnect, ProConnect). / The provider buttons.
 * @slot - La connexion propre au service (formulaire identifiant et mot de passe, lien « Continuer sans compte »…). / The service's own sign-in.
 * @slot signed-in - Avec `src`, ce qui remplace le choix quand la personne est déjà connectée (un lien « Se déconnecter »). / Shown instead once signed in.
 *
 * @csspart providers - Le bloc des boutons des fournisseurs. / The providers' block.
 * @csspart separator - Le séparateur « ou ». / The "or" separator.
 * @csspart signed-in - Le message « Vous êtes identifié(e) avec … » (avec `src`). / The signed-in message.
 */
export class SocleLoginChoice extends SocleElement {
  static override styles = [
    ...SocleElement.styles,
    css`
      :host {
        display: block;
      }
      .providers {
        display: flex;
        flex-wrap: wrap;
        gap: ${token('space-4')};
      }
      .separator {
        display: flex;
        align-items: center;
        gap: ${token('space-3')};
        margin: ${token('space-6')} 0;
        color: ${token('color-text')};
      }
      .signed-in {
        margin: 0 0 ${token('space-3')};
      }
      .separator::before,
      .separator::after {
        content: '';
        flex: 1;
        border-top: 1px solid ${token('color-border')};
      }
    `,
  ];

  /**
   * Pour une page statique : la route du service qui donne l’identité de la session (`/connexion/identite`).
   * Si la personne est déjà connectée, le choix laisse place à « Vous êtes identifié(e) avec … » et au contenu
   * de l’emplacement `signed-in`. / The session identity route: once signed in, the choice gives way.
   */
  @property() src?: string;

  /** The provider the person is signed in with (through `src`). */
  @state() private signedIn?: IdentityProvider;

  /** Whether the service's own sign-in slot holds anything: the separator stands between two things only. */
  @state() private hasOwn = false;

  constructor() {
    super();
    useMessages(messages);
  }

  #onSlotChange = (event: Event): void => {
    const slot = event.target as HTMLSlotElement;
    this.hasOwn = slot.assignedNodes({ flatten: true }).some((node) => node.nodeType === Node.ELEMENT_NODE || Boolean(node.textContent?.trim()));
  };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('src')) {
      this.signedIn = undefined;
      const src = this.src;
      if (src) {
        void sessionIdentity(src).then((found) => {
          if (this.src === src) this.signedIn = found?.provider;
        });
      }
    }
  }

  override render() {
    if (this.signedIn) {
      return html`<p class="signed-in" part="signed-in" role="status">${this.localize('login-signed-in', { provider: PROVIDERS[this.signedIn].name })}</p>
        <slot name="signed-in"></slot>`;
    }
    return html`<div class="providers" part="providers"><slot name="provider"></slot></div>
      ${this.hasOwn ? html`<p class="separator" part="separator">${this.localize('login-or')}</p>` : nothing}
      <slot @slotchange=${this.#onSlotChange}></slot>`;
  }
}
