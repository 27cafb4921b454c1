import { fixture } from '@open-wc/testing-helpers/pure';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { accessibilityNode } from '../../../../test/browser/helpers.js';
import { nativeDateInput, runFormControlConformance } from '../../../../test/conformance/form-control.js';
import './define.js';
import type { SocleDateField } from './date-field.js';

const part = (el: HTMLElement, name: 'day' | 'month' | 'year') => el.shadowRoot!.querySelector<HTMLInputElement>(`#${name}`)!;
const shownError = (el: HTMLElement) => el.shadowRoot!.querySelector('[part~="error-text"]')!.textContent.trim();
const invalidParts = (el: HTMLElement) =>
  Array.from(el.shadowRoot!.querySelectorAll('input[aria-invalid="true"]'), (input) => input.id);

runFormControlConformance({
  tag: 'socle-date-field',
  render: ({ name, label, hint, required, value }) =>
    html`<socle-date-field name=${name} label=${label} hint=${ifDefined(hint)} ?required=${required} value=${ifDefined(value)}></socle-date-field>`,
  typeValue: async () => {
    await userEvent.keyboard('27');
    await userEvent.tab();
    await userEvent.keyboard('3');
    await userEvent.tab();
    await userEvent.keyboard('2007');
  },
  typedValue: '2007-03-27',
  defaultValue: '1962-08-24',
  inner: (el) => part(el, 'day'),
  named: (el) => el.shadowRoot!.querySelector('fieldset')!,
  role: 'group',
  requiredInTree: false,
  native: nativeDateInput('2007-03-27'),
  renderHtmlFirst: ({ name, label, hint, required, value }) => {
    const [year, month, day] = value?.split('-') ?? [];
    const partInput = (id: string, text: string, initial: string | undefined, wide = false) =>
      html`<div class=${wide ? 'socle-year' : ''}>
        <label for="d-${name}-${id}">${text}</label
        ><input id="d-${name}-${id}" name="${name}-${id}" inputmode="numeric" maxlength=${wide ? 4 : 2} value=${ifDefined(initial)} ?required=${required} />
      </div>`;
    return html`<socle-date-field name=${name}
      ><fieldset role="group" aria-describedby=${ifDefined(hint ? `d-${name}-aide` : undefined)}>
        <legend>${label}</legend>
        ${hint ? html`<p class="socle-hint" id="d-${name}-aide">${hint}</p>` : ''}
        <div class="socle-date-parts">
          ${partInput('jour', 'Jour', day)} ${partInput('mois', 'Mois', month)} ${partInput('annee', 'Année', year, true)}
        </div>
      </fieldset></socle-date-field
    >`;
  },
  namedHtmlFirst: (el) => el.querySelector('fieldset')!,
});

async function render(template: ReturnType<typeof html>) {
  const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>${template}<button>Envoyer</button></form>`);
  const control = form.querySelector<SocleDateField>('socle-date-field')!;
  await control.updateComplete;
  return { form, control };
}

async function typeDate(control: SocleDateField, day: string, month: string, year: string) {
  for (const [name, text] of [['day', day], ['month', month], ['year', year]] as const) {
    const input = part(control, name);
    input.focus();
    input.select();
    if (text) await userEvent.keyboard(text);
    else await userEvent.keyboard('{Backspace}');
  }
  // Leaving the date shows its error (errors never show while the person is still typing).
  await userEvent.tab();
  await control.updateComplete;
}

async function submit(form: HTMLFormElement, control: SocleDateField) {
  form.requestSubmit();
  await control.updateComplete;
}

describe('socle-date-field: precise messages, only the wrong part marked', () => {
  it('a day that does not exist: "… doit être une date réelle", only the day is marked, focus goes there', async () => {
    const { form, control } = await render(html`<socle-date-field name="naissance" label="Date de naissance" birthdate></socle-date-field>`);
    await typeDate(control, '31', '4', '1990');
    await submit(form, control);
    expect(shownError(control)).toContain('La date de naissance doit être une date réelle');
    expect(invalidParts(control)).toEqual(['day']);
    expect(control.shadowRoot!.activeElement).toBe(part(control, 'day'));
    expect(control.value).toBe('');
    // Nothing typed is lost.
    expect(control.typedParts).toEqual({ day: '31', month: '4', year: '1990' });
  });

  it('a month of 13 marks only the month; a two-digit year only the year', async () => {
    const { form, control } = await render(html`<socle-date-field name="d" label="Date de l’événement"></socle-date-field>`);
    await typeDate(control, '12', '13', '2020');
    await submit(form, control);
    expect(shownError(control)).toContain('«\u202fDate de l’événement\u202f» doit être une date réelle');
    expect(invalidParts(control)).toEqual(['month']);
    await typeDate(control, '12', '12', '20');
    expect(shownError(control)).toContain('L’année doit comporter 4 chiffres');
    expect(invalidParts(control)).toEqual(['year']);
  });

  it('missing parts are named', async () => {
    const { form, control } = await render(html`<socle-date-field name="d" label="Date de naissance" birthdate></socle-date-field>`);
    await typeDate(control, '12', '', '');
    await submit(form, control);
    expect(shownError(control)).toContain('La date de naissance doit comporter un mois et une année');
    expect(invalidParts(control)).toEqual(['month', 'year']);
  });

  it('past, future, bounds and age, with the whole date marked', async () => {
    const { form, control } = await render(html`<socle-date-field name="d" label="Date de naissance" birthdate min-age="18" today="2026-11-24"></socle-date-field>`);
    await typeDate(control, '1', '1', '2030');
    await submit(form, control);
    expect(shownError(control)).toContain('La date de naissance doit être dans le passé');
    expect(invalidParts(control)).toEqual(['day', 'month', 'year']);
    await typeDate(control, '25', '11', '2008');
    expect(shownError(control)).toContain('L’âge doit être d’au moins 18 ans aujourd’hui');
    await typeDate(control, '24', '11', '2008');
    expect(control.checkValidity()).toBe(true);
    expect(new FormData(form).get('d')).toBe('2008-11-24');

    const other = await render(html`<socle-date-field name="rdv" label="Date du rendez-vous" min="2026-12-01" max="2026-12-31"></socle-date-field>`);
    await typeDate(other.control, '30', '11', '2026');
    await submit(other.form, other.control);
    expect(shownError(other.control)).toContain('«\u202fDate du rendez-vous\u202f» doit être le 01/12/2026 ou après');
  });

  it('a whole date pasted in the day box fills the three boxes', async () => {
    const { form, control } = await render(html`<socle-date-field name="d" label="Date"></socle-date-field>`);
    part(control, 'day').focus();
    const data = new DataTransfer();
    data.setData('text/plain', '24/08/1962');
    part(control, 'day').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
    await control.updateComplete;
    expect([part(control, 'day').value, part(control, 'month').value, part(control, 'year').value]).toEqual(['24', '08', '1962']);
    expect(new FormData(form).get('d')).toBe('1962-08-24');
  });

  it('each box has its own label and the birth-date autofill tokens', async () => {
    const { control } = await render(html`<socle-date-field name="d" label="Date de naissance" birthdate></socle-date-field>`);
    const node = await accessibilityNode(part(control, 'month'));
    expect(node.name).toBe('Mois');
    expect(part(control, 'year').autocomplete).toBe('bday-year');
    expect(part(control, 'day').inputMode).toBe('numeric');
  });

  it('a child’s birth date is not autofilled with the person’s own: autocomplete="off"', async () => {
    const { control } = await render(html`<socle-date-field name="d" label="Date de naissance de l’enfant" birthdate autocomplete="off"></socle-date-field>`);
    for (const name of ['day', 'month', 'year'] as const) expect(part(control, name).getAttribute('autocomplete')).toBe('off');
  });
});
