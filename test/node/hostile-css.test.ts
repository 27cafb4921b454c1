/**
 * End to end: Socle in a CMS page whose theme styles every element — `html { font-size: 62.5% }` (common in
 * WordPress themes), a serif body font with letter spacing, `*` reset (margins, paddings, box-sizing), and
 * rules on `input`, `label`, `button`, `select`. Each component looks the same as on a clean page
 * (screenshots compared pixel for pixel) and still works. The space between fields is the page's business:
 * its `* { margin: 0 }` removes it, as it does for every other element.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const TAGS = ['socle-text-field', 'socle-date-field', 'socle-select', 'socle-radio-group', 'socle-checkbox', 'socle-commune-field', 'socle-button'];

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  server = await startStaticServer(root);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

/** The test page, clean or with the hostile theme added as the page's last style sheet. */
async function open(name: 'propre' | 'hostile'): Promise<Page> {
  const tab = await browser.newPage({ viewport: { width: 800, height: 1200 } });
  await tab.goto(`${server.url}/test/pages/cms.html`);
  if (name === 'hostile') await tab.addStyleTag({ url: '/test/pages/cms-hostile.css' });
  await tab.evaluate(async (tags) => {
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    await document.fonts.ready;
  }, TAGS);
  return tab;
}

describe('a hostile CMS theme', () => {
  it('each component looks as on a clean page, sizes included (not shrunk by html { font-size: 62.5% })', async () => {
    const clean = await open('propre');
    const hostile = await open('hostile');
    try {
      expect(await hostile.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('10px');
      for (const tag of TAGS) {
        const [a, b] = await Promise.all([clean.locator(tag).screenshot({ animations: 'disabled' }), hostile.locator(tag).screenshot({ animations: 'disabled' })]);
        expect(b.equals(a), `${tag} looks the same`).toBe(true);
      }
      const input = hostile.getByRole('textbox', { name: 'Nom de famille' });
      const box = await input.boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(40);
      expect(await input.evaluate((el) => getComputedStyle(el).fontSize)).toBe('16px');
    } finally {
      await Promise.all([clean.close(), hostile.close()]);
    }
  });

  it('and works: a look-up on its embedded data, and the native submission', async () => {
    const tab = await open('hostile');
    try {
      await tab.getByRole('textbox', { name: 'Nom de famille' }).fill('Dupont');
      await tab.getByRole('combobox', { name: 'Commune de résidence' }).pressSequentially('bordeaux');
      await tab.getByRole('option', { name: /^Bordeaux \(33\)/ }).click();
      await Promise.all([tab.waitForURL(/cms\.html\?nom=Dupont.*commune=33063/), tab.getByRole('button', { name: 'Envoyer la demande' }).click()]);
    } finally {
      await tab.close();
    }
  });
});
