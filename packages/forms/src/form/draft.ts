/**
 * Drafts: what a person typed, saved in the browser's storage and put back after a reload, a crash or a
 * closed tab. Sensitive fields (NIR, IBAN, passwords, files, fields marked `sensitive`) are never written.
 * Storage may be disabled, full or throwing: every access is guarded and the form works without it.
 */
import { isEnhancedNative } from '@socle/core';

/** A field's saved state: its value, or the parts it was typed in (a date's day/month/year, a look-up's text and choice). */
export type DraftValue = string | string[] | boolean | Readonly<Record<string, string>>;

export interface Draft {
  version: 1;
  savedAt: number;
  expiresAt: number;
  /** The tab that wrote it, so that two tabs on the same form do not overwrite each other silently. */
  tab: string;
  step?: number;
  repeats: Record<string, number>;
  fields: Record<string, DraftValue>;
}

interface FieldLike extends Element {
  name?: string;
  value?: unknown;
  checked?: boolean;
  type?: string;
  sensitive?: boolean;
  typedParts?: Readonly<Record<string, string>>;
  setTypedParts?(parts: Readonly<Record<string, string>>): void;
}

const SENSITIVE_TYPES = new Set(['password', 'file', 'hidden']);
const SENSITIVE_AUTOCOMPLETE = /^(cc-|new-password|current-password|one-time-code)/;

/** Whether a field must never be written to storage. */
export function isSensitive(field: FieldLike): boolean {
  if (field.sensitive === true || field.hasAttribute('sensitive')) return true;
  if (field.localName === 'input' && SENSITIVE_TYPES.has(field.type ?? '')) return true;
  if (field.localName === 'socle-text-field' && field.getAttribute('type') === 'password') return true;
  return SENSITIVE_AUTOCOMPLETE.test(field.getAttribute('autocomplete') ?? '');
}

/** What the form's fields hold now, sensitive ones left out. */
export function collectFields(form: HTMLFormElement): Record<string, DraftValue> {
  const fields: Record<string, DraftValue> = {};
  for (const element of Array.from(form.elements) as FieldLike[]) {
    const name = element.getAttribute('name');
    // An HTML-first control's own inputs: the control holds (and restores) what they hold.
    if (!name || isSensitive(element) || isEnhancedNative(element)) continue;
    const tag = element.localName;
    if (tag === 'button' || tag === 'socle-button' || tag === 'fieldset' || tag === 'output' || element.type === 'submit') continue;
    if (element.typedParts) fields[name] = { ...element.typedParts };
    else if (tag === 'socle-checkbox') fields[name] = element.checked === true;
    else if (tag === 'input' && element.type === 'radio') {
      if (element.checked) fields[name] = String(element.value);
    } else if (tag === 'input' && element.type === 'checkbox') {
      const previous = fields[name];
      const list = Array.isArray(previous) ? previous : [];
      if (element.checked) list.push(String(element.value));
      fields[name] = list;
    } else if (tag === 'select' && (element as unknown as HTMLSelectElement).multiple) {
      fields[name] = Array.from((element as unknown as HTMLSelectElement).selectedOptions, (option) => option.value);
    } else if (Array.isArray(element.value)) {
      fields[name] = element.value.filter((value): value is string => typeof value === 'string');
    } else if (typeof element.value === 'string') {
      fields[name] = element.value;
    }
  }
  return fields;
}

/** Puts saved values back into the form's fields (sensitive ones are never in a draft anyway). */
export function applyFields(form: HTMLFormElement, fields: Readonly<Record<string, DraftValue>>): void {
  for (const element of Array.from(form.elements) as FieldLike[]) {
    const name = element.getAttribute('name');
    if (!name || !(name in fields) || isSensitive(element) || isEnhancedNative(element)) continue;
    const saved = fields[name];
    const tag = element.localName;
    if (element.setTypedParts && typeof saved === 'object' && !Array.isArray(saved)) element.setTypedParts(saved);
    else if (tag === 'socle-checkbox' && typeof saved === 'boolean') element.checked = saved;
    else if (tag === 'input' && (element.type === 'radio' || element.type === 'checkbox')) {
      const values = Array.isArray(saved) ? saved : [saved];
      element.checked = values.includes(String(element.value));
    } else if (tag === 'select' && (element as unknown as HTMLSelectElement).multiple && Array.isArray(saved)) {
      for (const option of (element as unknown as HTMLSelectElement).options) option.selected = saved.includes(option.value);
    } else if (Array.isArray(saved) || typeof saved === 'string') {
      element.value = saved;
    }
  }
}

/** The draft's storage, every access guarded: a private window, a full disk or a policy must not break the form. */
export class DraftStore {
  readonly key: string;

  constructor(key: string) {
    this.key = `socle-brouillon:${key}`;
  }

  #storage(): Storage | undefined {
    try {
      return window.localStorage;
    } catch {
      return undefined;
    }
  }

  read(now = Date.now()): Draft | undefined {
    try {
      const text = this.#storage()?.getItem(this.key);
      if (!text) return undefined;
      const draft = JSON.parse(text) as Partial<Draft>;
      if (draft.version !== 1 || typeof draft.fields !== 'object' || typeof draft.expiresAt !== 'number') return undefined;
      if (draft.expiresAt < now) {
        this.clear();
        return undefined;
      }
      return draft as Draft;
    } catch {
      return undefined;
    }
  }

  /** Returns false when the browser refused (storage disabled or full). */
  write(draft: Draft): boolean {
    try {
      const storage = this.#storage();
      if (!storage) return false;
      storage.setItem(this.key, JSON.stringify(draft));
      return true;
    } catch {
      return false;
    }
  }

  clear(): void {
    try {
      this.#storage()?.removeItem(this.key);
    } catch {
      // Nothing to do: the draft could not have been written either.
    }
  }
}
