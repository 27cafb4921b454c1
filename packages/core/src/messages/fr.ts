/** French messages (the default catalogue). Placeholders in braces are filled by `formatMessage`. */
export const fr = {
  required: 'Renseignez le champ «\u202f{label}\u202f»',
  minlength: '«\u202f{label}\u202f» doit contenir au moins {minlength} caractères (actuellement {length})',
  maxlength: '«\u202f{label}\u202f» doit contenir au plus {maxlength} caractères (actuellement {length})',
  pattern: '«\u202f{label}\u202f» n’est pas au bon format',
  'type-email': 'Saisissez une adresse électronique valide, par exemple nom@exemple.fr',
  'type-url': 'Saisissez une adresse web complète, commençant par https://',
  'type-number': 'Saisissez un nombre, par exemple 12',
  'type-tel': 'Saisissez un numéro de téléphone, avec uniquement des chiffres, espaces, points, tirets ou le signe +',
  min: '«\u202f{label}\u202f» doit être supérieur ou égal à {min}',
  max: '«\u202f{label}\u202f» doit être inférieur ou égal à {max}',
  step: '«\u202f{label}\u202f» doit être un multiple de {step}, par exemple {lower} ou {upper}',
  pending: 'Vérification de «\u202f{label}\u202f» en cours…',
  custom: '{message}',
  'error-prefix': 'Erreur\u202f:',
} as const;

export type MessageKey = keyof typeof fr;
