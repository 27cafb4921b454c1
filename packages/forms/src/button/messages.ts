/** The texts of the button, in French and English: registered as catalogue defaults by the first element created. */
import type { MessageBundle } from '@socle/core';

export const messages: MessageBundle = {
  fr: {
    'button-loading': 'Envoi en cours, veuillez patienter…',
  },
  en: {
    'button-loading': 'Sending, please wait…',
  },
};
