/**
 * IBAN (ISO 13616): country, 2 check digits, BBAN; length fixed per country; mod 97 = 1. For French
 * IBANs (and Monaco and the French territories that use French bank codes) the RIB key inside the BBAN is
 * checked too.
 *
 * The registry is written here as one compact string (country + length) rather than taken from
 * `ibantools`: its per-country BBAN patterns would cost several kilobytes, beyond this package's budget.
 * A test checks this table against ibantools' registry.
 */
import { ribKeyValid } from './rib.js';
import { type ValidationResult, compact, fail, group, ok } from './result.js';

// SWIFT IBAN registry (country code + total length), plus the French territories using French BBANs.
const REGISTRY =
  'AD24AE23AL28AT20AX18AZ28BA20BE16BG22BH22BI27BL27BR29BY28CH21CR22CY28CZ24DE22DJ27DK18DO28EE20EG29ES24FI18' +
  'FK18FO18FR27GB22GE22GF27GI23GL18GP27GR27GT28HN28HR21HU28IE22IL23IQ23IS26IT27JO30KW30KZ20LB28LC32LI21LT20' +
  'LU20LV21LY25MC27MD24ME22MF27MK19MN20MQ27MR27MT31MU30NC27NI28NL18NO15OM23PF27PK24PL28PM27PS29PT25QA29RE27' +
  'RO24RS22RU33SA24SC31SD18SE24SI19SK24SM27SO23ST25SV28TF27TL23TN24TR26UA29VA22VG24WF27XK20YE30YT27';

const FRENCH_BBAN = new Set(['FR', 'MC', 'GF', 'GP', 'MQ', 'RE', 'YT', 'NC', 'PF', 'PM', 'TF', 'WF', 'BL', 'MF']);

/** The IBAN length of a country, or undefined when the country has no IBAN. */
export function ibanLength(country: string): number | undefined {
  for (let i = 0; i < REGISTRY.length; i += 4) {
    if (REGISTRY.startsWith(country, i)) return Number(REGISTRY.slice(i + 2, i + 4));
  }
  return undefined;
}

/** ISO 7064 mod 97 of the IBAN moved left by 4, letters read as 10 … 35, without building the number. */
function ibanMod97(value: string): number {
  let remainder = 0;
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt((i + 4) % value.length);
    remainder = code >= 65 ? (remainder * 100 + code - 55) % 97 : (remainder * 10 + code - 48) % 97;
  }
  return remainder;
}

export function validateIban(input: string): ValidationResult {
  const value = compact(input);
  if (value === '') return fail('empty');
  if (!/^[A-Z0-9]+$/.test(value)) return fail('characters');
  const country = value.slice(0, 2);
  if (!/^[A-Z]{2}\d{2}/.test(value)) return fail('format');
  const length = ibanLength(country);
  if (length === undefined) return fail('country');
  if (value.length < length) return fail('too-short');
  if (value.length > length) return fail('too-long');
  if (ibanMod97(value) !== 1) return fail('checksum');
  if (FRENCH_BBAN.has(country) && !ribKeyValid(value.slice(4))) return fail('checksum');
  return ok(value, group(value, [4]));
}

export const isValidIban = (input: string): boolean => validateIban(input).valid;
