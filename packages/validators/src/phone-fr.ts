/**
 * French phone numbers, returned in E.164. Overseas departments are NOT +33: 0590/0690/0691 → +590,
 * 0594/0694 → +594, 0596/0696/0697 → +596, 0262/0263/0692/0693 (La Réunion) and 0269/0639 (Mayotte) → +262.
 * The territories with their own plan (Saint-Pierre-et-Miquelon +508, Wallis-et-Futuna +681,
 * Nouvelle-Calédonie +687, Polynésie française +689) are written internationally.
 *
 * Choices: `+33 0 6…` (a trunk 0 kept after the country code, a common mistake) is accepted and the 0 dropped;
 * `00` is read as `+`; `international: true` also accepts any other E.164 number (+ and 8 to 15 digits).
 */
import { type ValidationResult, fail, group, ok, text } from './result.js';

export interface PhoneFrOptions {
  /** Accept numbers of any country in international format. */
  international?: boolean;
}

/** Country code → [allowed national-number prefixes (empty: any), national-number length]. */
const PLANS: Record<string, readonly [readonly string[], number]> = {
  '33': [['1', '2', '3', '4', '5', '6', '7', '8', '9'], 9],
  '262': [['262', '263', '269', '639', '692', '693'], 9],
  '590': [['590', '690', '691'], 9],
  '594': [['594', '694'], 9],
  '596': [['596', '696', '697'], 9],
  '508': [[], 6],
  '681': [[], 6],
  '687': [[], 6],
  '689': [[], 8],
};

const OVERSEAS: Record<string, string> = {
  '590': '590', '690': '590', '691': '590',
  '594': '594', '694': '594',
  '596': '596', '696': '596', '697': '596',
  '262': '262', '263': '262', '692': '262', '693': '262', '269': '262', '639': '262',
};

function isNational(country: string): boolean {
  return PLANS[country]?.[1] === 9;
}

function format(country: string, national: string): string {
  return isNational(country) ? group(`0${national}`, [2]) : `+${country} ${group(national, [2])}`;
}

export function validatePhoneFr(input: string, options: PhoneFrOptions = {}): ValidationResult {
  const raw = text(input).trim();
  if (raw === '') return fail('empty');
  if (raw.length > 40) return fail('too-long');
  if (!/^\+?[\d\s.\-()/\u00a0\u202f]+$/.test(raw)) return fail('characters');
  let digits = raw.replace(/\D/g, '');
  let international = raw.startsWith('+');
  if (!international && digits.startsWith('00')) {
    digits = digits.slice(2);
    international = true;
  }
  if (!international) {
    // National format: 0 + 9 digits.
    if (!digits.startsWith('0')) return fail('format');
    if (digits.length < 10) return fail('too-short');
    if (digits.length > 10) return fail('too-long');
    const national = digits.slice(1);
    if (national.startsWith('0')) return fail('format');
    const country = OVERSEAS[national.slice(0, 3)] ?? '33';
    return ok(`+${country}${national}`, format(country, national));
  }
  const country = Object.keys(PLANS).find((code) => digits.startsWith(code));
  if (country) {
    const [prefixes, length] = PLANS[country]!;
    let national = digits.slice(country.length);
    if (national.startsWith('0') && national.length === length + 1) national = national.slice(1);
    if (national.length < length) return fail('too-short');
    if (national.length > length) return fail('too-long');
    if (prefixes.length > 0 && !prefixes.some((prefix) => national.startsWith(prefix))) return fail('format');
    // A mainland number written with an overseas prefix (or the reverse) is not a real number.
    if (country === '33' && OVERSEAS[national.slice(0, 3)]) return fail('format');
    return ok(`+${country}${national}`, format(country, national));
  }
  if (!options.international) return fail('country');
  if (digits.length < 8) return fail('too-short');
  if (digits.length > 15) return fail('too-long');
  if (digits.startsWith('0')) return fail('format');
  return ok(`+${digits}`, `+${digits}`);
}

export const isValidPhoneFr = (input: string): boolean => validatePhoneFr(input).valid;
