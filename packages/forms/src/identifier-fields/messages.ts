/** The texts of identifier fields, in French and English: registered as catalogue defaults by the first element created. */
import type { MessageBundle } from '@socle/core';

export const messages: MessageBundle = {
  fr: {
    'email-suggestion': 'Vouliez-vous dire {email}\u202f?',
  },
  en: {
    'email-suggestion': 'Did you mean {email}?',
  },
};
