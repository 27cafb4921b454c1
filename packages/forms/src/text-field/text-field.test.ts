import { fixture } from '@open-wc/testing-helpers/pure';
import { resetMessages, setMessages, type Validator } from '@socle/core';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { accessibilityNode, nextFrames } from '../../../../test/browser/helpers.js';
import { nativeTextInput, runFormControlConformance } from '../../../../test/conformance/form-control.js';
import './define.js';
import type { SocleTextField } from './text-field.js';

const innerInput = (el: HTMLElement) => el.shadowRoot!.querySelector('input')!;
const shownError = (el: HTMLElement) => el.shadowRoot!.querySelector('[part~="error-text"]')!.textContent.trim();

runFormControlConformance({
  tag: 'socle-text-field',
  render: ({ name, label, hint, required, value }) =>
    html`<socle-text-field name=${name} label=${label} hint=${ifDefined(hint)} ?required=${required} value=${ifDefined(value)}></socle-text-field>`,
  typeValue: () => userEvent.keyboard('Dupont'),
  typedValue: 'Dupont',
  defaultValue: 'Martin',
  inner: innerInput,
  role: 'textbox',
  native: nativeTextInput(),
  renderHtmlFirst: ({ name, label, hint, required, value }) =>
    html`<socle-text-field
      ><label for="t-${name}">${label}</label>${hint ? html`<p class="socle-hint" id="t-${name}-aide">${hint}</p>` : ''}<input
        id="t-${name}"
        name=${name}
        aria-describedby=${ifDefined(hint ? `t-${name}-aide` : undefined)}
        ?required=${required}
        value=${ifDefined(value)}
    /></socle-text-field>`,
});

/** A form with a field to type in and a button after it, so Tab can leave the field. */
async function form(field: ReturnType<typeof html>) {
  const el = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>${field}<button>Envoyer</button></form>`);
  const control = el.querySelector<SocleTextField>('socle-text-field')!;
  await control.updateComplete;
  return { form: el, control };
}

async function typeInto(control: SocleTextField, text: string) {
  control.focus();
  await userEvent.keyboard(text);
  await control.updateComplete;
}

describe('socle-text-field: when errors show', () => {
  it('does not show an error while the person types their first characters, but once they leave the field', async () => {
    const { control } = await form(html`<socle-text-field name="nom" label="Nom" minlength="3"></socle-text-field>`);
    await typeInto(control, 'D');
    expect(control.checkValidity()).toBe(false);
    expect(shownError(control)).toBe('');
    expect(innerInput(control).getAttribute('aria-invalid')).toBe('false');
    expect(control.matches(':state(user-invalid)')).toBe(false);
    await userEvent.tab();
    await control.updateComplete;
    expect(shownError(control)).toContain('«\u202fNom\u202f» doit contenir au moins 3 caractères (actuellement 1)');
    expect(innerInput(control).getAttribute('aria-invalid')).toBe('true');
    expect(control.matches(':state(user-invalid)')).toBe(true);
    expect(control.matches(':state(touched)')).toBe(true);
    expect(control.matches(':state(dirty)')).toBe(true);
  });

  it('clears the error as soon as the value is fixed, while typing', async () => {
    const { control } = await form(html`<socle-text-field name="nom" label="Nom" minlength="3"></socle-text-field>`);
    await typeInto(control, 'Du');
    await userEvent.tab();
    await control.updateComplete;
    expect(shownError(control)).not.toBe('');
    // Focusing a field selects its text, as Tab does for native inputs: go to the end first.
    await typeInto(control, '{End}p');
    expect(control.value).toBe('Dup');
    expect(shownError(control)).toBe('');
    expect(control.matches(':state(user-valid)')).toBe(true);
    expect(control.matches(':state(user-invalid)')).toBe(false);
  });

  it('leaves an untouched required field silent when the person only tabs through it', async () => {
    const { control } = await form(html`<socle-text-field name="nom" label="Nom" required></socle-text-field>`);
    control.focus();
    await userEvent.tab();
    await control.updateComplete;
    expect(control.matches(':state(touched)')).toBe(true);
    expect(shownError(control)).toBe('');
  });

  it('keeps everything typed beyond maxlength (even pasted) and says so, instead of truncating', async () => {
    const { control } = await form(html`<socle-text-field name="ville" label="Ville" maxlength="5"></socle-text-field>`);
    await typeInto(control, 'Montpellier');
    expect(control.value).toBe('Montpellier');
    await userEvent.tab();
    await control.updateComplete;
    expect(shownError(control)).toContain('au plus 5 caractères (actuellement 11)');
  });
});

describe('socle-text-field: messages', () => {
  const cases: [string, ReturnType<typeof html>, string, string][] = [
    ['required', html`<socle-text-field label="Nom" required></socle-text-field>`, '', 'Renseignez le champ «\u202fNom\u202f»'],
    ['email', html`<socle-text-field label="Courriel" type="email"></socle-text-field>`, 'nom@', 'Saisissez une adresse électronique valide'],
    ['url', html`<socle-text-field label="Site" type="url"></socle-text-field>`, 'mairie.fr', 'commençant par https://'],
    ['pattern', html`<socle-text-field label="Code postal" pattern="[0-9]{5}"></socle-text-field>`, '7500', '«\u202fCode postal\u202f» n’est pas au bon format'],
    ['min', html`<socle-text-field label="Âge" type="number" min="18"></socle-text-field>`, '12', '«\u202fÂge\u202f» doit être supérieur ou égal à 18'],
    ['max', html`<socle-text-field label="Âge" type="number" max="120"></socle-text-field>`, '130', '«\u202fÂge\u202f» doit être inférieur ou égal à 120'],
    ['step', html`<socle-text-field label="Quantité" type="number" step="5"></socle-text-field>`, '12', 'multiple de 5, par exemple 10 ou 15'],
  ];
  for (const [name, template, typed, expected] of cases) {
    it(`says what to do in French for ${name}, whatever the browser's language`, async () => {
      const { form: f, control } = await form(template);
      if (typed) await typeInto(control, typed);
      f.requestSubmit();
      await control.updateComplete;
      expect(control.validationMessage).toContain(expected);
      expect(shownError(control)).toContain(expected);
    });
  }

  it('follows the nearest lang attribute, and changes language when it changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><socle-text-field label="Name" required></socle-text-field></div>`);
    const control = wrapper.querySelector('socle-text-field')!;
    await control.updateComplete;
    expect(control.locale).toBe('en');
    expect(control.validationMessage).toBe('Enter “Name”');
    wrapper.setAttribute('lang', 'fr-FR');
    await nextFrames();
    expect(control.locale).toBe('fr');
    expect(control.validationMessage).toBe('Renseignez le champ «\u202fName\u202f»');
  });

  it('takes per-field messages from the messages attribute, and global overrides from setMessages', async () => {
    const { form: f, control } = await form(
      html`<socle-text-field label="Nom de famille" required messages='{"required": "Saisissez votre nom de famille"}'></socle-text-field>`,
    );
    f.requestSubmit();
    await control.updateComplete;
    expect(shownError(control)).toContain('Saisissez votre nom de famille');
    setMessages('fr', { required: 'Indiquez {label}, s’il vous plaît' });
    control.messages = {};
    await control.updateComplete;
    expect(shownError(control)).toContain('Indiquez Nom de famille, s’il vous plaît');
  });

  it('a text set with setMessages after the field is in the page reaches its validationMessage too', async () => {
    const { control } = await form(html`<socle-text-field label="Commune" required></socle-text-field>`);
    expect(control.validationMessage).toBe('Renseignez le champ «\u202fCommune\u202f»');
    setMessages('fr', { required: 'Le champ «\u202f{label}\u202f» est à remplir' });
    try {
      expect(control.validationMessage).toBe('Le champ «\u202fCommune\u202f» est à remplir');
    } finally {
      resetMessages();
    }
    expect(control.validationMessage).toBe('Renseignez le champ «\u202fCommune\u202f»');
  });

  it('setCustomValidity makes it invalid with that message, and an empty message clears it', async () => {
    const { form: f, control } = await form(html`<socle-text-field name="nom" label="Nom" value="Dupont"></socle-text-field>`);
    control.setCustomValidity('Ce nom est déjà inscrit');
    expect(control.validity.customError).toBe(true);
    f.requestSubmit();
    await control.updateComplete;
    expect(shownError(control)).toContain('Ce nom est déjà inscrit');
    control.setCustomValidity('');
    await control.updateComplete;
    expect(control.checkValidity()).toBe(true);
    expect(shownError(control)).toBe('');
  });
});

describe('socle-text-field: errors from the server', () => {
  it('shows the error attribute at once, and drops it when the person changes the value', async () => {
    const { control } = await form(
      html`<socle-text-field name="siret" label="SIRET" value="123" error="Ce SIRET n’est pas celui de votre association"></socle-text-field>`,
    );
    expect(control.checkValidity()).toBe(false);
    expect(shownError(control)).toContain('Ce SIRET n’est pas celui de votre association');
    expect(innerInput(control).getAttribute('aria-invalid')).toBe('true');
    await typeInto(control, '{End}4');
    expect(control.error).toBe('');
    expect(control.checkValidity()).toBe(true);
    expect(shownError(control)).toBe('');
    expect(control.value).toBe('1234');
  });
});

describe('socle-text-field: validators', () => {
  it('runs a sync validator after the native constraints, and re-runs when the validators change', async () => {
    const { control } = await form(html`<socle-text-field name="code" label="Code"></socle-text-field>`);
    const notEqual = (forbidden: string): Validator => ({
      name: 'not-equal',
      validate: (value) => (value === forbidden ? { key: 'custom', message: `« ${forbidden} » n’est pas accepté` } : null),
    });
    control.value = 'ABC';
    control.validators = [notEqual('ABC')];
    expect(control.checkValidity()).toBe(false);
    expect(control.validationMessage).toBe('« ABC » n’est pas accepté');
    control.validators = [notEqual('XYZ')];
    expect(control.checkValidity()).toBe(true);
  });

  it('shows a pending state for async validators and ignores stale results', async () => {
    const { control } = await form(html`<socle-text-field name="identifiant" label="Identifiant"></socle-text-field>`);
    const resolvers = new Map<string, (taken: boolean) => void>();
    control.validators = [
      {
        name: 'available',
        validate: (value) =>
          new Promise((resolve) => resolvers.set(value, (taken) => resolve(taken ? { key: 'custom', message: 'Identifiant déjà pris' } : null))),
      },
    ];
    control.value = 'alice';
    expect(control.matches(':state(pending)')).toBe(true);
    expect(control.checkValidity()).toBe(false);
    control.value = 'bob';
    resolvers.get('bob')!(false);
    await nextFrames();
    expect(control.matches(':state(pending)')).toBe(false);
    expect(control.checkValidity()).toBe(true);
    // The older request answers last: its verdict is for a value no longer there.
    resolvers.get('alice')!(true);
    await nextFrames();
    expect(control.checkValidity()).toBe(true);
    // Re-validating for another reason does not call the server again.
    const calls = resolvers.size;
    control.label = 'Identifiant de connexion';
    await control.updateComplete;
    expect(resolvers.size).toBe(calls);
  });
});

describe('socle-text-field: native behaviour', () => {
  it('fires input at each keystroke and change when the person leaves, from the host', async () => {
    const { control } = await form(html`<socle-text-field name="nom" label="Nom"></socle-text-field>`);
    const seen: string[] = [];
    control.addEventListener('input', (e) => seen.push(`input:${(e.target as SocleTextField).value}`));
    control.addEventListener('change', (e) => seen.push(`change:${(e.target as SocleTextField).value}`));
    await typeInto(control, 'Li');
    await userEvent.tab();
    expect(seen).toEqual(['input:L', 'input:Li', 'change:Li']);
  });

  it('forwards name, type, autocomplete, inputmode and spellcheck to the inner input', async () => {
    const { control } = await form(
      html`<socle-text-field name="tel" label="Téléphone" type="tel" autocomplete="tel" inputmode="tel" spellcheck="false"></socle-text-field>`,
    );
    const input = innerInput(control);
    expect(input.name).toBe('tel');
    expect(input.type).toBe('tel');
    expect(input.autocomplete).toBe('tel');
    expect(input.inputMode).toBe('tel');
    expect(input.spellcheck).toBe(false);
  });

  it('updates the forwarded attributes when they change, and gives min, max and step to numbers only', async () => {
    const { control } = await form(html`<socle-text-field name="n" label="Nombre" min="1" max="9" placeholder="3"></socle-text-field>`);
    const input = innerInput(control);
    expect(input.hasAttribute('min')).toBe(false);
    expect(input.placeholder).toBe('3');
    control.type = 'number';
    await control.updateComplete;
    expect([input.min, input.max]).toEqual(['1', '9']);
    control.removeAttribute('placeholder');
    control.spellcheck = false;
    control.autocomplete = 'off';
    await control.updateComplete;
    expect(input.hasAttribute('placeholder')).toBe(false);
    expect(input.getAttribute('spellcheck')).toBe('false');
    expect(input.autocomplete).toBe('off');
    control.spellcheck = true;
    await control.updateComplete;
    expect(input.hasAttribute('spellcheck')).toBe(false);
  });

  it('is submitted but neither editable nor validated when readonly', async () => {
    const { form: f, control } = await form(html`<socle-text-field name="ref" label="Référence" readonly required></socle-text-field>`);
    expect(control.willValidate).toBe(false);
    expect(control.checkValidity()).toBe(true);
    control.value = 'REF-42';
    await control.updateComplete;
    await typeInto(control, 'x');
    expect(control.value).toBe('REF-42');
    expect(new FormData(f).get('ref')).toBe('REF-42');
  });

  it('follows its value attribute until the value is changed, like input', async () => {
    const { control } = await form(html`<socle-text-field name="nom" label="Nom" value="A"></socle-text-field>`);
    control.setAttribute('value', 'B');
    expect(control.value).toBe('B');
    control.value = 'C';
    control.setAttribute('value', 'D');
    expect(control.value).toBe('C');
    expect(control.defaultValue).toBe('D');
  });

  it('restores a value saved by the browser (back/forward cache, autofill)', async () => {
    const { form: f, control } = await form(html`<socle-text-field name="nom" label="Nom"></socle-text-field>`);
    control.formStateRestoreCallback('Durand');
    await control.updateComplete;
    expect(control.value).toBe('Durand');
    expect(innerInput(control).value).toBe('Durand');
    expect(new FormData(f).get('nom')).toBe('Durand');
  });

  it('reports non-numbers in a number field', async () => {
    const { form: f, control } = await form(html`<socle-text-field name="n" label="Nombre d’enfants" type="number"></socle-text-field>`);
    await typeInto(control, '1e');
    f.requestSubmit();
    await control.updateComplete;
    expect(control.validity.badInput).toBe(true);
    expect(shownError(control)).toContain('Saisissez un nombre');
  });

  it('is labelled by its label slot, without the required mark, and says nothing of a missing hint', async () => {
    const { control } = await form(
      html`<socle-text-field name="nom" required><span slot="label">Nom <em>d’usage</em></span></socle-text-field>`,
    );
    const input = innerInput(control);
    expect(input.hasAttribute('aria-describedby')).toBe(false);
    const node = await accessibilityNode(input);
    expect(node.name).toBe('Nom d’usage');
    expect(control.validationMessage).toBe('Renseignez le champ «\u202fNom d’usage\u202f»');
    // A hint slotted later (a framework rendering it after) is shown and linked.
    const hint = document.createElement('span');
    hint.slot = 'hint';
    hint.textContent = 'Si vous en avez un';
    control.append(hint);
    await new Promise((resolve) => setTimeout(resolve));
    await control.updateComplete;
    expect(input.getAttribute('aria-describedby')).toBe('hint');
    expect((await accessibilityNode(input)).description).toBe('Si vous en avez un');
  });

  it('is associated with an outer <label for>', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><label for="f">Externe</label><socle-text-field id="f" label="Nom"></socle-text-field></div>`);
    const control = wrapper.querySelector('socle-text-field')!;
    expect(control.labels).toHaveLength(1);
  });
});

describe('socle-text-field: width of a short answer (size)', () => {
  const widthOf = (field: SocleTextField) => field.shadowRoot!.querySelector('input')!.getBoundingClientRect().width;

  it('size gives the input a width in characters; without it the input takes the whole width', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px">
      <socle-text-field label="Code postal" size="5"></socle-text-field>
      <socle-text-field label="Nom"></socle-text-field>
    </div>`);
    const [short, full] = Array.from(wrapper.querySelectorAll<SocleTextField>('socle-text-field'));
    await nextFrames();
    expect(short!.shadowRoot!.querySelector('input')!.size).toBe(5);
    expect(widthOf(short!)).toBeGreaterThan(40);
    expect(widthOf(short!)).toBeLessThan(150);
    expect(widthOf(full!)).toBe(600);
  });

  it('never wider than its container, and gone once the attribute is removed', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 120px"><socle-text-field label="Référence" size="40"></socle-text-field></div>`);
    const field = wrapper.querySelector<SocleTextField>('socle-text-field')!;
    await nextFrames();
    expect(widthOf(field)).toBeLessThanOrEqual(120);
    field.removeAttribute('size');
    await field.updateComplete;
    expect(field.shadowRoot!.querySelector('input')!.hasAttribute('size')).toBe(false);
  });
});
