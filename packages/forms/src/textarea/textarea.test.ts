import { fixture } from '@open-wc/testing-helpers/pure';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { accessibilityNode } from '../../../../test/browser/helpers.js';
import { runFormControlConformance } from '../../../../test/conformance/form-control.js';
import './define.js';
import type { SocleTextarea } from './textarea.js';

const inner = (el: HTMLElement) => el.shadowRoot!.querySelector('textarea')!;

runFormControlConformance({
  tag: 'socle-textarea',
  render: ({ name, label, hint, required, value }) =>
    html`<socle-textarea name=${name} label=${label} hint=${ifDefined(hint)} ?required=${required} value=${ifDefined(value)}></socle-textarea>`,
  typeValue: () => userEvent.keyboard('Ligne un{Enter}ligne deux'),
  typedValue: 'Ligne un\nligne deux',
  defaultValue: 'Texte initial',
  inner,
  role: 'textbox',
  native: { render: ({ name, label }) => html`<label for="natif">${label}</label><textarea id="natif" name=${name}></textarea>` },
  enterSubmits: false,
  renderHtmlFirst: ({ name, label, hint, required, value }) =>
    html`<socle-textarea
      ><label for="z-${name}">${label}</label>${hint ? html`<p class="socle-hint" id="z-${name}-aide">${hint}</p>` : ''}<textarea
        id="z-${name}"
        name=${name}
        rows="5"
        aria-describedby=${ifDefined(hint ? `z-${name}-aide` : undefined)}
        ?required=${required}
        .defaultValue=${value ?? ''}
      ></textarea
    ></socle-textarea>`,
});

async function render(template: ReturnType<typeof html>) {
  const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>${template}<button>Envoyer</button></form>`);
  const control = form.querySelector<SocleTextarea>('socle-textarea')!;
  await control.updateComplete;
  return { form, control };
}

describe('socle-textarea: character count', () => {
  it('shows the remaining count as the person types and announces it once they pause', async () => {
    const { control } = await render(html`<socle-textarea name="motif" label="Motif" maxlength="20" count></socle-textarea>`);
    const count = () => control.shadowRoot!.querySelector('[part="count-text"]')!.textContent.trim();
    const live = () => control.shadowRoot!.querySelector('[aria-live="polite"]:not(#error)')!.textContent.trim();
    expect(count()).toBe('Il vous reste 20 caractères');
    control.focus();
    await userEvent.keyboard('Bonjour');
    await control.updateComplete;
    expect(count()).toBe('Il vous reste 13 caractères');
    // Not announced at every keystroke…
    expect(live()).toBe('');
    // …but once the person pauses.
    await expect.poll(live, { timeout: 3000 }).toBe('Il vous reste 13 caractères');
    const node = await accessibilityNode(inner(control));
    expect(node.description).toContain('Vous pouvez saisir jusqu’à 20 caractères');
  });

  it('never truncates: over the limit, the text stays whole and the error says so', async () => {
    const { form, control } = await render(html`<socle-textarea name="motif" label="Motif" maxlength="5" count></socle-textarea>`);
    control.focus();
    await userEvent.keyboard('Bonjour');
    await control.updateComplete;
    expect(control.value).toBe('Bonjour');
    expect(control.shadowRoot!.querySelector('[part="count-text"]')!.textContent.trim()).toBe('Vous avez 2 caractères en trop');
    form.requestSubmit();
    await control.updateComplete;
    expect(control.validationMessage).toBe('«\u202fMotif\u202f» doit contenir au plus 5 caractères (actuellement 7)');
    expect(new FormData(form).get('motif')).toBe('Bonjour');
  });
});
