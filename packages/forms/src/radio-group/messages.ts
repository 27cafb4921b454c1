/** The texts of the radio group, in French and English: registered as catalogue defaults by the first element created. */
import type { MessageBundle } from '@socle/core';

export const messages: MessageBundle = {
  fr: {
    'required-choice': 'Sélectionnez une réponse à «\u202f{label}\u202f»',
  },
  en: {
    'required-choice': 'Select an answer to “{label}”',
  },
};
