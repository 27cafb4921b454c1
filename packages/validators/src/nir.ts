/**
 * NIR (numéro de sécurité sociale): sex(1) year(2) month(2) département(2, `2A`/`2B` for Corsica)
 * commune(3) order(3) key(2). Key = 97 − (first 13 digits mod 97), with 2A → 19 and 2B → 18.
 *
 * Choices: the first digit may be 1 to 8 (3, 4, 7 and 8 are temporary or foreign-born numbers, which are
 * real numbers people hold); the month may be 01–12, 20–42 or 50–99 (special cases of unknown months);
 * `withoutKey: true` also accepts the 13 characters alone (some forms ask for the key separately).
 */
import { type ValidationResult, compact, fail, mod97, ok } from './result.js';

export interface NirOptions {
  /** Also accept 13 characters without the key. */
  withoutKey?: boolean;
}

/** The 2-digit key of the first 13 characters of a NIR (Corsica handled). */
export function nirKey(first13: string): string {
  const digits = first13.replace(/^(.{5})2A/, '$119').replace(/^(.{5})2B/, '$118');
  return String(97 - mod97(digits)).padStart(2, '0');
}

const SHAPE = /^[1-8]\d{2}(?:0[1-9]|1[0-2]|[2-3]\d|4[0-2]|[5-9]\d)(?:\d{2}|2[AB])\d{6}(?:\d{2})?$/;

export function validateNir(input: string, options: NirOptions = {}): ValidationResult {
  const value = compact(input);
  if (value === '') return fail('empty');
  if (!/^[0-9AB]+$/.test(value)) return fail('characters');
  const minLength = options.withoutKey ? 13 : 15;
  if (value.length < minLength || value.length === 14) return fail('too-short');
  if (value.length > 15) return fail('too-long');
  if (!SHAPE.test(value)) return fail('format');
  const body = value.slice(0, 13);
  if (value.length === 15 && value.slice(13) !== nirKey(body)) return fail('checksum');
  const formatted = [value[0], value.slice(1, 3), value.slice(3, 5), value.slice(5, 7), value.slice(7, 10), value.slice(10, 13), value.slice(13)]
    .filter(Boolean)
    .join(' ');
  return ok(value, formatted);
}

export const isValidNir = (input: string): boolean => validateNir(input).valid;
