/**
 * Angular 21 with Socle, as docs/frameworks.md sets it up: `CUSTOM_ELEMENTS_SCHEMA`, the elements registered
 * once, and the two directives of docs/examples/angular/socle-forms.ts for `ngModel` and reactive forms.
 * Bootstrapped in Chromium (JIT, zoneless): typing reaches the model at each key, the model reaches the
 * field, `disable()` disables the element, and a native form submits what was typed.
 */
import '@angular/compiler';
import { type ApplicationRef, CUSTOM_ELEMENTS_SCHEMA, Component, provideZonelessChangeDetection, signal } from '@angular/core';
import { FormControl, FormGroup, FormsModule, ReactiveFormsModule } from '@angular/forms';
import { bootstrapApplication } from '@angular/platform-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { SOCLE_FORMS } from '../../docs/examples/angular/socle-forms.js';
import '@socle/forms/define';
import '@socle/referentiels/commune-field';
import { typeAndChooseFirst } from './combobox-helpers.js';

let app: ApplicationRef | undefined;
afterEach(() => {
  app?.destroy();
  app = undefined;
  document.body.replaceChildren();
});

async function start<T>(component: new (...args: never[]) => T): Promise<T> {
  document.body.append(document.createElement('app-demande'));
  app = await bootstrapApplication(component, { providers: [provideZonelessChangeDetection()] });
  await app.whenStable();
  await Promise.all(Array.from(document.querySelectorAll('*'), (el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete ?? Promise.resolve()));
  return app.components[0]!.instance as T;
}

const inner = (name: string) => document.querySelector(`[name="${name}"]`)!.shadowRoot!.querySelector('input')!;

describe('Angular', () => {
  it('ngModel both ways on a text field and a checkbox; typed at each key', async () => {
    @Component({
      selector: 'app-demande',
      imports: [FormsModule, ...SOCLE_FORMS],
      schemas: [CUSTOM_ELEMENTS_SCHEMA],
      template: `<socle-text-field name="nom" label="Nom de famille" [(ngModel)]="nom"></socle-text-field>
        <socle-checkbox name="accord" label="J’accepte" [(ngModel)]="accord"></socle-checkbox>
        <output>{{ nom }}|{{ accord }}</output>`,
    })
    class Demande {
      nom = 'Martin';
      accord = false;
    }
    const component = await start(Demande);
    await vi.waitFor(() => expect(inner('nom').value).toBe('Martin'));
    inner('nom').focus();
    await userEvent.keyboard('{End}-Dupont');
    expect(component.nom).toBe('Martin-Dupont');
    await userEvent.click(inner('accord'));
    expect(component.accord).toBe(true);
    await app!.whenStable();
    expect(document.querySelector('output')!.textContent).toBe('Martin-Dupont|true');
  });

  it('reactive forms: values, a look-up’s code, disable(), and a native submit of what was typed', async () => {
    const submitted: FormData[] = [];
    @Component({
      selector: 'app-demande',
      imports: [ReactiveFormsModule, ...SOCLE_FORMS],
      schemas: [CUSTOM_ELEMENTS_SCHEMA],
      template: `<form [formGroup]="form" (submit)="send($event)">
        <socle-text-field name="prenom" label="Prénom" formControlName="prenom" [required]="true"></socle-text-field>
        <socle-commune-field name="commune" label="Commune" formControlName="commune"></socle-commune-field>
        <socle-select name="ecole" label="École" placeholder="Choisir" formControlName="ecole"><option value="jaures">École Jean-Jaurès</option></socle-select>
        <socle-button type="submit">{{ label() }}</socle-button>
      </form>`,
    })
    class Demande {
      readonly label = signal('Envoyer');
      readonly form = new FormGroup({ prenom: new FormControl(''), commune: new FormControl(''), ecole: new FormControl('jaures') });
      send(event: Event): void {
        event.preventDefault();
        submitted.push(new FormData(event.target as HTMLFormElement));
      }
    }
    const component = await start(Demande);
    expect((document.querySelector('socle-select') as HTMLElement & { value: string }).value).toBe('jaures');
    inner('prenom').focus();
    await userEvent.keyboard('Léa');
    inner('commune').focus();
    await typeAndChooseFirst('Bordeaux');
    expect(component.form.value).toEqual({ prenom: 'Léa', commune: '33063', ecole: 'jaures' });
    await userEvent.click(document.querySelector('socle-button')!);
    expect(Object.fromEntries(submitted[0]!)).toMatchObject({ prenom: 'Léa', commune: '33063', ecole: 'jaures' });
    component.form.controls.prenom.disable();
    await vi.waitFor(() => expect((document.querySelector('socle-text-field') as HTMLElement & { disabled: boolean }).disabled).toBe(true));
    component.form.controls.prenom.setValue('Zoé');
    await vi.waitFor(() => expect(inner('prenom').value).toBe('Zoé'));
  });
});
