/**
 * The form-control conformance suite: what every Socle form control must do — FormData, reset, required,
 * disabled fieldset, accessibility tree, axe, keyboard, forced colours, one message on a blocked submit, and
 * no click lost to an error shown on leaving — checked in the real browser by typing and clicking (real
 * pointer events). Each control's test file calls `runFormControlConformance`.
 */
import { fixture } from '@open-wc/testing-helpers/pure';
import { html, type TemplateResult } from 'lit';
import { describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { type FormValue, adoptHtmlFirstStyles } from '@socle/core';
import { accessibilityNode, axeViolations, deepActiveElement, nextFrames } from '../browser/helpers.js';
import '@socle/forms/form';
import '@socle/forms/step';
import '@socle/forms/button';
import '@socle/forms/text-field';

/** The attributes the suite sets on the control under test. */
export interface ConformanceProps {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  /** Default value (the `value` attribute, restored by reset). */
  value?: string;
}

export interface FormControlConformanceOptions {
  /** The tag, for the suite's title. */
  tag: string;
  /** Renders the control alone (the suite wraps it in forms and fieldsets). */
  render(props: ConformanceProps): TemplateResult;
  /** Enters a value with the keyboard alone; the control already has focus. */
  typeValue(): Promise<void>;
  /** What `FormData` holds under the control's name after `typeValue`. */
  typedValue: string;
  /** A default value for the reset test. */
  defaultValue: string;
  /** What FormData holds for the default value, when the control normalises it (E.164…). Default: `defaultValue`. */
  submittedDefault?: string;
  /** The inner element that gets focus and carries the accessible name. */
  inner(control: HTMLElement): HTMLElement;
  /**
   * The same control in HTML-first markup (around the native control the author writes): when given, the
   * whole suite runs a second time on it. The label and hint must be the given ones, the name the given name.
   */
  renderHtmlFirst?(props: ConformanceProps): TemplateResult;
  /** In HTML-first markup, the element that carries name, role and description, when it is not the inner one. */
  namedHtmlFirst?(control: HTMLElement): HTMLElement;
  /** In HTML-first markup, the element that gets focus. Default: the first native input, select or textarea. */
  innerHtmlFirst?(control: HTMLElement): HTMLElement;
  /** The role Chromium must expose, e.g. `textbox`. */
  role: string;
  /** The element that carries the name, role and description, when it is not `inner` (a group's fieldset). */
  named?(control: HTMLElement): HTMLElement;
  /** Whether the role supports `required` in the accessibility tree (a plain group does not). Default true. */
  requiredInTree?: boolean;
  /** How a FormData entry reads as text in the comparisons (a file's name, say). Default: the entry itself. */
  entryText?(entry: FormDataEntryValue | null): string | null;
  /** Whether Enter submits the form, as for single-line inputs, checkboxes and radios. Default true. */
  enterSubmits?: boolean;
  /**
   * The native control this one stands for, with the same props: the control's FormData entries under its
   * name must be the native one's, unanswered and answered (a server must not tell them apart).
   */
  native?: NativeEquivalent;
  /** Whether the browser may restore the value (`formStateRestoreCallback`); never for files. Default true. */
  restoresState?: boolean;
}

export interface NativeEquivalent {
  render(props: ConformanceProps): TemplateResult;
  /** Answers the native control as `typeValue` answers Socle's. Default: focus it, then `typeValue`. */
  answer?(native: HTMLElement): Promise<void>;
  /** The control submits a normalised value (E.164, a code for a name): once answered, entries are compared by name only. */
  normalises?: boolean;
}

interface FormControlLike extends HTMLElement {
  value: unknown;
  formStateRestoreCallback?(state: FormValue, mode: 'restore' | 'autocomplete'): void;
  checkValidity(): boolean;
  readonly validationMessage: string;
  readonly updateComplete: Promise<boolean>;
}

const LABEL = 'Nom de famille';
const HINT = 'Tel qu’il figure sur votre pièce d’identité';

async function renderInForm(
  options: FormControlConformanceOptions,
  props: Partial<ConformanceProps> = {},
  { disabledFieldset = false } = {},
) {
  const control = options.render({ name: 'champ', label: LABEL, hint: HINT, ...props });
  const form = await fixture<HTMLFormElement>(html`
    <form action="#" @submit=${(event: Event) => event.preventDefault()}>
      <button type="button" id="before" style="min-height: 24px">Avant</button>
      ${disabledFieldset ? html`<fieldset disabled><legend>Groupe</legend>${control}</fieldset>` : control}
      <button type="submit" id="submit" style="min-height: 24px">Envoyer</button>
    </form>
  `);
  const element = form.querySelector<FormControlLike>('[name="champ"]');
  if (!element) throw new Error('the rendered control must carry name="champ"');
  await element.updateComplete;
  // HTML-first markup: its document styles come in a chunk of their own (the checks of sizes and rings need them).
  if (element.matches(':state(html-first)')) await adoptHtmlFirstStyles(element);
  return { form, control: element, inner: options.inner(element) };
}

/** A FormData entry as the suite compares it. */
function entry(options: FormControlConformanceOptions, value: FormDataEntryValue | null): string | null {
  return options.entryText ? options.entryText(value) : (value as string | null);
}

/** Resolves with the submit events that reach the form while `action` runs. */
async function submitsDuring(form: HTMLFormElement, action: () => Promise<void> | void): Promise<SubmitEvent[]> {
  const events: SubmitEvent[] = [];
  const listener = (event: Event) => events.push(event as SubmitEvent);
  form.addEventListener('submit', listener);
  try {
    await action();
    await nextFrames();
  } finally {
    form.removeEventListener('submit', listener);
  }
  return events;
}

/**
 * The control in a `<socle-form>`, with a text field and the submit button just below it (or, with `steps`, in
 * the first of two steps, whose « Continuer » button is below it); made invalid by what the person typed.
 */
async function renderInvalidAbove(options: FormControlConformanceOptions, { steps = false } = {}) {
  const control = options.render({ name: 'champ', label: LABEL, hint: HINT });
  const below = html`<socle-text-field name="suivant" label="Champ suivant"></socle-text-field>`;
  const engine = await fixture<HTMLElement>(
    steps
      ? html`<socle-form><form action="#">
          <socle-step heading="Première étape">${control}${below}</socle-step>
          <socle-step heading="Deuxième étape"><socle-text-field name="autre" label="Autre champ"></socle-text-field></socle-step>
        </form></socle-form>`
      : html`<socle-form><form action="#">${control}${below}<socle-button type="submit">Envoyer</socle-button></form></socle-form>`,
  );
  const form = engine.querySelector('form')!;
  form.addEventListener('submit', (event) => event.preventDefault());
  const element = form.querySelector<FormControlLike & { setCustomValidity(message: string): void }>('[name="champ"]')!;
  await element.updateComplete;
  await nextFrames();
  element.focus();
  await options.typeValue();
  element.setCustomValidity('Valeur refusée par le test');
  await element.updateComplete;
  // Typing alone shows nothing: the error is due when the field is left.
  expect(element.matches(':state(user-invalid)')).toBe(false);
  const next = form.querySelector<HTMLElement>('socle-text-field[name="suivant"]')!;
  return { engine, form, control: element, next, nextInput: next.shadowRoot!.querySelector('input')! };
}

const summaryShown = (engine: HTMLElement) => engine.shadowRoot?.querySelector('[part="error-summary"]') !== null;

/** The error text shown by a control, in its shadow root or (HTML-first markup) in its light DOM. */
const shownError = (control: HTMLElement) =>
  (control.shadowRoot?.querySelector('[part~="error-text"]') ?? control.querySelector('.socle-error'))?.textContent.trim() ?? '';

/** A labelled native text input: the equivalent of the text fields, and of look-ups typed in (with `normalises`). */
export const nativeTextInput = (normalises = false): NativeEquivalent => ({
  render: ({ name, label }) => html`<label for="natif">${label}</label><input id="natif" name=${name} />`,
  normalises,
  // A look-up's own way of answering (choosing in its list) has no native counterpart: some text is typed.
  answer: normalises
    ? async (native) => {
        native.focus();
        await userEvent.keyboard('réponse');
      }
    : undefined,
});

/** A labelled native `<select>` of `[value, text]` options (the first, empty, one as the prompt), answered by choosing `answer`. */
export const nativeSelect = (options: readonly (readonly [string, string])[], answer?: string): NativeEquivalent => ({
  render: ({ name, label }) =>
    html`<label for="natif">${label}</label
      ><select id="natif" name=${name}>
        ${options.map(([value, text]) => html`<option value=${value}>${text}</option>`)}
      </select>`,
  answer:
    answer === undefined
      ? undefined
      : async (native) => {
          (native as HTMLSelectElement).value = answer;
        },
});

/** Native radios or checkboxes of `[value, text]` choices in a fieldset, as a group stands for. */
export const nativeChoices = (type: 'radio' | 'checkbox', choices: readonly (readonly [string, string])[]): NativeEquivalent => ({
  render: ({ name, label }) =>
    html`<fieldset>
      <legend>${label}</legend>
      ${choices.map(([value, text], i) => html`<input type=${type} id="natif-${i}" name=${name} value=${value} /><label for="natif-${i}">${text}</label>`)}
    </fieldset>`,
});

/** A labelled native date input, answered with `iso` (its segments follow the browser's locale, so it is set). */
export const nativeDateInput = (iso: string): NativeEquivalent => ({
  render: ({ name, label }) => html`<label for="natif">${label}</label><input type="date" id="natif" name=${name} />`,
  answer: async (native) => {
    (native as HTMLInputElement).value = iso;
  },
});

/** The entries a form submits under the control's own name, read as the suite compares them. */
const entriesNamed = (options: FormControlConformanceOptions, form: HTMLFormElement) =>
  [...new FormData(form)].filter(([key]) => key === 'champ').map(([key, value]) => [key, entry(options, value)]);

/** Runs the suite on the attribute markup and, when the control has one, on its HTML-first markup. */
export function runFormControlConformance(options: FormControlConformanceOptions): void {
  runSuite(options, 'attributs');
  const { renderHtmlFirst } = options;
  if (renderHtmlFirst) {
    const inner = options.innerHtmlFirst ?? ((control: HTMLElement) => control.querySelector<HTMLElement>('input, select, textarea')!);
    runSuite({ ...options, render: renderHtmlFirst, inner, named: options.namedHtmlFirst }, 'HTML d’abord');
  }
}

function runSuite(options: FormControlConformanceOptions, markup: string): void {
  describe(`${options.tag} (${markup}) — conformance des contrôles de formulaire`, () => {
    it('1. the typed value is in FormData under its name', async () => {
      const { form, control } = await renderInForm(options);
      control.focus();
      await options.typeValue();
      expect(entry(options, new FormData(form).get('champ'))).toBe(options.typedValue);
      expect(new FormData(form).getAll('champ')).toHaveLength(1);
    });

    it('2. form.reset() restores the default value', async () => {
      const { form, control } = await renderInForm(options, { value: options.defaultValue });
      const submittedDefault = options.submittedDefault ?? options.defaultValue;
      expect(entry(options, new FormData(form).get('champ'))).toBe(submittedDefault);
      control.focus();
      await options.typeValue();
      expect(entry(options, new FormData(form).get('champ'))).not.toBe(submittedDefault);
      form.reset();
      await control.updateComplete;
      expect(entry(options, new FormData(form).get('champ'))).toBe(submittedDefault);
      expect(String(control.value)).toBe(options.defaultValue);
    });

    it('3. required and empty blocks requestSubmit, checkValidity is false, focus lands in the field', async () => {
      const { form, control, inner } = await renderInForm(options, { required: true });
      expect(control.checkValidity()).toBe(false);
      const submits = await submitsDuring(form, () => form.requestSubmit());
      expect(submits).toHaveLength(0);
      expect(deepActiveElement()).toBe(inner);
      // The message is Socle's French one, not the browser's.
      expect(control.validationMessage).toContain(LABEL);
      await control.updateComplete;
      expect(shownError(control)).toContain(control.validationMessage);
      // Once filled, the same form submits.
      control.focus();
      await options.typeValue();
      expect(control.checkValidity()).toBe(true);
      expect(await submitsDuring(form, () => form.requestSubmit())).toHaveLength(1);
    });

    it('4. a disabled fieldset disables it and leaves it out of FormData', async () => {
      const { form, control, inner } = await renderInForm(
        options,
        { required: true, value: options.defaultValue },
        { disabledFieldset: true },
      );
      await control.updateComplete;
      expect(control.matches(':disabled')).toBe(true);
      expect(inner.matches(':disabled')).toBe(true);
      expect(new FormData(form).has('champ')).toBe(false);
      const fieldset = form.querySelector('fieldset');
      fieldset?.removeAttribute('disabled');
      await control.updateComplete;
      expect(inner.matches(':disabled')).toBe(false);
      expect(entry(options, new FormData(form).get('champ'))).toBe(options.submittedDefault ?? options.defaultValue);
    });

    it('5. the accessibility tree exposes name, role, description, required and invalid', async () => {
      const { form, control, inner } = await renderInForm(options, { required: true });
      const named = options.named?.(control) ?? inner;
      let node = await accessibilityNode(named);
      expect(node.role).toBe(options.role);
      expect(node.name).toBe(LABEL);
      expect(node.description).toContain(HINT);
      if (options.requiredInTree !== false) expect(node.properties.required).toBe(true);
      expect(node.properties.invalid ?? 'false').toBe('false');

      await submitsDuring(form, () => form.requestSubmit());
      await control.updateComplete;
      node = await accessibilityNode(named);
      expect(node.name).toBe(LABEL);
      expect(node.description).toContain(HINT);
      expect(node.description).toContain(control.validationMessage);
      expect(node.properties.invalid).toBe('true');
    });

    it('6. axe finds no WCAG 2.2 A/AA violation, valid or in error', async () => {
      const { form, control } = await renderInForm(options, { required: true });
      expect(await axeViolations(form)).toEqual([]);
      await submitsDuring(form, () => form.requestSubmit());
      await control.updateComplete;
      expect(shownError(control)).not.toBe('');
      expect(await axeViolations(form)).toEqual([]);
    });

    it('7. keyboard alone: Tab reaches it, typing works, Enter (or the submit button) submits the form', async () => {
      const { form, inner } = await renderInForm(options, { required: true });
      form.querySelector<HTMLButtonElement>('#before')?.focus();
      await userEvent.tab();
      expect(deepActiveElement()).toBe(inner);
      await options.typeValue();
      let data: FormData | undefined;
      const submits = await submitsDuring(form, async () => {
        form.addEventListener('submit', () => (data = new FormData(form)), { once: true });
        if (options.enterSubmits !== false) {
          await userEvent.keyboard('{Enter}');
        } else {
          // Enter belongs to the control (a new line, opening a list): Tab on to the submit button instead
          // (past the control's own buttons, if any).
          const submit = form.querySelector('#submit');
          for (let i = 0; i < 5 && deepActiveElement() !== submit; i += 1) await userEvent.tab();
          expect(deepActiveElement()).toBe(submit);
          await userEvent.keyboard('{Enter}');
        }
      });
      expect(submits).toHaveLength(1);
      expect(entry(options, data?.get('champ') ?? null)).toBe(options.typedValue);
    });

    it('9. an error shown on leaving by a mouse click does not move the click’s target: the submit button below submits', async () => {
      const { engine, form, control } = await renderInvalidAbove(options);
      // Counted before the engine, which stops the submit event it handles.
      let submits = 0;
      const count = () => (submits += 1);
      document.addEventListener('submit', count, { capture: true });
      try {
        await userEvent.click(form.querySelector('socle-button')!);
        await nextFrames();
      } finally {
        document.removeEventListener('submit', count, { capture: true });
      }
      expect(submits).toBe(1);
      await control.updateComplete;
      expect(summaryShown(engine)).toBe(true);
      expect(control.matches(':state(user-invalid)')).toBe(true);
    });

    it('10. … the field below gets the focus clicked for, and the error shows afterwards', async () => {
      const { control, nextInput } = await renderInvalidAbove(options);
      await userEvent.click(nextInput);
      expect(deepActiveElement()).toBe(nextInput);
      await control.updateComplete;
      expect(control.matches(':state(user-invalid)')).toBe(true);
    });

    it('11. … and « Continuer » of a step below it checks the step', async () => {
      const { engine, control } = await renderInvalidAbove(options, { steps: true });
      const step = engine.querySelector('socle-step')!;
      const next = Array.from(step.shadowRoot!.querySelectorAll('button')).find((button) => button.textContent.trim() === 'Continuer')!;
      await userEvent.click(next);
      await control.updateComplete;
      await nextFrames();
      expect(step.hidden).toBe(false);
      expect(summaryShown(engine)).toBe(true);
      expect(control.matches(':state(user-invalid)')).toBe(true);
    });

    it('8. the focus ring survives forced colours, and targets are at least 24 × 24 px', async () => {
      const { form, control, inner } = await renderInForm(options);
      await commands.emulateForcedColors(true);
      try {
        expect(matchMedia('(forced-colors: active)').matches).toBe(true);
        form.querySelector<HTMLButtonElement>('#before')?.focus();
        await userEvent.tab();
        expect(deepActiveElement()).toBe(inner);
        const style = getComputedStyle(inner);
        expect(style.outlineStyle).not.toBe('none');
        expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
      } finally {
        await commands.emulateForcedColors(false);
      }
      const targets = (control.shadowRoot ?? control).querySelectorAll<HTMLElement>(
        'input:not([type="hidden"]), select, textarea, button, a[href], label, [role="button"], [tabindex]',
      );
      expect(targets.length).toBeGreaterThan(0);
      for (const target of targets) {
        const box = target.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue; // not rendered
        expect(box.width, `${target.localName} width`).toBeGreaterThanOrEqual(24);
        expect(box.height, `${target.localName} height`).toBeGreaterThanOrEqual(24);
      }
    });
    const { native } = options;
    if (native) {
      it('13. FormData holds what the native equivalent’s holds, unanswered and answered', async () => {
        const props = { name: 'champ', label: LABEL, hint: HINT };
        const { form, control } = await renderInForm(options);
        const nativeForm = await fixture<HTMLFormElement>(html`<form>${native.render(props)}</form>`);
        expect(entriesNamed(options, form), 'unanswered').toEqual(entriesNamed(options, nativeForm));
        control.focus();
        await options.typeValue();
        const nativeControl = nativeForm.querySelector<HTMLElement>('[name="champ"]')!;
        if (native.answer) await native.answer(nativeControl);
        else {
          nativeControl.focus();
          await options.typeValue();
        }
        if (native.normalises) {
          const names = (from: HTMLFormElement) => [...new FormData(from).keys()].filter((key) => key === 'champ');
          expect(names(form), 'answered').toEqual(names(nativeForm));
        } else expect(entriesNamed(options, form), 'answered').toEqual(entriesNamed(options, nativeForm));
      });
    }

    it('14. formStateRestoreCallback puts back the value the browser saved (back/forward, session restore)', async () => {
      let saved: FormValue | undefined;
      const setFormValue = Object.getOwnPropertyDescriptor(ElementInternals.prototype, 'setFormValue')!;
      Object.defineProperty(ElementInternals.prototype, 'setFormValue', {
        ...setFormValue,
        value(this: ElementInternals, ...args: [FormValue, FormValue?]) {
          // Without a state, the browser keeps the value as the state.
          saved = args.length > 1 ? args[1] : args[0];
          (setFormValue.value as ElementInternals['setFormValue']).apply(this, args);
        },
      });
      try {
        const { control } = await renderInForm(options);
        control.focus();
        await options.typeValue();
      } finally {
        Object.defineProperty(ElementInternals.prototype, 'setFormValue', setFormValue);
      }
      const { form, control } = await renderInForm(options);
      expect(typeof control.formStateRestoreCallback).toBe('function');
      control.formStateRestoreCallback?.(saved ?? null, 'restore');
      await control.updateComplete;
      const restored = entry(options, new FormData(form).get('champ'));
      if (options.restoresState === false) expect(restored).not.toBe(options.typedValue);
      else expect(restored).toBe(options.typedValue);
    });

    it('12. a blocked submit of a plain form shows Socle’s message only, no browser bubble', async () => {
      const { form, control, inner } = await renderInForm(options, { required: true });
      let bubbleCancelled: boolean | undefined;
      control.addEventListener('invalid', (event) => (bubbleCancelled = event.defaultPrevented));
      await submitsDuring(form, () => form.requestSubmit());
      expect(bubbleCancelled).toBe(true);
      // Cancelling the bubble cancels the browser's focus move: Socle moves the focus itself.
      expect(deepActiveElement()).toBe(inner);
    });
  });
}
