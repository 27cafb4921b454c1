/** The sign-in choice the providers require: their button(s) first, then « ou », then the service's own sign-in. */
import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { SocleElement, token, useMessages } from '@socle/core';
import { messages } from '../messages.js';

/**
 * @summary Choix de connexion : le ou les boutons des fournisseurs d’abord, puis « ou », puis la connexion propre au service. / Sign-in choice.
 *
 * @slot provider - Les boutons `socle-connect-button` (FranceConnect, ProConnect). / The provider buttons.
 * @slot - La connexion propre au service (formulaire identifiant et mot de passe, lien « Continuer sans compte »…). / The service's own sign-in.
 *
 * @csspart providers - Le bloc des boutons des fournisseurs. / The providers' block.
 * @csspart separator - Le séparateur « ou ». / The "or" separator.
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
      .separator::before,
      .separator::after {
        content: '';
        flex: 1;
        border-top: 1px solid ${token('color-border')};
      }
    `,
  ];

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

  override render() {
    return html`<div class="providers" part="providers"><slot name="provider"></slot></div>
      ${this.hasOwn ? html`<p class="separator" part="separator">${this.localize('login-or')}</p>` : nothing}
      <slot @slotchange=${this.#onSlotChange}></slot>`;
  }
}
