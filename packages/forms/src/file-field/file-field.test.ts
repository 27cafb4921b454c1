import { fixture } from '@open-wc/testing-helpers/pure';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { accessibilityNode, axeViolations } from '../../../../test/browser/helpers.js';
import { runFormControlConformance } from '../../../../test/conformance/form-control.js';
import './define.js';
import { type SocleFileField, formatSize, parseSize } from './file-field.js';

const input = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
const pdf = (name = 'justificatif.pdf', size = 1000) => new File([new Uint8Array(size)], name, { type: 'application/pdf' });
const shownError = (el: HTMLElement) => el.shadowRoot!.querySelector('[part~="error-text"]')!.textContent.trim();
const listed = (el: HTMLElement) => Array.from(el.shadowRoot!.querySelectorAll('[part="files"] li > span:first-child'), (s) => s.textContent.trim());

runFormControlConformance({
  tag: 'socle-file-field',
  render: ({ name, label, hint, required }) =>
    html`<socle-file-field name=${name} label=${label} hint=${ifDefined(hint)} ?required=${required}></socle-file-field>`,
  // The file chooser is the system's; choosing in it is what `upload` does.
  typeValue: () => userEvent.upload(input(document.querySelector('socle-file-field')!), pdf()),
  typedValue: 'justificatif.pdf',
  // No file by default.
  defaultValue: '',
  entryText: (entry) => (entry instanceof File ? entry.name : (entry ?? '')),
  inner: input,
  role: 'button',
  requiredInTree: false,
  enterSubmits: false,
  native: {
    render: ({ name, label }) => html`<label for="natif">${label}</label><input type="file" id="natif" name=${name} />`,
    answer: (native) => userEvent.upload(native, pdf()),
  },
  // Browsers never put a file back by themselves.
  restoresState: false,
});

async function render(template: ReturnType<typeof html>) {
  const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>${template}<button>Envoyer</button></form>`);
  const control = form.querySelector<SocleFileField>('socle-file-field')!;
  await control.updateComplete;
  return { form, control };
}

describe('socle-file-field', () => {
  it('lists the chosen files, submits them all, and removes one by its own accessible button', async () => {
    const { form, control } = await render(html`<socle-file-field name="pieces" label="Pièces justificatives" multiple></socle-file-field>`);
    await userEvent.upload(input(control), [pdf('a.pdf'), pdf('b.pdf')]);
    await userEvent.upload(input(control), pdf('c.pdf', 2048));
    await control.updateComplete;
    // French number formatting: a narrow no-break space between thousands.
    expect(listed(control)).toEqual(['a.pdf (1\u202f000 octets)', 'b.pdf (1\u202f000 octets)', 'c.pdf (2 Ko)']);
    expect(new FormData(form).getAll('pieces').map((file) => (file as File).name)).toEqual(['a.pdf', 'b.pdf', 'c.pdf']);
    const removes = control.shadowRoot!.querySelectorAll<HTMLButtonElement>('.remove');
    expect((await accessibilityNode(removes[1]!)).name).toBe('Supprimer b.pdf');
    removes[1]!.focus();
    await userEvent.keyboard('{Enter}');
    await control.updateComplete;
    expect(new FormData(form).getAll('pieces').map((file) => (file as File).name)).toEqual(['a.pdf', 'c.pdf']);
    expect(control.shadowRoot!.querySelector('[role="status"]')!.textContent).toBe('Fichier «\u202fb.pdf\u202f» supprimé');
    // Focus stays on the list, on the button that took the removed one's place.
    expect(control.shadowRoot!.activeElement?.textContent).toContain('c.pdf');
    expect(await axeViolations(control)).toEqual([]);
  });

  it('checks type, size and count at once, with the file named, and keeps the files', async () => {
    const { control } = await render(html`<socle-file-field name="p" label="Justificatif" accept=".pdf,image/jpeg" max-size="1 Ko" max-files="2" multiple></socle-file-field>`);
    await userEvent.upload(input(control), new File(['x'], 'notes.txt', { type: 'text/plain' }));
    await control.updateComplete;
    expect(shownError(control)).toContain('Le fichier «\u202fnotes.txt\u202f» doit être au format PDF ou JPEG');
    expect(listed(control)).toHaveLength(1);
    control.value = [pdf('gros.pdf', 5000)];
    await control.updateComplete;
    expect(control.validationMessage).toBe('Le fichier «\u202fgros.pdf\u202f» pèse 4,9 Ko\u202f: il doit peser au plus 1 Ko');
    control.value = [pdf('1.pdf', 10), pdf('2.pdf', 10), pdf('3.pdf', 10)];
    expect(control.validationMessage).toBe('Vous pouvez ajouter au plus 2 fichiers (actuellement 3)');
  });

  it('checks the total size of the files, and shows the error in the live region once the person chose', async () => {
    const { control } = await render(html`<socle-file-field name="p" label="Justificatifs" max-total-size="3 Ko" multiple></socle-file-field>`);
    await userEvent.upload(input(control), [pdf('a.pdf', 2048), pdf('b.pdf', 2048)]);
    await control.updateComplete;
    expect(control.checkValidity()).toBe(false);
    expect(control.validationMessage).toMatch(/4 Ko.*3 Ko/);
    const error = control.shadowRoot!.querySelector('[part~="error-text"]')!;
    expect(error.getAttribute('aria-live')).toBe('polite');
    expect(error.textContent).toContain(control.validationMessage);
    // Each file alone fits: removing one makes the whole valid again, and the error goes.
    control.shadowRoot!.querySelector<HTMLButtonElement>('.remove')!.click();
    await control.updateComplete;
    expect(control.checkValidity()).toBe(true);
    expect(shownError(control)).toBe('');
  });

  it('accepts files dropped on the zone', async () => {
    const { form, control } = await render(html`<socle-file-field name="p" label="Justificatif"></socle-file-field>`);
    const transfer = new DataTransfer();
    transfer.items.add(pdf('depose.pdf'));
    const zone = control.shadowRoot!.querySelector('[part="dropzone"]')!;
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    expect(control.matches(':state(dragover)')).toBe(true);
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await control.updateComplete;
    expect((new FormData(form).get('p') as File).name).toBe('depose.pdf');
    expect(control.matches(':state(dragover)')).toBe(false);
  });

  it('reads sizes the way people write them', () => {
    expect(parseSize('5 Mo')).toBe(5 * 1024 * 1024);
    expect(parseSize('500Ko')).toBe(500 * 1024);
    expect(parseSize('1,5 MB')).toBe(1.5 * 1024 * 1024);
    expect(parseSize(2048)).toBe(2048);
    expect(parseSize('beaucoup')).toBeUndefined();
    expect(formatSize(3 * 1024 * 1024)).toBe('3 Mo');
    expect(formatSize(3 * 1024 * 1024, 'en')).toBe('3 MB');
  });
});
