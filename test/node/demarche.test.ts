/**
 * End to end, in a real Chromium with a real page reload: the example procedure (plain HTML, strict CSP,
 * no custom script) — steps, a repeated group, conditional fields, the review — and its draft: restored
 * after a reload with a notice, sensitive fields never written, storage that throws, two tabs.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';
import { IMPORT_MAP } from '../../scripts/importmap.mjs';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const html = readFileSync(join(root, 'examples/demarche.html'), 'utf8');
const importMap = /<script type="importmap">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
const CSP = `default-src 'none'; script-src 'self' 'sha256-${createHash('sha256').update(importMap).digest('base64')}'; style-src 'self'; form-action 'self'; base-uri 'none'`;
const DRAFT_KEY = 'socle-brouillon:inscription-cantine-2026';
const IBAN = 'FR7630006000011234567890189';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
const received: string[] = [];

beforeAll(async () => {
  server = await startStaticServer(
    root,
    (path): Record<string, string> => (path.endsWith('.html') || path === '/examples/envoi' ? { 'content-security-policy': CSP } : {}),
    0,
    {
      post: (_path, body) => {
        received.push(body);
        return { status: 200, body: '<!doctype html><html lang="fr"><title>Demande reçue</title><h1>Demande reçue</h1></html>' };
      },
    },
  );
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

afterEach(async () => {
  await context.close();
  received.length = 0;
});

async function open(ctx: BrowserContext): Promise<{ tab: Page; problems: string[] }> {
  const tab = await ctx.newPage();
  const problems: string[] = [];
  tab.on('pageerror', (error) => problems.push(error.message));
  tab.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await tab.goto(`${server.url}/examples/demarche.html`);
  await tab.evaluate(async () => {
    await customElements.whenDefined('socle-form');
    await document.querySelector<HTMLElement & { ready: Promise<void> }>('socle-form')?.ready;
  });
  return { tab, problems };
}

// The steps are written HTML first: each one's heading is its first child.
const step = (tab: Page, heading: string) => tab.locator('socle-step').filter({ has: tab.locator(':scope > h2', { hasText: heading }) });
const button = (tab: Page, name: string) => tab.getByRole('button', { name, exact: true }).locator('visible=true');

async function fillStepOne(tab: Page): Promise<void> {
  await tab.getByRole('textbox', { name: 'Nom de famille' }).fill('Martin');
  await tab.getByRole('textbox', { name: 'Prénom', exact: true }).fill('Jeanne');
  await tab.getByRole('textbox', { name: 'Adresse électronique' }).fill('jeanne.martin@exemple.fr');
  // The commune field works on the embedded data, under the strict CSP, offline: a postal code lists its communes.
  const commune = tab.getByRole('combobox', { name: 'Commune de résidence' });
  await commune.fill('33000');
  await tab.getByRole('option', { name: /^Bordeaux \(33\)/ }).waitFor();
  await commune.press('ArrowDown');
  await commune.press('Enter');
  await expect(commune.inputValue()).resolves.toBe('Bordeaux (33)');
  await tab.getByRole('radio', { name: 'Non' }).check();
  await button(tab, 'Continuer').click();
  await expect(step(tab, 'Vos enfants').isVisible()).resolves.toBe(true);
}

/** Fills the first child's group. */
async function fillChild(tab: Page): Promise<void> {
  const child = tab.locator('[data-socle-item]').first();
  await child.getByRole('textbox', { name: 'Prénom de l’enfant' }).fill('Lina');
  await child.getByRole('textbox', { name: 'Jour' }).fill('27');
  await child.getByRole('textbox', { name: 'Mois' }).fill('3');
  await child.getByRole('textbox', { name: 'Année' }).fill('2019');
  await child.getByRole('combobox', { name: 'École' }).selectOption('curie');
  await child.getByRole('checkbox', { name: 'Lundi' }).check();
  await child.getByRole('checkbox', { name: 'Jeudi' }).check();
  await child.locator('socle-radio-group[name="enfants[0][allergie]"]').getByRole('radio', { name: 'Oui' }).check();
  await child.getByRole('textbox', { name: 'Précisez l’allergie' }).fill('Arachide');
}

/** Waits for the draft in the tab to be saved after `time` (a save comes a pause after the last edit). */
async function savedAfter(tab: Page, time: number): Promise<void> {
  await tab.waitForFunction(
    ([key, since]) => ((JSON.parse(sessionStorage.getItem(key) ?? localStorage.getItem(key) ?? '{}') as { savedAt?: number }).savedAt ?? 0) >= since,
    [DRAFT_KEY, time] as const,
  );
}

/** Goes through the whole procedure with one child and invoice payment, and submits it. */
async function completeWithInvoice(tab: Page): Promise<void> {
    await fillStepOne(tab);
    await fillChild(tab);
    await button(tab, 'Continuer').click();
    await tab.getByRole('radio', { name: /Facture mensuelle/ }).check();
    await button(tab, 'Continuer').click();
    await tab.getByRole('checkbox', { name: /J’atteste/ }).check();
    await Promise.all([tab.waitForURL(/\/examples\/envoi$/), button(tab, 'Envoyer ma demande').click()]);
}

describe('the example procedure, declarative HTML only', () => {
  it('goes through steps, a repeat, conditions and the review, and submits natively under a strict CSP', async () => {
    expect(JSON.parse(importMap)).toEqual(IMPORT_MAP);
    context = await browser.newContext({ locale: 'fr-FR' });
    const { tab, problems } = await open(context);
    await expect(step(tab, 'Vos coordonnées').getByRole('heading').textContent()).resolves.toMatch(/Étape 1 sur 4/);
    await fillStepOne(tab);
    await fillChild(tab);
    await button(tab, 'Continuer').click();
    await tab.getByRole('radio', { name: /Prélèvement automatique/ }).check();
    await tab.getByRole('textbox', { name: 'IBAN du compte à débiter' }).fill(IBAN);
    await button(tab, 'Continuer').click();
    const review = step(tab, 'Vérifier vos réponses');
    await expect(review.isVisible()).resolves.toBe(true);
    const text = await review.evaluate((el) => el.shadowRoot?.textContent ?? '');
    expect(text).toContain('Enfant 1 — Date de naissance');
    expect(text).toContain('27 mars 2019');
    expect(text).toContain('Lundi, Jeudi');
    expect(text).toContain('École Marie-Curie');
    expect(text).toContain('Bordeaux (33)');
    await tab.getByRole('checkbox', { name: /J’atteste/ }).check();
    await Promise.all([tab.waitForURL(/\/examples\/envoi$/), button(tab, 'Envoyer ma demande').click()]);
    const data = new URLSearchParams(received[0]);
    expect(data.get('nom')).toBe('Martin');
    expect(data.get('commune')).toBe('33063');
    expect(data.get('code_postal')).toBe('33000');
    expect(data.get('telephone')).toBe('');
    expect(data.get('enfants[0][naissance]')).toBe('2019-03-27');
    expect(data.getAll('enfants[0][jours]')).toEqual(['lundi', 'jeudi']);
    expect(data.get('enfants[0][allergie-detail]')).toBe('Arachide');
    expect(data.get('iban')).toBe(IBAN);
    expect(data.has('parent2.nom')).toBe(false);
    expect(problems).toEqual([]);
  });
});

describe('drafts', () => {
  it('restores what was typed after a real reload, from the tab, with a notice, on the same step; never stores the allergy or the IBAN', async () => {
    context = await browser.newContext({ locale: 'fr-FR' });
    const { tab } = await open(context);
    await fillStepOne(tab);
    await button(tab, 'Ajouter un enfant').click();
    await fillChild(tab);
    const typedAt = await tab.evaluate(() => Date.now());
    // The second child is left empty: "Continuer" is refused and the step stays, as after an interruption.
    await button(tab, 'Continuer').click();
    // Saved a pause after the last key (the allergy, health data, marked sensitive in the page).
    await savedAfter(tab, typedAt);
    const stored = (await tab.evaluate((key) => sessionStorage.getItem(key), DRAFT_KEY)) ?? '';
    expect(stored).toContain('Martin');
    expect(stored).toContain('jeudi');
    expect(stored).not.toContain('Arachide');
    expect(stored).not.toContain('allergie');
    // Not ticked « Garder mes réponses sur cet appareil »: nothing on the device, only in this tab.
    expect(await tab.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)).toBeNull();
    await tab.reload();
    await tab.evaluate(async () => document.querySelector<HTMLElement & { ready: Promise<void> }>('socle-form')?.ready);
    const notice = tab.locator('socle-form [part="notice"]');
    await expect(notice.textContent()).resolves.toMatch(/Vos réponses du \d+ \S+ à \d+ h \d\d ont été restaurées/);
    await expect(step(tab, 'Vos enfants').isVisible()).resolves.toBe(true);
    await expect(tab.locator('[data-socle-item]').count()).resolves.toBe(2);
    await expect(tab.getByRole('textbox', { name: 'Prénom de l’enfant' }).first().inputValue()).resolves.toBe('Lina');
    await expect(tab.getByRole('textbox', { name: 'Jour' }).first().inputValue()).resolves.toBe('27');
    const allergy = tab.locator('socle-radio-group[name="enfants[0][allergie]"]');
    await expect(allergy.getByRole('radio', { name: 'Oui' }).isChecked()).resolves.toBe(false);
    // Step 1 is hidden now: read the restored commune field directly (its name is looked up in the embedded data).
    await tab.waitForFunction(() => document.querySelector<HTMLInputElement>('socle-commune-field input')?.value === 'Bordeaux (33)');
    await expect(tab.locator('socle-commune-field').evaluate((el) => (el as HTMLElement & { value: string }).value)).resolves.toBe('33063');

    // The sensitive IBAN is never written, even once typed; the notice goes once the person moves on.
    await tab.locator('socle-repeat [part="remove"]').nth(1).click();
    await allergy.getByRole('radio', { name: 'Non' }).check();
    await button(tab, 'Continuer').click();
    await expect(notice.count()).resolves.toBe(0);
    await tab.getByRole('radio', { name: /Prélèvement automatique/ }).check();
    await tab.getByRole('textbox', { name: 'IBAN du compte à débiter' }).fill(IBAN);
    // The save that follows the IBAN's input event comes a pause after it, so after this moment.
    await savedAfter(tab, await tab.evaluate(() => Date.now()));
    const after = (await tab.evaluate((key) => sessionStorage.getItem(key), DRAFT_KEY)) ?? '';
    expect(after).toContain('prelevement');
    expect(after).not.toContain('30006000');
    expect(after.replace(/\s/g, '')).not.toContain(IBAN.slice(4, 20));

    // "Recommencer" empties the form and the draft.
    await tab.reload();
    await tab.evaluate(async () => document.querySelector<HTMLElement & { ready: Promise<void> }>('socle-form')?.ready);
    await button(tab, 'Recommencer').click();
    await expect(tab.getByRole('textbox', { name: 'Nom de famille' }).inputValue()).resolves.toBe('');
    expect(await tab.evaluate((key) => sessionStorage.getItem(key), DRAFT_KEY)).toBeNull();
  });

  it('stays in the tab unless the person keeps it on the device: then another tab finds it; unticked, it is erased', async () => {
    context = await browser.newContext({ locale: 'fr-FR' });
    const first = await open(context);
    await first.tab.getByRole('textbox', { name: 'Nom de famille' }).fill('Martin');
    await savedAfter(first.tab, await first.tab.evaluate(() => Date.now()));
    // A new tab (the next person at a shared computer) finds nothing.
    const other = await open(context);
    await expect(other.tab.getByRole('textbox', { name: 'Nom de famille' }).inputValue()).resolves.toBe('');
    await other.tab.close();

    const keep = first.tab.getByRole('checkbox', { name: 'Garder mes réponses sur cet appareil' });
    await keep.check();
    await expect(first.tab.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)).resolves.toContain('Martin');
    expect(await first.tab.evaluate((key) => sessionStorage.getItem(key), DRAFT_KEY)).toBeNull();
    const later = await open(context);
    await expect(later.tab.getByRole('textbox', { name: 'Nom de famille' }).inputValue()).resolves.toBe('Martin');
    await expect(later.tab.getByRole('checkbox', { name: 'Garder mes réponses sur cet appareil' }).isChecked()).resolves.toBe(true);
    // « Masquer ce message »: the notice goes, focus moves on to the choice.
    await later.tab.getByRole('button', { name: 'Masquer ce message' }).click();
    await expect(later.tab.locator('socle-form [part="notice"]').count()).resolves.toBe(0);
    await expect(later.tab.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.id)).resolves.toBe('draft-keep');
    await later.tab.keyboard.press('Space');
    expect(await later.tab.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)).toBeNull();
    expect(later.problems).toEqual([]);
  });

  it('keeps the last keys typed just before the page is left, without waiting for the pause', async () => {
    context = await browser.newContext({ locale: 'fr-FR' });
    const { tab, problems } = await open(context);
    const name = tab.getByRole('textbox', { name: 'Nom de famille' });
    await name.pressSequentially('Martin');
    await tab.reload(); // within the 400 ms pause: saved as the page goes (pagehide)
    await tab.evaluate(async () => document.querySelector<HTMLElement & { ready: Promise<void> }>('socle-form')?.ready);
    await expect(tab.getByRole('textbox', { name: 'Nom de famille' }).inputValue()).resolves.toBe('Martin');
    expect(problems).toEqual([]);
  });

  it('is cleared after a successful submission', async () => {
    context = await browser.newContext({ locale: 'fr-FR' });
    const { tab } = await open(context);
    await tab.getByRole('checkbox', { name: 'Garder mes réponses sur cet appareil' }).check();
    await completeWithInvoice(tab);
    expect(await tab.evaluate((key) => [localStorage.getItem(key), sessionStorage.getItem(key)], DRAFT_KEY)).toEqual([null, null]);
  });

  it('when storage throws, the form still works and submits, with no error', async () => {
    context = await browser.newContext({ locale: 'fr-FR' });
    await context.addInitScript(() => {
      const refuse = () => {
        throw new DOMException('Quota dépassé', 'QuotaExceededError');
      };
      Storage.prototype.setItem = refuse;
      Storage.prototype.getItem = refuse;
    });
    const { tab, problems } = await open(context);
    await completeWithInvoice(tab);
    expect(new URLSearchParams(received[0]).get('paiement')).toBe('facture');
    expect(problems).toEqual([]);
  });

  it('two tabs keeping the same form on the device do not overwrite each other silently', async () => {
    context = await browser.newContext({ locale: 'fr-FR' });
    const first = await open(context);
    const second = await open(context);
    const keep = (tab: Page) => tab.getByRole('checkbox', { name: 'Garder mes réponses sur cet appareil' }).check();
    await keep(first.tab);
    await first.tab.getByRole('textbox', { name: 'Nom de famille' }).fill('Martin');
    await first.tab.waitForFunction((key) => localStorage.getItem(key)?.includes('Martin'), DRAFT_KEY);
    await second.tab.getByRole('textbox', { name: 'Nom de famille' }).fill('Durand');
    await keep(second.tab);
    const notice = second.tab.locator('socle-form [part="notice"]');
    await expect(notice.textContent()).resolves.toContain('aussi ouvert dans un autre onglet');
    expect(await second.tab.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)).toContain('Martin');
    // The person chooses to keep this tab's answers.
    await second.tab.getByRole('button', { name: 'Enregistrer les réponses de cet onglet' }).click();
    expect(await second.tab.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)).toContain('Durand');
  });
});
