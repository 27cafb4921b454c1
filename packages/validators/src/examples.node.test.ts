/** The worked examples of the shared rules, and examples from public documentation. */
import { describe, expect, it } from 'vitest';
import * as v from './index.js';

const valid = (result: v.ValidationResult) => (result.valid ? result : undefined);
const error = (result: v.ValidationResult) => (result.valid ? 'valid' : result.error);

describe('NIR', () => {
  it.each([
    ['2 55 08 14 168 025 38', '255081416802538'],
    ['1 84 12 76 451 089 46', '184127645108946'],
    ['2 53 07 2A 073 004 43', '253072A07300443'],
    ['2 53 07 2B 073 004 70', '253072B07300470'],
    ['2 95 10 99 126 111 93', '295109912611193'],
    ['2.53.07.2a.073.004.43', '253072A07300443'],
  ])('accepts %s', (input, value) => {
    expect(valid(v.validateNir(input))?.value).toBe(value);
  });
  it('formats by groups', () => expect(valid(v.validateNir('255081416802538'))?.formatted).toBe('2 55 08 14 168 025 38'));
  it('rejects a wrong key, a missing digit, a bad month or sex digit', () => {
    expect(error(v.validateNir('2 55 08 14 168 025 39'))).toBe('checksum');
    expect(error(v.validateNir('2 55 08 14 168 025 3'))).toBe('too-short');
    expect(error(v.validateNir('2 55 13 14 168 025 38'))).toBe('format');
    expect(error(v.validateNir('0 55 08 14 168 025 38'))).toBe('format');
  });
  it('accepts temporary numbers (first digit 7 or 8) and unknown months (20–42, 50+)', () => {
    const body = '7550814168025';
    expect(v.isValidNir(body + v.nirKey(body))).toBe(true);
    const unknownMonth = '1553014168025';
    expect(v.isValidNir(unknownMonth + v.nirKey(unknownMonth))).toBe(true);
  });
  it('accepts 13 characters without the key only when asked', () => {
    expect(error(v.validateNir('2550814168025'))).toBe('too-short');
    expect(valid(v.validateNir('2550814168025', { withoutKey: true }))?.value).toBe('2550814168025');
  });
});

describe('SIREN, SIRET, TVA', () => {
  it('checks SIREN with Luhn', () => {
    for (const ok of ['732829320', '404833048', '356000000', '732 829 320']) expect(v.isValidSiren(ok), ok).toBe(true);
    expect(error(v.validateSiren('404833047'))).toBe('checksum');
    expect(error(v.validateSiren('40483304'))).toBe('too-short');
    expect(error(v.validateSiren('40483304A'))).toBe('characters');
  });
  it('checks SIRET with Luhn, and La Poste by digit sum', () => {
    expect(v.validateSiret('732 829 320 00074')).toEqual({ valid: true, value: '73282932000074', formatted: '732 829 320 00074' });
    expect(v.isValidSiret('35600000000048')).toBe(true);
    expect(v.isValidSiret('35600000000001')).toBe(true);
    expect(error(v.validateSiret('35600000000014'))).toBe('checksum');
    expect(error(v.validateSiret('73282932000075'))).toBe('checksum');
    expect(error(v.validateSiret('732829320000744'))).toBe('too-long');
  });
  it('checks the French VAT key from the SIREN; accepts fr, spaces, and alphanumeric keys', () => {
    expect(valid(v.validateTvaFr('fr 44 732 829 320'))?.value).toBe('FR44732829320');
    expect(v.isValidTvaFr('FR39356000000')).toBe(true);
    expect(error(v.validateTvaFr('FR45732829320'))).toBe('checksum');
    expect(error(v.validateTvaFr('DE44732829320'))).toBe('country');
    expect(error(v.validateTvaFr('44732829320'))).toBe('format');
    expect(v.isValidTvaFr('FRA4732829320')).toBe(true);
    expect(error(v.validateTvaFr('FRA4732829321'))).toBe('checksum');
    expect(v.tvaFrKey('732829320')).toBe('44');
  });
});

describe('IBAN, RIB, BIC', () => {
  it.each([
    ['FR76 3000 6000 0112 3456 7890 189', 'FR7630006000011234567890189', 'FR76 3000 6000 0112 3456 7890 189'],
    ['fr14 2004 1010 0505 0001 3m02 606', 'FR1420041010050500013M02606', 'FR14 2004 1010 0505 0001 3M02 606'],
    ['DE89 3704 0044 0532 0130 00', 'DE89370400440532013000', 'DE89 3704 0044 0532 0130 00'],
    ['GB29 NWBK 6016 1331 9268 19', 'GB29NWBK60161331926819', 'GB29 NWBK 6016 1331 9268 19'],
    ['BE68 5390 0754 7034', 'BE68539007547034', 'BE68 5390 0754 7034'],
  ])('accepts %s', (input, value, formatted) => {
    expect(v.validateIban(input)).toEqual({ valid: true, value, formatted });
  });
  it('rejects unknown countries, wrong lengths and checksums', () => {
    expect(error(v.validateIban('US12 3456 7890 1234'))).toBe('country');
    expect(error(v.validateIban('FR76 3000 6000 0112 3456 7890 18'))).toBe('too-short');
    expect(error(v.validateIban('FR76 3000 6000 0112 3456 7890 1891'))).toBe('too-long');
    expect(error(v.validateIban('FR77 3000 6000 0112 3456 7890 189'))).toBe('checksum');
    expect(error(v.validateIban('3000 6000'))).toBe('format');
    expect(error(v.validateIban('FR76-3000-6000-0112-3456-7890-18é'))).toBe('characters');
  });
  it('checks the RIB key inside a French IBAN even when mod 97 passes', () => {
    // Same BBAN with a wrong RIB key (88), IBAN check digits recomputed so that mod 97 passes.
    const bban = '3000600001123456789018' + '8';
    const check = 98 - Number(BigInt(`${bban}152700`) % 97n);
    const iban = `FR${String(check).padStart(2, '0')}${bban}`;
    expect(error(v.validateIban(iban))).toBe('checksum');
  });
  it('computes and checks RIB keys', () => {
    expect(v.ribKey('30006', '00001', '12345678901')).toBe('89');
    expect(v.ribKey('20041', '01005', '0500013M026')).toBe('06');
    expect(v.validateRib('20041 01005 0500013M026 06')).toEqual({
      valid: true,
      value: '20041010050500013M02606',
      formatted: '20041 01005 0500013M026 06',
    });
    expect(error(v.validateRib('30006 00001 12345678901 88'))).toBe('checksum');
    expect(error(v.validateRib('30006 00001 12345678901'))).toBe('too-short');
  });
  it('checks BIC shape and country', () => {
    expect(v.isValidBic('BNPAFRPP')).toBe(true);
    expect(v.isValidBic('bnpa fr pp xxx')).toBe(true);
    expect(error(v.validateBic('BNPAFRP'))).toBe('too-short');
    expect(error(v.validateBic('BNPAQQPP'))).toBe('country');
    expect(error(v.validateBic('BNP1FRPP'))).toBe('format');
  });
});

describe('RNA, postal code, commune code', () => {
  it('checks RNA numbers', () => {
    expect(v.isValidRna('W751234567')).toBe(true);
    expect(v.isValidRna('w2a1234567')).toBe(true);
    expect(error(v.validateRna('W75123456'))).toBe('too-short');
    expect(error(v.validateRna('751234567'))).toBe('format');
  });
  it('checks postal codes and refuses Monaco unless asked', () => {
    for (const ok of ['75015', '20000', '97400', '97133', '97150', '97500', '98799', '01400']) expect(v.isValidPostalCode(ok), ok).toBe(true);
    expect(error(v.validatePostalCode('7501'))).toBe('too-short');
    expect(error(v.validatePostalCode('750155'))).toBe('too-long');
    expect(error(v.validatePostalCode('98000'))).toBe('country');
    expect(v.validatePostalCode('98000', { allowMonaco: true }).valid).toBe(true);
    expect(error(v.validatePostalCode('00100'))).toBe('format');
  });
  it('checks commune code formats, Corsica included', () => {
    for (const ok of ['2A004', '2b033', '75056', '97411', '98818']) expect(v.isValidCommuneCode(ok), ok).toBe(true);
    expect(error(v.validateCommuneCode('20004'))).toBe('format');
    expect(error(v.validateCommuneCode('2C004'))).toBe('characters');
    expect(error(v.validateCommuneCode('7505'))).toBe('too-short');
  });
});

describe('phone numbers', () => {
  it.each([
    ['06 12 34 56 78', '+33612345678', '06 12 34 56 78'],
    ['01.23.45.67.89', '+33123456789', '01 23 45 67 89'],
    ['+33 6 12 34 56 78', '+33612345678', '06 12 34 56 78'],
    ['0033 6 12 34 56 78', '+33612345678', '06 12 34 56 78'],
    ['+33 (0)6 12 34 56 78', '+33612345678', '06 12 34 56 78'],
    ['0692 12 34 56', '+262692123456', '06 92 12 34 56'],
    ['0262 12 34 56', '+262262123456', '02 62 12 34 56'],
    ['0269 61 00 00', '+262269610000', '02 69 61 00 00'],
    ['0639 12 34 56', '+262639123456', '06 39 12 34 56'],
    ['0590 12 34 56', '+590590123456', '05 90 12 34 56'],
    ['0690 12 34 56', '+590690123456', '06 90 12 34 56'],
    ['0594 12 34 56', '+594594123456', '05 94 12 34 56'],
    ['0696 12 34 56', '+596696123456', '06 96 12 34 56'],
    ['+262 692 12 34 56', '+262692123456', '06 92 12 34 56'],
    ['+508 41 23 45', '+508412345', '+508 41 23 45'],
    ['+681 72 12 34', '+681721234', '+681 72 12 34'],
    ['+687 12 34 56', '+687123456', '+687 12 34 56'],
    ['+689 87 12 34 56', '+68987123456', '+689 87 12 34 56'],
  ])('reads %s as %s', (input, value, formatted) => {
    expect(v.validatePhoneFr(input)).toEqual({ valid: true, value, formatted });
  });
  it('rejects wrong lengths, foreign numbers unless asked, and letters', () => {
    expect(error(v.validatePhoneFr('06 12 34 56 7'))).toBe('too-short');
    expect(error(v.validatePhoneFr('06 12 34 56 789'))).toBe('too-long');
    expect(error(v.validatePhoneFr('+1 212 555 0100'))).toBe('country');
    expect(valid(v.validatePhoneFr('+1 212 555 0100', { international: true }))?.value).toBe('+12125550100');
    expect(error(v.validatePhoneFr('06 AB 34 56 78'))).toBe('characters');
    expect(error(v.validatePhoneFr('+262 612 34 56 78'))).toBe('format');
    expect(error(v.validatePhoneFr('00 12 34 56 78'))).toBe('country');
    expect(error(v.validatePhoneFr('6 12 34 56 78'))).toBe('format');
  });
});

describe('e-mail', () => {
  it('applies the HTML rule and lower-cases the domain', () => {
    expect(valid(v.validateEmail(' Jean.Dupont@Exemple.FR '))?.value).toBe('Jean.Dupont@exemple.fr');
    expect(error(v.validateEmail('jean@'))).toBe('format');
    expect(error(v.validateEmail('jean'))).toBe('format');
    expect(error(v.validateEmail('jean dupont@exemple.fr'))).toBe('characters');
    expect(error(v.validateEmail('jean@exemple..fr'))).toBe('format');
  });
  it('suggests fixes for common domain typos, and nothing for right or unknown domains', () => {
    expect(v.suggestEmailFix('jean@gmial.com')).toBe('jean@gmail.com');
    expect(v.suggestEmailFix('jean@hotmial.fr')).toBe('jean@hotmail.fr');
    expect(v.suggestEmailFix('jean@orange.fe')).toBe('jean@orange.fr');
    expect(v.suggestEmailFix('jean@yahooo.fr')).toBe('jean@yahoo.fr');
    expect(v.suggestEmailFix('jean@gmail.com')).toBeUndefined();
    expect(v.suggestEmailFix('jean@mairie-lyon.fr')).toBeUndefined();
    expect(v.suggestEmailFix('pas une adresse')).toBeUndefined();
  });
});

describe('dates', () => {
  it('reads ISO and French dates, real ones only', () => {
    expect(v.validateDate('1962-08-24')).toEqual({ valid: true, value: '1962-08-24', formatted: '24/08/1962' });
    expect(valid(v.validateDate('24/08/1962'))?.value).toBe('1962-08-24');
    expect(valid(v.validateDate('1.2.2000'))?.value).toBe('2000-02-01');
    expect(error(v.validateDate('2023-02-29'))).toBe('date-not-real');
    expect(v.isValidDate('2024-02-29')).toBe(true);
    expect(error(v.validateDate('31/04/2020'))).toBe('date-not-real');
    expect(error(v.validateDate('24 août 1962'))).toBe('characters');
    expect(error(v.validateDate('24/08/62'))).toBe('format');
  });
  it('applies min, max, past, future and age bounds', () => {
    const today = '2026-11-24';
    expect(error(v.validateDate('2026-11-24', { past: true, today }))).toBe('not-past');
    expect(error(v.validateDate('2026-11-24', { future: true, today }))).toBe('not-future');
    expect(v.validateDate('2026-11-25', { future: true, today }).valid).toBe(true);
    expect(error(v.validateDate('1999-12-31', { min: '2000-01-01' }))).toBe('too-early');
    expect(error(v.validateDate('2001-01-01', { max: '2000-12-31' }))).toBe('too-late');
    expect(v.validateDate('2008-11-24', { minAge: 18, today }).valid).toBe(true);
    expect(error(v.validateDate('2008-11-25', { minAge: 18, today }))).toBe('too-young');
    expect(error(v.validateDate('1900-01-01', { maxAge: 120, today }))).toBe('too-old');
  });
  it('accepts FranceConnect partial birth dates only when asked', () => {
    expect(error(v.validateDate('1980-05-00'))).toBe('date-not-real');
    expect(valid(v.validateDate('1980-05-00', { allowPartial: true }))?.value).toBe('1980-05-00');
    expect(valid(v.validateDate('1980-00-00', { allowPartial: true }))?.value).toBe('1980-00-00');
    expect(error(v.validateDate('1980-00-12', { allowPartial: true }))).toBe('date-not-real');
  });
});

describe('messages', () => {
  it('has a French and an English text for every kind and error the validators can return', () => {
    const kinds: v.ValidatorKind[] = ['nir', 'siren', 'siret', 'tva-fr', 'iban', 'bic', 'rib', 'rna', 'phone-fr', 'postal-code', 'commune-code', 'email', 'date'];
    const errors: v.ValidationError[] = ['empty', 'too-short', 'too-long', 'characters', 'checksum', 'country', 'format', 'date-not-real', 'too-early', 'too-late', 'not-past', 'not-future', 'too-young', 'too-old'];
    for (const kind of kinds) {
      for (const code of errors) {
        expect(v.validatorMessage(kind, code, 'fr')).not.toBe(code);
        expect(v.validatorMessage(kind, code, 'en')).not.toBe(code);
      }
    }
    expect(Object.keys(v.validatorMessagesEn).sort()).toEqual(Object.keys(v.validatorMessagesFr).sort());
    expect(v.validatorMessage('siret', 'too-short')).toBe('Le numéro SIRET doit contenir 14 chiffres');
    expect(v.validatorMessage('siret', 'checksum')).toBe('Ce numéro SIRET n’existe pas\u202f: vérifiez les chiffres');
  });
});
