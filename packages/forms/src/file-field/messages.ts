/** The texts of file field, in French and English: registered as catalogue defaults by the first element created. */
import type { MessageBundle } from '@socle/core';

export const messages: MessageBundle = {
  fr: {
    'required-file': 'Ajoutez un fichier pour «\u202f{label}\u202f»',
    'file-type': 'Le fichier «\u202f{file}\u202f» doit être au format {types}',
    'file-size': 'Le fichier «\u202f{file}\u202f» pèse {size}\u202f: il doit peser au plus {max}',
    'file-total': 'Les fichiers pèsent {size} au total\u202f: ils doivent peser au plus {max}',
    'file-count': 'Vous pouvez ajouter au plus {max} fichiers (actuellement {count})',
    'file-drop': 'ou glissez-déposez vos fichiers ici',
    'file-remove': 'Supprimer',
    'file-removed': 'Fichier «\u202f{file}\u202f» supprimé',
    'file-added': '{count} fichier(s) ajouté(s)',
    'file-list': 'Fichiers choisis',
  },
  en: {
    'required-file': 'Add a file for “{label}”',
    'file-type': 'The file “{file}” must be a {types}',
    'file-size': 'The file “{file}” is {size}: it must be at most {max}',
    'file-total': 'The files weigh {size} in total: they must be at most {max}',
    'file-count': 'You can add at most {max} files (currently {count})',
    'file-drop': 'or drag and drop your files here',
    'file-remove': 'Remove',
    'file-removed': 'File “{file}” removed',
    'file-added': '{count} file(s) added',
    'file-list': 'Chosen files',
  },
};
