/**
 * SIRET: SIREN + 5-digit establishment number, Luhn-checked — except La Poste's establishments (SIREN
 * 356000000), whose numbers follow another rule: the sum of the digits is a multiple of 5.
 */
import { type ValidationResult, checkDigits, compact, fail, luhn, ok } from './result.js';

const LA_POSTE = '356000000';
const LA_POSTE_HEAD_OFFICE = '35600000000048';

function digitSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) sum += digits.charCodeAt(i) - 48;
  return sum;
}

export function validateSiret(input: string): ValidationResult {
  const value = compact(input);
  const shape = checkDigits(value, 14);
  if (shape) return shape;
  const valid =
    value.startsWith(LA_POSTE) && value !== LA_POSTE_HEAD_OFFICE ? digitSum(value) % 5 === 0 : luhn(value);
  return valid ? ok(value, `${value.slice(0, 3)} ${value.slice(3, 6)} ${value.slice(6, 9)} ${value.slice(9)}`) : fail('checksum');
}

export const isValidSiret = (input: string): boolean => validateSiret(input).valid;
