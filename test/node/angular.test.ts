/**
 * Angular's ahead-of-time compiler (ngc, strict templates) on a component written as docs/frameworks.md says:
 * `CUSTOM_ELEMENTS_SCHEMA`, the directives of docs/examples/angular/socle-forms.ts, `[(ngModel)]` and a
 * reactive form on Socle's elements. It compiles; a template mistake does not (so the check is real).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performCompilation, readConfiguration } from '@angular/compiler-cli';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
const dir = mkdtempSync(join(root, 'node_modules/.cache/angular-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const RECIPE = join(root, 'docs/examples/angular/socle-forms.js');

function compile(template: string): string[] {
  const app = join(dir, `app-${String(Math.random()).slice(2)}.ts`);
  writeFileSync(
    app,
    `import { CUSTOM_ELEMENTS_SCHEMA, Component } from '@angular/core';
import { FormControl, FormGroup, FormsModule, ReactiveFormsModule } from '@angular/forms';
import { SOCLE_FORMS } from ${JSON.stringify(RECIPE)};

@Component({
  selector: 'app-demande',
  imports: [FormsModule, ReactiveFormsModule, ...SOCLE_FORMS],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: ${JSON.stringify(template)},
})
export class Demande {
  nom = '';
  accord = false;
  readonly form = new FormGroup({ commune: new FormControl(''), ecole: new FormControl('') });
  send(event: Event): void {
    event.preventDefault();
  }
}
`,
  );
  const tsconfig = join(dir, 'tsconfig.json');
  writeFileSync(
    tsconfig,
    JSON.stringify({
      compilerOptions: {
        strict: true,
        target: 'ES2022',
        module: 'ES2022',
        moduleResolution: 'bundler',
        lib: ['ES2022', 'DOM'],
        experimentalDecorators: true,
        skipLibCheck: true,
        types: [],
        rootDir: root,
        outDir: join(dir, 'out'),
      },
      files: [app],
      angularCompilerOptions: { strictTemplates: true, strictInjectionParameters: true, compilationMode: 'full' },
    }),
  );
  const config = readConfiguration(tsconfig);
  const { diagnostics } = performCompilation({ rootNames: config.rootNames, options: config.options });
  return diagnostics.map((diagnostic) => (typeof diagnostic.messageText === 'string' ? diagnostic.messageText : diagnostic.messageText.messageText));
}

describe('Angular (ngc, strict templates)', () => {
  it('compiles a component with ngModel and a reactive form on Socle’s elements', () => {
    expect(
      compile(`<socle-text-field name="nom" label="Nom" [(ngModel)]="nom" [required]="true"></socle-text-field>
<socle-checkbox name="accord" label="J’accepte" [(ngModel)]="accord"></socle-checkbox>
<form [formGroup]="form" (submit)="send($event)">
  <socle-commune-field name="commune" label="Commune" formControlName="commune"></socle-commune-field>
  <socle-select name="ecole" label="École" formControlName="ecole"><option value="jaures">École Jean-Jaurès</option></socle-select>
  <socle-button type="submit">Envoyer</socle-button>
</form>`),
    ).toEqual([]);
  }, 120_000);

  it('refuses a template that names what the component does not have', () => {
    expect(compile(`<socle-text-field name="nom" label="Nom" [(ngModel)]="nomm"></socle-text-field>`).join('\n')).toMatch(/nomm/);
  }, 120_000);
});

describe('the directives cover the controls', () => {
  it('every form control of the manifests is bound by one of them, but those whose value Angular cannot hold', async () => {
    const { readFileSync } = await import('node:fs');
    const recipe = readFileSync(join(root, 'docs/examples/angular/socle-forms.ts'), 'utf8');
    const bound = new Set([...recipe.matchAll(/(socle-[a-z-]+)\[ngModel\]/g)].map((match) => match[1]));
    // Not values: buttons and containers; a file (Angular forms hold no File); an address (a structure of its own).
    const NOT_BOUND = new Set(['socle-button', 'socle-fieldset', 'socle-form', 'socle-step', 'socle-repeat', 'socle-file-field', 'socle-address-field']);
    const tags = ['forms', 'referentiels']
      .flatMap((pkg) => (JSON.parse(readFileSync(join(root, 'packages', pkg, 'custom-elements.json'), 'utf8')) as { modules: { declarations?: { tagName?: string }[] }[] }).modules)
      .flatMap((module) => module.declarations ?? [])
      .flatMap((declaration) => (declaration.tagName ? [declaration.tagName] : []));
    expect(tags.filter((tag) => !NOT_BOUND.has(tag) && !bound.has(tag))).toEqual([]);
  });
});
