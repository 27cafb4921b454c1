/**
 * E-mail address, by the HTML standard's rule (the one `<input type="email">` applies). The value keeps
 * the local part as typed and lower-cases the domain.
 */
import { type ValidationResult, fail, ok, text } from './result.js';

// https://html.spec.whatwg.org/#valid-e-mail-address
const LOCAL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+$/;
const LABEL = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/;

export function validateEmail(input: string): ValidationResult {
  const value = text(input).trim();
  if (value === '') return fail('empty');
  if (value.length > 254) return fail('too-long');
  const at = value.lastIndexOf('@');
  if (at < 0) return fail('format');
  const local = value.slice(0, at);
  const domain = value.slice(at + 1).toLowerCase();
  if (!LOCAL.test(local)) return fail(local === '' ? 'format' : 'characters');
  if (domain === '' || !domain.split('.').every((label) => LABEL.test(label))) return fail('format');
  const normalised = `${local}@${domain}`;
  return ok(normalised);
}

export const isValidEmail = (input: string): boolean => validateEmail(input).valid;
