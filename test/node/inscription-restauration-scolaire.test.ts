/**
 * End to end in Chromium: the complete example procedure, docs/examples/inscription-restauration-scolaire.html
 * — one script tag (the autoloader), HTML only, a strict CSP — served as it is by the identity demo. Filled
 * from the first key to « Demande reçue » by keyboard alone: sign-in at the local FranceConnect-shaped
 * provider, the identity read from the session, address look-up, two children, the family-quotient document,
 * direct debit with its mandate, « Vérifier vos réponses ». Then what the commune's server received, the
 * draft after a reload, and the server's own checks.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IdentityDemo, startIdentityDemo } from '../../examples/identite/service.js';
import { launchChromium } from '../../scripts/chromium.mjs';
import { axeViolations } from '../support/page-axe.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const PAGE = readFileSync(join(root, 'docs/examples/inscription-restauration-scolaire.html'), 'utf8');
const IBAN = 'FR7630006000011234567890189';
const DRAFT_KEY = 'socle-brouillon:inscription-restauration-scolaire-2026';
/** A small, real PDF header: the server checks the first bytes, not the name. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

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

async function openTab() {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const tab = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  tab.on('pageerror', (error) => problems.push(error.message));
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  tab.on('request', (request) => requests.push(request.url()));
  return { context, tab, problems, requests };
}

async function ready(tab: Page): Promise<void> {
  await tab.evaluate(async () => {
    await customElements.whenDefined('socle-form');
    await document.querySelector<HTMLElement & { ready: Promise<void> }>('socle-form')?.ready;
  });
}

/** What a screen reader would call the focused element: its label, its name attributes, or its text. */
function focusedName(tab: Page): Promise<string> {
  return tab.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return '';
    const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
    const root = active.getRootNode() as Document | ShadowRoot;
    const labelledBy = active.getAttribute('aria-labelledby');
    if (labelledBy) return clean(labelledBy.split(' ').map((id) => root.getElementById(id)?.textContent).join(' '));
    const labels = (active as HTMLInputElement).labels;
    if (labels?.length) return clean(labels[0]!.textContent);
    const text = clean(active.getAttribute('aria-label')) || clean(active.textContent);
    return text || (root instanceof ShadowRoot ? clean(root.host.textContent) : '');
  });
}

/** Presses Tab until the focused element's name matches (at most 30 presses). */
async function tabTo(tab: Page, name: RegExp): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < 30; i++) {
    await tab.keyboard.press('Tab');
    const current = await focusedName(tab);
    if (name.test(current)) return;
    seen.push(current);
  }
  throw new Error(`Tab never reached ${String(name)}; went through: ${seen.join(' | ')}`);
}

async function type(tab: Page, name: RegExp, text: string): Promise<void> {
  await tabTo(tab, name);
  await tab.keyboard.type(text);
}


const visibleHeading = (tab: Page, text: string) => tab.getByRole('heading', { level: 2, name: new RegExp(text) }).locator('visible=true');

describe('the example procedure: school-canteen registration, one script tag, by keyboard alone', () => {
  it('uses the autoloader only, and no script of its own', () => {
    const markup = PAGE.replace(/<!--[\s\S]*?-->/g, '');
    const scripts = [...markup.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]![1]).toContain('src="/socle/socle-autoloader.js"');
    expect(scripts[0]![2]!.trim()).toBe('');
    expect(markup).not.toMatch(/\son[a-z]+=/);
  });

  it('from sign-in to « Demande reçue »: every answer reaches the commune’s server, checked again there', async () => {
    const { context, tab, problems, requests } = await openTab();
    await tab.goto(`${demo.serviceUrl}/inscription`);
    await ready(tab);
    expect(await axeViolations(tab)).toEqual([]);

    // Sign in at the provider and come back to the page: the identity comes from the session route.
    await tabTo(tab, /^S’identifier avec FranceConnect$/);
    await tab.keyboard.press('Enter');
    await tab.waitForURL(/\/api\/v2\/interaction\//);
    await tabTo(tab, /Angela Claire Louise DUBOIS/);
    await tab.keyboard.press('Enter');
    await tab.waitForURL(`${demo.serviceUrl}/inscription`);
    await ready(tab);
    await tab.getByText('Ces informations sont transmises par FranceConnect.').waitFor();
    await tab.getByText('Vous êtes identifié(e) avec FranceConnect.').waitFor();
    await expect(tab.getByRole('link', { name: 'S’identifier avec FranceConnect' }).count()).resolves.toBe(0);
    await expect(tab.getByRole('textbox', { name: 'Nom de naissance', exact: true }).inputValue()).resolves.toBe('DUBOIS');
    expect(await axeViolations(tab)).toEqual([]);

    // Step 1: contact details and the household's address, from the geocoder through the commune's relay.
    await type(tab, /^Adresse électronique/, 'angela.dubois@exemple.fr');
    await type(tab, /^Adresse du foyer/, '8 boulevard du port');
    const address = tab.getByRole('combobox', { name: /Adresse du foyer/ });
    await tab.getByRole('option', { name: /^8 Boulevard du Port 80000 Amiens/ }).waitFor();
    await tab.keyboard.press('ArrowDown');
    await tab.keyboard.press('Enter');
    await expect(address.inputValue()).resolves.toBe('8 Boulevard du Port 80000 Amiens');
    await tabTo(tab, /^Continuer$/);
    await tab.keyboard.press('Enter');

    // Step 2: two children, the second added by its button.
    await visibleHeading(tab, 'Vos enfants').waitFor();
    await expect(focusedName(tab)).resolves.toMatch(/Vos enfants/);
    await type(tab, /^Prénom de l’enfant/, 'Lina');
    await type(tab, /^Nom de l’enfant/, 'Dubois');
    await type(tab, /^Jour/, '27');
    await type(tab, /^Mois/, '3');
    await type(tab, /^Année/, '2019');
    await tabTo(tab, /^École/);
    await tab.keyboard.press('ArrowDown');
    await tabTo(tab, /^Ajouter un enfant$/);
    await tab.keyboard.press('Enter');
    await tab.getByRole('group', { name: 'Enfant 2' }).waitFor();
    await tab.keyboard.type('Noé');
    // Focus went to the new child's first field.
    await expect(tab.locator('socle-text-field[name="enfants[1][prenom]"]').getByRole('textbox').inputValue()).resolves.toBe('Noé');
    await type(tab, /^Nom de l’enfant/, 'Dubois');
    await type(tab, /^Jour/, '4');
    await type(tab, /^Mois/, '11');
    await type(tab, /^Année/, '2021');
    await tabTo(tab, /^École/);
    await tab.keyboard.press('ArrowDown');
    await tab.keyboard.press('ArrowDown');
    await tabTo(tab, /^Continuer$/);
    await tab.keyboard.press('Enter');

    // Step 3: the document, chosen from the keyboard (the system's file chooser answers for the person).
    await visibleHeading(tab, 'Votre quotient familial').waitFor();
    await tabTo(tab, /^Attestation de quotient familial/);
    const [chooser] = await Promise.all([tab.waitForEvent('filechooser'), tab.keyboard.press('Space')]);
    await chooser.setFiles({ name: 'attestation-caf.pdf', mimeType: 'application/pdf', buffer: PDF });
    await tab.getByRole('button', { name: 'Supprimer attestation-caf.pdf' }).waitFor();
    await tabTo(tab, /^Continuer$/);
    await tab.keyboard.press('Enter');

    // Step 4: direct debit — its fields appear once chosen.
    await visibleHeading(tab, 'Paiement').waitFor();
    await tabTo(tab, /^Prélèvement automatique/);
    await tab.keyboard.press('Space');
    await type(tab, /^Titulaire du compte/, 'Angela Dubois');
    await type(tab, /^IBAN du compte à débiter/, IBAN);
    await tabTo(tab, /^J’autorise la commune de Saint-Exemple/);
    await tab.keyboard.press('Space');
    await tabTo(tab, /^Continuer$/);
    await tab.keyboard.press('Enter');

    // « Vérifier vos réponses »: every answer, each with its « Modifier ».
    await visibleHeading(tab, 'Vérifier vos réponses').waitFor();
    const review = await tab.locator('socle-step[review]').evaluate((step) => step.shadowRoot!.textContent.replace(/\s+/g, ' '));
    for (const text of ['DUBOIS', 'angela.dubois@exemple.fr', '8 Boulevard du Port 80000 Amiens', 'Lina', 'Noé', '27 mars 2019', '4 novembre 2021', 'École élémentaire Jean-Jaurès', 'École maternelle Marie-Curie', 'attestation-caf.pdf', 'Prélèvement automatique', 'Angela Dubois']) {
      expect(review).toContain(text);
    }
    expect(await tab.locator('socle-step[review]').getByRole('button', { name: /^Modifier/ }).count()).toBeGreaterThanOrEqual(4);
    expect(await axeViolations(tab)).toEqual([]);
    await tabTo(tab, /^J’atteste sur l’honneur/);
    await tab.keyboard.press('Space');
    await tabTo(tab, /^Envoyer ma demande$/);
    const beforeSubmit = [...requests];
    await tab.keyboard.press('Enter');
    await tab.getByRole('heading', { name: 'Demande reçue' }).waitFor();
    await tab.getByText('le formulaire reçu lui est identique').waitFor();

    const received = demo.registrations.at(-1)!;
    expect(received.errors).toEqual({});
    expect(received.identityMatches).toBe(true);
    const data = Object.fromEntries(received.entries);
    expect(data).toMatchObject({
      civilite: 'female',
      nom_naissance: 'DUBOIS',
      prenoms: 'Angela Claire Louise',
      date_naissance: '1962-08-24',
      lieu_naissance: '75107',
      courriel: 'angela.dubois@exemple.fr',
      telephone: '',
      'adresse[label]': '8 Boulevard du Port 80000 Amiens',
      'adresse[citycode]': '80021',
      'adresse[postcode]': '80000',
      'enfants[0][prenom]': 'Lina',
      'enfants[0][naissance]': '2019-03-27',
      'enfants[0][ecole]': 'jaures',
      'enfants[1][prenom]': 'Noé',
      'enfants[1][naissance]': '2021-11-04',
      'enfants[1][ecole]': 'curie',
      paiement: 'prelevement',
      titulaire: 'Angela Dubois',
      iban: IBAN,
      mandat: 'on',
      attestation: 'on',
    });
    expect(JSON.parse(data.adresse!)).toMatchObject({ id: '80021_6590_00008', source: 'ban' });
    expect(received.files).toEqual([{ field: 'quotient', name: 'attestation-caf.pdf', type: 'application/pdf', size: PDF.length, detected: 'pdf' }]);
    // The address look-up went through the commune's relay (same origin), never to another host.
    expect(demo.geocoder.requests.some((request) => request.path === '/geocodage/search' && /boulevard du port/i.test(request.q))).toBe(true);
    expect(requests.filter((url) => !url.startsWith(demo.serviceUrl) && !url.startsWith(demo.provider.origin) && !url.startsWith('data:'))).toEqual([]);
    const scripts = beforeSubmit.filter((url) => url.startsWith(demo.serviceUrl) && url.endsWith('.js')).map((url) => url.slice(demo.serviceUrl.length));
    expect(scripts).toContain('/socle/socle-autoloader.js');
    // Its components from autoload/, the embedded data from chunks/ (the files it shares with socle.js), never socle.js itself.
    expect(scripts.filter((path) => path !== '/socle/socle-autoloader.js' && !path.startsWith('/socle/autoload/') && !/^\/socle\/chunks\/(communes-[12]|territoires|pays)-/.test(path))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps what was typed after a reload, for seven days, and never what came from FranceConnect', async () => {
    const { context, tab, problems } = await openTab();
    await tab.goto(`${demo.serviceUrl}/inscription`);
    await tab.getByRole('link', { name: 'S’identifier avec FranceConnect' }).click();
    await tab.getByRole('button', { name: /Karima BENALI/ }).click();
    await tab.waitForURL(`${demo.serviceUrl}/inscription`);
    await ready(tab);
    await tab.getByText('Ces informations sont transmises par FranceConnect.').waitFor();
    await type(tab, /^Adresse électronique/, 'karima.benali@exemple.fr');
    await tab.getByRole('checkbox', { name: 'Garder mes réponses sur cet appareil' }).check();
    await tab.waitForFunction((key) => (localStorage.getItem(key) ?? '').includes('karima.benali'), DRAFT_KEY);
    await tab.reload();
    await ready(tab);
    await expect(tab.getByRole('textbox', { name: /Adresse électronique/ }).inputValue()).resolves.toBe('karima.benali@exemple.fr');
    await tab.getByText('Ces informations sont transmises par FranceConnect.').waitFor();
    const stored = await tab.evaluate((key) => localStorage.getItem(key) ?? '', DRAFT_KEY);
    for (const fromProvider of ['BENALI', 'Karima', '1962', '99352']) expect(stored).not.toContain(fromProvider);
    const draft = JSON.parse(stored) as { savedAt: number; expiresAt: number };
    expect(draft.expiresAt - draft.savedAt).toBe(7 * 24 * 3600 * 1000);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('signs out from the page: back from the provider, the sign-in button is offered again and the identity is to type', async () => {
    const { context, tab, problems } = await openTab();
    await tab.goto(`${demo.serviceUrl}/inscription`);
    await tab.getByRole('link', { name: 'S’identifier avec FranceConnect' }).click();
    await tab.getByRole('button', { name: /Yves LEFÈVRE/ }).click();
    await tab.waitForURL(`${demo.serviceUrl}/inscription`);
    await tab.getByText('Vous êtes identifié(e) avec FranceConnect.').waitFor();
    await tab.getByRole('link', { name: 'Se déconnecter' }).click();
    // The test provider asks for confirmation, as oidc-provider does.
    await tab.waitForURL(/\/api\/v2\/session\/end/);
    await tab.getByRole('button', { name: 'Se déconnecter' }).click();
    await tab.waitForURL(`${demo.serviceUrl}/inscription`);
    await ready(tab);
    await tab.getByRole('link', { name: 'S’identifier avec FranceConnect' }).waitFor();
    await expect(tab.getByRole('textbox', { name: /Nom de naissance/ }).getAttribute('readonly')).resolves.toBeNull();
    await expect(tab.getByText('transmises par FranceConnect').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the server refuses, in French, what the browser would have stopped: it never trusts the page', async () => {
    const form = new FormData();
    form.set('courriel', 'pas-une-adresse');
    form.set('paiement', 'prelevement');
    form.set('iban', 'FR7630006000011234567890188');
    form.set('enfants[0][prenom]', 'Lina');
    form.set('enfants[0][naissance]', '2001-01-01');
    form.set('quotient', new File([Buffer.from('MZ not a document')], 'attestation.pdf', { type: 'application/pdf' }));
    const response = await fetch(`${demo.serviceUrl}/inscription`, { method: 'POST', body: form });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('Demande incomplète');
    const errors = demo.registrations.at(-1)!.errors;
    expect(Object.keys(errors)).toEqual(
      expect.arrayContaining(['nom_naissance', 'courriel', 'adresse', 'enfants[0][nom]', 'enfants[0][naissance]', 'enfants[0][ecole]', 'quotient', 'titulaire', 'iban', 'mandat', 'attestation']),
    );
    expect(errors.quotient).toBe('L’attestation doit être un PDF, un JPEG ou un PNG.');
    expect(errors.iban).toMatch(/IBAN/);
    // A body sent as something else than the page sends is refused too.
    const plain = await fetch(`${demo.serviceUrl}/inscription`, { method: 'POST', body: new URLSearchParams({ courriel: 'a@b.fr' }) });
    expect(plain.status).toBe(422);
  });
});
