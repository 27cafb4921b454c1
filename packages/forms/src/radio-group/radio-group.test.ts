import { fixture } from '@open-wc/testing-helpers/pure';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { accessibilityNode, axeViolations, deepActiveElement } from '../../../../test/browser/helpers.js';
import { nativeChoices, runFormControlConformance } from '../../../../test/conformance/form-control.js';
import './define.js';
import type { SocleRadioGroup } from './radio-group.js';

const radios = (el: HTMLElement) => Array.from(el.shadowRoot!.querySelectorAll('input'));
const focused = (el: HTMLElement) => el.shadowRoot!.activeElement as HTMLInputElement | null;

runFormControlConformance({
  tag: 'socle-radio-group',
  render: ({ name, label, hint, required, value }) =>
    html`<socle-radio-group name=${name} label=${label} hint=${ifDefined(hint)} ?required=${required} value=${ifDefined(value)}>
      <option value="cantine">Cantine scolaire</option>
      <option value="garderie">Garderie du soir</option>
      <option value="centre">Centre de loisirs</option>
    </socle-radio-group>`,
  // Focus lands on the first radio, or on the checked one: Space selects the first, Down from the last wraps to it.
  typeValue: () => userEvent.keyboard((deepActiveElement() as HTMLInputElement).checked ? '{ArrowDown}' : ' '),
  typedValue: 'cantine',
  defaultValue: 'centre',
  inner: (el) => radios(el).find((r) => r.checked) ?? radios(el)[0]!,
  named: (el) => el.shadowRoot!.querySelector('fieldset')!,
  role: 'radiogroup',
  native: nativeChoices('radio', [
    ['cantine', 'Cantine scolaire'],
    ['garderie', 'Garderie du soir'],
    ['centre', 'Centre de loisirs'],
  ]),
  renderHtmlFirst: ({ name, label, hint, required, value }) =>
    html`<socle-radio-group
      ><fieldset aria-describedby=${ifDefined(hint ? `r-${name}-aide` : undefined)}>
        <legend>${label}</legend>
        ${hint ? html`<p class="socle-hint" id="r-${name}-aide">${hint}</p>` : ''}
        ${[
          ['cantine', 'Cantine scolaire'],
          ['garderie', 'Garderie du soir'],
          ['centre', 'Centre de loisirs'],
        ].map(
          ([choice, text]) =>
            html`<div class="socle-option">
              <input type="radio" id="r-${name}-${choice}" name=${name} value=${choice!} ?required=${required} ?checked=${value === choice} /><label
                for="r-${name}-${choice}"
                >${text}</label
              >
            </div>`,
        )}
      </fieldset></socle-radio-group
    >`,
  innerHtmlFirst: (el) => {
    const inputs = Array.from(el.querySelectorAll('input'));
    return inputs.find((r) => r.checked) ?? inputs[0]!;
  },
  namedHtmlFirst: (el) => el.querySelector('fieldset')!,
});

async function render(template: ReturnType<typeof html>) {
  const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>${template}<button>Envoyer</button></form>`);
  const control = form.querySelector<SocleRadioGroup>('socle-radio-group')!;
  await control.updateComplete;
  return { form, control };
}

describe('socle-radio-group', () => {
  it('arrow keys move and select as native radios do, and Tab leaves the group', async () => {
    const { form, control } = await render(html`<socle-radio-group name="mode" label="Mode de contact">
      <option value="courriel">Courriel</option>
      <option value="telephone">Téléphone</option>
      <option value="courrier">Courrier postal</option>
    </socle-radio-group>`);
    control.focus();
    expect(focused(control)?.value).toBe('courriel');
    await userEvent.keyboard('{ArrowDown}');
    expect(focused(control)?.value).toBe('telephone');
    expect(new FormData(form).get('mode')).toBe('telephone');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(new FormData(form).get('mode')).toBe('courriel');
    await userEvent.keyboard('{ArrowUp}');
    expect(control.value).toBe('courrier');
    await userEvent.tab();
    expect(document.activeElement).toBe(form.querySelector('button'));
    // Back into the group, focus returns to the chosen radio.
    await userEvent.tab({ shift: true });
    expect(focused(control)?.value).toBe('courrier');
  });

  it('links each option to its own hint, and the tiles layout passes axe', async () => {
    const { control } = await render(html`<socle-radio-group name="f" label="Formule" layout="tiles" hint="Vous pourrez changer plus tard">
      <option value="a" data-hint="Du lundi au vendredi">Semaine complète</option>
      <option value="b" data-hint="Lundi, mardi, jeudi">Trois jours</option>
    </socle-radio-group>`);
    const node = await accessibilityNode(radios(control)[1]!);
    expect(node.name).toBe('Trois jours');
    expect(node.description).toBe('Lundi, mardi, jeudi');
    expect(await axeViolations(control)).toEqual([]);
  });

  it('required and unanswered: a French message, focus on the first radio', async () => {
    const { form, control } = await render(html`<socle-radio-group name="g" label="Avez-vous un enfant scolarisé ?" required layout="inline">
      <option value="oui">Oui</option><option value="non">Non</option>
    </socle-radio-group>`);
    form.requestSubmit();
    await control.updateComplete;
    expect(control.validationMessage).toBe('Sélectionnez une réponse à «\u202fAvez-vous un enfant scolarisé ?\u202f»');
    expect(focused(control)).toBe(radios(control)[0]);
  });

  it('submits the same entries as native radios: none when unanswered, one when answered, none again after a reset', async () => {
    const { form, control } = await render(html`<socle-radio-group name="contact" label="Contact"><option value="courriel">Courriel</option><option value="telephone">Téléphone</option></socle-radio-group>`);
    const native = await fixture<HTMLFormElement>(html`<form>
      <input type="radio" name="contact" value="courriel" /><input type="radio" name="contact" value="telephone" />
    </form>`);
    const entries = (f: HTMLFormElement) => [...new FormData(f)];
    expect(entries(form)).toEqual(entries(native));
    expect(entries(form)).toEqual([]);
    await userEvent.click(radios(control)[1]!);
    native.querySelectorAll('input')[1]!.checked = true;
    expect(entries(form)).toEqual(entries(native));
    form.reset();
    native.reset();
    await control.updateComplete;
    expect(entries(form)).toEqual(entries(native));
  });
});
