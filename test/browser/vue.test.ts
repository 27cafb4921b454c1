/**
 * Vue 3 with Socle, set up as the guide says (`compilerOptions.isCustomElement`): `v-model` binds every string
 * control both ways, as on an `<input>`; without the set-up, Vue would treat the tag as a component and the
 * value would land in a `modelvalue` attribute, silently.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
// `vue` is the full build here (vitest.config.ts): templates compiled in the page, as without a build step.
import { type App, createApp, nextTick, ref } from 'vue';
import '@socle/forms/define';
import '@socle/referentiels/commune-field';
import { comboInput, typeAndChooseFirst } from './combobox-helpers.js';

let app: App | undefined;
afterEach(() => {
  app?.unmount();
  document.body.replaceChildren();
});

function mount(template: string, data: Record<string, unknown>) {
  const root = document.createElement('div');
  document.body.append(root);
  const state = Object.fromEntries(Object.entries(data).map(([key, value]) => [key, ref(value)]));
  app = createApp({ template, setup: () => state });
  app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('socle-');
  app.mount(root);
  return { root, state };
}

describe('Vue 3', () => {
  it('v-model on text field, textarea, select, radio group and date field, both ways', async () => {
    const { root, state } = mount(
      `<form>
        <socle-text-field v-model="nom" name="nom" label="Nom de famille"></socle-text-field>
        <socle-textarea v-model="motif" name="motif" label="Motif"></socle-textarea>
        <socle-select v-model="vehicule" name="vehicule" label="Véhicule" placeholder="Choisissez">
          <option value="vp">Voiture</option><option value="moto">Moto</option>
        </socle-select>
        <socle-radio-group v-model="contact" name="contact" label="Contact">
          <option value="courriel">Courriel</option><option value="telephone">Téléphone</option>
        </socle-radio-group>
        <socle-date-field v-model="naissance" name="naissance" label="Date de naissance"></socle-date-field>
      </form>`,
      { nom: 'Martin', motif: '', vehicule: 'moto', contact: '', naissance: '1962-08-24' },
    );
    await nextTick();
    type Field = HTMLElement & { value: string; updateComplete: Promise<unknown> };
    const field = (name: string) => root.querySelector<Field>(`[name="${name}"]`)!;
    await field('nom').updateComplete;
    // From Vue to the fields.
    expect(['nom', 'vehicule', 'naissance'].map((name) => field(name).value)).toEqual(['Martin', 'moto', '1962-08-24']);
    // From the person to Vue.
    field('nom').shadowRoot!.querySelector('input')!.focus();
    await userEvent.keyboard('{End}-Durand');
    field('motif').shadowRoot!.querySelector('textarea')!.focus();
    await userEvent.keyboard('Déménagement');
    await userEvent.click(field('contact').shadowRoot!.querySelectorAll('input')[1]!);
    expect([state.nom!.value, state.motif!.value, state.contact!.value]).toEqual(['Martin-Durand', 'Déménagement', 'telephone']);
    expect(new FormData(root.querySelector('form')!).get('nom')).toBe('Martin-Durand');
    // And back.
    state.nom!.value = 'Leroy';
    await nextTick();
    expect(field('nom').value).toBe('Leroy');
    expect(field('nom').hasAttribute('modelvalue')).toBe(false);
  });

  it('v-model on a look-up holds the chosen code', async () => {
    const { root, state } = mount(`<socle-commune-field v-model="commune" name="commune" label="Commune"></socle-commune-field>`, { commune: '' });
    await nextTick();
    const field = root.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('socle-commune-field')!;
    await field.updateComplete;
    comboInput(field).focus();
    await typeAndChooseFirst('bordeaux');
    expect(state.commune!.value).toBe('33063');
  });
});
