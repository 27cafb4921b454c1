/**
 * The manifest (custom-elements.json) feeds the catalogue's attribute tables, IDE hints and future framework
 * wrappers: every form control must be described completely, inherited attributes included.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateCem } from '@wc-toolkit/cem-validator';
import { describe, expect, it, vi } from 'vitest';

interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  superclass?: { name: string };
  attributes?: { name: string }[];
}

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = JSON.parse(readFileSync(join(root, 'packages/forms/custom-elements.json'), 'utf8')) as {
  modules: { declarations?: Declaration[] }[];
};
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
const CONTROL_ATTRIBUTES = ['name', 'label', 'hint', 'required', 'disabled', 'readonly', 'sensitive', 'error', 'messages'];
const NOT_CONTROLS = new Set(['socle-button', 'socle-fieldset', 'socle-form', 'socle-step', 'socle-repeat']);

describe('@socle/forms custom-elements.json', () => {
  it('describes every element of the kit', () => {
    expect(elements.map((d) => d.tagName).sort()).toEqual(
      [
        'socle-button', 'socle-checkbox', 'socle-checkbox-group', 'socle-date-field', 'socle-email-field',
        'socle-fieldset', 'socle-file-field', 'socle-form', 'socle-iban-field', 'socle-nir-field',
        'socle-phone-field', 'socle-postal-code-field', 'socle-radio-group', 'socle-repeat', 'socle-select',
        'socle-siret-field', 'socle-step', 'socle-text-field', 'socle-textarea',
      ].sort(),
    );
  });

  it.each(elements.filter((d) => !NOT_CONTROLS.has(d.tagName ?? '')).map((d) => [d.tagName, d] as const))(
    '%s lists the attributes every control inherits',
    (_tag, declaration) => {
      const names = new Set((declaration.attributes ?? []).map((a) => a.name));
      for (const attribute of CONTROL_ATTRIBUTES) expect(names, attribute).toContain(attribute);
    },
  );

  it('an identifier field also lists the text field’s attributes and its own', () => {
    const email = elements.find((d) => d.tagName === 'socle-email-field');
    const names = (email?.attributes ?? []).map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['type', 'maxlength', 'autocomplete', 'sensitive', 'value']));
  });
});

describe('@socle/referentiels custom-elements.json', () => {
  const referentiels = (
    JSON.parse(readFileSync(join(root, 'packages/referentiels/custom-elements.json'), 'utf8')) as { modules: { declarations?: Declaration[] }[] }
  ).modules
    .flatMap((module) => module.declarations ?? [])
    .filter((d) => d.tagName);

  it('describes every look-up field, with the inherited control attributes and its own', () => {
    expect(referentiels.map((d) => d.tagName).sort()).toEqual(
      ['socle-address-field', 'socle-commune-field', 'socle-company-field', 'socle-country-field', 'socle-departement-select', 'socle-region-select'].sort(),
    );
    for (const declaration of referentiels) {
      const names = new Set((declaration.attributes ?? []).map((a) => a.name));
      for (const attribute of CONTROL_ATTRIBUTES) expect(names, `${declaration.tagName} ${attribute}`).toContain(attribute);
    }
    const commune = referentiels.find((d) => d.tagName === 'socle-commune-field');
    expect((commune?.attributes ?? []).map((a) => a.name)).toEqual(
      expect.arrayContaining(['departement', 'postal-code', 'postal-code-name', 'include-arrondissements', 'include-historical', 'limit', 'value']),
    );
    const address = referentiels.find((d) => d.tagName === 'socle-address-field');
    expect((address?.attributes ?? []).map((a) => a.name)).toEqual(expect.arrayContaining(['endpoint', 'source', 'src', 'mode', 'timeout', 'debounce']));
  });
});

describe('@socle/identity custom-elements.json', () => {
  const identity = (
    JSON.parse(readFileSync(join(root, 'packages/identity/custom-elements.json'), 'utf8')) as { modules: { declarations?: Declaration[] }[] }
  ).modules
    .flatMap((module) => module.declarations ?? [])
    .filter((d) => d.tagName);
  const attributes = (tag: string) => (identity.find((d) => d.tagName === tag)?.attributes ?? []).map((a) => a.name);

  it('describes the three identity elements and their attributes', () => {
    expect(identity.map((d) => d.tagName).sort()).toEqual(['socle-connect-button', 'socle-identity-fieldset', 'socle-login-choice']);
    expect(attributes('socle-connect-button')).toEqual(expect.arrayContaining(['provider', 'variant', 'href', 'name', 'value']));
    expect(attributes('socle-identity-fieldset')).toEqual(
      expect.arrayContaining(['identity', 'provider', 'report-href', 'name-prefix', 'fields', 'legend']),
    );
  });
});

describe('every manifest, as a registry would ship it', () => {
  const PACKAGES = ['core', 'forms', 'referentiels', 'identity'];
  type Manifest = { schemaVersion: string; modules: { path: string; declarations?: (Declaration & { customElement?: boolean; events?: { name?: string; description?: string }[] })[]; exports?: { kind: string; declaration: { module?: string } }[] }[] };
  const read = (pkg: string) => JSON.parse(readFileSync(join(root, 'packages', pkg, 'custom-elements.json'), 'utf8')) as Manifest;

  it.each(PACKAGES)('@socle/%s passes the manifest validator, every rule an error', async (pkg) => {
    const manifest = read(pkg);
    // Abstract base classes (SocleElement, SocleFormControl…) have no tag of their own.
    const bases = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement && !d.tagName).map((d) => d.name);
    const cwd = process.cwd();
    process.chdir(join(root, 'packages', pkg));
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await validateCem(manifest, {
        packageJsonPath: './package.json',
        exclude: bases,
        rules: {
          packageJson: { packageType: 'error', main: 'error', module: 'error', types: 'error', exports: 'error', customElementsProperty: 'error', publishedCem: 'error' },
          // exportTypes is off: it looks for TypeScript type exports in the manifest, which records values only;
          // the published types are checked by attw and test/node/jsx-types.test.ts instead.
          manifest: { schemaVersion: 'error', modulePath: 'error', definitionPath: 'error', typeDefinitionPath: 'error', exportTypes: 'off', tagName: 'error' },
        },
      });
    } finally {
      log.mockRestore();
      process.chdir(cwd);
    }
  });

  it.each(PACKAGES)('@socle/%s names only files the package ships, and only documented, named events', (pkg) => {
    const manifest = read(pkg);
    expect(manifest.schemaVersion).toBe('2.1.0');
    const paths = new Set<string>();
    for (const module of manifest.modules) {
      paths.add(module.path);
      for (const exported of module.exports ?? []) if (exported.declaration.module) paths.add(exported.declaration.module);
      for (const declaration of module.declarations ?? []) {
        for (const event of declaration.events ?? []) {
          expect(event.name, `${declaration.name}: an event without a name`).toBeTruthy();
          expect(event.description, `${declaration.name} ${event.name}`).toBeTruthy();
        }
      }
    }
    for (const path of paths) {
      expect(path, path).toMatch(/^dist\/.*\.js$/);
      expect(existsSync(join(root, 'packages', pkg, path)), `${pkg}/${path} is built`).toBe(true);
    }
  });
});

describe('the catalogue’s attribute tables', () => {
  const PACKAGES = ['forms', 'referentiels', 'identity'];
  type Named = { name: string };
  type Element = Declaration & { members?: (Named & { kind?: string })[]; events?: Named[]; slots?: Named[]; cssParts?: Named[]; cssProperties?: Named[] };
  const elements = PACKAGES.flatMap((pkg) =>
    (JSON.parse(readFileSync(join(root, 'packages', pkg, 'custom-elements.json'), 'utf8')) as { modules: { declarations?: Element[] }[] }).modules
      .flatMap((module) => module.declarations ?? [])
      .filter((d) => d.tagName),
  );

  it('no CSS part has the name of an attribute, a property or an event', () => {
    const collisions = elements.flatMap((d) => {
      const names = new Set([...(d.attributes ?? []), ...(d.members ?? []).filter((m) => m.kind === 'field'), ...(d.events ?? [])].map((item) => item.name));
      return (d.cssParts ?? []).filter((part) => names.has(part.name)).map((part) => `${d.tagName ?? ''}: ${part.name}`);
    });
    expect(collisions).toEqual([]);
  });

  it.each(elements.map((d) => [d.tagName!, d] as const))('%s: every attribute, slot and part has its row, each in its category', async (tag, declaration) => {
    const { argTypesFor } = await import('../../.storybook/arg-types.js');
    const rows = Object.values(argTypesFor({ modules: [{ declarations: [declaration as never] }] }, tag));
    const inCategory = (category: string) => rows.filter((row) => row.table?.category === category).map((row) => row.name).sort();
    expect(inCategory('attributs')).toEqual((declaration.attributes ?? []).map((a) => a.name).sort());
    expect(inCategory('emplacements')).toEqual((declaration.slots ?? []).map((s) => s.name || '(défaut)').sort());
    expect(inCategory('parties CSS')).toEqual((declaration.cssParts ?? []).map((p) => p.name).sort());
    if (tag === 'socle-text-field') expect(inCategory('attributs')).toEqual(expect.arrayContaining(['label', 'hint', 'error']));
  });
});

describe('catalogue controls, typed from the manifests', () => {
  it('a number box for a number, a switch for a boolean, a list for literals, JSON for an object, text otherwise', async () => {
    const { controlOf } = await import('../../.storybook/arg-types.js');
    expect(controlOf('number | undefined')).toEqual({ type: 'number' });
    expect(controlOf('boolean')).toEqual({ type: 'boolean' });
    expect(controlOf("'text' | 'email' | 'tel'")).toEqual({ type: 'select' });
    expect(controlOf('string')).toEqual({ type: 'text' });
    expect(controlOf(undefined)).toEqual({ type: 'text' });
    expect(controlOf('Commune | undefined')).toEqual({ type: 'object' });
  });
});

describe('regenerating the manifests', () => {
  it('rewrites no file whose text is the same, so a running catalogue reloads nothing', () => {
    const generated = ['core', 'forms', 'referentiels', 'identity']
      .flatMap((name) => ['custom-elements.json', 'vscode.html-custom-data.json', 'vscode.css-custom-data.json', 'web-types.json', 'jsx.d.ts'].map((file) => `packages/${name}/${file}`))
      .filter((path) => existsSync(join(root, path)))
      .concat(readdirSync(join(root, 'packages/react/src')).map((file) => `packages/react/src/${file}`));
    const before = new Map(generated.map((path) => [path, [statSync(join(root, path)).mtimeMs, readFileSync(join(root, path), 'utf8')] as const]));
    execFileSync(process.execPath, [join(root, 'scripts/build-manifests.mjs')], { cwd: root, stdio: 'ignore' });
    const touched = generated.filter((path) => {
      const [time, text] = before.get(path)!;
      return readFileSync(join(root, path), 'utf8') === text && statSync(join(root, path)).mtimeMs !== time;
    });
    expect(generated.length).toBeGreaterThan(30);
    expect(touched).toEqual([]);
  }, 60_000);
});
