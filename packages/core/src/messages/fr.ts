/** French messages (the default catalogue). Placeholders in braces are filled by `formatMessage`. */
export const fr = {
  required: 'Renseignez le champ « {label} »',
  minlength: '« {label} » doit contenir au moins {minlength} caractères (actuellement {length})',
  maxlength: '« {label} » doit contenir au plus {maxlength} caractères (actuellement {length})',
  pattern: '« {label} » n’est pas au bon format',
  'type-email': 'Saisissez une adresse électronique valide, par exemple nom@exemple.fr',
  'type-url': 'Saisissez une adresse web complète, commençant par https://',
  'type-number': 'Saisissez un nombre, par exemple 12',
  'type-tel': 'Saisissez un numéro de téléphone, avec uniquement des chiffres, espaces, points, tirets ou le signe +',
  min: '« {label} » doit être supérieur ou égal à {min}',
  max: '« {label} » doit être inférieur ou égal à {max}',
  step: '« {label} » doit être un multiple de {step}, par exemple {lower} ou {upper}',
  pending: 'Vérification de « {label} » en cours…',
  custom: '{message}',
  'error-prefix': 'Erreur :',
} as const;

export type MessageKey = keyof typeof fr;
