import { fixture } from '@open-wc/testing-helpers/pure';
import { html } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, deepActiveElement } from '../../../../test/browser/helpers.js';
import '../connect-button/define.js';
import './define.js';
import type { SocleLoginChoice } from './login-choice.js';
import { forgetSessionIdentity, sessionIdentity } from '../session-identity.js';

async function render(template: ReturnType<typeof html>) {
  const choice = await fixture<SocleLoginChoice>(template);
  await choice.updateComplete;
  return choice;
}

describe('socle-login-choice', () => {
  it('shows the provider buttons first, then « ou », then the service’s own sign-in, in reading and Tab order', async () => {
    const choice = await render(html`<socle-login-choice>
      <a href="/compte" id="propre">Se connecter avec un compte de la commune</a>
      <socle-connect-button slot="provider" href="/connexion"></socle-connect-button>
    </socle-login-choice>`);
    await choice.updateComplete;
    const parts = Array.from(choice.shadowRoot!.children).map((element) => element.getAttribute('part') ?? element.localName);
    expect(parts).toEqual(['providers', 'separator', 'slot']);
    const separator = choice.shadowRoot!.querySelector('[part="separator"]')!;
    expect(separator.textContent).toBe('ou');
    // Tab: the provider button, its « Qu’est-ce que » link, then the service's own sign-in.
    document.body.focus();
    await userEvent.tab();
    const button = choice.querySelector('socle-connect-button')!;
    expect(deepActiveElement()).toBe(button.shadowRoot!.querySelector('[part="button"]'));
    await userEvent.tab();
    await userEvent.tab();
    expect(deepActiveElement()).toBe(choice.querySelector('#propre'));
    expect(await axeViolations(choice)).toEqual([]);
  });

  it('has no separator when the service offers no other sign-in, and says « or » in English', async () => {
    const alone = await render(html`<socle-login-choice><socle-connect-button slot="provider" href="/connexion"></socle-connect-button></socle-login-choice>`);
    expect(alone.shadowRoot!.querySelector('[part="separator"]')).toBeNull();
    const english = await render(html`<socle-login-choice lang="en"
      ><socle-connect-button slot="provider" href="/connexion"></socle-connect-button><a href="/account">Use an account</a></socle-login-choice
    >`);
    await english.updateComplete;
    expect(english.shadowRoot!.querySelector('[part="separator"]')!.textContent).toBe('or');
  });

  it('with src, gives way to « Vous êtes identifié(e) avec … » and its signed-in slot once the person is signed in', async () => {
    forgetSessionIdentity();
    const template = (cas: string) => html`<socle-login-choice src="/__socle-test/identite?cas=${cas}">
      <socle-connect-button slot="provider" href="/connexion"></socle-connect-button>
      <a href="/demande">Continuer sans FranceConnect</a>
      <a slot="signed-in" href="/deconnexion">Se déconnecter</a>
    </socle-login-choice>`;
    const signedIn = await render(template('angela'));
    await vi.waitFor(() => expect(signedIn.shadowRoot!.querySelector('[part="signed-in"]')?.textContent).toBe('Vous êtes identifié(e) avec FranceConnect.'));
    expect(signedIn.shadowRoot!.querySelector('slot[name="provider"]')).toBeNull();
    const link = signedIn.querySelector<HTMLAnchorElement>('a[slot="signed-in"]')!;
    expect(link.assignedSlot).not.toBeNull();
    expect(signedIn.querySelector('socle-connect-button')!.assignedSlot).toBeNull();
    expect(await axeViolations(signedIn)).toEqual([]);
    const nobody = await render(template('personne'));
    // The element's own answer (one request per page, shared): once it has come, nothing changed.
    await expect(sessionIdentity('/__socle-test/identite?cas=personne')).resolves.toBeUndefined();
    await nobody.updateComplete;
    expect(nobody.querySelector('socle-connect-button')!.assignedSlot).not.toBeNull();
    expect(nobody.querySelector<HTMLElement>('a[slot="signed-in"]')!.assignedSlot).toBeNull();
  });
});
