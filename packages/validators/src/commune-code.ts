/**
 * INSEE commune code (COG): 5 characters, département `01`–`95`, `2A`/`2B` (Corsica) or `97x`/`98x`.
 * Only the format is checked here; whether the commune exists is @socle/referentiels' job. A code
 * starting with `20` is Corsica's pre-1976 numbering: refused with `format`.
 */
import { type ValidationResult, checkShape, compact, fail, ok } from './result.js';

export function validateCommuneCode(input: string): ValidationResult {
  const value = compact(input);
  const shape = checkShape(value, /^[0-9AB]+$/, 5);
  if (shape) return shape;
  if (!/^(?:(?:0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5])\d{3}|97[1-8]\d{2}|98[4-9]\d{2})$/.test(value)) return fail('format');
  return ok(value);
}

export const isValidCommuneCode = (input: string): boolean => validateCommuneCode(input).valid;
