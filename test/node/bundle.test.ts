/**
 * What a consumer's bundler does with the built packages: `sideEffects` must let it drop unused classes,
 * yet keep the registration of every element the consumer imports.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundle } from '../../scripts/bundle.mjs';

describe('bundling the built packages', () => {
  it('ships no empty module (a module of types only has its declarations, not an empty .js)', () => {
    const empty = ['core', 'forms', 'referentiels', 'identity', 'validators']
      .flatMap((name) => readdirSync(`packages/${name}/dist`, { recursive: true }).map((file) => join(`packages/${name}/dist`, String(file))))
      .filter((file) => file.endsWith('.js') && readFileSync(file, 'utf8').replace(/\/\/# sourceMappingURL=\S+/, '').trim() === '');
    expect(empty).toEqual([]);
  });

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
    expect(code).not.toMatch(/customElements\.define\(['"]socle-text-field/);
    expect(code).not.toContain('attachInternals');
  });

  it('importing a class alone does not register it', async () => {
    const code = await bundle(`import { SocleTextField } from '@socle/forms'; console.log(SocleTextField);`);
    expect(code).toContain('attachInternals');
    expect(code).not.toMatch(/customElements\.define\(['"]socle-text-field/);
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

describe('bundling @socle/identity', () => {
  it('registers the button from its entry, without the fieldset or the look-ups', async () => {
    const code = await bundle(`import '@socle/identity/connect-button';`);
    expect(code).toMatch(/customElements\.define\(['"]socle-connect-button['"]/);
    expect(code).not.toMatch(/customElements\.define\(['"]socle-(identity-fieldset|commune-field)['"]/);
  });

  it('the fieldset’s entry registers it with the kit’s fields it is made of', async () => {
    const code = await bundle(`import '@socle/identity/identity-fieldset';`);
    for (const tag of ['socle-identity-fieldset', 'socle-text-field', 'socle-radio-group', 'socle-date-field', 'socle-commune-field', 'socle-country-field']) {
      expect(code).toMatch(new RegExp(`customElements\\.define\\(['"]${tag}['"]`));
    }
    expect(code).not.toContain('Abergement-Clémenciat');
  });

  it('importing the classes alone registers nothing', async () => {
    const code = await bundle(
      `import { SocleConnectButton, SocleIdentityFieldset, SocleLoginChoice } from '@socle/identity'; console.log(SocleConnectButton, SocleIdentityFieldset, SocleLoginChoice);`,
    );
    expect(code).not.toMatch(/customElements\.define/);
  });
});

describe('what the packages ship', () => {
  it('no built module imports a test tool', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const offenders: string[] = [];
    for (const name of ['validators', 'core', 'forms', 'referentiels', 'identity', 'identity-server', 'elements']) {
      const dir = `packages/${name}/dist`;
      for (const file of readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.js'))) {
        // The local test provider (oidc-provider) is never shipped either.
        if (/from ['"](vitest|@open-wc|playwright|storybook|oidc-provider|express)/.test(readFileSync(`${dir}/${file}`, 'utf8'))) offenders.push(`${dir}/${file}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('bundling every exported element class', () => {
  /** The element classes a package exports (from its manifest and its built entry's declarations). */
  function exportedElements(name: string): string[] {
    const manifest = JSON.parse(readFileSync(`packages/${name}/custom-elements.json`, 'utf8')) as { modules: { declarations?: { kind: string; name: string; customElement?: boolean }[] }[] };
    const entry = readFileSync(`packages/${name}/dist/index.d.ts`, 'utf8');
    const classes = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.kind === 'class' && d.customElement);
    return [...new Set(classes.map((d) => d.name))].filter((className) => new RegExp(`\\b${className}\\b`).test(entry));
  }

  for (const name of ['forms', 'referentiels', 'identity']) {
    it(`importing @socle/${name}'s classes registers no element`, async () => {
      const names = exportedElements(name);
      expect(names.length).toBeGreaterThan(2);
      const code = await bundle(`import { ${names.join(', ')} } from '@socle/${name}'; console.log(${names.join(', ')});`);
      expect(code.match(/customElements\.define\(['"][a-z-]+['"]/g) ?? []).toEqual([]);
    });
  }
});
