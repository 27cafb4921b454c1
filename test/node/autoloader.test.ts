/**
 * End to end: the autoloader (`socle-autoloader.js`), under a strict Content-Security-Policy. A page pays only
 * for the components it uses; an element added later is registered; a classic `<script src>` (no
 * `type="module"`) works through `socle-loader.js`. The figures are what the page really fetched, each file
 * brotli-compressed as a server would send it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brotliSize } from '../../scripts/bundle.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'";
/** What a page with one text field, and one with one commune field, may load (brotli, before any data). */
// The text field's page: 15 KB until `size` for short answers.
const AUTOLOAD_BUDGETS = { textField: 15.5 * 1024, communeField: 21.5 * 1024 };

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

/** Opens `page`, recording the scripts fetched and every error or CSP violation. */
async function open(path: string): Promise<{ tab: Page; scripts: string[]; problems: string[] }> {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const tab = await context.newPage();
  const scripts: string[] = [];
  const problems: string[] = [];
  tab.on('pageerror', (error) => problems.push(error.message));
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  tab.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(new URL(response.url()).pathname);
  });
  await tab.goto(`${server.url}${path}`);
  return { tab, scripts, problems };
}

const defined = (tab: Page, tags: string[]) => tab.evaluate((names) => names.filter((name) => customElements.get(name) !== undefined), tags);
const brotliOf = (paths: string[]) => paths.reduce((total, path) => total + brotliSize(readFileSync(join(root, path.slice(1)), 'utf8')), 0);

describe('socle-autoloader.js', () => {
  it('knows every tag the packages define', () => {
    const source = readFileSync(join(root, 'packages/elements/src/autoloader.ts'), 'utf8');
    const known = new Set([...source.matchAll(/'(socle-[a-z-]+)': \(\) => import\(/g)].map((match) => match[1]));
    const defined = readdirSync(join(root, 'packages'), { recursive: true })
      .map(String)
      .filter((file) => /\/src\/.*define\.ts$/.test(file))
      .flatMap((file) => [...readFileSync(join(root, 'packages', file), 'utf8').matchAll(/customElements\.define\('(socle-[a-z-]+)'/g)].map((match) => match[1]));
    expect(defined.length).toBeGreaterThan(20);
    expect(defined.filter((tag) => !known.has(tag))).toEqual([]);
  });

  it('a page with one text field loads it, Lit and the core only, within budget, and submits natively', async () => {
    const { tab, scripts, problems } = await open('/examples/chargement-a-la-demande.html');
    await tab.evaluate(() => customElements.whenDefined('socle-text-field'));
    expect(await defined(tab, ['socle-text-field', 'socle-commune-field', 'socle-form'])).toEqual(['socle-text-field']);
    expect(scripts[0]).toBe('/packages/elements/dist/socle-autoloader.js');
    expect(scripts.every((path) => path.startsWith('/packages/elements/dist/'))).toBe(true);
    expect(scripts.some((path) => /\/chunks\/|communes-|socle\.js$/.test(path))).toBe(false);
    const size = brotliOf(scripts);
    console.info(`autoloader, one text field: ${String(scripts.length)} files, ${String(size)} B brotli`);
    expect(size).toBeLessThanOrEqual(AUTOLOAD_BUDGETS.textField);
    // It is a real field: typed into, refused empty in French, then submitted by the native form.
    await tab.getByRole('button', { name: 'S’inscrire' }).click();
    await expect(tab.getByRole('textbox', { name: 'Adresse électronique' }).evaluate((input) => (input.getRootNode() as ShadowRoot).host.matches(':state(user-invalid)'))).resolves.toBe(true);
    await tab.getByRole('textbox', { name: 'Adresse électronique' }).fill('lea@exemple.fr');
    await Promise.all([tab.waitForURL(/courriel=lea%40exemple\.fr/), tab.getByRole('button', { name: 'S’inscrire' }).click()]);
    expect(problems).toEqual([]);
  });

  it('registers an element added later, with what it renders inside, and its data only when used', async () => {
    const { tab, scripts, problems } = await open('/examples/chargement-a-la-demande.html');
    await tab.evaluate(() => customElements.whenDefined('socle-text-field'));
    const before = scripts.length;
    await tab.evaluate(() => {
      const field = document.createElement('socle-address-field');
      field.setAttribute('name', 'adresse');
      field.setAttribute('label', 'Adresse');
      document.querySelector('form')!.append(field);
    });
    await tab.evaluate(() => customElements.whenDefined('socle-address-field'));
    // The address field's manual entry holds a commune field: registered by the address field's own module.
    expect(await defined(tab, ['socle-address-field', 'socle-commune-field', 'socle-country-field'])).toEqual([
      'socle-address-field',
      'socle-commune-field',
      'socle-country-field',
    ]);
    const added = scripts.slice(before);
    expect(added.length).toBeGreaterThan(0);
    expect(added.some((path) => /communes-/.test(path))).toBe(false);
    expect(problems).toEqual([]);
  });

  it('a page with one commune field stays within budget before its data, and searches the embedded data once used', async () => {
    const { tab, scripts, problems } = await open('/examples/script-classique.html');
    await tab.evaluate(() => customElements.whenDefined('socle-commune-field'));
    // The classic tag: socle-loader.js, then the autoloader found beside it.
    expect(scripts.slice(0, 2)).toEqual(['/packages/elements/dist/socle-loader.js', '/packages/elements/dist/socle-autoloader.js']);
    const beforeData = scripts.filter((path) => !path.endsWith('socle-loader.js'));
    const size = brotliOf(beforeData);
    console.info(`autoloader, one commune field: ${String(size)} B brotli before its data`);
    expect(beforeData.some((path) => /communes-/.test(path))).toBe(false);
    const combobox = tab.getByRole('combobox', { name: 'Commune' });
    await combobox.pressSequentially('bordeaux');
    await tab.getByRole('option', { name: /^Bordeaux \(33\)/ }).waitFor();
    // The data are socle.js's own files (chunks/), found beside the autoloader's: one copy in the package.
    expect(scripts.filter((path) => /communes-/.test(path)).sort()).toEqual([
      expect.stringMatching(/^\/packages\/elements\/dist\/chunks\/communes-1-/),
      expect.stringMatching(/^\/packages\/elements\/dist\/chunks\/communes-2-/),
    ]);
    expect(problems).toEqual([]);
    expect(size).toBeLessThanOrEqual(AUTOLOAD_BUDGETS.communeField);
  });
});

describe('Socle loaded twice in one page', () => {
  it('does not crash, warns once, and shares its texts: setMessages from the second copy reaches the first copy’s elements', async () => {
    const { tab, problems } = await open('/test/pages/deux-copies.html');
    await tab.evaluate(() => Promise.all([customElements.whenDefined('socle-text-field'), customElements.whenDefined('socle-commune-field')]));
    await tab.waitForLoadState('load');
    const warnings = problems.filter((text) => text.includes('chargé deux fois'));
    expect(warnings).toHaveLength(1);
    expect(problems.filter((text) => !text.includes('chargé deux fois'))).toEqual([]);
    // A string, not a function: the test runner would rewrite a function's `import()`.
    const message = await tab.evaluate(`import('/packages/elements/dist/socle.js?copie=2').then((second) => {
      second.setMessages('fr', { required: 'Indiquez «\u202f{label}\u202f», s’il vous plaît' });
      return document.querySelector('socle-text-field').validationMessage;
    })`);
    expect(message).toBe('Indiquez «\u202fCommune\u202f», s’il vous plaît');
    // The elements work: the field refuses an empty submission in the new words, and the look-up searches.
    await tab.getByRole('button', { name: 'Envoyer' }).click();
    await tab.getByText('Indiquez «\u202fCommune\u202f», s’il vous plaît').waitFor();
    await tab.getByRole('combobox', { name: 'Commune de naissance' }).pressSequentially('bordeaux');
    await tab.getByRole('option', { name: /^Bordeaux \(33\)/ }).waitFor();
  });
});
