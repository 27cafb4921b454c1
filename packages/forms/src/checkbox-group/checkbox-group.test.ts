import { fixture } from '@open-wc/testing-helpers/pure';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { nativeChoices, runFormControlConformance } from '../../../../test/conformance/form-control.js';
import './define.js';
import type { SocleCheckboxGroup } from './checkbox-group.js';

const boxes = (el: HTMLElement) => Array.from(el.shadowRoot!.querySelectorAll('input'));

runFormControlConformance({
  tag: 'socle-checkbox-group',
  render: ({ name, label, hint, required, value }) =>
    html`<socle-checkbox-group name=${name} label=${label} hint=${ifDefined(hint)} ?required=${required}>
      <option value="lundi">Lundi matin</option>
      <option value="mardi" ?selected=${value !== undefined}>Mardi matin</option>
      <option value="jeudi">Jeudi matin</option>
    </socle-checkbox-group>`,
  typeValue: () => userEvent.keyboard(' '),
  typedValue: 'lundi',
  defaultValue: 'mardi',
  inner: (el) => boxes(el)[0]!,
  named: (el) => el.shadowRoot!.querySelector('fieldset')!,
  role: 'group',
  requiredInTree: false,
  native: nativeChoices('checkbox', [
    ['lundi', 'Lundi matin'],
    ['mardi', 'Mardi matin'],
    ['jeudi', 'Jeudi matin'],
  ]),
  renderHtmlFirst: ({ name, label, hint, required, value }) =>
    html`<socle-checkbox-group ?required=${required}
      ><fieldset aria-describedby=${ifDefined(hint ? `c-${name}-aide` : undefined)}>
        <legend>${label}</legend>
        ${hint ? html`<p class="socle-hint" id="c-${name}-aide">${hint}</p>` : ''}
        ${[
          ['lundi', 'Lundi matin'],
          ['mardi', 'Mardi matin'],
          ['jeudi', 'Jeudi matin'],
        ].map(
          ([choice, text]) =>
            html`<div class="socle-option">
              <input type="checkbox" id="c-${name}-${choice}" name=${name} value=${choice!} ?checked=${value !== undefined && choice === 'mardi'} /><label
                for="c-${name}-${choice}"
                >${text}</label
              >
            </div>`,
        )}
      </fieldset></socle-checkbox-group
    >`,
  namedHtmlFirst: (el) => el.querySelector('fieldset')!,
});

async function render(template: ReturnType<typeof html>) {
  const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>${template}<button>Envoyer</button></form>`);
  const control = form.querySelector<SocleCheckboxGroup>('socle-checkbox-group')!;
  await control.updateComplete;
  return { form, control };
}

describe('socle-checkbox-group', () => {
  it('submits every ticked value under its name, in order', async () => {
    const { form, control } = await render(html`<socle-checkbox-group name="jours" label="Jours">
      <option value="lundi">Lundi</option><option value="mardi">Mardi</option><option value="jeudi">Jeudi</option>
    </socle-checkbox-group>`);
    await userEvent.click(boxes(control)[2]!);
    await userEvent.click(boxes(control)[0]!);
    expect(new FormData(form).getAll('jours')).toEqual(['lundi', 'jeudi']);
    expect(control.value).toEqual(['lundi', 'jeudi']);
  });

  it('checks min and max with French messages', async () => {
    const { form, control } = await render(html`<socle-checkbox-group name="j" label="Jours de garde" min="2" max="2">
      <option value="l">Lundi</option><option value="m">Mardi</option><option value="j">Jeudi</option>
    </socle-checkbox-group>`);
    await userEvent.click(boxes(control)[0]!);
    form.requestSubmit();
    await control.updateComplete;
    expect(control.validationMessage).toBe('Sélectionnez au moins 2 options dans «\u202fJours de garde\u202f»');
    await userEvent.click(boxes(control)[1]!);
    await userEvent.click(boxes(control)[2]!);
    await control.updateComplete;
    expect(control.validationMessage).toBe('Sélectionnez au plus 2 options dans «\u202fJours de garde\u202f» (actuellement 3)');
    await userEvent.click(boxes(control)[2]!);
    expect(control.checkValidity()).toBe(true);
  });

  it('required means at least one', async () => {
    const { form, control } = await render(html`<socle-checkbox-group name="k" label="Activités" required>
      <option value="a">Judo</option><option value="b">Piscine</option>
    </socle-checkbox-group>`);
    form.requestSubmit();
    await control.updateComplete;
    expect(control.validationMessage).toBe('Sélectionnez au moins une option dans «\u202fActivités\u202f»');
  });
});
