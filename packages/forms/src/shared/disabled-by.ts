/**
 * Disabling fields on behalf of something else — a `show-when` that hides them, a `socle-fieldset disabled`
 * that holds them — without losing the author's own `disabled`. Each such cause is written in one attribute
 * (`data-socle-disabled-by="condition fieldset"`): a field is re-enabled only when no cause is left, and a
 * field the author disabled (disabled, without the attribute) is never touched.
 */

const ATTRIBUTE = 'data-socle-disabled-by';

export type DisableCause = 'condition' | 'fieldset';

interface Disableable extends Element {
  disabled: boolean;
}

/** The form controls in `root`, itself included: native controls and form-associated custom elements. */
export function controlsIn(root: Element): Disableable[] {
  return [root, ...Array.from(root.querySelectorAll('*'))].filter(
    (element): element is Disableable =>
      'disabled' in element &&
      (element instanceof HTMLInputElement ||
        element instanceof HTMLSelectElement ||
        element instanceof HTMLTextAreaElement ||
        element instanceof HTMLButtonElement ||
        (element.constructor as { formAssociated?: boolean }).formAssociated === true),
  );
}

function causesOf(control: Element): string[] {
  return (control.getAttribute(ATTRIBUTE) ?? '').split(' ').filter(Boolean);
}

/** Disables `control` for `cause` (unless its author disabled it). */
export function disableFor(control: Disableable, cause: DisableCause): void {
  const causes = causesOf(control);
  if (causes.includes(cause) || (causes.length === 0 && control.disabled)) return;
  control.setAttribute(ATTRIBUTE, [...causes, cause].join(' '));
  control.disabled = true;
}

/** Lifts `cause`; the control is enabled again when nothing else holds it. */
export function enableFor(control: Disableable, cause: DisableCause): void {
  const causes = causesOf(control);
  if (!causes.includes(cause)) return;
  const left = causes.filter((other) => other !== cause);
  if (left.length > 0) {
    control.setAttribute(ATTRIBUTE, left.join(' '));
    return;
  }
  control.removeAttribute(ATTRIBUTE);
  control.disabled = false;
}
