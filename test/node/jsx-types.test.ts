/**
 * JSX types generated from the manifests (`@socle/forms/jsx`, `@socle/referentiels/jsx`, `@socle/identity/jsx`):
 * a React `.tsx` file using `socle-*` tags compiles, and a misspelled property is an error.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
// Inside node_modules, so that `react` resolves to the project's @types/react.
const dir = mkdtempSync(join(root, 'node_modules', '.socle-jsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function compile(body: string): string[] {
  const file = join(dir, `page-${String(Math.random()).slice(2)}.tsx`);
  const types = ['forms', 'referentiels', 'identity'].map((pkg) => `import type {} from '${join(root, 'packages', pkg, 'jsx.js')}';`).join('\n');
  writeFileSync(file, `${types}\n${body}\n`);
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    jsx: ts.JsxEmit.ReactJSX,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
    skipLibCheck: true,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
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
