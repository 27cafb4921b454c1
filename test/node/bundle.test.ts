/**
 * What a consumer's bundler does with the built packages: `sideEffects` must let it drop unused classes,
 * yet keep the registration of every element the consumer imports.
 */
import { describe, expect, it } from 'vitest';
import { bundle } from '../../scripts/bundle.mjs';

describe('bundling the built packages', () => {
  it('keeps the registration when the consumer imports the define entry', async () => {
    const code = await bundle(`import '@socle/forms/text-field';`);
    expect(code).toMatch(/customElements\.define\(['"]socle-text-field['"]/);
    expect(code).toContain('attachInternals');
  });

  it('registers every element with @socle/forms/define', async () => {
    const code = await bundle(`import '@socle/forms/define';`);
    expect(code).toMatch(/customElements\.define\(['"]socle-text-field['"]/);
  });

  it('registers nothing, and drops the class, when only a type-level import is unused', async () => {
    const code = await bundle(`import { SocleTextField } from '@socle/forms'; export const unused = 1;`);
    expect(code).not.toContain('socle-text-field');
    expect(code).not.toContain('attachInternals');
  });

  it('importing a class alone does not register it', async () => {
    const code = await bundle(`import { SocleTextField } from '@socle/forms'; console.log(SocleTextField);`);
    expect(code).toContain('attachInternals');
    expect(code).not.toContain('socle-text-field');
  });
});

describe('bundling @socle/referentiels', () => {
  it('registers a look-up field from its entry, and keeps the commune data out of the main chunk', async () => {
    const code = await bundle(`import '@socle/referentiels/commune-field';`);
    expect(code).toMatch(/customElements\.define\(['"]socle-commune-field['"]/);
    expect(code).not.toContain('Abergement-Clémenciat');
  });

  it('importing the search functions registers no element', async () => {
    const code = await bundle(`import { searchCommunes } from '@socle/referentiels'; console.log(searchCommunes);`);
    expect(code).not.toMatch(/customElements\.define/);
    expect(code).not.toContain('attachInternals');
  });
});

describe('what the packages ship', () => {
  it('no built module imports a test tool', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const offenders: string[] = [];
    for (const name of ['validators', 'core', 'forms', 'referentiels', 'elements']) {
      const dir = `packages/${name}/dist`;
      for (const file of readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.js'))) {
        if (/from ['"](vitest|@open-wc|playwright|storybook)/.test(readFileSync(`${dir}/${file}`, 'utf8'))) offenders.push(`${dir}/${file}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
