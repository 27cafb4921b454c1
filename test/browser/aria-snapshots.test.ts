/**
 * What a screen reader is given, written down: the accessibility tree of the commune combobox (closed,
 * open, an option active), of the error summary and of « Vérifier vos réponses », compared with the
 * snapshots beside this file. A change in what is heard fails here until the snapshot is deliberately
 * updated (`npx vitest run --project browser test/browser/aria-snapshots.test.ts -u`), and reviewed.
 */
import { fixture } from '@open-wc/testing-helpers/pure';
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '@socle/forms/define';
import '@socle/referentiels/commune-field';
import { comboInput, proposals } from './combobox-helpers.js';
import { accessibilityNode, nextFrames } from './helpers.js';

const STATES = ['required', 'invalid', 'expanded', 'autocomplete', 'hasPopup'];

/**
 * What a screen reader gives on reaching `control`, from Chromium's tree: role, name, value, description,
 * states, the active option; the ARIA snapshot format leaves descriptions and these states out.
 */
async function heard(control: Element): Promise<string> {
  const node = await accessibilityNode(control);
  const states = STATES.filter((state) => state in node.properties).map((state) => `${state}=${String(node.properties[state])}`);
  const activeId = control.getAttribute('aria-activedescendant');
  const active = activeId ? (control.getRootNode() as ShadowRoot | Document).getElementById(activeId) : null;
  const activeNode = active ? await accessibilityNode(active) : undefined;
  return [
    `${node.role} "${node.name}"`,
    node.value ? `value: ${node.value}` : '',
    node.description ? `description: ${node.description}` : '',
    states.length > 0 ? `states: ${states.join(', ')}` : '',
    activeNode ? `active: ${activeNode.role} "${activeNode.name}"` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

describe('ARIA snapshots', () => {
  it('the commune combobox: closed, open with its count, an option active', async () => {
    const field = await fixture<HTMLElement>(
      html`<socle-commune-field name="commune" label="Commune de naissance" hint="Tapez les premières lettres" required></socle-commune-field>`,
    );
    const view = page.elementLocator(field);
    const input = comboInput(field);
    const status = () => field.shadowRoot!.querySelector('[role="status"]')!.textContent.trim();
    await expect.element(view).toMatchAriaSnapshot();
    expect(await heard(input)).toMatchSnapshot();
    input.focus();
    await userEvent.keyboard('bordeau');
    await proposals(field);
    // The count is announced once the list has settled.
    await expect.poll(status, { timeout: 5000 }).not.toBe('');
    await expect.element(view).toMatchAriaSnapshot();
    expect(`${await heard(input)}\nannounced: ${status()}`).toMatchSnapshot();
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(view).toMatchAriaSnapshot();
    expect(await heard(input)).toMatchSnapshot();
  });

  it('the commune combobox, required and left empty: invalid, with its message', async () => {
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(event: Event) => event.preventDefault()}>
      <socle-commune-field name="commune" label="Commune de naissance" required></socle-commune-field>
    </form>`);
    const field = form.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('socle-commune-field')!;
    await field.updateComplete;
    form.requestSubmit();
    await field.updateComplete;
    expect(await heard(comboInput(field))).toMatchSnapshot();
  });

  it('the error summary of a blocked submission', async () => {
    const engine = await fixture<HTMLElement & { ready: Promise<void> }>(html`<socle-form
      ><form @submit=${(event: Event) => event.preventDefault()}>
        <socle-text-field name="nom" label="Nom de famille" required></socle-text-field>
        <socle-email-field name="courriel" label="Adresse électronique" required></socle-email-field>
        <socle-button type="submit">Envoyer</socle-button>
      </form></socle-form
    >`);
    await engine.ready;
    engine.querySelector('form')!.requestSubmit();
    await nextFrames();
    const summary = engine.shadowRoot!.querySelector<HTMLElement>('[part="error-summary"]')!;
    await expect.element(page.elementLocator(summary)).toMatchAriaSnapshot();
  });

  it('« Vérifier vos réponses »: each answer with its « Modifier »', async () => {
    const engine = await fixture<HTMLElement & { ready: Promise<void> }>(html`<socle-form
      ><form @submit=${(event: Event) => event.preventDefault()}>
        <socle-step heading="Vos coordonnées">
          <socle-text-field name="nom" label="Nom de famille" value="Martin"></socle-text-field>
          <socle-radio-group name="contact" label="Comment vous joindre ?" value="courriel">
            <option value="courriel">Par courriel</option>
            <option value="telephone">Par téléphone</option>
          </socle-radio-group>
        </socle-step>
        <socle-step heading="Vérifier vos réponses" review></socle-step>
      </form></socle-form
    >`);
    await engine.ready;
    const [first, review] = engine.querySelectorAll('socle-step');
    const next = Array.from(first!.shadowRoot!.querySelectorAll('button')).find((button) => button.textContent.trim() === 'Continuer')!;
    await userEvent.click(next);
    await nextFrames();
    expect(review!.hidden).toBe(false);
    await expect.element(page.elementLocator(review!)).toMatchAriaSnapshot();
  });
});
