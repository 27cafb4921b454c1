/**
 * End to end in Chromium: the identity demo (examples/identite/service.ts) signing people in with the local
 * FranceConnect-shaped provider. Click the button → log in at the provider → back on the service with the
 * identity fieldset filled and locked; every seeded identity shown as it must be; axe clean; keyboard
 * only; the form's submission carries the identity; sign-out; cancelling; the login form's CSRF check.
 */
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IdentityDemo, startIdentityDemo } from '../../examples/identite/service.js';
import { launchChromium } from '../../scripts/chromium.mjs';
import { TEST_IDENTITIES, testIdentity } from '../servers/identites-test.js';
import { UserAgent } from '../support/user-agent.js';
import { axeViolations } from '../support/page-axe.js';

let demo: IdentityDemo;
let browser: Browser;

beforeAll(async () => {
  demo = await startIdentityDemo();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
  await demo.close();
});

/** A new tab that records page errors, console errors (CSP refusals among them) and the service's HTML bodies. */
async function openTab() {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const tab = await context.newPage();
  const problems: string[] = [];
  const bodies: string[] = [];
  tab.on('pageerror', (error) => problems.push(error.message));
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  tab.on('response', (response) => {
    if (response.url().startsWith(demo.serviceUrl) && (response.headers()['content-type'] ?? '').startsWith('text/html')) {
      response.text().then((text) => bodies.push(text), () => undefined);
    }
  });
  return { context, tab, problems, bodies };
}

/** The element that has focus, through shadow roots, described by its text. */
function focusedText(tab: Page): Promise<string> {
  return tab.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    // A button whose text is slotted reads as its host's text.
    const root = active?.getRootNode();
    const text = (element: Element | null | undefined) => element?.textContent.replace(/\s+/g, ' ').trim() ?? '';
    return text(active) || (root instanceof ShadowRoot ? text(root.host) : '');
  });
}

/** Presses Tab until the focused element's text matches (at most 20 presses). */
async function tabTo(tab: Page, text: RegExp): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await tab.keyboard.press('Tab');
    if (text.test(await focusedText(tab))) return;
  }
  throw new Error(`Tab never reached ${String(text)}`);
}


/** From the service's home to the form, signed in as `account`, by mouse. */
async function signInByMouse(tab: Page, account: string): Promise<void> {
  await tab.goto(`${demo.serviceUrl}/`);
  await tab.getByRole('button', { name: 'S’identifier avec FranceConnect' }).click();
  const person = testIdentity(account);
  await tab.getByRole('button', { name: new RegExp(`${person.given_name} ${person.family_name}`) }).click();
  await tab.waitForURL(`${demo.serviceUrl}/demande`);
}

async function shownValue(tab: Page, label: string): Promise<string> {
  return tab.getByRole('textbox', { name: label, exact: true }).inputValue();
}

describe('the identity demo: FranceConnect end to end', () => {
  it('keyboard only: sign in, the fieldset is filled and locked, axe is clean, the submission carries the identity', async () => {
    const { context, tab, problems, bodies } = await openTab();
    await tab.goto(`${demo.serviceUrl}/`);
    await tab.evaluate(() => customElements.whenDefined('socle-connect-button'));
    expect(await axeViolations(tab)).toEqual([]);
    await tabTo(tab, /^S’identifier avec FranceConnect$/);
    await tab.keyboard.press('Enter');

    // The provider's login page: the identities are buttons.
    await tab.waitForURL(/\/api\/v2\/interaction\//);
    await expect(tab.getByText('Fournisseur d’identité de test.').isVisible()).resolves.toBe(true);
    await tabTo(tab, /Angela Claire Louise DUBOIS/);
    await tab.keyboard.press('Enter');

    await tab.waitForURL(`${demo.serviceUrl}/demande`);
    const angela = testIdentity('angela');
    await expect(tab.getByText('Ces informations sont transmises par FranceConnect.').isVisible()).resolves.toBe(true);
    await expect(shownValue(tab, 'Nom de naissance')).resolves.toBe('DUBOIS');
    await expect(shownValue(tab, 'Prénoms')).resolves.toBe('Angela Claire Louise');
    await expect(shownValue(tab, 'Date de naissance')).resolves.toBe('24 août 1962');
    await expect.poll(() => shownValue(tab, 'Lieu de naissance')).toBe(angela.shown.birthplace);
    await expect(tab.getByRole('textbox', { name: 'Nom de naissance', exact: true }).getAttribute('readonly')).resolves.toBe('');
    expect(await axeViolations(tab)).toEqual([]);

    // The rest of the form, by keyboard: the school, then the submit button.
    await tabTo(tab, /^Sélectionnez une école/);
    await tab.keyboard.press('ArrowDown');
    await tabTo(tab, /^Envoyer l’inscription$/);
    await tab.keyboard.press('Enter');
    await tab.getByRole('heading', { name: 'Demande reçue' }).waitFor();
    await expect(tab.getByText('le formulaire reçu lui est identique').isVisible()).resolves.toBe(true);
    expect(demo.received.at(-1)).toMatchObject({
      civilite: 'female',
      nom_naissance: 'DUBOIS',
      nom_usage: '',
      prenoms: 'Angela Claire Louise',
      date_naissance: '1962-08-24',
      lieu_naissance: '75107',
      pays_naissance: '99100',
      ecole: 'jules-ferry',
    });

    // No token nor secret in anything the service sent the page; the session cookie is HttpOnly and encrypted.
    for (const body of bodies) expect(body).not.toMatch(/eyJ[\w-]+\.[\w-]*\./);
    const [cookie] = (await context.cookies(demo.serviceUrl)).filter((c) => c.name === 'socle_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false });
    expect(cookie!.value.split('.')).toHaveLength(5);
    expect(cookie!.value).not.toContain('DUBOIS');
    await expect(tab.evaluate(() => document.cookie)).resolves.not.toContain('socle_session');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows every seeded identity as it must: names, partial birthdates, the arrondissement, the merged commune, the country', async () => {
    for (const person of TEST_IDENTITIES) {
      const { context, tab, problems } = await openTab();
      await signInByMouse(tab, person.id);
      await expect(shownValue(tab, 'Nom de naissance')).resolves.toBe(person.family_name);
      await expect(shownValue(tab, 'Prénoms')).resolves.toBe(person.given_name);
      await expect(shownValue(tab, 'Civilité')).resolves.toBe(person.gender === 'female' ? 'Madame' : 'Monsieur');
      await expect(shownValue(tab, 'Date de naissance')).resolves.toBe(person.shown.birthdate);
      await expect.poll(() => shownValue(tab, 'Lieu de naissance')).toBe(person.shown.birthplace);
      if (person.preferred_username) await expect(shownValue(tab, 'Nom d’usage')).resolves.toBe(person.preferred_username);
      else await expect(tab.getByRole('textbox', { name: 'Nom d’usage' }).count()).resolves.toBe(0);
      await tab.getByRole('combobox', { name: 'École' }).selectOption('louise-michel');
      await tab.getByRole('button', { name: 'Envoyer l’inscription' }).click();
      await tab.getByRole('heading', { name: 'Demande reçue' }).waitFor();
      expect(demo.received.at(-1)).toMatchObject({
        date_naissance: person.birthdate,
        lieu_naissance: person.birthplace,
        pays_naissance: person.birthcountry,
        nom_usage: person.preferred_username,
      });
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  it('signs out at the provider too, and the form is then empty and editable', async () => {
    const { context, tab, problems } = await openTab();
    await signInByMouse(tab, 'karima');
    await tab.getByRole('button', { name: 'Se déconnecter' }).click();
    // The test provider asks for confirmation, as oidc-provider does.
    await tab.waitForURL(/\/api\/v2\/session\/end/);
    await tab.getByRole('button', { name: 'Se déconnecter' }).click();
    await tab.waitForURL(`${demo.serviceUrl}/?deconnecte`);
    await expect(tab.getByText('Vous êtes déconnecté(e).').isVisible()).resolves.toBe(true);
    await tab.goto(`${demo.serviceUrl}/demande`);
    await tab.getByRole('textbox', { name: 'Nom de naissance' }).waitFor();
    await expect(tab.getByRole('textbox', { name: 'Nom de naissance' }).inputValue()).resolves.toBe('');
    await expect(tab.getByRole('textbox', { name: 'Nom de naissance' }).getAttribute('readonly')).resolves.toBeNull();
    await expect(tab.getByText('transmises par FranceConnect').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says so in French when the person cancels at the provider, and offers to start again', async () => {
    const { context, tab } = await openTab();
    await tab.goto(`${demo.serviceUrl}/`);
    await tab.getByRole('button', { name: 'S’identifier avec FranceConnect' }).click();
    const reply = tab.waitForResponse((response) => response.url().startsWith(`${demo.serviceUrl}/connexion/retour`));
    await tab.getByRole('button', { name: 'Annuler et revenir au service' }).click();
    expect((await reply).status()).toBe(400);
    await tab.getByRole('heading', { name: 'Connexion impossible' }).waitFor();
    await expect(tab.getByText('Vous avez annulé la connexion.').isVisible()).resolves.toBe(true);
    await tab.getByRole('link', { name: 'Recommencer la connexion' }).click();
    await tab.waitForURL(/\/api\/v2\/interaction\//);
    await context.close();
  });

  it('refuses a login form posted without the session’s anti-forgery token', async () => {
    const response = await fetch(`${demo.serviceUrl}/connexion`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'provider=franceconnect&csrf=devine',
      redirect: 'manual',
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Le formulaire de connexion a expiré');
  });

  it('starts from a plain link too (GET), and comes back to a page of the site only', async () => {
    for (const [asked, landing] of [
      ['/demande?etape=2', '/demande?etape=2'],
      ['//ailleurs.example/piege', '/demande'],
      ['https://ailleurs.example/', '/demande'],
    ]) {
      const agent = new UserAgent();
      const start = await agent.send(`${demo.serviceUrl}/connexion?returnTo=${encodeURIComponent(asked!)}`);
      expect(start.status).toBe(303);
      const authorizationUrl = new URL(start.headers.get('location')!);
      expect(authorizationUrl.href.startsWith(`${demo.provider.issuer}/authorize?`)).toBe(true);
      expect(authorizationUrl.searchParams.get('acr_values')).toBe('eidas1');
      const callback = await agent.signIn(authorizationUrl, { account: 'yves' });
      const back = await agent.send(callback);
      expect(back.status).toBe(303);
      expect(back.headers.get('location')).toBe(landing);
    }
  });
});
