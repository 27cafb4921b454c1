/**
 * Drafts: what a person typed, saved in the browser's storage and put back after a reload or a crash — in
 * the tab's `sessionStorage` unless the person chooses to keep it on the device (`localStorage`). Sensitive
 * fields (NIR, IBAN, passwords, files, anything inside an element marked `sensitive`) are never written.
 * Storage may be disabled, full or throwing: every access is guarded and the form works without it.
 */
import { type DraftState, SocleFormControl, isEnhancedNative } from '@socle/core';

/** A field's saved state: its value, or the parts it was typed in (a date's day/month/year, a look-up's text and choice). */
export type DraftValue = DraftState;

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

/** A field marked sensitive by its class (`sensitive = true`), e.g. an IBAN or a file. */
interface MaybeSensitive extends Element {
  sensitive?: boolean;
}

const SENSITIVE_TYPES = new Set(['password', 'file', 'hidden']);
const SENSITIVE_AUTOCOMPLETE = /^(cc-|new-password|current-password|one-time-code)/;

/** Whether a field must never be written to storage: marked itself, inside a marked group, or by its kind. */
export function isSensitive(field: MaybeSensitive): boolean {
  // A marked group (fieldset, repeat, step…) covers every field inside; in HTML-first markup the mark may sit
  // on the author's native control inside the Socle element.
  if (field.sensitive === true || field.closest('[sensitive]') || field.querySelector(':scope > [sensitive]')) return true;
  if (field instanceof HTMLInputElement && SENSITIVE_TYPES.has(field.type)) return true;
  return SENSITIVE_AUTOCOMPLETE.test(field.getAttribute('autocomplete') ?? '');
}

/** The named fields a draft reads: Socle controls by their class, native controls by their tag. */
function draftFields(form: HTMLFormElement): [string, Element][] {
  const fields: [string, Element][] = [];
  for (const element of Array.from(form.elements)) {
    const name = element.getAttribute('name');
    // An HTML-first control's own inputs: the control holds (and restores) what they hold.
    if (name && !isSensitive(element) && !isEnhancedNative(element)) fields.push([name, element]);
  }
  return fields;
}

/** What the form's fields hold now, sensitive ones left out. */
export function collectFields(form: HTMLFormElement): Record<string, DraftValue> {
  const fields: Record<string, DraftValue> = {};
  for (const [name, element] of draftFields(form)) {
    if (element instanceof SocleFormControl) {
      const state = element.draftState();
      if (state !== undefined) fields[name] = state;
    } else if (element instanceof HTMLInputElement) {
      if (element.type === 'radio') {
        if (element.checked) fields[name] = element.value;
      } else if (element.type === 'checkbox') {
        const previous = fields[name];
        const list = Array.isArray(previous) ? [...(previous as readonly string[])] : [];
        if (element.checked) list.push(element.value);
        fields[name] = list;
      } else if (element.type !== 'submit' && element.type !== 'button' && element.type !== 'reset' && element.type !== 'image') {
        fields[name] = element.value;
      }
    } else if (element instanceof HTMLSelectElement) {
      fields[name] = element.multiple ? Array.from(element.selectedOptions, (option) => option.value) : element.value;
    } else if (element instanceof HTMLTextAreaElement) {
      fields[name] = element.value;
    }
  }
  return fields;
}

/** Puts saved values back into the form's fields (sensitive ones are never in a draft anyway). */
export function applyFields(form: HTMLFormElement, fields: Readonly<Record<string, DraftValue>>): void {
  for (const [name, element] of draftFields(form)) {
    const saved = fields[name];
    if (saved === undefined) continue;
    if (element instanceof SocleFormControl) element.restoreDraftState(saved);
    else if (element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox')) {
      const values: readonly unknown[] = Array.isArray(saved) ? saved : [saved];
      element.checked = values.includes(element.value);
    } else if (element instanceof HTMLSelectElement && element.multiple) {
      if (Array.isArray(saved)) for (const option of element.options) option.selected = (saved as readonly string[]).includes(option.value);
    } else if ((element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement) && typeof saved === 'string') {
      element.value = saved;
    }
  }
}

/** Where a draft is kept: the tab (`session`, gone when it is closed) or the device (`local`). */
export type DraftArea = 'session' | 'local';

/** The draft's storage, every access guarded: a private window, a full disk or a policy must not break the form. */
export class DraftStore {
  readonly key: string;
  readonly area: DraftArea;

  constructor(key: string, area: DraftArea) {
    this.key = `socle-brouillon:${key}`;
    this.area = area;
  }

  #storage(): Storage | undefined {
    try {
      return this.area === 'local' ? window.localStorage : window.sessionStorage;
    } catch {
      return undefined;
    }
  }

  /** Whether a `storage` event is about this draft. */
  concerns(event: StorageEvent): boolean {
    try {
      return event.key === this.key && event.storageArea === this.#storage();
    } catch {
      return false;
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
