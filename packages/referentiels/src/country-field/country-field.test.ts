import { fixture } from '@open-wc/testing-helpers/pure';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { nativeTextInput, runFormControlConformance } from '../../../../test/conformance/form-control.js';
import { comboInput, proposals, typeAndChooseFirst, typeAndWait } from '../../../../test/browser/combobox-helpers.js';
import './define.js';
import type { SocleCountryField } from './country-field.js';

runFormControlConformance({
  tag: 'socle-country-field',
  render: ({ name, label, hint, required, value }) =>
    html`<socle-country-field name=${name} label=${label} hint=${ifDefined(hint)} ?required=${required} value=${ifDefined(value)}></socle-country-field>`,
  typeValue: () => typeAndChooseFirst('algerie'),
  typedValue: '99352',
  defaultValue: '99139',
  inner: comboInput,
  role: 'combobox',
  native: nativeTextInput(true),
  renderHtmlFirst: ({ name, label, hint, required, value }) =>
    html`<socle-country-field value=${ifDefined(value)}
      ><label for="p-${name}">${label}</label>${hint ? html`<p class="socle-hint" id="p-${name}-aide">${hint}</p>` : ''}<input
        id="p-${name}"
        name=${name}
        aria-describedby=${ifDefined(hint ? `p-${name}-aide` : undefined)}
        ?required=${required}
    /></socle-country-field>`,
});

async function render(template: ReturnType<typeof html>) {
  const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>${template}</form>`);
  const field = form.querySelector<SocleCountryField>('socle-country-field')!;
  await field.updateComplete;
  return { form, field, input: comboInput(field) };
}

describe('socle-country-field', () => {
  it('opens on France first, and submits the COG code of the chosen country', async () => {
    const { form, field, input } = await render(html`<socle-country-field name="pays" label="Pays de naissance"></socle-country-field>`);
    input.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect((await proposals(field))[0]).toBe('France');
    await userEvent.keyboard('{Enter}');
    expect(new FormData(form).get('pays')).toBe('99100');
    expect(field.country).toMatchObject({ code: '99100', iso2: 'FR' });
  });

  it('finds a country however it is typed, by another name too, and leaves France out when asked', async () => {
    const { form, field, input } = await render(html`<socle-country-field name="pays" label="Pays" exclude-france></socle-country-field>`);
    input.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect((await proposals(field)).includes('France')).toBe(false);
    await typeAndChooseFirst('ANGLETERRE');
    expect(new FormData(form).get('pays')).toBe('99132');
    expect(input.value).toBe('Royaume-Uni');
  });

  it('proposes former countries only when asked', async () => {
    const { input } = await render(html`<socle-country-field name="pays" label="Pays" include-historical></socle-country-field>`);
    input.focus();
    expect(await proposals(await typeAndWait('tchecoslovaquie'))).toEqual(['Tchécoslovaquie']);
    const plain = await render(html`<socle-country-field name="p2" label="Pays"></socle-country-field>`);
    plain.input.focus();
    await userEvent.keyboard('tchecoslovaquie');
    await expect.poll(() => plain.field.shadowRoot!.querySelector('[part="empty"]')?.textContent).toBe('Aucun pays ne correspond à «\u202ftchecoslovaquie\u202f»');
    expect(plain.field.value).toBe('');
  });
});
