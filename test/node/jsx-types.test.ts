/**
 * JSX types generated from the manifests (`@socle/forms/jsx`, `@socle/referentiels/jsx`, `@socle/identity/jsx`):
 * a React `.tsx` file using `socle-*` tags compiles, and a misspelled property is an error.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { typeCheckTsx } from '../support/tsx-check.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
// Inside node_modules, so that `react` resolves to the project's @types/react.
const dir = mkdtempSync(join(root, 'node_modules', '.socle-jsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function compile(body: string): string[] {
  const file = join(dir, `page-${String(Math.random()).slice(2)}.tsx`);
  const types = ['forms', 'referentiels', 'identity'].map((pkg) => `import type {} from '${join(root, 'packages', pkg, 'jsx.js')}';`).join('\n');
  writeFileSync(file, `${types}\n${body}\n`);
  return typeCheckTsx(file);
}

describe('JSX types for React', () => {
  it('a form written with socle-* tags compiles', () => {
    expect(
      compile(`export const Demande = () => (
  <form action="/demande" method="post">
    <socle-text-field name="nom" label="Nom de famille" required />
    <socle-commune-field name="commune" label="Commune de résidence" />
    <socle-connect-button provider="franceconnect" />
    <socle-button type="submit">Envoyer</socle-button>
  </form>
);`),
    ).toEqual([]);
  }, 60_000);

  it('a misspelled property is an error', () => {
    expect(compile(`export const Champ = () => <socle-text-field name="nom" label="Nom" requird />;`).join('\n')).toMatch(/requird/);
  }, 60_000);
});

describe('@socle/react: typed components and events', () => {
  const wrappers = (body: string) =>
    compile(`import { SocleForm, SocleTextField, SocleCommuneField, SocleButton } from '${join(root, 'packages/react/dist/index.js')}';\n${body}`);

  it('a form of wrappers compiles, its events typed: onSocleSubmit gets the data, onChange the element', () => {
    expect(
      wrappers(`export const Demande = ({ save }: { save: (data: unknown) => void }) => (
  <SocleForm mode="json" onSocleSubmit={(event) => save(event.detail.data)}>
    <form>
      <SocleTextField name="nom" label="Nom" required onChange={(event) => save((event.target as HTMLInputElement).value)} />
      <SocleCommuneField name="commune" label="Commune" limit={5} />
      <SocleButton type="submit">Envoyer</SocleButton>
    </form>
  </SocleForm>
);`),
    ).toEqual([]);
  }, 60_000);

  it('a misspelled property, or a value of the wrong type, is an error', () => {
    expect(wrappers(`export const A = () => <SocleTextField name="nom" label="Nom" requird />;`).join('\n')).toMatch(/requird/);
    expect(wrappers(`export const B = () => <SocleCommuneField name="c" label="Commune" limit="cinq" />;`).join('\n')).toMatch(/string.*number|number/);
  }, 60_000);
});

describe('@socle/react covers every element', () => {
  it('one wrapper per tag of the manifests, named after its class', async () => {
    const { readFileSync } = await import('node:fs');
    const classes = ['forms', 'referentiels', 'identity'].flatMap((pkg) =>
      (JSON.parse(readFileSync(join(root, 'packages', pkg, 'custom-elements.json'), 'utf8')) as { modules: { declarations?: { name: string; tagName?: string }[] }[] }).modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.tagName)
        .map((declaration) => declaration.name),
    );
    const index = readFileSync(join(root, 'packages/react/dist/index.d.ts'), 'utf8');
    const wrappers = [...index.matchAll(/export \{ (\w+) \}/g)].map((match) => match[1]);
    expect(wrappers.sort()).toEqual(classes.sort());
  }, 60_000);
});
