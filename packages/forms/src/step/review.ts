/** The rows of « Vérifier vos réponses »: each answered field of the steps before, as a person reads it. */
import { SocleFormControl } from '@socle/core';
import type { SocleStep, ReviewRow, ReviewSection } from './step.js';
import { hiddenByCondition } from '../form/conditions.js';
import { type ValidatableElement, fieldsOf } from '../form/fields.js';

const NOT_ANSWERS = new Set(['hidden', 'submit', 'button', 'reset', 'image']);

/** Whether a form element holds an answer: a Socle control (by its class), or a native field that is not a button. */
function isAnswer(field: Element): boolean {
  if (field instanceof SocleFormControl) return true;
  if (field instanceof HTMLInputElement) return !NOT_ANSWERS.has(field.type);
  return field instanceof HTMLSelectElement || field instanceof HTMLTextAreaElement;
}

/** The value as the page shows it: an option's text, the labels of the ticked boxes, or what was typed. */
function displayOf(form: HTMLFormElement, field: ValidatableElement, name: string): string {
  if (field.displayValue !== undefined) return field.displayValue;
  if (field instanceof HTMLSelectElement) return Array.from(field.selectedOptions, (option) => option.text).join(', ');
  if (field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox')) {
    const chosen = Array.from(form.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(name)}"]:checked`));
    return chosen.map((input) => input.labels?.[0]?.textContent.trim() ?? input.value).join(', ');
  }
  return (field as Partial<HTMLInputElement>).value ?? '';
}

/** The answers of the steps before `reviewIndex`, one section per step (review steps left out). */
export function reviewSections(form: HTMLFormElement, steps: readonly SocleStep[], reviewIndex: number): ReviewSection[] {
  const fields = fieldsOf(form);
  return steps
    .slice(0, reviewIndex)
    .map((step, index) => ({ step, index }))
    .filter(({ step }) => !step.review)
    .map(({ step, index }) => {
      const rows: ReviewRow[] = [];
      const seen = new Set<string>();
      for (const field of fields) {
        // A read-only Socle control is shown even without a name (an identity from FranceConnect), without « Modifier ».
        const readOnly = field instanceof SocleFormControl && field.readonly;
        const name = field.getAttribute('name') ?? (readOnly ? '' : null);
        if (name === null || !step.contains(field) || field.matches(':disabled') || hiddenByCondition(field)) continue;
        const label = field.displayLabel ?? (field.labels?.[0]?.textContent ?? name).trim();
        const key = name || `label:${label}`;
        if (!isAnswer(field) || seen.has(key) || !label) continue;
        seen.add(key);
        const item = field.closest('[data-socle-item]')?.getAttribute('legend');
        rows.push({ label: item ? `${item} — ${label}` : label, value: displayOf(form, field, name), target: field, changeable: !readOnly });
      }
      return { heading: step.heading, step: index, rows };
    });
}
