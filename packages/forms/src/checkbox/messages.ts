/** The texts of the checkbox, in French and English: registered as catalogue defaults by the first element created. */
import type { MessageBundle } from '@socle/core';

export const messages: MessageBundle = {
  fr: {
    'required-checkbox': 'Cochez la case «\u202f{label}\u202f»',
  },
  en: {
    'required-checkbox': 'Tick “{label}”',
  },
};
