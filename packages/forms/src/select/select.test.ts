import { fixture } from '@open-wc/testing-helpers/pure';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { nativeSelect, runFormControlConformance } from '../../../../test/conformance/form-control.js';
import './define.js';
import type { SocleSelect } from './select.js';

const inner = (el: HTMLElement) => el.shadowRoot!.querySelector('select')!;

runFormControlConformance({
  tag: 'socle-select',
  render: ({ name, label, hint, required, value }) =>
    html`<socle-select name=${name} label=${label} hint=${ifDefined(hint)} ?required=${required} value=${ifDefined(value)} placeholder="Sélectionnez un département">
      <option value="01">Ain</option>
      <option value="26">Drôme</option>
      <option value="38">Isère</option>
    </socle-select>`,
  // Type-ahead on the focused list, as a keyboard user does.
  typeValue: () => userEvent.keyboard('Dr'),
  typedValue: '26',
  defaultValue: '38',
  inner,
  role: 'combobox',
  // Chromium does not expose `required` for this native role (it keeps the native `required` attribute).
  requiredInTree: false,
  enterSubmits: false,
  native: nativeSelect([
    ['', 'Sélectionnez un département'],
    ['01', 'Ain'],
    ['26', 'Drôme'],
    ['38', 'Isère'],
  ]),
  renderHtmlFirst: ({ name, label, hint, required, value }) =>
    html`<socle-select
      ><label for="s-${name}">${label}</label>${hint ? html`<p class="socle-hint" id="s-${name}-aide">${hint}</p>` : ''}<select
        id="s-${name}"
        name=${name}
        aria-describedby=${ifDefined(hint ? `s-${name}-aide` : undefined)}
        ?required=${required}
      >
        <option value="">Sélectionnez un département</option>
        <option value="01">Ain</option>
        <option value="26">Drôme</option>
        <option value="38" ?selected=${value === '38'}>Isère</option>
      </select></socle-select
    >`,
});

async function render(template: ReturnType<typeof html>) {
  const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>${template}</form>`);
  const control = form.querySelector<SocleSelect>('socle-select')!;
  await control.updateComplete;
  return { form, control };
}

describe('socle-select', () => {
  it('without a placeholder or value, submits the selected option, else the first, as a native select', async () => {
    const { form } = await render(html`<socle-select name="a" label="A"><option value="x">X</option><option value="y" selected>Y</option></socle-select>`);
    expect(new FormData(form).get('a')).toBe('y');
    const second = await render(html`<socle-select name="b" label="B"><option value="x">X</option><option value="y">Y</option></socle-select>`);
    expect(new FormData(second.form).get('b')).toBe('x');
    expect(inner(second.control).value).toBe('x');
  });

  it('keeps optgroups and takes options from the property too', async () => {
    const { control, form } = await render(html`<socle-select name="c" label="C"><optgroup label="Auvergne-Rhône-Alpes"><option value="01">Ain</option></optgroup></socle-select>`);
    expect(inner(control).querySelector('optgroup')?.label).toBe('Auvergne-Rhône-Alpes');
    control.options = [
      { value: '75', label: 'Paris', group: 'Île-de-France' },
      { value: '92', label: 'Hauts-de-Seine', group: 'Île-de-France' },
    ];
    await control.updateComplete;
    expect(Array.from(inner(control).options, (o) => o.value)).toEqual(['75', '92']);
    expect(inner(control).querySelectorAll('optgroup')).toHaveLength(1);
    expect(new FormData(form).get('c')).toBe('75');
  });

  it('follows its <option> children when they change after the first render (a framework re-rendering them)', async () => {
    const { control } = await render(html`<socle-select name="f" label="F"><option value="a">A</option></socle-select>`);
    const option = document.createElement('option');
    option.value = 'b';
    option.textContent = 'B';
    control.append(option);
    await new Promise((resolve) => setTimeout(resolve));
    await control.updateComplete;
    expect(Array.from(inner(control).options, (o) => o.text)).toEqual(['A', 'B']);
    option.textContent = 'Bé';
    await new Promise((resolve) => setTimeout(resolve));
    await control.updateComplete;
    expect(Array.from(inner(control).options, (o) => o.text)).toEqual(['A', 'Bé']);
  });

  it('required with the placeholder chosen gives a French message', async () => {
    const { control, form } = await render(html`<socle-select name="d" label="Département" required placeholder="Choisir"><option value="01">Ain</option></socle-select>`);
    form.requestSubmit();
    await control.updateComplete;
    expect(control.validationMessage).toBe('Sélectionnez une option dans la liste «\u202fDépartement\u202f»');
  });

  it('renders option labels as text, never as markup', async () => {
    const { control } = await render(html`<socle-select name="e" label="E"></socle-select>`);
    control.options = [{ value: 'x', label: '<img src=x onerror=alert(1)>' }];
    await control.updateComplete;
    expect(inner(control).options[0]?.text).toBe('<img src=x onerror=alert(1)>');
    expect(inner(control).querySelector('img')).toBeNull();
  });
});
