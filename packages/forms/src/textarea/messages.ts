/** The texts of the textarea, in French and English: registered as catalogue defaults by the first element created. */
import type { MessageBundle } from '@socle/core';

export const messages: MessageBundle = {
  fr: {
    'chars-max': 'Vous pouvez saisir jusqu’à {max} caractères',
    'chars-left': 'Il vous reste {count} caractères',
    'char-left': 'Il vous reste 1 caractère',
    'chars-over': 'Vous avez {count} caractères en trop',
    'char-over': 'Vous avez 1 caractère en trop',
  },
  en: {
    'chars-max': 'You can enter up to {max} characters',
    'chars-left': 'You have {count} characters remaining',
    'char-left': 'You have 1 character remaining',
    'chars-over': 'You have {count} characters too many',
    'char-over': 'You have 1 character too many',
  },
};
