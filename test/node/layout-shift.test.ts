/**
 * Layout shifts while a person fills the example procedure with the mouse, in Chromium: every click lands on
 * what was under the pointer (an error shown on leaving a field waits for the click), and no shift happens
 * without recent input (Cumulative Layout Shift from `layout-shift` entries with `hadRecentInput` false).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const html = readFileSync(join(root, 'examples/demarche.html'), 'utf8');
const importMap = /<script type="importmap">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
const CSP = `default-src 'none'; script-src 'self' 'sha256-${createHash('sha256').update(importMap).digest('base64')}'; style-src 'self'; form-action 'self'; base-uri 'none'`;

interface Shift {
  value: number;
  hadRecentInput: boolean;
  time: number;
}

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startStaticServer(root, (path): Record<string, string> => (path.endsWith('.html') ? { 'content-security-policy': CSP } : {}), 0, {
    post: () => ({ status: 200, body: '<!doctype html><html lang="fr"><title>Demande reçue</title><h1>Demande reçue</h1></html>' }),
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

const continueButton = (tab: Page) => tab.getByRole('button', { name: 'Continuer', exact: true }).locator('visible=true');
const summary = (tab: Page) => tab.getByRole('heading', { name: 'Il y a un problème' });

/** Records every layout shift from the first paint (an init script is not subject to the page's CSP). */
async function observeShifts(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const shifts: { value: number; hadRecentInput: boolean; time: number }[] = [];
    (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        shifts.push({ value: entry.value, hadRecentInput: entry.hadRecentInput, time: entry.startTime });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Clicks into a field with the mouse and types, as a person does. */
async function clickAndType(tab: Page, locator: ReturnType<Page['getByRole']>, text: string): Promise<void> {
  await locator.click();
  await tab.keyboard.type(text);
}

describe('filling the example procedure with the mouse', () => {
  it('every click lands where it was aimed, and nothing shifts without recent input', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1000, height: 800 } });
    await observeShifts(context);
    const tab = await context.newPage();
    await tab.goto(`${server.url}/examples/demarche.html`);
    await tab.evaluate(async () => {
      await customElements.whenDefined('socle-form');
      await document.querySelector<HTMLElement & { ready: Promise<void> }>('socle-form')?.ready;
    });

    // Step 1, with a mistyped address left for the next field: the error must not eat the click.
    await clickAndType(tab, tab.getByRole('textbox', { name: 'Nom de famille' }), 'Martin');
    await clickAndType(tab, tab.getByRole('textbox', { name: 'Prénom', exact: true }), 'Jeanne');
    await clickAndType(tab, tab.getByRole('textbox', { name: 'Adresse électronique' }), 'jeanne.martin@');
    await tab.getByRole('textbox', { name: 'Téléphone', exact: true }).click();
    await expect(tab.evaluate(() => document.activeElement?.closest('[name]')?.getAttribute('name'))).resolves.toBe('telephone');
    await tab.getByRole('textbox', { name: 'Adresse électronique' }).click();
    await tab.keyboard.type('exemple.fr');
    const commune = tab.getByRole('combobox', { name: 'Commune de résidence' });
    await clickAndType(tab, commune, '33000');
    await tab.getByRole('option', { name: /^Bordeaux \(33\)/ }).click();
    await tab.getByRole('radio', { name: 'Non' }).click();
    await continueButton(tab).click();
    await tab.getByRole('textbox', { name: 'Prénom de l’enfant' }).waitFor();

    // Step 2: a two-digit year, then « Continuer » with the mouse: one click checks the step.
    await clickAndType(tab, tab.getByRole('textbox', { name: 'Prénom de l’enfant' }), 'Lina');
    await clickAndType(tab, tab.getByRole('textbox', { name: 'Jour' }), '27');
    await clickAndType(tab, tab.getByRole('textbox', { name: 'Mois' }), '3');
    await clickAndType(tab, tab.getByRole('textbox', { name: 'Année' }), '20');
    await continueButton(tab).click();
    // The click was not lost: the step's check ran (its error summary), the first time.
    await summary(tab).waitFor({ timeout: 3000 });
    await tab.getByRole('textbox', { name: 'Année' }).click();
    await tab.keyboard.type('19');
    await tab.getByRole('combobox', { name: 'École' }).selectOption('curie');
    await tab.getByRole('checkbox', { name: 'Lundi' }).click();
    await tab.locator('socle-radio-group[name="enfants[0][allergie]"]').getByRole('radio', { name: 'Non' }).click();
    await continueButton(tab).click();

    // Steps 3 and 4.
    await tab.getByRole('radio', { name: /Facture mensuelle/ }).click();
    await continueButton(tab).click();
    await tab.getByRole('checkbox', { name: /J’atteste/ }).click();
    await new Promise((resolve) => setTimeout(resolve, 600));
    const shifts = await tab.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
    await Promise.all([tab.waitForURL(/\/examples\/envoi$/), tab.getByRole('button', { name: 'Envoyer ma demande' }).click()]);
    expect(shifts.filter((shift) => !shift.hadRecentInput)).toEqual([]);
    await context.close();
  });

  it('a draft restored on reload shows its notice without shifting the page', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1000, height: 800 } });
    await observeShifts(context);
    const tab = await context.newPage();
    await tab.goto(`${server.url}/examples/demarche.html`);
    await tab.evaluate(() => customElements.whenDefined('socle-form'));
    await clickAndType(tab, tab.getByRole('textbox', { name: 'Nom de famille' }), 'Martin');
    await tab.waitForFunction(() => Object.keys(sessionStorage).some((key) => key.startsWith('socle-brouillon')));
    await tab.reload();
    await tab.getByText(/ont été restaurées/).waitFor();
    await new Promise((resolve) => setTimeout(resolve, 600));
    const shifts = await tab.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
    expect(shifts.filter((shift) => !shift.hadRecentInput)).toEqual([]);
    await context.close();
  });
});
