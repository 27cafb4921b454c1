/**
 * Angular's ahead-of-time compiler (ngc, strict templates) on a component written as docs/frameworks.md says:
 * `CUSTOM_ELEMENTS_SCHEMA`, the directives of docs/examples/angular/socle-forms.ts, `[(ngModel)]` and a
 * reactive form on Socle's elements. It compiles; a template mistake does not (so the check is real).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { angularProject } from '../support/angular-compiler.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const project = angularProject();
afterAll(() => project.close());

const RECIPE = join(root, 'docs/examples/angular/socle-forms.js');

function compile(template: string): string[] {
  return project.compile({
    'app.ts': `import { CUSTOM_ELEMENTS_SCHEMA, Component } from '@angular/core';
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
  });
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
