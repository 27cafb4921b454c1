/** English messages, for services that publish an English version. */
import type { MessageKey } from './fr.js';

export const en: Record<MessageKey, string> = {
  required: 'Enter “{label}”',
  minlength: '“{label}” must be {minlength} characters or more (currently {length})',
  maxlength: '“{label}” must be {maxlength} characters or fewer (currently {length})',
  pattern: '“{label}” is not in the right format',
  'type-email': 'Enter a valid email address, like name@example.com',
  'type-url': 'Enter a full web address, starting with https://',
  'type-number': 'Enter a number, like 12',
  'type-tel': 'Enter a phone number, using only digits, spaces, dots, dashes or the + sign',
  min: '“{label}” must be {min} or more',
  max: '“{label}” must be {max} or less',
  step: '“{label}” must be a multiple of {step}, like {lower} or {upper}',
  pending: 'Checking “{label}”…',
  custom: '{message}',
  'error-prefix': 'Error:',
};
