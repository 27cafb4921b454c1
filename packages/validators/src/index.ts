/**
 * @socle/validators — French identifiers and formats, the same in the browser and on the server.
 * Each validator lives in its own module: importing one pulls in only that one.
 */
export { type ValidationError, type ValidationResult } from './result.js';
export { isValidNir, nirKey, validateNir, type NirOptions } from './nir.js';
export { isValidSiren, validateSiren } from './siren.js';
export { isValidSiret, validateSiret } from './siret.js';
export { isValidTvaFr, tvaFrKey, validateTvaFr } from './tva-fr.js';
export { ibanLength, isValidIban, validateIban } from './iban.js';
export { isCountryCode, isValidBic, validateBic } from './bic.js';
export { isValidRib, ribKey, validateRib } from './rib.js';
export { isValidRna, validateRna } from './rna.js';
export { isValidPhoneFr, validatePhoneFr, type PhoneFrOptions } from './phone-fr.js';
export { isValidPostalCode, validatePostalCode, type PostalCodeOptions } from './postal-code.js';
export { isValidCommuneCode, validateCommuneCode } from './commune-code.js';
export { isValidEmail, validateEmail } from './email.js';
export { suggestEmailFix } from './email-fix.js';
export { isValidDate, validateDate, type DateOptions } from './date.js';
export { validatorMessage, validatorMessagesEn, validatorMessagesFr, type ValidatorKind } from './messages.js';
