/**
 * Conditional fields: `show-when="situation=marie"` on any field, fieldset or block. The element shows
 * only while the condition holds; hidden, its fields are disabled, so they are neither validated nor
 * submitted, and what was typed in them comes back when they show again.
 *
 * Conditions: `name=value`, `name=a|b` (any of), `name!=value`, `name` (has a value: ticked, filled).
 */

import { controlsIn, disableFor, enableFor } from '../shared/disabled-by.js';

export interface Condition {
  name: string;
  negate: boolean;
  /** The values, any of which makes the condition hold; undefined: any value at all. */
  values: string[] | undefined;
}

export function parseCondition(text: string): Condition {
  const match = /^\s*([^!=]+?)\s*(!?=)\s*(.*)$/.exec(text);
  if (!match) return { name: text.trim(), negate: false, values: undefined };
  return {
    name: match[1] ?? '',
    negate: match[2] === '!=',
    values: (match[3] ?? '').split('|').map((value) => value.trim()),
  };
}

/** The `show-when` text of a condition (`parseCondition`'s inverse, spaces normalised). */
export function formatCondition(condition: Condition): string {
  if (condition.values === undefined) return condition.name;
  return `${condition.name}${condition.negate ? '!=' : '='}${condition.values.join('|')}`;
}

/** Whether `condition` holds for the data the form would submit now. */
export function conditionHolds(condition: Condition, data: FormData): boolean {
  const present = data.getAll(condition.name).filter((value) => value !== '');
  if (condition.values === undefined) return present.length > 0;
  const values = condition.values;
  const matches = present.some((value) => typeof value === 'string' && values.includes(value));
  return condition.negate ? !matches : matches;
}

/**
 * Applies every `show-when` of the form; returns the elements that have just appeared. Runs until stable,
 * so that a condition on a field that has just been hidden is re-evaluated.
 */
export function applyConditions(form: HTMLFormElement, scope: Element): Element[] {
  const shown: Element[] = [];
  for (let pass = 0; pass < 5; pass += 1) {
    let changed = false;
    const data = new FormData(form);
    for (const element of scope.querySelectorAll('[show-when]')) {
      const visible = conditionHolds(parseCondition(element.getAttribute('show-when') ?? ''), data);
      const hidden = element.hasAttribute('hidden');
      if (visible === !hidden) continue;
      changed = true;
      if (visible) {
        element.removeAttribute('hidden');
        for (const control of controlsIn(element)) enableFor(control, 'condition');
        shown.push(element);
      } else {
        element.setAttribute('hidden', '');
        for (const control of controlsIn(element)) disableFor(control, 'condition');
      }
    }
    if (!changed) break;
  }
  return shown;
}

/** Whether `element` is hidden by a condition (itself or an ancestor). */
export function hiddenByCondition(element: Element): boolean {
  return element.closest('[show-when][hidden]') !== null;
}
