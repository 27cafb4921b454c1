/** The compact IBAN registry checked against ibantools' copy of the SWIFT registry. */
import { getCountrySpecifications, isValidIBAN } from 'ibantools';
import { describe, expect, it } from 'vitest';
import { ibanLength, validateIban } from './iban.js';

describe('IBAN registry', () => {
  it('has every country of the official registry, with the same length', () => {
    const specs = getCountrySpecifications();
    const official = Object.entries(specs).filter(([, spec]) => spec.IBANRegistry && spec.chars);
    expect(official.length).toBeGreaterThan(80);
    for (const [country, spec] of official) expect(ibanLength(country), country).toBe(spec.chars);
  });

  it('agrees with ibantools on the verdict of sample IBANs', () => {
    const samples = ['FR7630006000011234567890189', 'DE89370400440532013000', 'GB29NWBK60161331926819', 'NO9386011117947', 'FR7630006000011234567890188'];
    for (const iban of samples) expect(validateIban(iban).valid, iban).toBe(isValidIBAN(iban));
  });
});
