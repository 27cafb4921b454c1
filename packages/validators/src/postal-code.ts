/**
 * French postal code: 5 digits, in the ranges La Poste uses (01–95 mainland and Corsica, 971–976 DROM,
 * 975 Saint-Pierre-et-Miquelon, 977/978 Saint-Barthélemy/Saint-Martin, 984–988 Pacific territories).
 * 98000 is Monaco's: refused unless `allowMonaco`.
 */
import { type ValidationResult, checkDigits, compact, fail, ok } from './result.js';

export interface PostalCodeOptions {
  /** Accept Monaco's 98000. */
  allowMonaco?: boolean;
}

export function validatePostalCode(input: string, options: PostalCodeOptions = {}): ValidationResult {
  const value = compact(input);
  const shape = checkDigits(value, 5);
  if (shape) return shape;
  if (value === '98000') return options.allowMonaco ? ok(value) : fail('country');
  if (!/^(?:0[1-9]|[1-8]\d|9[0-5]|97[1-8]|98[4-8])/.test(value)) return fail('format');
  return ok(value);
}

export const isValidPostalCode = (input: string): boolean => validatePostalCode(input).valid;
