import { fixture } from '@open-wc/testing-helpers/pure';
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { accessibilityNode, axeViolations, nextFrames } from '../../../../test/browser/helpers.js';
import '../define.js';
import type { SocleForm } from '../form/form.js';
import type { SocleFieldset } from './fieldset.js';

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
