import { fixture } from '@open-wc/testing-helpers/pure';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { accessibilityNode } from '../../../../test/browser/helpers.js';
import { nativeTextInput, runFormControlConformance } from '../../../../test/conformance/form-control.js';
import '../define.js';
import type { SocleIdentifierField } from './identifier-field.js';

const input = (el: HTMLElement) => el.shadowRoot!.querySelector('input')!;

const CASES: { tag: string; typed: string; submitted: string; initial: string; initialSubmitted?: string }[] = [
  { tag: 'socle-phone-field', typed: '0612345678', submitted: '+33612345678', initial: '0596 12 34 56', initialSubmitted: '+596596123456' },
  { tag: 'socle-siret-field', typed: '73282932000074', submitted: '73282932000074', initial: '356 000 000 00048', initialSubmitted: '35600000000048' },
  { tag: 'socle-nir-field', typed: '255081416802538', submitted: '255081416802538', initial: '1 84 12 76 451 089 46', initialSubmitted: '184127645108946' },
  {
    tag: 'socle-iban-field',
    typed: 'fr7630006000011234567890189',
    submitted: 'FR7630006000011234567890189',
    initial: 'DE89 3704 0044 0532 0130 00',
    initialSubmitted: 'DE89370400440532013000',
  },
  { tag: 'socle-postal-code-field', typed: '69003', submitted: '69003', initial: '75015' },
  { tag: 'socle-email-field', typed: 'lina@exemple.fr', submitted: 'lina@exemple.fr', initial: 'noe@exemple.fr' },
];

for (const { tag, typed, submitted, initial, initialSubmitted } of CASES) {
  const literal = unsafeStatic(tag);
  runFormControlConformance({
    tag,
    render: ({ name, label, hint, required, value }) =>
      staticHtml`<${literal} name=${name} label=${label} hint=${ifDefined(hint)} ?required=${required} value=${ifDefined(value)}></${literal}>`,
    typeValue: () => userEvent.keyboard(typed),
    typedValue: submitted,
    defaultValue: initial,
    submittedDefault: initialSubmitted,
    inner: input,
    role: 'textbox',
    native: nativeTextInput(true),
    renderHtmlFirst: ({ name, label, hint, required, value }) =>
      staticHtml`<${literal}><label for="i-${name}">${label}</label>${hint ? html`<p class="socle-hint" id="i-${name}-aide">${hint}</p>` : ''}<input
        id="i-${name}" name=${name} aria-describedby=${ifDefined(hint ? `i-${name}-aide` : undefined)} ?required=${required} value=${ifDefined(value)}
      /></${literal}>`,
  });
}

async function render(template: TemplateResult) {
  const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>${template}<button>Envoyer</button></form>`);
  const control = form.firstElementChild as SocleIdentifierField;
  await control.updateComplete;
  return { form, control };
}

describe('formatting as the person types', () => {
  it('phone: groups by two as typed, submits E.164', async () => {
    const { form, control } = await render(html`<socle-phone-field name="tel" label="Téléphone"></socle-phone-field>`);
    control.focus();
    await userEvent.keyboard('0612345678');
    expect(input(control).value).toBe('06 12 34 56 78');
    expect(new FormData(form).get('tel')).toBe('+33612345678');
    expect(input(control).type).toBe('tel');
    expect(input(control).autocomplete).toBe('tel');
  });

  it('an insertion in the middle keeps every character in order and the caret right after it', async () => {
    const { control } = await render(html`<socle-phone-field name="tel" label="Téléphone"></socle-phone-field>`);
    control.focus();
    await userEvent.keyboard('06345678');
    expect(input(control).value).toBe('06 34 56 78');
    // Caret after "06 " then type the missing "12".
    input(control).setSelectionRange(3, 3);
    await userEvent.keyboard('12');
    expect(input(control).value).toBe('06 12 34 56 78');
    expect(input(control).selectionStart).toBe(5);
    // Deleting in the middle loses nothing else.
    await userEvent.keyboard('{Backspace}');
    expect(input(control).value).toBe('06 13 45 67 8');
    expect(input(control).selectionStart).toBe(4);
  });

  it('a pasted IBAN with odd spacing is regrouped, upper-cased, and nothing is lost', async () => {
    const { form, control } = await render(html`<socle-iban-field name="iban" label="IBAN"></socle-iban-field>`);
    control.focus();
    // What the browser does on a paste: the text lands in the input, then `input` fires.
    input(control).value = 'fr76  3000 600001 1234567890189';
    input(control).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
    expect(input(control).value).toBe('FR76 3000 6000 0112 3456 7890 189');
    expect(new FormData(form).get('iban')).toBe('FR7630006000011234567890189');
    expect(control.hasAttribute('sensitive')).toBe(true);
  });

  it('keeps a text with letters exactly as typed and explains the error', async () => {
    const { form, control } = await render(html`<socle-siret-field name="siret" label="SIRET"></socle-siret-field>`);
    control.focus();
    await userEvent.keyboard('7328293200007');
    await userEvent.tab();
    await control.updateComplete;
    expect(control.validationMessage).toBe('Le numéro SIRET doit contenir 14 chiffres');
    control.focus();
    await userEvent.keyboard('{End}5');
    form.requestSubmit();
    await control.updateComplete;
    expect(control.validationMessage).toBe('Ce numéro SIRET n’existe pas\u202f: vérifiez les chiffres');
    expect(new FormData(form).get('siret')).toBe('732 829 320 00075');
  });
});

describe('socle-email-field', () => {
  it('offers the typo fix as a button once the person leaves the field', async () => {
    const { form, control } = await render(html`<socle-email-field name="courriel" label="Adresse électronique"></socle-email-field>`);
    control.focus();
    await userEvent.keyboard('jean@gmial.com');
    expect(control.shadowRoot!.querySelector('[part="suggestion"] button')).toBeNull();
    await userEvent.tab();
    await control.updateComplete;
    const button = control.shadowRoot!.querySelector<HTMLButtonElement>('[part="suggestion"] button')!;
    expect((await accessibilityNode(button)).name).toBe('Vouliez-vous dire jean@gmail.com\u202f?');
    button.focus();
    await userEvent.keyboard('{Enter}');
    await control.updateComplete;
    expect(control.value).toBe('jean@gmail.com');
    expect(new FormData(form).get('courriel')).toBe('jean@gmail.com');
    expect(control.shadowRoot!.querySelector('[part="suggestion"] button')).toBeNull();
  });
});

describe('identifier fields: a width for their answer', () => {
  it('the postal code, phone, SIRET and NIR fields are as wide as their formatted value, the IBAN takes the line', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 700px">
      <socle-postal-code-field label="Code postal"></socle-postal-code-field>
      <socle-phone-field label="Téléphone"></socle-phone-field>
      <socle-siret-field label="SIRET"></socle-siret-field>
      <socle-nir-field label="NIR"></socle-nir-field>
      <socle-iban-field label="IBAN"></socle-iban-field>
    </div>`);
    const widths = Array.from(wrapper.children, (field) => Math.round(field.shadowRoot!.querySelector('input')!.getBoundingClientRect().width));
    expect(widths[0]).toBeLessThan(widths[1]!);
    expect(widths[1]).toBeLessThan(widths[2]!);
    expect(widths[2]).toBeLessThan(widths[3]!);
    expect(widths[3]).toBeLessThan(700);
    expect(widths[4]).toBe(700);
  });

  it('HTML first: the author’s input gets the default width unless it has its own size', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <socle-postal-code-field><label for="cp1">Code postal</label><input id="cp1" name="cp1" /></socle-postal-code-field>
      <socle-postal-code-field><label for="cp2">Code postal</label><input id="cp2" name="cp2" size="10" /></socle-postal-code-field>
    </div>`);
    const inputs = wrapper.querySelectorAll('input');
    expect(inputs[0]!.getAttribute('size')).toBe('7');
    expect(inputs[1]!.getAttribute('size')).toBe('10');
  });
});
