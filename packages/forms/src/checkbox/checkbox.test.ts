import { fixture } from '@open-wc/testing-helpers/pure';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { runFormControlConformance } from '../../../../test/conformance/form-control.js';
import './define.js';
import type { SocleCheckbox } from './checkbox.js';

const inner = (el: HTMLElement) => el.shadowRoot!.querySelector('input')!;

runFormControlConformance({
  tag: 'socle-checkbox',
  // The suite's "default value" is the ticked state here.
  render: ({ name, label, hint, required, value }) =>
    html`<socle-checkbox name=${name} label=${label} hint=${ifDefined(hint)} ?required=${required} ?checked=${value !== undefined}></socle-checkbox>`,
  typeValue: () => userEvent.keyboard(' '),
  typedValue: 'on',
  defaultValue: 'on',
  inner,
  role: 'checkbox',
  native: { render: ({ name, label }) => html`<input type="checkbox" id="natif" name=${name} /><label for="natif">${label}</label>` },
  // Chromium does not expose `required` for this native role (it keeps the native `required` attribute).
  requiredInTree: false,
  renderHtmlFirst: ({ name, label, hint, required, value }) =>
    html`<socle-checkbox
      ><input
        type="checkbox"
        id="c-${name}"
        name=${name}
        aria-describedby=${ifDefined(hint ? `c-${name}-aide` : undefined)}
        ?required=${required}
        ?checked=${value !== undefined}
      /><label for="c-${name}">${label}</label>${hint ? html`<p class="socle-hint" id="c-${name}-aide">${hint}</p>` : ''}</socle-checkbox
    >`,
});

describe('socle-checkbox', () => {
  it('submits its value when ticked, nothing when not, and says what is missing', async () => {
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
      <socle-checkbox name="accord" value="oui" label="J’accepte les conditions" required></socle-checkbox>
    </form>`);
    const box = form.querySelector<SocleCheckbox>('socle-checkbox')!;
    await box.updateComplete;
    expect(new FormData(form).has('accord')).toBe(false);
    form.requestSubmit();
    await box.updateComplete;
    expect(box.validationMessage).toBe('Cochez la case «\u202fJ’accepte les conditions\u202f»');
    await userEvent.click(box.shadowRoot!.querySelector('label')!);
    expect(box.checked).toBe(true);
    expect(new FormData(form).get('accord')).toBe('oui');
    expect(box.checkValidity()).toBe(true);
  });
});
