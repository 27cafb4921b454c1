/**
 * HTML first, end to end in a real Chromium: the example procedure with JavaScript off is a plain HTML form
 * that shows every field, labelled, and posts what was typed; while its script is still on its way, what a
 * person types and picks is kept when the script arrives and enhances the same elements; and both states
 * pass axe.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.mjs';
import { axeViolations } from '../support/page-axe.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const PAGE = '/examples/demarche.html';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext | undefined;
const received: string[] = [];

beforeAll(async () => {
  server = await startStaticServer(root, () => ({}), 0, {
    post: (_path, body) => {
      received.push(body);
      return { status: 200, body: '<!doctype html><html lang="fr"><title>Demande reçue</title><h1>Demande reçue</h1></html>' };
    },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

afterEach(async () => {
  await context?.close();
  context = undefined;
  received.length = 0;
});


/** Every field of the procedure, by its role and accessible name, as a person finds it without the script. */
const FIELDS: [role: 'textbox' | 'combobox' | 'radio' | 'checkbox', name: string][] = [
  ['textbox', 'Nom de famille'],
  ['textbox', 'Prénom'],
  ['textbox', 'Adresse électronique'],
  ['textbox', 'Téléphone'],
  ['textbox', 'Commune de résidence'],
  ['radio', 'Non'],
  ['radio', 'Oui'],
  ['textbox', 'Nom du second parent'],
  ['textbox', 'Téléphone du second parent'],
  ['textbox', 'Prénom de l’enfant'],
  ['textbox', 'Jour'],
  ['textbox', 'Mois'],
  ['textbox', 'Année'],
  ['combobox', 'École'],
  ['checkbox', 'Lundi'],
  ['checkbox', 'Vendredi'],
  ['textbox', 'Précisez l’allergie'],
  ['radio', 'Prélèvement automatique'],
  ['radio', 'Facture mensuelle'],
  ['textbox', 'IBAN du compte à débiter'],
  ['checkbox', 'J’atteste sur l’honneur l’exactitude des informations'],
];

describe('the example procedure without JavaScript', () => {
  it('shows every field, labelled, and a submit button; the browser asks for what is required; the server gets what was typed', async () => {
    context = await browser.newContext({ locale: 'fr-FR', javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${server.url}${PAGE}`);
    for (const heading of ['Vos coordonnées', 'Vos enfants', 'Paiement', 'Vérifier vos réponses']) {
      expect(await tab.getByRole('heading', { name: heading, exact: true }).isVisible(), heading).toBe(true);
    }
    for (const [role, name] of FIELDS) {
      expect(await tab.getByRole(role, { name, exact: true }).first().isVisible(), `${role} « ${name} »`).toBe(true);
    }
    const submit = tab.getByRole('button', { name: 'Envoyer ma demande' });
    expect(await submit.isVisible()).toBe(true);

    // Sent empty: the browser refuses (what is required is required without the script too).
    await submit.click();
    await tab.waitForTimeout(300);
    expect(received).toEqual([]);

    await tab.getByRole('textbox', { name: 'Nom de famille' }).fill('Martin');
    await tab.getByRole('textbox', { name: 'Prénom', exact: true }).fill('Jeanne');
    await tab.getByRole('textbox', { name: 'Adresse électronique' }).fill('jeanne.martin@exemple.fr');
    await tab.getByRole('textbox', { name: 'Commune de résidence' }).fill('Bordeaux');
    await tab.getByRole('radio', { name: 'Non' }).first().check();
    await tab.getByRole('textbox', { name: 'Prénom de l’enfant' }).fill('Lina');
    await tab.getByRole('textbox', { name: 'Jour' }).fill('27');
    await tab.getByRole('textbox', { name: 'Mois' }).fill('3');
    await tab.getByRole('textbox', { name: 'Année' }).fill('2019');
    await tab.getByRole('combobox', { name: 'École' }).selectOption('curie');
    await tab.getByRole('checkbox', { name: 'Lundi' }).check();
    await tab.getByRole('checkbox', { name: 'Jeudi' }).check();
    await tab.getByRole('group', { name: 'L’enfant a-t-il une allergie alimentaire ?' }).getByRole('radio', { name: 'Non' }).check();
    await tab.getByRole('radio', { name: 'Facture mensuelle' }).check();
    await tab.getByRole('checkbox', { name: /J’atteste/ }).check();
    await Promise.all([tab.waitForURL(/\/examples\/envoi$/), submit.click()]);

    const data = new URLSearchParams(received[0]);
    expect(Object.fromEntries([...data].filter(([name]) => name !== 'enfants[0][jours]'))).toEqual({
      nom: 'Martin',
      prenom: 'Jeanne',
      courriel: 'jeanne.martin@exemple.fr',
      telephone: '',
      commune: 'Bordeaux',
      foyer: 'non',
      'parent2.nom': '',
      'parent2.telephone': '',
      'enfants[0][prenom]': 'Lina',
      'enfants[0][naissance_jour]': '27',
      'enfants[0][naissance_mois]': '3',
      'enfants[0][naissance_annee]': '2019',
      'enfants[0][ecole]': 'curie',
      'enfants[0][allergie]': 'non',
      'enfants[0][allergie-detail]': '',
      paiement: 'facture',
      iban: '',
      attestation: 'on',
    });
    expect(data.getAll('enfants[0][jours]')).toEqual(['lundi', 'jeudi']);
  });

  it('passes axe before its script arrives (the script never comes)', async () => {
    context = await browser.newContext({ locale: 'fr-FR' });
    const tab = await context.newPage();
    await tab.route('**/examples/demarche.js', (route) => route.abort());
    await tab.goto(`${server.url}${PAGE}`);
    expect(await tab.evaluate(() => customElements.get('socle-text-field'))).toBeUndefined();
    expect(await axeViolations(tab)).toEqual([]);
  });
});

describe('the example procedure while its script is on its way', () => {
  it('keeps what was typed and picked before the script, enhances the same elements, and passes axe', async () => {
    context = await browser.newContext({ locale: 'fr-FR' });
    const tab = await context.newPage();
    const problems: string[] = [];
    tab.on('pageerror', (error) => problems.push(error.message));
    let release = (): void => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    await tab.route('**/examples/demarche.js', async (route) => {
      await released;
      await route.continue();
    });
    await tab.goto(`${server.url}${PAGE}`, { waitUntil: 'commit' });
    const nom = tab.getByRole('textbox', { name: 'Nom de famille' });
    await nom.waitFor();
    const before = await nom.elementHandle();
    await nom.fill('Martin');
    await tab.getByRole('textbox', { name: 'Adresse électronique' }).fill('jeanne.martin@');
    await tab.getByRole('textbox', { name: 'Commune de résidence' }).fill('Bordeaux');
    await tab.getByRole('radio', { name: 'Oui' }).first().check();
    await tab.getByRole('checkbox', { name: 'Mardi' }).check();
    await tab.getByRole('textbox', { name: 'Prénom', exact: true }).click();
    await tab.keyboard.type('Jea');
    expect(await tab.evaluate(() => customElements.get('socle-form'))).toBeUndefined();

    release();
    await tab.evaluate(async () => {
      await customElements.whenDefined('socle-form');
      await document.querySelector<HTMLElement & { ready: Promise<void> }>('socle-form')?.ready;
    });
    // The person goes on typing in the field they were in: nothing was re-created under their fingers.
    await tab.keyboard.type('nne');
    expect(await nom.evaluate((input, old) => input === old, before)).toBe(true);
    const values = await tab.evaluate(() => {
      const value = (selector: string) => document.querySelector<HTMLElement & { value: unknown }>(selector)?.value;
      return {
        nom: value('socle-text-field:has(#nom)'),
        prenom: value('socle-text-field:has(#prenom)'),
        courriel: value('socle-email-field'),
        foyer: value('socle-radio-group:has([name="foyer"])'),
        jours: value('socle-checkbox-group'),
        enhanced: document.querySelectorAll(':is(socle-text-field, socle-email-field, socle-radio-group):state(html-first)').length,
      };
    });
    expect(values).toEqual({ nom: 'Martin', prenom: 'Jeanne', courriel: 'jeanne.martin@', foyer: 'oui', jours: ['mardi'], enhanced: 8 });
    // The name typed before the script is chosen in the embedded list; the choice made shows its section.
    await expect.poll(() => tab.locator('socle-commune-field').evaluate((el) => (el as HTMLElement & { value: string }).value), { timeout: 10_000 }).toBe('33063');
    expect(await tab.getByRole('textbox', { name: 'Nom du second parent' }).isVisible()).toBe(true);
    // Only the first step shows now, and the half-typed address is not yet an error (the person has not left it).
    expect(await tab.getByRole('heading', { name: /Vos enfants/ }).isVisible()).toBe(false);
    expect(await tab.getByRole('textbox', { name: 'Adresse électronique' }).getAttribute('aria-invalid')).toBe('false');
    expect(await axeViolations(tab)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
