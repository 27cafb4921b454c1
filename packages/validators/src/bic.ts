/** BIC (SWIFT code): bank(4 letters) country(2, a real ISO 3166 country) location(2) [branch(3)]. */
import { type ValidationResult, compact, fail, ok } from './result.js';

// ISO 3166-1 alpha-2 codes, concatenated (plus XK, used by SWIFT for Kosovo).
const COUNTRIES =
  'ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZ' +
  'DEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJE' +
  'JMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINL' +
  'NONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTL' +
  'TMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSXKYEYTZAZMZW';

/** Whether `code` is an ISO 3166-1 alpha-2 country code. */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  for (let i = 0; i < COUNTRIES.length; i += 2) if (COUNTRIES.startsWith(code, i)) return true;
  return false;
}

export function validateBic(input: string): ValidationResult {
  const value = compact(input);
  if (value === '') return fail('empty');
  if (!/^[A-Z0-9]+$/.test(value)) return fail('characters');
  if (value.length < 8 || (value.length > 8 && value.length < 11)) return fail('too-short');
  if (value.length > 11) return fail('too-long');
  if (!/^[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/.test(value)) return fail('format');
  if (!isCountryCode(value.slice(4, 6))) return fail('country');
  return ok(value);
}

export const isValidBic = (input: string): boolean => validateBic(input).valid;
