/** SIREN: the 9-digit identifier of a company or association, with a Luhn check digit. */
import { type ValidationResult, checkDigits, compact, fail, group, luhn, ok } from './result.js';

export function validateSiren(input: string): ValidationResult {
  const value = compact(input);
  return checkDigits(value, 9) ?? (luhn(value) ? ok(value, group(value, [3])) : fail('checksum'));
}

export const isValidSiren = (input: string): boolean => validateSiren(input).valid;
