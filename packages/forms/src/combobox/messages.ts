/** The texts of the combobox, in French and English: registered as catalogue defaults by the first element created. */
import type { MessageBundle } from '@socle/core';

export const messages: MessageBundle = {
  fr: {
    'combobox-choose': 'Choisissez une proposition de la liste pour «\u202f{label}\u202f»',
    'combobox-no-result': 'Aucun résultat ne correspond à «\u202f{text}\u202f»',
    'combobox-count': '{count} propositions. Parcourez-les avec les flèches haut et bas, choisissez avec Entrée.',
    'combobox-count-one': '1 proposition. Choisissez-la avec la flèche bas puis Entrée.',
    'combobox-load-failed': 'La liste n’a pas pu être chargée. Vérifiez votre connexion, puis modifiez votre saisie pour réessayer.',
  },
  en: {
    'combobox-choose': 'Choose one of the proposals for “{label}”',
    'combobox-no-result': 'No result matches “{text}”',
    'combobox-count': '{count} proposals. Browse them with the up and down arrows, choose with Enter.',
    'combobox-count-one': '1 proposal. Choose it with the down arrow, then Enter.',
    'combobox-load-failed': 'The list could not be loaded. Check your connection, then change what you typed to try again.',
  },
};
