import { fixture } from '@open-wc/testing-helpers/pure';
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { accessibilityNode, axeViolations } from '../../../../test/browser/helpers.js';
import '../define.js';
import type { SocleForm, SocleSubmitEvent } from '../form/form.js';
import type { SocleTextField } from '../text-field/text-field.js';
import type { SocleButton } from './button.js';

/** A plain form whose submissions are recorded (with the data sent, read as a server would) and kept on the page. */
async function form(content: ReturnType<typeof html>) {
  const submitted: SubmitEvent[] = [];
  const sent: FormData[] = [];
  const el = await fixture<HTMLFormElement>(html`<form @submit=${(event: SubmitEvent) => {
    submitted.push(event);
    sent.push(new FormData(event.target as HTMLFormElement, event.submitter));
    event.preventDefault();
  }}>${content}</form>`);
  await Promise.all(Array.from(el.querySelectorAll<SocleButton>('*'), (child) => child.updateComplete));
  return { el, submitted, sent };
}

describe('socle-button', () => {
  it('is a button named by its text, submits its form with the mouse and with Enter, and passes axe', async () => {
    const { el, submitted } = await form(html`<socle-text-field name="nom" label="Nom"></socle-text-field><socle-button>Envoyer</socle-button>`);
    const button = el.querySelector('socle-button')!;
    const node = await accessibilityNode(button.shadowRoot!.querySelector('button')!);
    expect(node.role).toBe('button');
    expect(node.name).toBe('Envoyer');
    await userEvent.click(button);
    expect(submitted).toHaveLength(1);
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(submitted).toHaveLength(2);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('puts its name and value in the form data, so that two buttons tell two actions apart', async () => {
    const { el, submitted, sent } = await form(html`
      <socle-text-field name="nom" label="Nom" value="Martin"></socle-text-field>
      <socle-button name="action" value="brouillon" variant="secondary">Enregistrer le brouillon</socle-button>
      <socle-button name="action" value="envoi">Envoyer</socle-button>
    `);
    const [draft, send] = Array.from(el.querySelectorAll('socle-button'));
    await userEvent.click(send!);
    await userEvent.click(draft!);
    expect(submitted).toHaveLength(2);
    expect(sent.map((data) => data.get('action'))).toEqual(['envoi', 'brouillon']);
    expect(sent[0]!.get('nom')).toBe('Martin');
    // The native button it submitted through is gone: nothing is left in the form.
    expect(el.querySelectorAll('button')).toHaveLength(0);
    expect(new FormData(el).has('action')).toBe(false);
  });

  it('Enter in a field submits through the first button, with its name and value', async () => {
    const { el, submitted, sent } = await form(html`
      <socle-text-field name="nom" label="Nom"></socle-text-field>
      <socle-button name="action" value="envoi">Envoyer</socle-button>
    `);
    el.querySelector<SocleTextField>('socle-text-field')!.focus();
    await userEvent.keyboard('Lina{Enter}');
    expect(submitted).toHaveLength(1);
    expect(sent[0]!.get('action')).toBe('envoi');
    expect(sent[0]!.get('nom')).toBe('Lina');
  });

  it('carries formnovalidate and formaction over to the submission, as a native submit button does', async () => {
    const { el, submitted } = await form(html`
      <input name="obligatoire" required aria-label="Obligatoire" />
      <socle-button formnovalidate formaction="/brouillon" name="action" value="brouillon">Enregistrer</socle-button>
      <socle-button>Envoyer</socle-button>
    `);
    const [draft, send] = Array.from(el.querySelectorAll('socle-button'));
    send!.click();
    // The required native field blocks the ordinary submission…
    expect(submitted).toHaveLength(0);
    draft!.click();
    // …but not the one that skips validation, which goes to its own address.
    expect(submitted).toHaveLength(1);
    const submitter = submitted[0]!.submitter as HTMLButtonElement;
    expect(submitter.formNoValidate).toBe(true);
    expect(new URL(submitter.formAction).pathname).toBe('/brouillon');
  });

  it('type="reset" resets the form and type="button" submits nothing', async () => {
    const { el, submitted } = await form(html`
      <socle-text-field name="nom" label="Nom" value="Martin"></socle-text-field>
      <socle-button type="reset" variant="tertiary">Effacer</socle-button>
      <socle-button type="button" variant="secondary">Aide</socle-button>
    `);
    const field = el.querySelector<SocleTextField>('socle-text-field')!;
    field.value = 'Durand';
    await userEvent.click(el.querySelector('socle-button[type="button"]')!);
    expect(submitted).toHaveLength(0);
    await userEvent.click(el.querySelector('socle-button[type="reset"]')!);
    expect(field.value).toBe('Martin');
    expect(submitted).toHaveLength(0);
  });

  it('a disabled button submits nothing', async () => {
    const { el, submitted } = await form(html`<socle-button disabled name="action" value="envoi">Envoyer</socle-button>`);
    el.querySelector('socle-button')!.click();
    expect(submitted).toHaveLength(0);
  });

  it('in a json-mode socle-form, the action is in the JSON and the FormData', async () => {
    const engine = await fixture<SocleForm>(html`<socle-form mode="json"><form>
      <socle-text-field name="nom" label="Nom" value="Martin"></socle-text-field>
      <socle-button name="action" value="brouillon" variant="secondary">Enregistrer</socle-button>
      <socle-button name="action" value="envoi">Envoyer</socle-button>
    </form></socle-form>`);
    const events: SocleSubmitEvent[] = [];
    engine.addEventListener('socle-submit', (event) => events.push(event));
    const buttons = Array.from(engine.querySelectorAll('socle-button'));
    await Promise.all(buttons.map((button) => button.updateComplete));
    buttons[0]!.click();
    expect(events).toHaveLength(1);
    expect(events[0]!.detail.data).toEqual({ nom: 'Martin', action: 'brouillon' });
    expect(events[0]!.detail.formData.get('action')).toBe('brouillon');
  });
});
