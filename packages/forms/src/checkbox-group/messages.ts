/** The texts of the checkbox group, in French and English: registered as catalogue defaults by the first element created. */
import type { MessageBundle } from '@socle/core';

export const messages: MessageBundle = {
  fr: {
    'required-group': 'Sélectionnez au moins une option dans «\u202f{label}\u202f»',
    'min-selected': 'Sélectionnez au moins {min} options dans «\u202f{label}\u202f»',
    'max-selected': 'Sélectionnez au plus {max} options dans «\u202f{label}\u202f» (actuellement {count})',
  },
  en: {
    'required-group': 'Select at least one option in “{label}”',
    'min-selected': 'Select at least {min} options in “{label}”',
    'max-selected': 'Select at most {max} options in “{label}” (currently {count})',
  },
};
