/** The texts of the look-up fields, in French and English: registered as catalogue defaults by the first element created. */
import type { MessageBundle } from '@socle/core';

export const messages: MessageBundle = {
  fr: {
    'combobox-choose': 'Choisissez une proposition de la liste pour « {label} »',
    'combobox-no-result': 'Aucun résultat ne correspond à « {text} »',
    'combobox-count': '{count} propositions. Parcourez-les avec les flèches haut et bas, choisissez avec Entrée.',
    'combobox-count-one': '1 proposition. Choisissez-la avec la flèche bas puis Entrée.',
    'commune-no-result': 'Aucune commune ne correspond à « {text} »',
    'country-no-result': 'Aucun pays ne correspond à « {text} »',
    'departement-placeholder': 'Choisissez un département',
    'region-placeholder': 'Choisissez une région',
  },
  en: {
    'combobox-choose': 'Choose one of the proposals for “{label}”',
    'combobox-no-result': 'No result matches “{text}”',
    'combobox-count': '{count} proposals. Browse them with the up and down arrows, choose with Enter.',
    'combobox-count-one': '1 proposal. Choose it with the down arrow, then Enter.',
    'commune-no-result': 'No commune matches “{text}”',
    'country-no-result': 'No country matches “{text}”',
    'departement-placeholder': 'Choose a département',
    'region-placeholder': 'Choose a région',
  },
};
