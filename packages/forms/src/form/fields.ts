/** What the engine's parts read of a form's fields, native or Socle, and the waits they share. */
import { isEnhancedNative } from '@socle/core';

/** A field as the engine reads it: a native control or a Socle control (whose extras are optional). */
export interface ValidatableElement extends HTMLElement {
  name?: string;
  willValidate: boolean;
  validity: ValidityState;
  validationMessage: string;
  checkValidity(): boolean;
  setCustomValidity?(message: string): void;
  showErrors?(): boolean;
  error?: string;
  displayLabel?: string;
  displayValue?: string;
  labels?: NodeListOf<HTMLLabelElement> | NodeList | null;
}

/** The form's fields the engine counts: an HTML-first control's own native inputs are left to the control. */
export function fieldsOf(form: HTMLFormElement): ValidatableElement[] {
  return (Array.from(form.elements) as ValidatableElement[]).filter((el) => !isEnhancedNative(el));
}

/** The invalid fields in page order; fires `invalid` on each, so that each shows its own message. */
export function invalidFields(form: HTMLFormElement): ValidatableElement[] {
  form.checkValidity();
  return fieldsOf(form).filter((el) => el.willValidate && !el.validity.valid);
}

/** Resolves once every element inside `root` has rendered. */
export async function elementsUpdated(root: Element): Promise<void> {
  await Promise.all(
    Array.from(root.querySelectorAll('*'), (el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete ?? Promise.resolve()),
  );
}
