/** Property-based tests: generated valid identifiers, single-digit changes, round trips, hostile input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as v from './index.js';

const digits = (length: number) => fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'), minLength: length, maxLength: length });

/** The Luhn check digit to append to `body`. */
function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    let digit = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return String((10 - (sum % 10)) % 10);
}

const siren = digits(8).map((body) => body + luhnDigit(body));
const siret = digits(13)
  .filter((body) => !body.startsWith('356000000'))
  .map((body) => body + luhnDigit(body));
const nir = fc
  .tuple(
    fc.constantFrom('1', '2'),
    digits(2),
    fc.integer({ min: 1, max: 12 }).map((m) => String(m).padStart(2, '0')),
    fc.oneof(fc.integer({ min: 1, max: 95 }).filter((d) => d !== 20).map((d) => String(d).padStart(2, '0')), fc.constantFrom('2A', '2B')),
    digits(6),
  )
  .map((parts) => parts.join(''))
  .map((body) => body + v.nirKey(body));
const tva = siren.map((s) => `FR${v.tvaFrKey(s)}${s}`);
const rib = fc.tuple(digits(5), digits(5), digits(11)).map(([bank, branch, account]) => bank + branch + account + v.ribKey(bank, branch, account));
const iban = rib.map((bban) => {
  const check = 98 - Number(BigInt(`${bban}152700`) % 97n);
  return `FR${String(check).padStart(2, '0')}${bban}`;
});

/** Every variant of `value` with exactly one digit replaced by another digit. */
function singleDigitChanges(value: string, from = 0): string[] {
  const variants: string[] = [];
  for (let i = from; i < value.length; i += 1) {
    if (!/\d/.test(value[i]!)) continue;
    for (let d = 0; d <= 9; d += 1) {
      if (String(d) !== value[i]) variants.push(value.slice(0, i) + String(d) + value.slice(i + 1));
    }
  }
  return variants;
}

const checksummed: [string, fc.Arbitrary<string>, (input: string) => v.ValidationResult, number][] = [
  ['NIR', nir, v.validateNir, 0],
  ['SIREN', siren, v.validateSiren, 0],
  ['SIRET', siret, v.validateSiret, 0],
  ['TVA', tva, v.validateTvaFr, 2],
  ['RIB', rib, v.validateRib, 0],
  ['IBAN', iban, v.validateIban, 2],
];

describe.each(checksummed)('%s', (_name, arbitrary, validate, from) => {
  it('accepts every generated valid identifier', () => {
    fc.assert(fc.property(arbitrary, (value) => validate(value).valid));
  });

  it('rejects any single-digit change', () => {
    fc.assert(
      fc.property(arbitrary, (value) => singleDigitChanges(value, from).every((changed) => !validate(changed).valid)),
      { numRuns: 60 },
    );
  });

  it('round-trips through its formatted form, and normalising is idempotent', () => {
    fc.assert(
      fc.property(arbitrary, (value) => {
        const result = validate(value);
        if (!result.valid) return false;
        const again = validate(result.formatted);
        const twice = validate(result.value);
        return again.valid && again.value === result.value && twice.valid && twice.value === result.value;
      }),
    );
  });
});

describe('round trips of the other validators', () => {
  const phone = fc.oneof(
    digits(8).map((d) => `06${d}`),
    digits(8).map((d) => `01${d}`),
    digits(6).map((d) => `0692${d}`),
    digits(6).map((d) => `0590${d}`),
    digits(6).map((d) => `+687${d}`),
    digits(8).map((d) => `+689${d}`),
  );
  const date = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const cases: [string, fc.Arbitrary<string>, (input: string) => v.ValidationResult][] = [
    ['phone', phone, v.validatePhoneFr],
    ['date', date, v.validateDate],
    ['postal code', digits(3).map((d) => `75${d}`), v.validatePostalCode],
    ['commune code', digits(3).map((d) => `2A${d}`), v.validateCommuneCode],
    ['RNA', digits(9).map((d) => `W${d}`), v.validateRna],
  ];
  it.each(cases)('%s', (_name, arbitrary, validate) => {
    fc.assert(
      fc.property(arbitrary, (value) => {
        const result = validate(value);
        if (!result.valid) return false;
        const again = validate(result.formatted);
        return again.valid && again.value === result.value && validate(result.value).valid;
      }),
    );
  });
});

describe('hostile input', () => {
  const all: ((input: string) => unknown)[] = [
    v.validateNir, v.validateSiren, v.validateSiret, v.validateTvaFr, v.validateIban, v.validateBic, v.validateRib,
    v.validateRna, v.validatePhoneFr, v.validatePostalCode, v.validateCommuneCode, v.validateEmail, v.validateDate,
    v.suggestEmailFix, v.isValidIban, v.isValidSiret,
  ];

  it('never throws on arbitrary strings, and gives the same verdict as isValidX', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (input) => {
        for (const validate of all) validate(input);
        return v.isValidIban(input) === v.validateIban(input).valid && v.isValidNir(input) === v.validateNir(input).valid;
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on what JavaScript may pass instead of a string', () => {
    const odd: unknown[] = [null, undefined, 42, NaN, {}, [], Symbol('x'), () => 1, 12345678901234567890n];
    for (const validate of all) {
      for (const input of odd) expect(() => validate(input as string)).not.toThrow();
    }
    expect(v.validateSiret(null as unknown as string)).toEqual({ valid: false, error: 'empty' });
  });

  it('copes with very long input (a megabyte of digits, emoji, control characters)', () => {
    const inputs = ['1'.repeat(1_000_000), '😀'.repeat(200_000), '\u0000\u001b[31m\u202e'.repeat(100_000), `${'a'.repeat(500_000)}@${'b'.repeat(500_000)}`];
    for (const input of inputs) for (const validate of all) expect(() => validate(input)).not.toThrow();
    expect(v.validateIban('1'.repeat(1_000_000))).toEqual({ valid: false, error: 'format' });
  });
});
