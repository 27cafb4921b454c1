import { fixture } from '@open-wc/testing-helpers/pure';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { runFormControlConformance } from '../../../../test/conformance/form-control.js';
import './define.js';
import type { SocleTextField } from './text-field.js';

const innerInput = (el: HTMLElement) => el.shadowRoot!.querySelector('input')!;

runFormControlConformance({
  tag: 'socle-text-field',
  render: ({ name, label, hint, required, value }) =>
    html`<socle-text-field name=${name} label=${label} hint=${ifDefined(hint)} ?required=${required} value=${ifDefined(value)}></socle-text-field>`,
  typeValue: () => userEvent.keyboard('Dupont'),
  typedValue: 'Dupont',
  defaultValue: 'Martin',
  inner: innerInput,
  role: 'textbox',
});

describe('socle-text-field', () => {
  it('is registered and renders its label', async () => {
    const el = await fixture<SocleTextField>(html`<socle-text-field label="Prénom"></socle-text-field>`);
    expect(el).toBeInstanceOf(customElements.get('socle-text-field')!);
    expect(el.shadowRoot!.querySelector('label')!.textContent).toContain('Prénom');
  });
});
