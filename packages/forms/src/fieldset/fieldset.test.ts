import { fixture } from '@open-wc/testing-helpers/pure';
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { accessibilityNode, axeViolations, nextFrames } from '../../../../test/browser/helpers.js';
import '../define.js';
import type { SocleForm } from '../form/form.js';
import type { SocleFieldset } from './fieldset.js';
import type { SocleCheckbox } from '../checkbox/checkbox.js';
import type { SocleTextField } from '../text-field/text-field.js';

describe('socle-fieldset', () => {
  it('is a group named by its legend, described by its hint and by its error', async () => {
    const engine = await fixture<SocleForm>(html`<socle-form><form>
      <socle-fieldset name="contact" legend="Comment vous joindre ?" hint="Au moins un moyen">
        <socle-text-field name="tel" label="Téléphone" type="tel"></socle-text-field>
        <socle-text-field name="courriel" label="Courriel" type="email"></socle-text-field>
      </socle-fieldset>
    </form></socle-form>`);
    const group = engine.querySelector<SocleFieldset>('socle-fieldset')!;
    await group.updateComplete;
    const fieldset = () => group.shadowRoot!.querySelector('fieldset')!;
    let node = await accessibilityNode(fieldset());
    expect(node.role).toBe('group');
    expect(node.name).toBe('Comment vous joindre ?');
    expect(node.description).toBe('Au moins un moyen');

    engine.setErrors({ contact: 'Indiquez un téléphone ou un courriel' });
    await engine.updateComplete;
    await group.updateComplete;
    node = await accessibilityNode(fieldset());
    expect(node.description).toContain('Indiquez un téléphone ou un courriel');
    expect(await axeViolations(engine)).toEqual([]);
    // The summary's link goes to the group's first field.
    engine.shadowRoot!.querySelector<HTMLAnchorElement>('[part="error-summary"] a')!.click();
    await nextFrames();
    expect(document.activeElement).toBe(engine.querySelector('[name="tel"]'));
  });
});

describe('socle-fieldset disabled', () => {
  it('disables every field of the group, as a native disabled fieldset does, and gives them back', async () => {
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(event: Event) => event.preventDefault()}>
      <socle-fieldset legend="Votre conjoint" disabled>
        <socle-text-field name="conjoint" label="Nom du conjoint" required value="Martin"></socle-text-field>
        <input name="natif" aria-label="Natif" value="oui" />
        <socle-checkbox name="verrou" label="Déjà désactivé" disabled checked></socle-checkbox>
      </socle-fieldset>
      <socle-text-field name="nom" label="Nom" value="Durand"></socle-text-field>
    </form>`);
    const group = form.querySelector<SocleFieldset>('socle-fieldset')!;
    const field = form.querySelector<SocleTextField>('[name="conjoint"]')!;
    await group.updateComplete;
    await field.updateComplete;
    // Neither submitted nor validated: the required field does not block the form.
    expect(Array.from(new FormData(form).keys())).toEqual(['nom']);
    expect(form.checkValidity()).toBe(true);
    expect(field.matches(':disabled')).toBe(true);
    expect(field.shadowRoot!.querySelector('input')!.disabled).toBe(true);
    // What assistive technologies are told: the field is disabled.
    expect((await accessibilityNode(field.shadowRoot!.querySelector('input')!)).properties.disabled).toBe(true);

    group.disabled = false;
    await group.updateComplete;
    expect(Array.from(new FormData(form).keys())).toEqual(['conjoint', 'natif', 'nom']);
    // The box its author disabled stays disabled.
    expect(form.querySelector<SocleCheckbox>('[name="verrou"]')!.disabled).toBe(true);
    expect(field.matches(':disabled')).toBe(false);
    expect(await axeViolations(form)).toEqual([]);
  });

  it('disables a field added while the group is disabled', async () => {
    const group = await fixture<SocleFieldset>(html`<socle-fieldset legend="Enfants" disabled></socle-fieldset>`);
    await group.updateComplete;
    const added = document.createElement('socle-text-field');
    added.setAttribute('label', 'Prénom');
    group.append(added);
    await nextFrames();
    expect(added.disabled).toBe(true);
    group.disabled = false;
    await group.updateComplete;
    expect(added.disabled).toBe(false);
  });

  it('still disables fields added after the group was moved in the page', async () => {
    const group = await fixture<SocleFieldset>(html`<socle-fieldset legend="Enfants" disabled></socle-fieldset>`);
    await group.updateComplete;
    const parent = group.parentElement!;
    group.remove();
    parent.append(group);
    const added = document.createElement('socle-text-field');
    added.setAttribute('label', 'Prénom');
    group.append(added);
    await nextFrames();
    expect(added.disabled).toBe(true);
  });

  it('does not give back a field that a show-when still hides', async () => {
    const engine = await fixture<SocleForm>(html`<socle-form><form>
      <socle-checkbox name="conjoint" label="J’ai un conjoint"></socle-checkbox>
      <socle-fieldset legend="Votre conjoint" disabled>
        <div show-when="conjoint"><socle-text-field name="nom-conjoint" label="Nom du conjoint"></socle-text-field></div>
      </socle-fieldset>
    </form></socle-form>`);
    const group = engine.querySelector<SocleFieldset>('socle-fieldset')!;
    const field = engine.querySelector<SocleTextField>('[name="nom-conjoint"]')!;
    await engine.updateComplete;
    await group.updateComplete;
    expect(field.closest('[show-when]')!.hasAttribute('hidden')).toBe(true);
    group.disabled = false;
    await group.updateComplete;
    // Still hidden, so still disabled; shown, it is enabled.
    expect(field.disabled).toBe(true);
    await userEvent.click(engine.querySelector('socle-checkbox')!);
    await engine.updateComplete;
    expect(field.closest('[show-when]')!.hasAttribute('hidden')).toBe(false);
    expect(field.disabled).toBe(false);
  });
});
