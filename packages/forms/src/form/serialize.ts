/**
 * Turns a form into typed, nested JSON for single-page apps: `enfants[0][prenom]` or `adresse.ville` nest,
 * repeated names become arrays, numbers are numbers, a lone checkbox is a boolean, a checkbox group is
 * always an array. Files stay `File` objects (send them with `FormData`).
 */
import { type JsonKind, SocleFormControl, isEnhancedNative } from '@socle/core';

export type JsonValue = string | number | boolean | null | File | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };


/** `a.b[0][c]` → `['a', 'b', 0, 'c']`; `a[]` → `['a', '']` (append). */
export function parseName(name: string): (string | number)[] {
  const parts: (string | number)[] = [];
  const re = /([^.[\]]+)|\[(\d*)\]|\[([^\]]+)\]/g;
  for (const match of name.matchAll(re)) {
    if (match[1] !== undefined) parts.push(/^\d+$/.test(match[1]) && parts.length > 0 ? Number(match[1]) : match[1]);
    else if (match[2] !== undefined) parts.push(match[2] === '' ? '' : Number(match[2]));
    else if (match[3] !== undefined) parts.push(match[3]);
  }
  return parts.length > 0 ? parts : [name];
}

/** The JSON type of a field's entries: a Socle control says so itself; native ones by their type. */
function kindOf(element: Element): JsonKind | undefined {
  if (element instanceof SocleFormControl) return element.jsonKind;
  if (element instanceof HTMLSelectElement) return element.multiple ? 'array' : undefined;
  if (!(element instanceof HTMLInputElement)) return undefined;
  if (element.type === 'number') return 'number';
  return element.type === 'checkbox' && element.getAttribute('value') === null ? 'boolean' : undefined;
}

function convert(value: FormDataEntryValue, kind: JsonKind | undefined): JsonValue {
  if (typeof value !== 'string') return value;
  if (kind === 'number') return value.trim() === '' ? null : Number(value.replace(',', '.'));
  if (kind === 'boolean') return value === 'on' ? true : value;
  return value;
}

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof File);
}

/** Puts `value` at `path` in `target`; a second value at the same leaf turns it into an array. */
function assign(target: JsonObject | JsonValue[], path: (string | number)[], value: JsonValue, asArray: boolean): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  const container = target as Record<string | number, JsonValue | undefined> & JsonValue[];
  const key = head === '' && Array.isArray(target) ? target.length : head;
  if (rest.length === 0) {
    const existing = container[key];
    if (head === '' && !Array.isArray(target)) return;
    if (asArray) container[key] = Array.isArray(existing) ? existing.concat([value]) : [value];
    else if (existing === undefined) container[key] = value;
    else container[key] = Array.isArray(existing) ? existing.concat([value]) : [existing, value];
    return;
  }
  const next = rest[0];
  let child = container[key];
  if (!isObject(child) && !Array.isArray(child)) {
    child = typeof next === 'number' || next === '' ? [] : {};
    container[key] = child;
  }
  assign(child, rest, value, asArray);
}

/**
 * The form's data as nested JSON (what the form would submit, typed). With `submitter` (the button that
 * submitted it, `SubmitEvent.submitter`), its name and value are included, as the browser does.
 */
export function serialize(form: HTMLFormElement, submitter?: HTMLElement | null): JsonObject {
  const kinds = new Map<string, JsonKind>();
  for (const element of Array.from(form.elements)) {
    const name = element.getAttribute('name');
    if (!name || element.matches(':disabled') || isEnhancedNative(element)) continue;
    const kind = kindOf(element);
    if (kind) kinds.set(name, kind);
  }
  const result: JsonObject = {};
  const present = new Set<string>();
  for (const [name, value] of new FormData(form, submitter)) {
    present.add(name);
    const kind = kinds.get(name);
    assign(result, parseName(name), convert(value, kind), kind === 'array');
  }
  // Unticked boxes and empty groups submit nothing; JSON says so explicitly.
  for (const [name, kind] of kinds) {
    if (present.has(name)) continue;
    if (kind === 'boolean') assign(result, parseName(name), false, false);
    else if (kind === 'array') assign(result, parseName(name), [], false);
  }
  return result;
}
