/** RNA: the number of an association in the Répertoire national des associations, `W` + 9 digits. */
import { type ValidationResult, compact, fail, ok } from './result.js';

export function validateRna(input: string): ValidationResult {
  const value = compact(input);
  if (value === '') return fail('empty');
  if (!/^[A-Z0-9]+$/.test(value)) return fail('characters');
  if (!value.startsWith('W')) return fail('format');
  if (value.length < 10) return fail('too-short');
  if (value.length > 10) return fail('too-long');
  // Corsican prefectures number their associations W2A… and W2B….
  if (!/^W(?:\d{2}|2[AB])\d{7}$/.test(value)) return fail('format');
  return ok(value);
}

export const isValidRna = (input: string): boolean => validateRna(input).valid;
