/**
 * HTML-first groups: `<socle-radio-group>` and `<socle-checkbox-group>` around the author's `<fieldset>`,
 * its `<legend>`, an optional `.socle-hint`, and one `.socle-option` per native input with its `<label>`.
 * The inputs keep their names and submit themselves, as without the script; the group checks and speaks.
 */
import { labelOf, spokenText } from '@socle/core';
import type { ChoiceOption } from './options.js';

/** The group's native inputs of `type`, in order. */
export function groupInputs(fieldset: Element, type: 'radio' | 'checkbox'): HTMLInputElement[] {
  return Array.from(fieldset.querySelectorAll<HTMLInputElement>(`input[type="${type}"]`));
}

/** The choices the inputs stand for (label and hint as a person hears them), for the review and `displayValue`. */
export function inputChoices(inputs: readonly HTMLInputElement[]): ChoiceOption[] {
  return inputs.map((input) => {
    const scope = input.closest('fieldset') ?? input.parentElement ?? input;
    const choice: ChoiceOption = { value: input.value, label: spokenText(labelOf(input, scope)) || input.value };
    const hint = spokenText(input.closest('.socle-option')?.querySelector('.socle-hint'));
    if (hint) choice.hint = hint;
    if (input.disabled) choice.disabled = true;
    if (input.defaultChecked) choice.selected = true;
    return choice;
  });
}

/**
 * Takes the inputs' name (kept on them too) and `required` (removed from them: the group checks it, with
 * its message and no browser bubble). Returns whether any input was required.
 */
export function adoptGroupInputs(host: Element, inputs: readonly HTMLInputElement[]): boolean {
  const name = inputs[0]?.name;
  if (name && !host.hasAttribute('name')) host.setAttribute('name', name);
  let required = false;
  for (const input of inputs) {
    if (input.required) required = true;
    input.required = false;
  }
  return required;
}

/** Where the group's error goes: after the legend and hint, before the first option. */
export function beforeOptions(fieldset: HTMLElement, inputs: readonly HTMLInputElement[]): [parent: Node, before: Node | null] {
  let before: Node | null = inputs[0] ?? null;
  while (before && before.parentNode !== fieldset) before = before.parentNode;
  return [fieldset, before];
}
