/**
 * @socle/react in React 19: the wrappers (@lit/react) register their elements, pass typed properties, and
 * map the events — `onChange` at each keystroke as on an `<input>`, `onCommit` when the field is left,
 * `onSocleSubmit` with the engine's data — inside forms that submit, natively and in JSON.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { act, createElement as h, useState } from 'react';
import { type Root, createRoot } from 'react-dom/client';
import { SocleButton, SocleCheckbox, SocleCommuneField, SocleForm, SocleSelect, SocleTextField } from '@socle/react';
import { typeAndChooseFirst } from './combobox-helpers.js';

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  document.body.replaceChildren();
});

async function mount(element: ReturnType<typeof h>): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root!.render(element));
  await Promise.all(Array.from(container.querySelectorAll('*'), (el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete ?? Promise.resolve()));
  return container;
}

const input = (container: HTMLElement, name: string) => container.querySelector(`[name="${name}"]`)!.shadowRoot!.querySelector('input')!;

describe('@socle/react', () => {
  it('a controlled field: onChange at each key, onCommit on leaving, the value in React’s state', async () => {
    const commits: string[] = [];
    function Nom() {
      const [nom, setNom] = useState('');
      return h(
        'div',
        null,
        h(SocleTextField, {
          name: 'nom',
          label: 'Nom de famille',
          value: nom,
          onChange: (event) => setNom((event.target as HTMLInputElement).value),
          onCommit: (event) => commits.push((event.target as HTMLInputElement).value),
        }),
        h('output', null, nom),
      );
    }
    const container = await mount(h(Nom));
    input(container, 'nom').focus();
    await userEvent.keyboard('Lé');
    expect(container.querySelector('output')!.textContent).toBe('Lé');
    await userEvent.keyboard('a');
    expect(container.querySelector('output')!.textContent).toBe('Léa');
    expect(commits).toEqual([]);
    await userEvent.tab();
    expect(commits).toEqual(['Léa']);
  });

  it('in a native form: what was typed and chosen is in the FormData, and required fields stop the submit', async () => {
    const sent: FormData[] = [];
    const container = await mount(
      h(
        'form',
        { onSubmit: (event: { preventDefault(): void; currentTarget: HTMLFormElement }) => (event.preventDefault(), sent.push(new FormData(event.currentTarget))) },
        h(SocleTextField, { name: 'nom', label: 'Nom de famille', required: true }),
        h(SocleSelect, { name: 'ecole', label: 'École', placeholder: 'Choisir' }, h('option', { value: 'jaures' }, 'École Jean-Jaurès')),
        h(SocleCheckbox, { name: 'accord', label: 'J’accepte' }),
        h(SocleButton, { type: 'submit' }, 'Envoyer'),
      ),
    );
    const button = container.querySelector('socle-button')!;
    await userEvent.click(button);
    expect(sent).toHaveLength(0);
    input(container, 'nom').focus();
    await userEvent.keyboard('Martin');
    (container.querySelector('socle-select') as HTMLElement & { value: string }).value = 'jaures';
    await userEvent.click(container.querySelector('socle-checkbox')!.shadowRoot!.querySelector('input')!);
    await userEvent.click(button);
    expect(sent).toHaveLength(1);
    expect(Object.fromEntries(sent[0]!)).toEqual({ nom: 'Martin', ecole: 'jaures', accord: 'on' });
  });

  it('with the engine in JSON: onSocleSubmit gets the typed data, a look-up’s choice included', async () => {
    const submitted: unknown[] = [];
    const container = await mount(
      h(
        SocleForm,
        { mode: 'json', onSocleSubmit: (event) => submitted.push(event.detail.data) },
        h('form', null, h(SocleTextField, { name: 'nom', label: 'Nom de famille', required: true }), h(SocleCommuneField, { name: 'commune', label: 'Commune', limit: 5 }), h(SocleButton, { type: 'submit' }, 'Envoyer')),
      ),
    );
    input(container, 'nom').focus();
    await userEvent.keyboard('Martin');
    const commune = container.querySelector<HTMLElement & { limit: number }>('socle-commune-field')!;
    expect(commune.limit).toBe(5);
    commune.shadowRoot!.querySelector('input')!.focus();
    await typeAndChooseFirst('Bordeaux');
    await userEvent.click(container.querySelector('socle-button')!);
    expect(submitted).toEqual([{ nom: 'Martin', commune: '33063' }]);
  });
});
