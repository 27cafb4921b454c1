/**
 * The snippets of docs/demarrer.md, copied from the file as they are (each follows an
 * `<!-- extrait: name -->` comment) and run: the CMS page in Chromium under a strict CSP, submitting; the
 * Vite entry built by Vite; the React component type-checked against @socle/react; the Vue config and
 * template compiled by Vue's compiler; the Angular component compiled by ngc with the directives it copies.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compile as compileVue } from '@vue/compiler-dom';
import { build as viteBuild, createLogger } from 'vite';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';
import { type StaticServer, startStaticServer } from '../../scripts/static-server.mjs';
import { angularProject } from '../support/angular-compiler.js';
import { typeCheckTsx } from '../support/tsx-check.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const GUIDE = readFileSync(join(root, 'docs/demarrer.md'), 'utf8');
mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
const work = mkdtempSync(join(root, 'node_modules/.cache/guides-'));
const angular = angularProject();

afterAll(() => {
  angular.close();
  rmSync(work, { recursive: true, force: true });
});

/** The snippet named `name` in the guide, exactly as written. */
function snippet(name: string): string {
  const match = new RegExp(`<!-- extrait: ${name} -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\`\`\``).exec(GUIDE);
  if (!match) throw new Error(`No snippet « ${name} » in docs/demarrer.md`);
  return match[1]!;
}

describe('docs/demarrer.md', () => {
  it('names every snippet it claims to test', () => {
    const names = [...GUIDE.matchAll(/<!-- extrait: (\S+) -->/g)].map((match) => match[1]);
    expect(names).toEqual(['cms', 'vite', 'react', 'vue-config', 'vue', 'angular']);
  });

  describe('1. the CMS page, in Chromium, under a strict CSP', () => {
    let server: StaticServer;
    let browser: Browser;
    const received: string[] = [];

    beforeAll(async () => {
      // The site: the snippet in a page, and @socle/elements' dist copied (here linked) to /assets/socle/.
      const site = join(work, 'site');
      mkdirSync(join(site, 'assets'), { recursive: true });
      symlinkSync(join(root, 'packages/elements/dist'), join(site, 'assets/socle'));
      // What a site has anyway: Chromium asks for it.
      writeFileSync(join(site, 'favicon.ico'), '');
      writeFileSync(
        join(site, 'page.html'),
        `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande</title></head><body><main>\n${snippet('cms')}</main></body></html>`,
      );
      const csp = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'";
      server = await startStaticServer(site, () => ({ 'content-security-policy': csp }), 0, {
        post: (_path: string, body: string) => {
          received.push(body);
          return { status: 200, body: '<!doctype html><html lang="fr"><title>Reçu</title><h1>Demande reçue</h1></html>' };
        },
      });
      browser = await launchChromium();
    });

    afterAll(async () => {
      await browser.close();
      await server.close();
    });

    it('loads, is filled in, and submits natively what was typed and chosen', async () => {
      const tab = await browser.newPage({ locale: 'fr-FR' });
      const problems: string[] = [];
      tab.on('pageerror', (error) => problems.push(error.message));
      tab.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
      });
      await tab.goto(`${server.url}/page.html`);
      await tab.getByRole('textbox', { name: 'Nom de famille' }).fill('Martin');
      const commune = tab.getByRole('combobox', { name: 'Commune de résidence' });
      await commune.fill('33000');
      await tab.getByRole('option', { name: /^Bordeaux \(33\)/ }).waitFor();
      await commune.press('ArrowDown');
      await commune.press('Enter');
      await Promise.all([tab.waitForURL(`${server.url}/demande`), tab.getByRole('button', { name: 'Envoyer' }).click()]);
      expect(Object.fromEntries(new URLSearchParams(received.at(-1)))).toEqual({ nom: 'Martin', commune: '33063' });
      expect(problems).toEqual([]);
      await tab.close();
    });
  });

  it('2. the Vite entry builds without a warning and registers its three elements', async () => {
    const app = join(work, 'vite-app');
    mkdirSync(join(app, 'src'), { recursive: true });
    writeFileSync(join(app, 'src/main.js'), snippet('vite'));
    writeFileSync(join(app, 'index.html'), `<!doctype html><html lang="fr"><head><script type="module" src="/src/main.js"></script></head><body>${snippet('cms').replace(/<script[^>]*><\/script>/, '')}</body></html>`);
    const warnings: string[] = [];
    const logger = createLogger('warn', { allowClearScreen: false });
    logger.warn = (message) => void warnings.push(message);
    logger.warnOnce = (message) => void warnings.push(message);
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      const output = await viteBuild({ root: app, configFile: false, logLevel: 'warn', customLogger: logger, build: { outDir: join(app, 'dist') } });
      const code = (Array.isArray(output) ? output : [output]).flatMap((result) => ('output' in result ? result.output : [])).map((item) => ('code' in item ? item.code : '')).join('\n');
      for (const tag of ['socle-text-field', 'socle-button', 'socle-commune-field']) expect(code).toMatch(new RegExp(`customElements\\.define\\(\\s*['"\`]${tag}['"\`]`));
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    expect(warnings).toEqual([]);
  }, 60_000);

  it('3. the React component type-checks against @socle/react', () => {
    // Inside node_modules, so that `react` and `@socle/react` resolve as in an application.
    const file = join(work, 'demande.tsx');
    writeFileSync(file, snippet('react'));
    expect(typeCheckTsx(file)).toEqual([]);
  }, 60_000);

  it('4. with the Vue config, the template’s socle-* tags are elements with v-model; without it, unknown components', async () => {
    // The config as written, with a stand-in for @vitejs/plugin-vue that hands back its options.
    const dir = join(work, 'vue-app');
    mkdirSync(join(dir, 'node_modules/@vitejs/plugin-vue'), { recursive: true });
    writeFileSync(join(dir, 'node_modules/@vitejs/plugin-vue/package.json'), '{"name":"@vitejs/plugin-vue","type":"module","exports":"./index.js"}');
    writeFileSync(join(dir, 'node_modules/@vitejs/plugin-vue/index.js'), 'export default (options) => ({ name: "vue", options });');
    writeFileSync(join(dir, 'vite.config.js'), snippet('vue-config'));
    const config = ((await import(pathToFileURL(join(dir, 'vite.config.js')).href)) as { default: { plugins: { options: { template: { compilerOptions: { isCustomElement: (tag: string) => boolean } } } }[] } }).default;
    const { isCustomElement } = config.plugins[0]!.options.template.compilerOptions;
    const withConfig = compileVue(snippet('vue'), { isCustomElement }).code;
    expect(withConfig).not.toContain('resolveComponent');
    expect(withConfig).toContain('_createElementVNode("socle-text-field"');
    expect(withConfig).toContain('vModelText');
    expect(compileVue(snippet('vue')).code).toContain('resolveComponent("socle-text-field")');
  });

  it('5. the Angular component compiles with ngc (strict templates), beside the directives it copies', () => {
    const directives = readFileSync(join(root, 'docs/examples/angular/socle-forms.ts'), 'utf8');
    expect(angular.compile({ 'socle-forms.ts': directives, 'demande.ts': snippet('angular') })).toEqual([]);
  }, 120_000);
});
