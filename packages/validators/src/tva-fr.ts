/**
 * French intra-community VAT number: `FR` + 2-character key + SIREN. A numeric key is computed from the
 * SIREN; newer numbers have an alphanumeric key whose algorithm is not public, so for those only the SIREN
 * is checked.
 */
import { type ValidationResult, compact, fail, luhn, ok } from './result.js';

/** The numeric key of a SIREN: (12 + 3 × (SIREN mod 97)) mod 97, on two digits. */
export function tvaFrKey(siren: string): string {
  return String((12 + 3 * (Number(siren) % 97)) % 97).padStart(2, '0');
}

export function validateTvaFr(input: string): ValidationResult {
  const value = compact(input);
  if (value === '') return fail('empty');
  if (!/^[A-Z0-9]+$/.test(value)) return fail('characters');
  if (!/^[A-Z]{2}/.test(value)) return fail('format');
  if (!value.startsWith('FR')) return fail('country');
  if (value.length < 13) return fail('too-short');
  if (value.length > 13) return fail('too-long');
  const key = value.slice(2, 4);
  const siren = value.slice(4);
  if (!/^\d{9}$/.test(siren) || !/^[0-9A-Z]{2}$/.test(key)) return fail('format');
  if (!luhn(siren)) return fail('checksum');
  if (/^\d{2}$/.test(key) && key !== tvaFrKey(siren)) return fail('checksum');
  return ok(value, `FR ${key} ${siren}`);
}

export const isValidTvaFr = (input: string): boolean => validateTvaFr(input).valid;
