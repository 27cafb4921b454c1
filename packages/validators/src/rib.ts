/**
 * RIB (French bank details): bank(5) branch(5) account(11, may hold letters) key(2).
 * Key = 97 − ((89 × bank + 15 × branch + 3 × account) mod 97), letters of the account mapped to digits.
 * `validateRib` takes the 23 characters as one string (spaces allowed), as they appear on a RIB.
 */
import { type ValidationResult, checkShape, compact, fail, ok } from './result.js';

// A/J → 1, B/K/S → 2, … I/R → 9 (S starts at 2: the standard mapping).
function letterDigit(code: number): number {
  if (code <= 73) return code - 64; // A–I
  if (code <= 82) return code - 73; // J–R
  return code - 81; // S–Z
}

function accountNumber(account: string): number {
  let value = 0;
  for (let i = 0; i < account.length; i += 1) {
    const code = account.charCodeAt(i);
    value = value * 10 + (code >= 65 ? letterDigit(code) : code - 48);
  }
  return value;
}

/** The 2-digit key of a bank code, branch code and account number. */
export function ribKey(bank: string, branch: string, account: string): string {
  const rest = (89 * Number(bank) + 15 * Number(branch) + 3 * (accountNumber(account) % 97)) % 97;
  return String(97 - rest).padStart(2, '0');
}

/** Checks the key of a 23-character BBAN (already normalised). @internal */
export function ribKeyValid(bban: string): boolean {
  return /^\d{10}[0-9A-Z]{11}\d{2}$/.test(bban) && ribKey(bban.slice(0, 5), bban.slice(5, 10), bban.slice(10, 21)) === bban.slice(21);
}

export function validateRib(input: string): ValidationResult {
  const value = compact(input);
  const shape = checkShape(value, /^[A-Z0-9]+$/, 23);
  if (shape) return shape;
  if (!/^\d{10}[0-9A-Z]{11}\d{2}$/.test(value)) return fail('format');
  if (!ribKeyValid(value)) return fail('checksum');
  return ok(value, `${value.slice(0, 5)} ${value.slice(5, 10)} ${value.slice(10, 21)} ${value.slice(21)}`);
}

export const isValidRib = (input: string): boolean => validateRib(input).valid;
