/**
 * End to end: the CMS way in. A page with one `<script type="module">` tag (@socle/elements, no import map,
 * no build step), under the Content-Security-Policy a careful authority sets, with the address service
 * down: every element works, the commune look-up runs on the data shipped beside the bundle, the address
 * falls back to manual entry, and the native form submits what was typed.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.mjs';
import { WCAG_TAGS } from '../wcag.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const AXE = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const PAGE = '/examples/une-balise.html';
const ADDRESS_SERVICE = 'https://data.geopf.fr';
// No inline script at all, so no hash: files from the site only, and the address service for `fetch`.
const CSP = `default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self' ${ADDRESS_SERVICE}; form-action 'self'; base-uri 'none'`;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startStaticServer(root, (path): Record<string, string> => (path.endsWith('.html') ? { 'content-security-policy': CSP } : {}));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

describe('the one-tag bundle in a plain page', () => {
  it('the page has one script tag and no import map', () => {
    const html = readFileSync(join(root, PAGE.slice(1)), 'utf8');
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).toContain('<script type="module" src="/packages/elements/dist/socle.js"></script>');
    expect(html).not.toContain('importmap');
  });

  it('registers every element, runs the look-ups offline, falls back to manual address entry and submits', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const tab = await context.newPage();
    const problems: string[] = [];
    const scripts: string[] = [];
    tab.on('pageerror', (error) => problems.push(error.message));
    tab.on('console', (message) => {
      // The address service being down is what this test simulates; anything else is a fault.
      if (message.type() === 'error' && !message.text().includes('ERR_INTERNET_DISCONNECTED')) problems.push(message.text());
    });
    tab.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await tab.route(`${ADDRESS_SERVICE}/**`, (route) => route.abort('internetdisconnected'));
    await tab.goto(`${server.url}${PAGE}`);
    await tab.evaluate(() => customElements.whenDefined('socle-form'));

    // Every element of the packages is defined by the one file.
    const undefinedTags = await tab.evaluate(() =>
      [
        'socle-text-field', 'socle-textarea', 'socle-select', 'socle-checkbox', 'socle-checkbox-group', 'socle-radio-group',
        'socle-date-field', 'socle-phone-field', 'socle-siret-field', 'socle-nir-field', 'socle-iban-field',
        'socle-postal-code-field', 'socle-email-field', 'socle-file-field', 'socle-button', 'socle-fieldset', 'socle-step',
        'socle-repeat', 'socle-form', 'socle-commune-field', 'socle-country-field', 'socle-departement-select',
        'socle-region-select', 'socle-address-field', 'socle-company-field', 'socle-connect-button', 'socle-login-choice',
        'socle-identity-fieldset',
      ].filter((tag) => !customElements.get(tag)),
    );
    expect(undefinedTags).toEqual([]);

    // An empty submit: the engine's error summary, in French.
    await tab.getByRole('button', { name: 'Envoyer la demande' }).click();
    await tab.getByRole('heading', { name: 'Il y a un problème' }).waitFor();
    await expect(tab.title()).resolves.toMatch(/^Erreur\u202f: /);
    expect(new URL(tab.url()).search).toBe('');

    await tab.getByRole('textbox', { name: 'Nom de famille' }).fill('Dupont');
    const birth = tab.getByRole('group', { name: /Date de naissance/ });
    await birth.getByRole('textbox', { name: 'Jour' }).fill('27');
    await birth.getByRole('textbox', { name: 'Mois' }).fill('3');
    await birth.getByRole('textbox', { name: 'Année' }).fill('1980');

    // The commune look-up, on the embedded data (a chunk beside the bundle, loaded now).
    const commune = tab.getByRole('combobox', { name: 'Commune de résidence' });
    // « toul » alone proposes Toulouse first; the département after the name finds Toul.
    await commune.fill('toul 54');
    await tab.getByRole('option', { name: /^Toul \(54\)/ }).first().waitFor();
    await commune.press('ArrowDown');
    await commune.press('Enter');
    await expect(commune.inputValue()).resolves.toBe('Toul (54)');

    // The address service does not answer: manual entry, with what was typed kept.
    await tab.getByRole('combobox', { name: 'Adresse' }).fill('12 rue des Lilas');
    await tab.getByText('La recherche d’adresse ne répond pas pour le moment').waitFor();
    const address = tab.locator('socle-address-field');
    await expect(address.getByRole('textbox', { name: 'Numéro et voie' }).inputValue()).resolves.toBe('12 rue des Lilas');
    await address.getByRole('textbox', { name: 'Code postal' }).fill('54200');
    const addressCommune = address.getByRole('combobox', { name: /Commune/ });
    await addressCommune.fill('toul');
    await tab.getByRole('option', { name: /^Toul \(54\)/ }).last().waitFor();
    await addressCommune.press('ArrowDown');
    await addressCommune.press('Enter');

    await tab.getByRole('combobox', { name: 'Type de véhicule' }).selectOption('utilitaire');
    await tab.getByRole('checkbox', { name: 'Je certifie l’exactitude des informations' }).check();
    await Promise.all([tab.waitForURL(/nom=Dupont/), tab.getByRole('button', { name: 'Envoyer la demande' }).click()]);

    const sent = new URL(tab.url()).searchParams;
    expect(sent.get('nom')).toBe('Dupont');
    expect(sent.get('naissance')).toBe('1980-03-27');
    expect(sent.get('commune')).toBe('54528');
    expect(sent.get('adresse')).toContain('12 rue des Lilas');
    expect(sent.get('vehicule')).toBe('utilitaire');
    expect(sent.get('exactitude')).toBe('on');
    // Only the bundle and its own chunks were fetched: no import map, no node_modules, no other package.
    expect(scripts.length).toBeGreaterThan(1);
    expect(scripts.filter((path) => !path.startsWith('/packages/elements/dist/'))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  /**
   * Whether this Chromium fetches again a module whose fetch failed (HTML's module map since whatwg/html#10327;
   * older Chromium builds keep the failure): probed with a module that fails once, then loads.
   */
  async function refetchesFailedImports(tab: Page): Promise<boolean> {
    let tries = 0;
    await tab.route('**/sonde-module.js', (route) => {
      tries += 1;
      return tries === 1 ? route.abort('internetdisconnected') : route.fulfill({ contentType: 'text/javascript', body: 'export default 1;' });
    });
    // As text: the test runner would rewrite an `import()` written in a function.
    const probe = `(async () => {
      const url = '/packages/elements/dist/sonde-module.js';
      await import(url).catch(() => undefined);
      return import(url).then(() => true, () => false);
    })()`;
    return tab.evaluate<boolean>(probe);
  }

  it('says when embedded data cannot be fetched (the connection dropped), and fetches them again on the next use', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const tab = await context.newPage();
    const problems: string[] = [];
    tab.on('pageerror', (error) => problems.push(error.message));
    // The first fetches of the data chunks fail, as when a phone loses its connection after the page loaded.
    // The data chunks that cannot be fetched, until the test says the connection is back (the commune data
    // come in two halves: every request of one attempt fails, whatever the number of files).
    const offline = new Set(['communes', 'territoires']);
    const failures = new Map<string, number>();
    await tab.route('**/packages/elements/dist/chunks/*.js', (route) => {
      const chunk = /chunks\/([a-z]+)-/.exec(route.request().url())?.[1] ?? '';
      if (!offline.has(chunk)) return route.continue();
      failures.set(chunk, (failures.get(chunk) ?? 0) + 1);
      return route.abort('internetdisconnected');
    });
    await tab.route(`${ADDRESS_SERVICE}/**`, (route) => route.abort('internetdisconnected'));
    await tab.goto(`${server.url}${PAGE}`);
    await tab.evaluate(() => customElements.whenDefined('socle-form'));
    // A département list added to the page: its data fail to come.
    await tab.evaluate(() => {
      const select = document.createElement('socle-departement-select');
      select.setAttribute('name', 'departement');
      select.setAttribute('label', 'Département');
      document.querySelector('form')?.prepend(select);
    });
    const departement = tab.getByRole('combobox', { name: 'Département' });
    await expect.poll(() => failures.get('territoires') ?? 0).toBeGreaterThan(0);
    await expect(departement.locator('option').count()).resolves.toBe(1); // the placeholder only

    // A commune restored (a draft, a value set by script) whose name cannot be fetched: its code is shown.
    const commune = tab.getByRole('combobox', { name: 'Commune de résidence' });
    await tab.locator('socle-commune-field').evaluate((field) => field.setAttribute('value', '54528'));
    await expect.poll(() => commune.inputValue()).toBe('54528');
    // The commune look-up says why it proposes nothing, instead of "no commune matches".
    await commune.fill('toul');
    const unloaded = tab.getByText('La liste n’a pas pu être chargée. Vérifiez votre connexion, puis modifiez votre saisie pour réessayer.').first();
    await unloaded.waitFor();
    await expect(tab.getByText('Aucune commune ne correspond').count()).resolves.toBe(0);
    // The connection is back.
    offline.clear();
    await commune.press('End');
    await commune.press('Space');
    const refetches = await refetchesFailedImports(tab);
    if (refetches) {
      // The next key tries again, and the communes come.
      await tab.getByRole('option', { name: /^Toul \(54\)/ }).first().waitFor();
    } else {
      // A browser that keeps a failed module fetch for the page's life (the HTML rule before 2026) never
      // fetches it again: the field keeps saying why, and nothing typed is lost.
      await unloaded.waitFor();
    }
    await expect(commune.inputValue()).resolves.toBe('toul ');

    // Coming to the département list fills it (where the browser fetches a failed module again).
    await departement.focus();
    if (refetches) {
      await expect.poll(() => departement.locator('option').count()).toBeGreaterThan(100);
      await departement.selectOption('54');
      await expect(departement.inputValue()).resolves.toBe('54');
    } else {
      await expect(departement.locator('option').count()).resolves.toBe(1);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a two-digit year, then « Envoyer la demande » with the mouse: the one click shows the summary', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const tab = await context.newPage();
    await tab.route(`${ADDRESS_SERVICE}/**`, (route) => route.abort('internetdisconnected'));
    await tab.goto(`${server.url}${PAGE}`);
    await tab.evaluate(() => customElements.whenDefined('socle-form'));
    const birth = tab.getByRole('group', { name: /Date de naissance/ });
    for (const [part, text] of [['Jour', '27'], ['Mois', '3'], ['Année', '20']] as const) {
      await birth.getByRole('textbox', { name: part }).click();
      await tab.keyboard.type(text);
    }
    // The year's error would push the button down under the pressed mouse: it waits for the click.
    await tab.getByRole('button', { name: 'Envoyer la demande' }).click();
    await tab.getByRole('heading', { name: 'Il y a un problème' }).waitFor({ timeout: 3000 });
    await expect(tab.getByText('L’année doit comporter 4 chiffres').first().isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('the whole page passes axe (WCAG 2.2 AA tags), before and after an empty submit', async () => {
    // axe is injected as an inline script, which the page's CSP rightly refuses: this context bypasses it.
    const context = await browser.newContext({ locale: 'fr-FR', bypassCSP: true });
    const tab = await context.newPage();
    await tab.route(`${ADDRESS_SERVICE}/**`, (route) => route.abort('internetdisconnected'));
    await tab.goto(`${server.url}${PAGE}`);
    await tab.evaluate(() => customElements.whenDefined('socle-form'));
    await tab.addScriptTag({ content: AXE });
    const violations = () =>
      tab.evaluate(async (tags) => {
        const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
        const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return results.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
      }, WCAG_TAGS);
    await expect(violations()).resolves.toEqual([]);
    await tab.getByRole('button', { name: 'Envoyer la demande' }).click();
    await tab.getByRole('heading', { name: 'Il y a un problème' }).waitFor();
    await expect(violations()).resolves.toEqual([]);
    await context.close();
  });
});
