// Helpers for the browser tests of the look-up fields (@socle/referentiels): wait for the proposals, read them.
import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';
import { deepActiveElement } from './helpers.js';

/** The focused look-up field: the host of the deepest focused element (fields may nest in shadow roots). */
export function focusedField(): HTMLElement {
  const active = deepActiveElement();
  const root = active?.getRootNode();
  if (root instanceof ShadowRoot) return root.host as HTMLElement;
  // HTML-first markup: the author's input, in the field's light DOM.
  const field = active?.closest<HTMLElement>(':is(socle-commune-field, socle-country-field, socle-address-field, socle-company-field)');
  if (!field) throw new Error('no field has focus');
  return field;
}

export function listbox(field: HTMLElement): HTMLElement {
  return (field.shadowRoot ?? field).querySelector<HTMLElement>('[role="listbox"]')!;
}

export function comboInput(field: HTMLElement): HTMLInputElement {
  return (field.shadowRoot ?? field).querySelector<HTMLInputElement>('[role="combobox"]')!;
}

/** The proposals' texts once the list is open (a busy test machine may take seconds). */
export async function proposals(field: HTMLElement): Promise<string[]> {
  await expect.poll(() => comboInput(field).getAttribute('aria-expanded'), { timeout: 10_000 }).toBe('true');
  return Array.from(listbox(field).querySelectorAll('[role="option"]'), (option) => option.textContent.replace(/\s+/g, ' ').trim());
}

/** Replaces the field's text with `text` (typed key by key), then waits for the proposals. */
export async function typeAndWait(text: string): Promise<HTMLElement> {
  const field = focusedField();
  await userEvent.keyboard('{Control>}a{/Control}');
  await userEvent.keyboard(text);
  await proposals(field);
  return field;
}

/** Types `text`, then picks the first proposal with the keyboard. */
export async function typeAndChooseFirst(text: string): Promise<void> {
  await typeAndWait(text);
  await userEvent.keyboard('{ArrowDown}{Enter}');
}

/**
 * Replaces the focused field's text with `text` in one input event, as a paste does: for tests whose typing
 * is only set-up, so that a busy machine's pauses between keys add no request. (Not `userEvent.fill`, which
 * finds its element again by a selector.)
 */
export function paste(text: string): void {
  const active = deepActiveElement();
  if (!(active instanceof HTMLInputElement)) throw new Error('no text field has focus');
  active.value = text;
  active.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste', data: text }));
}
