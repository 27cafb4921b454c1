/** Size budgets of the built packages, bundled and minified as an application would, then brotli. */
import { describe, expect, it } from 'vitest';
import { brotliSize, bundleChunks, bundleSize } from '../../scripts/bundle.mjs';

const VALIDATORS = [
  'validateNir', 'validateSiren', 'validateSiret', 'validateTvaFr', 'validateIban', 'validateBic', 'validateRib',
  'validateRna', 'validatePhoneFr', 'validatePostalCode', 'validateCommuneCode', 'validateEmail', 'validateDate',
  'suggestEmailFix',
];

describe('@socle/validators size budget', () => {
  it('is at most 6 KB brotli with every validator and the messages', async () => {
    const size = await bundleSize(`import * as all from '@socle/validators'; console.log(all);`);
    expect(size.brotli).toBeLessThanOrEqual(6 * 1024);
  });

  it.each(VALIDATORS)('%s alone is at most 1.5 KB brotli', async (name) => {
    const size = await bundleSize(`import { ${name} } from '@socle/validators'; console.log(${name});`);
    expect(size.brotli).toBeLessThanOrEqual(1536);
  });
});

describe('@socle/forms size budget', () => {
  // 15 KB until HTML-first markup: enhancing the author's native controls costs the kit 1.6 KB (its styles are
  // a chunk of their own, loaded by the first HTML-first control, outside this budget). 17 KB until sizes
  // independent of the page's root font size, texts shared between two copies of Socle and the engine's
  // control protocol (+0.3 KB over 17).
  it('the kit (text field, select, checkbox, radio group, textarea, button) with Lit and the theme is at most 17.5 KB brotli', async () => {
    const kit = ['text-field', 'select', 'checkbox', 'radio-group', 'textarea', 'button'];
    const size = await bundleSize(kit.map((name) => `import '@socle/forms/${name}';`).join('\n'));
    expect(size.brotli).toBeLessThanOrEqual(17.5 * 1024);
  });
});

describe('@socle/referentiels data chunks', () => {
  it('loads no data until a look-up is used, and the commune data are at most 350 KB brotli', async () => {
    const chunks = await bundleChunks(`import { searchCommunes } from '@socle/referentiels'; globalThis.search = searchCommunes;`, { minify: true });
    const [entry, ...lazy] = chunks;
    expect(entry!.isEntry).toBe(true);
    expect(entry!.modules.some((id) => id.includes('/data/'))).toBe(false);
    // Two halves, each a chunk of its own (under the bundlers' 500 kB warning), 350 KB brotli together.
    const halves = lazy.filter((chunk) => chunk.modules.some((id) => /data\/communes-[12]\.js$/.test(id)));
    expect(halves).toHaveLength(2);
    for (const half of halves) expect(half.code.length).toBeLessThan(500_000);
    expect(halves.reduce((sum, half) => sum + brotliSize(half.code), 0)).toBeLessThanOrEqual(350 * 1024);
    expect(brotliSize(entry!.code)).toBeLessThanOrEqual(6 * 1024);
  });
});

describe('@socle/elements, the one-tag bundle', () => {
  const dist = 'packages/elements/dist';

  // 50 KB until HTML-first markup (+2.1 KB: every control and look-up enhancing native markup); 53 KB until
  // `size` for short answers (+0.1 KB).
  it('holds every element, Lit and the theme in at most 54 KB brotli, the embedded data and HTML-first styles in separate chunks', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const entry = readFileSync(`${dist}/socle.js`, 'utf8');
    expect(entry).toMatch(/customElements\.define\(['"]socle-commune-field['"]/);
    expect(entry).not.toContain('Abergement-Clémenciat');
    expect(brotliSize(entry)).toBeLessThanOrEqual(54 * 1024);
    expect(entry).not.toContain('socle-visually-hidden) { position');
    const chunks = readdirSync(`${dist}/chunks`).filter((file) => file.endsWith('.js'));
    const communes = chunks.find((file) => file.startsWith('communes-'));
    expect(communes).toBeDefined();
    expect(readFileSync(`${dist}/chunks/${communes!}`, 'utf8')).toContain('Abergement-Clémenciat');
    expect(chunks.some((file) => file.startsWith('html-first.styles-'))).toBe(true);
  });
});
