/**
 * End to end: Socle under Trusted Types, on top of the strict Content-Security-Policy. Lit writes its
 * templates through one policy, named `lit-html`; Socle writes no HTML from strings itself. With
 * `require-trusted-types-for 'script'`, and with the allow-list `trusted-types lit-html`, the one-tag page and
 * the autoloader page work and nothing is reported; an allow-list without `lit-html` is refused, as documented.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const STRICT = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

/** Opens `path` served under `csp`; returns the page, with the violations and errors it reported. */
async function openUnder(csp: string, path: string) {
  const server = await startStaticServer(root, (file): Record<string, string> => (file.endsWith('.html') ? { 'content-security-policy': csp } : {}));
  const context = await browser.newContext({ locale: 'fr-FR' });
  const tab = await context.newPage();
  const problems: string[] = [];
  tab.on('pageerror', (error) => problems.push(error.message));
  tab.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await tab.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await tab.goto(`${server.url}${path}`);
  return { tab, problems, close: () => Promise.all([context.close(), server.close()]) };
}

const POLICIES = [
  ['Trusted Types required', `${STRICT}; require-trusted-types-for 'script'`],
  ['the allow-list «\u202flit-html\u202f»', `${STRICT}; require-trusted-types-for 'script'; trusted-types lit-html`],
] as const;

describe('Trusted Types', () => {
  for (const [name, csp] of POLICIES) {
    it(`${name}: the one-tag page renders, searches and reports nothing`, async () => {
      const { tab, problems, close } = await openUnder(csp, '/examples/une-balise.html');
      try {
        await tab.evaluate(() => customElements.whenDefined('socle-form'));
        await tab.getByRole('combobox', { name: 'Commune de résidence' }).pressSequentially('bordeaux');
        await tab.getByRole('option', { name: /^Bordeaux \(33\)/ }).waitFor();
        await tab.getByRole('button', { name: 'Envoyer la demande' }).click();
        await tab.getByRole('heading', { name: 'Il y a un problème' }).waitFor();
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    });

    it(`${name}: the autoloader page renders and reports nothing`, async () => {
      const { tab, problems, close } = await openUnder(csp, '/examples/chargement-a-la-demande.html');
      try {
        await tab.evaluate(() => customElements.whenDefined('socle-text-field'));
        await tab.getByRole('textbox', { name: 'Adresse électronique' }).fill('lea@exemple.fr');
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  it('an allow-list without « lit-html » is refused by the browser: the policy name to list is lit-html', async () => {
    const { tab, problems, close } = await openUnder(`${STRICT}; require-trusted-types-for 'script'; trusted-types autre`, '/examples/chargement-a-la-demande.html');
    try {
      await expect.poll(() => problems.some((text) => text.includes('lit-html')), { timeout: 5000 }).toBe(true);
      expect(await tab.evaluate(() => customElements.get('socle-text-field') === undefined)).toBe(true);
    } finally {
      await close();
    }
  });
});
