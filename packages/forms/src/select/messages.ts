/** The texts of the select, in French and English: registered as catalogue defaults by the first element created. */
import type { MessageBundle } from '@socle/core';

export const messages: MessageBundle = {
  fr: {
    'required-select': 'Sélectionnez une option dans la liste «\u202f{label}\u202f»',
  },
  en: {
    'required-select': 'Select an option in “{label}”',
  },
};
