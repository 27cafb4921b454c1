/**
 * End to end: a plain HTML page (no build step) imports the built ESM and gets a working form field that
 * submits with the native form, under a strict Content-Security-Policy.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';
import { IMPORT_MAP } from '../../scripts/importmap.mjs';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const page = readFileSync(join(root, 'examples/champ-texte.html'), 'utf8');
const importMap = /<script type="importmap">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? '';
const importMapHash = createHash('sha256').update(importMap).digest('base64');
// No 'unsafe-inline', no 'unsafe-eval': only files from the site and the import map, by its hash.
const CSP = `default-src 'none'; script-src 'self' 'sha256-${importMapHash}'; style-src 'self'; form-action 'self'; base-uri 'none'`;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startStaticServer(root, (path): Record<string, string> =>
    path.endsWith('.html') ? { 'content-security-policy': CSP } : {},
  );
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

describe('a plain HTML page using the built packages', () => {
  it('renders the field, shows French errors and submits the typed value with the native form', async () => {
    expect(JSON.parse(importMap)).toEqual(IMPORT_MAP);
    const context = await browser.newContext({ locale: 'en-US' });
    const tab = await context.newPage();
    const problems: string[] = [];
    tab.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    tab.on('pageerror', (error) => problems.push(error.message));
    await tab.goto(`${server.url}/examples/champ-texte.html`);
    await tab.evaluate(() => customElements.whenDefined('socle-text-field'));

    const nom = tab.getByRole('textbox', { name: 'Nom de famille', exact: true });
    await expect(nom.count()).resolves.toBe(1);
    // Submitting empty: blocked, French messages, focus in the first field.
    await tab.getByRole('button', { name: 'S’inscrire' }).click();
    await expect(tab.locator('socle-text-field[name="nom"] [part~="error-text"]').textContent()).resolves.toContain(
      'Saisissez votre nom de famille',
    );
    expect(await nom.evaluate((input) => input === (input.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    expect(new URL(tab.url()).search).toBe('');

    await nom.fill('Dupont');
    await tab.getByRole('textbox', { name: 'Adresse électronique' }).fill('jeanne.dupont@exemple.fr');
    await Promise.all([tab.waitForURL(/nom=Dupont/), tab.keyboard.press('Enter')]);
    const query = new URL(tab.url()).searchParams;
    expect(query.get('nom')).toBe('Dupont');
    expect(query.get('courriel')).toBe('jeanne.dupont@exemple.fr');
    expect(problems).toEqual([]);
    await context.close();
  });
});
