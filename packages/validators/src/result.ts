/** The result shape shared by every validator, and the input clean-up they all start with. */

/** Stable error codes. Each validator uses a subset; messages exist for every code it uses. */
export type ValidationError =
  | 'empty'
  | 'too-short'
  | 'too-long'
  | 'characters'
  | 'checksum'
  | 'country'
  | 'format'
  | 'date-not-real'
  | 'too-early'
  | 'too-late'
  | 'not-past'
  | 'not-future'
  | 'too-young'
  | 'too-old';

export type ValidationResult =
  | { readonly valid: true; readonly value: string; readonly formatted: string }
  | { readonly valid: false; readonly error: ValidationError };

export const ok = (value: string, formatted: string = value): ValidationResult => ({ valid: true, value, formatted });
export const fail = (error: ValidationError): ValidationResult => ({ valid: false, error });

/**
 * Input as a string whatever JavaScript passed (null, undefined, a number…), so validators never throw.
 * @internal
 */
export function text(input: unknown): string {
  if (typeof input === 'string') return input;
  if (typeof input === 'number' && Number.isFinite(input)) return String(input);
  return '';
}

/**
 * Removes what people type between characters (spaces of every kind, dots, dashes, slashes, underscores)
 * and upper-cases. Linear in the input length.
 * @internal
 */
export function compact(input: unknown): string {
  const raw = text(input);
  // Most input is already clean: skip the copies.
  if (/^[0-9A-Z]*$/.test(raw)) return raw;
  return raw
    .replace(/[\s.\-_/\u00a0\u202f]+/g, '')
    .toUpperCase();
}

/**
 * The common opening of fixed-length identifiers: empty, foreign characters (outside `allowed`), length.
 * @internal
 */
export function checkShape(value: string, allowed: RegExp, length: number): ValidationResult | undefined {
  if (value === '') return fail('empty');
  if (!allowed.test(value)) return fail('characters');
  if (value.length < length) return fail('too-short');
  if (value.length > length) return fail('too-long');
  return undefined;
}

/**
 * `checkShape` for digit-only identifiers.
 * @internal
 */
export const checkDigits = (value: string, length: number): ValidationResult | undefined => checkShape(value, /^\d+$/, length);

/**
 * Luhn check on a digit string.
 * @internal
 */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * Remainder modulo 97 of a long decimal string, digit by digit (no BigInt needed).
 * @internal
 */
export function mod97(digits: string): number {
  let remainder = 0;
  for (let i = 0; i < digits.length; i += 1) remainder = (remainder * 10 + digits.charCodeAt(i) - 48) % 97;
  return remainder;
}

/**
 * Groups a string in blocks: `group('FR7630006000', [4])` → `FR76 3000 6000`; the last size repeats.
 * @internal
 */
export function group(value: string, sizes: readonly number[], separator = ' '): string {
  const parts: string[] = [];
  let index = 0;
  let block = 0;
  while (index < value.length) {
    const size = sizes[Math.min(block, sizes.length - 1)] ?? value.length;
    parts.push(value.slice(index, index + size));
    index += size;
    block += 1;
  }
  return parts.join(separator);
}
