import { fixture } from '@open-wc/testing-helpers/pure';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { nativeTextInput, runFormControlConformance } from '../../../../test/conformance/form-control.js';
import { accessibilityNode, axeViolations } from '../../../../test/browser/helpers.js';
import { comboInput, proposals, typeAndChooseFirst, typeAndWait } from '../../../../test/browser/combobox-helpers.js';
import { applyFields, collectFields } from '@socle/forms';
import './define.js';
import { SocleCommuneField } from './commune-field.js';

runFormControlConformance({
  tag: 'socle-commune-field',
  render: ({ name, label, hint, required, value }) =>
    html`<socle-commune-field name=${name} label=${label} hint=${ifDefined(hint)} ?required=${required} value=${ifDefined(value)}></socle-commune-field>`,
  typeValue: () => typeAndChooseFirst('bordeaux'),
  typedValue: '33063',
  defaultValue: '75056',
  inner: comboInput,
  role: 'combobox',
  native: nativeTextInput(true),
  renderHtmlFirst: ({ name, label, hint, required, value }) =>
    html`<socle-commune-field value=${ifDefined(value)}
      ><label for="k-${name}">${label}</label>${hint ? html`<p class="socle-hint" id="k-${name}-aide">${hint}</p>` : ''}<input
        id="k-${name}"
        name=${name}
        aria-describedby=${ifDefined(hint ? `k-${name}-aide` : undefined)}
        ?required=${required}
    /></socle-commune-field>`,
});

async function render(template: ReturnType<typeof html>) {
  const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>${template}<button>Envoyer</button></form>`);
  const field = form.querySelector<SocleCommuneField>('socle-commune-field')!;
  await field.updateComplete;
  return { form, field, input: comboInput(field) };
}

/** A commune field that also submits the postal code. */
const renderWithPostalCode = () => render(html`<socle-commune-field name="commune" postal-code-name="code_postal" label="Commune"></socle-commune-field>`);

describe('socle-commune-field', () => {
  it('HTML first: a name typed before the script (or sent back by the server) is kept and chosen when exactly one commune bears it', async () => {
    // A tag defined only after the person typed: the script arrives late.
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
      <socle-commune-field-tardif><label for="avant">Commune</label><input id="avant" name="commune" /></socle-commune-field-tardif>
    </form>`);
    const input = form.querySelector('input')!;
    input.value = 'bordeaux';
    expect(new FormData(form).get('commune')).toBe('bordeaux');
    customElements.define('socle-commune-field-tardif', class extends SocleCommuneField {});
    const field = form.querySelector<SocleCommuneField>('socle-commune-field-tardif')!;
    await field.updateComplete;
    await expect.poll(() => new FormData(form).get('commune'), { timeout: 10_000 }).toBe('33063');
    expect(input.value).toBe('Bordeaux (33)');
    expect(input.getAttribute('role')).toBe('combobox');
    expect(field.commune?.nom).toBe('Bordeaux');
  });

  it('proposes communes as typed, labelled with département and postal code, and submits the INSEE code', async () => {
    const { form, field, input } = await render(html`<socle-commune-field name="commune" label="Commune"></socle-commune-field>`);
    input.focus();
    const texts = await proposals(await typeAndWait('ste colombe'));
    expect(texts.length).toBe(10);
    expect(texts.some((text) => text.startsWith('Sainte-Colombe (33)'))).toBe(true);
    await typeAndChooseFirst("l'hay les roses");
    expect(input.value).toBe('L’Haÿ-les-Roses (94)'.replace('’', "'"));
    expect(new FormData(form).get('commune')).toBe('94038');
    expect(field.commune).toMatchObject({ code: '94038', departement: '94', codesPostaux: ['94240'] });
  });

  it('moves through the list with Up, Down, Home and End, closes with Escape, and clears with a second Escape', async () => {
    const { field, input } = await render(html`<socle-commune-field name="c" label="Commune"></socle-commune-field>`);
    input.focus();
    await typeAndWait('saint');
    expect(input.getAttribute('aria-activedescendant')).toBeNull();
    await userEvent.keyboard('{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toBe('option-0');
    expect(field.shadowRoot!.querySelector('#option-0')!.getAttribute('aria-selected')).toBe('true');
    await userEvent.keyboard('{End}');
    expect(input.getAttribute('aria-activedescendant')).toBe('option-9');
    await userEvent.keyboard('{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toBe('option-0');
    await userEvent.keyboard('{ArrowUp}');
    expect(input.getAttribute('aria-activedescendant')).toBe('option-9');
    await userEvent.keyboard('{Home}');
    expect(input.getAttribute('aria-activedescendant')).toBe('option-0');
    const node = await accessibilityNode(input);
    expect(node).toMatchObject({ role: 'combobox', name: 'Commune' });
    expect(node.properties).toMatchObject({ expanded: true, autocomplete: 'list' });
    await userEvent.keyboard('{Escape}');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.value).toBe('saint');
    await userEvent.keyboard('{Escape}');
    expect(input.value).toBe('');
  });

  it('announces the number of proposals politely, and says when no commune matches', async () => {
    const { field, input } = await render(html`<socle-commune-field name="c" label="Commune"></socle-commune-field>`);
    const status = field.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    input.focus();
    await typeAndWait('marseille');
    await expect.poll(() => status.textContent).toMatch(/^\d+ propositions\./);
    await userEvent.keyboard('{Control>}a{/Control}zzzzzz');
    await expect.poll(() => field.shadowRoot!.querySelector('[part="empty"]')?.textContent).toBe('Aucune commune ne correspond à «\u202fzzzzzz\u202f»');
    await expect.poll(() => status.textContent).toBe('Aucune commune ne correspond à «\u202fzzzzzz\u202f»');
    expect(input.value).toBe('zzzzzz');
  });

  it('keeps typed text that was not chosen and says to choose from the list', async () => {
    const { form, field, input } = await render(html`<socle-commune-field name="c" label="Commune de naissance"></socle-commune-field>`);
    input.focus();
    await typeAndWait('bordea');
    form.requestSubmit();
    await field.updateComplete;
    expect(field.validationMessage).toBe('Choisissez une proposition de la liste pour «\u202fCommune de naissance\u202f»');
    expect(field.shadowRoot!.querySelector('[part="error-text"]')!.textContent).toContain('Choisissez une proposition de la liste');
    expect(input.value).toBe('bordea');
    expect(new FormData(form).get('c')).toBe('');
  });

  it('chooses the only exact name on leaving the field ("Y")', async () => {
    const { form, input } = await render(html`<socle-commune-field name="c" label="Commune"></socle-commune-field>`);
    input.focus();
    await typeAndWait('y');
    await userEvent.keyboard('{Tab}');
    await expect.poll(() => new FormData(form).get('c')).toBe('80829');
  });

  it('is a postal code → commune chooser: a postal code lists its communes, and the postal code is submitted too', async () => {
    const { form, field, input } = await renderWithPostalCode();
    input.focus();
    const texts = await proposals(await typeAndWait('01400'));
    expect(texts).toHaveLength(10);
    expect(texts.every((text) => text.endsWith('01400'))).toBe(true);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    const data = new FormData(form);
    expect(data.get('code_postal')).toBe('01400');
    expect(data.get('commune')).toBe(field.commune?.code);
  });

  it('asks which postal code when the commune has several and the form wants one, checks it is chosen, and keeps it in a draft', async () => {
    const { form, field, input } = await renderWithPostalCode();
    input.focus();
    await typeAndChooseFirst('saint etienne');
    expect(field.commune?.code).toBe('42218');
    const select = field.shadowRoot!.querySelector<HTMLSelectElement>('[part="postcode"] select')!;
    expect(Array.from(select.options, (option) => option.value)).toEqual(['', '42000', '42100', '42230']);
    expect(await accessibilityNode(select)).toMatchObject({ role: 'combobox', name: 'Code postal à Saint-Étienne (42)' });
    expect(new FormData(form).get('code_postal')).toBe('');
    expect(form.checkValidity()).toBe(false);
    form.requestSubmit();
    await expect.poll(() => field.shadowRoot!.activeElement).toBe(select);
    expect(field.shadowRoot!.querySelector('[part="error-text"]')?.textContent).toContain('Choisissez le code postal de votre adresse à Saint-Étienne (42)');
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(field)).toEqual([]);

    await userEvent.selectOptions(select, '42100');
    expect(form.checkValidity()).toBe(true);
    expect(new FormData(form).get('code_postal')).toBe('42100');
    const draft = collectFields(form);
    expect(draft.commune).toMatchObject({ value: '42218', postcode: '42100' });

    const fresh = await renderWithPostalCode();
    applyFields(fresh.form, draft);
    await expect.poll(() => fresh.input.value).toBe('Saint-Étienne (42)');
    await expect.poll(() => new FormData(fresh.form).get('code_postal')).toBe('42100');
    expect(fresh.field.shadowRoot!.querySelector<HTMLSelectElement>('[part="postcode"] select')?.value).toBe('42100');
  });

  it('HTML first: the postal code choice is rendered beside the native input and submitted with it', async () => {
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
      <socle-commune-field postal-code-name="code_postal"><label for="c-natif">Commune</label><input id="c-natif" name="commune" /></socle-commune-field>
    </form>`);
    const field = form.querySelector<SocleCommuneField>('socle-commune-field')!;
    await field.updateComplete;
    form.querySelector('input')!.focus();
    await typeAndChooseFirst('saint etienne');
    const select = field.querySelector<HTMLSelectElement>('.socle-postcode select')!;
    expect(select).not.toBeNull();
    expect(await accessibilityNode(select)).toMatchObject({ name: 'Code postal à Saint-Étienne (42)' });
    expect(form.checkValidity()).toBe(false);
    await userEvent.selectOptions(select, '42230');
    expect(form.checkValidity()).toBe(true);
    const data = new FormData(form);
    expect([data.get('commune'), data.get('code_postal')]).toEqual(['42218', '42230']);
    expect(await axeViolations(form)).toEqual([]);
  });

  it('needs no choice when the postal code was typed, or when the commune has only one', async () => {
    const { form, field, input } = await renderWithPostalCode();
    input.focus();
    await typeAndChooseFirst('42100');
    expect(field.commune?.code).toBe('42218');
    expect(field.shadowRoot!.querySelector('[part="postcode"]')).toBeNull();
    expect(new FormData(form).get('code_postal')).toBe('42100');
    input.select();
    await typeAndChooseFirst('pessac');
    expect(field.shadowRoot!.querySelector('[part="postcode"]')).toBeNull();
    expect(new FormData(form).get('code_postal')).toBe('33600');
  });

  it('restricts to a postal code given by the page, listed on opening, and to a département', async () => {
    const { field, input } = await render(html`<socle-commune-field name="c" label="Commune" postal-code="80190"></socle-commune-field>`);
    input.focus();
    await userEvent.keyboard('{ArrowDown}');
    const texts = await proposals(field);
    expect(texts.length).toBeGreaterThan(3);
    expect(texts.every((text) => text.endsWith('80190'))).toBe(true);

    const gironde = await render(html`<socle-commune-field name="d" label="Commune" departement="33"></socle-commune-field>`);
    gironde.input.focus();
    const girondeTexts = await proposals(await typeAndWait('sainte'));
    expect(girondeTexts.every((text) => text.includes('(33)'))).toBe(true);
  });

  it('shows the name of a value set by script, and has no axe violation with the list open', async () => {
    const { field, input } = await render(html`<socle-commune-field name="c" label="Commune" value="2A004"></socle-commune-field>`);
    await expect.poll(() => input.value).toBe('Ajaccio (2A)');
    field.value = '13055';
    await expect.poll(() => input.value).toBe('Marseille (13)');
    input.focus();
    await typeAndWait('saint');
    await userEvent.keyboard('{ArrowDown}');
    expect(await axeViolations(field)).toEqual([]);
  });

  it('keeps in a draft what was typed, chosen or not, and puts it back', async () => {
    const { form, input } = await render(html`<socle-commune-field name="a" label="Commune A"></socle-commune-field>
      <socle-commune-field name="b" label="Commune B"></socle-commune-field>`);
    input.focus();
    await typeAndChooseFirst('bordeaux');
    comboInput(form.querySelector<HTMLElement>('[name="b"]')!).focus();
    await userEvent.keyboard('marseil');
    const draft = collectFields(form);
    expect(draft).toEqual({ a: { text: 'Bordeaux (33)', value: '33063' }, b: { text: 'marseil', value: '' } });

    const fresh = await render(html`<socle-commune-field name="a" label="Commune A"></socle-commune-field>
      <socle-commune-field name="b" label="Commune B"></socle-commune-field>`);
    applyFields(fresh.form, draft);
    await expect.poll(() => comboInput(fresh.form.querySelector<HTMLElement>('[name="a"]')!).value).toBe('Bordeaux (33)');
    expect(new FormData(fresh.form).get('a')).toBe('33063');
    await expect.poll(() => comboInput(fresh.form.querySelector<HTMLElement>('[name="b"]')!).value).toBe('marseil');
    expect(new FormData(fresh.form).get('b')).toBe('');
  });
});
