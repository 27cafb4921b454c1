/**
 * The types shipped with @socle/elements (`dist/socle.d.ts`, self-contained): a page script in TypeScript that
 * imports from the tag's file type-checks, gets each tag in `HTMLElementTagNameMap`, and a misspelled property
 * is an error.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

function check(code: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'socle-types-'));
  const file = join(dir, 'page.ts');
  writeFileSync(file, code.replaceAll('SOCLE', join(root, 'packages/elements/dist/socle.js')));
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('@socle/elements types', () => {
  it('a page script type-checks against socle.d.ts, tags and functions included', () => {
    expect(
      check(`import { serialize, setMessages, SocleCommuneField } from 'SOCLE';
const field = document.querySelector('socle-text-field');
if (field) field.value = 'Dupont';
const commune: SocleCommuneField = document.createElement('socle-commune-field');
commune.required = true;
setMessages('fr', { required: 'Ce champ est obligatoire' });
serialize(document.createElement('form'));
`),
    ).toEqual([]);
  }, 60_000);

  it('a misspelled property is a type error', () => {
    const errors = check(`import 'SOCLE';
document.createElement('socle-text-field').requird = true;
`);
    expect(errors.join('\n')).toMatch(/requird/);
  }, 60_000);
});
