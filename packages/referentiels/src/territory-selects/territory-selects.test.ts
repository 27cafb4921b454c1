import { fixture } from '@open-wc/testing-helpers/pure';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { nativeSelect, runFormControlConformance } from '../../../../test/conformance/form-control.js';
import '../departement-select/define.js';
import '../region-select/define.js';

const inner = (el: HTMLElement) => el.shadowRoot!.querySelector('select')!;
const optionsOf = async (el: HTMLElement) => {
  await expect.poll(() => inner(el).options.length).toBeGreaterThan(10);
  return Array.from(inner(el).options, (o) => [o.value, o.text]);
};

runFormControlConformance({
  tag: 'socle-departement-select',
  render: ({ name, label, hint, required, value }) =>
    html`<socle-departement-select name=${name} label=${label} hint=${ifDefined(hint)} ?required=${required} value=${ifDefined(value)}></socle-departement-select>`,
  typeValue: async () => {
    await expect.poll(() => {
      const field = document.querySelector('socle-departement-select');
      return (field?.shadowRoot ?? field)?.querySelector('select')?.options.length ?? 0;
    }).toBeGreaterThan(10);
    // "33" alone would cycle through the options starting with 3, as native type-ahead does.
    await userEvent.keyboard('33 ');
  },
  typedValue: '33',
  defaultValue: '2A',
  inner,
  role: 'combobox',
  requiredInTree: false,
  enterSubmits: false,
  native: nativeSelect(
    [
      ['', 'Sélectionnez un département'],
      ['33', '33 – Gironde'],
    ],
    '33',
  ),
  // HTML first: the author's select, written with its prompt only, is filled from the embedded data.
  renderHtmlFirst: ({ name, label, hint, required, value }) =>
    html`<socle-departement-select value=${ifDefined(value)}
      ><label for="t-${name}">${label}</label>${hint ? html`<p class="socle-hint" id="t-${name}-aide">${hint}</p>` : ''}<select
        id="t-${name}"
        name=${name}
        aria-describedby=${ifDefined(hint ? `t-${name}-aide` : undefined)}
        ?required=${required}
      >
        <option value="">Sélectionnez un département</option>
      </select></socle-departement-select
    >`,
  innerHtmlFirst: (el) => el.querySelector('select')!,
});

describe('socle-departement-select and socle-region-select', () => {
  it('list the départements with their codes, and only a région’s when asked', async () => {
    const all = await fixture<HTMLElement>(html`<socle-departement-select label="Département"></socle-departement-select>`);
    const options = await optionsOf(all);
    expect(options[0]).toEqual(['', 'Choisissez un département']);
    expect(options).toContainEqual(['2A', '2A – Corse-du-Sud']);
    expect(options).toContainEqual(['974', '974 – La Réunion']);
    expect(options).toHaveLength(102);
    const aquitaine = await fixture<HTMLElement>(html`<socle-departement-select label="Département" region="75"></socle-departement-select>`);
    await expect.poll(() => inner(aquitaine).options.length).toBe(13);
  });

  it('list the régions by name and submit the code', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><socle-region-select name="region" label="Région" value="84"></socle-region-select></form>`);
    const select = form.querySelector('socle-region-select')!;
    const options = await optionsOf(select);
    expect(options).toHaveLength(19);
    expect(options[1]).toEqual(['84', 'Auvergne-Rhône-Alpes']);
    expect(new FormData(form).get('region')).toBe('84');
    await expect.poll(() => inner(select).value).toBe('84');
  });
});
