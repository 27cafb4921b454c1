/** @socle/forms — the form kit. Importing this module registers nothing; see `@socle/forms/define`. */
export { SocleTextField, type TextFieldType } from './text-field/text-field.js';
export { SocleTextarea } from './textarea/textarea.js';
export { SocleSelect } from './select/select.js';
export { SocleCheckbox } from './checkbox/checkbox.js';
export { SocleCheckboxGroup } from './checkbox-group/checkbox-group.js';
export { SocleRadioGroup } from './radio-group/radio-group.js';
export { SocleDateField, type DatePart, type DateParts } from './date-field/date-field.js';
export { SocleIdentifierField } from './identifier-fields/identifier-field.js';
export {
  SocleEmailField,
  SocleIbanField,
  SocleNirField,
  SoclePhoneField,
  SoclePostalCodeField,
  SocleSiretField,
} from './identifier-fields/fields.js';
export { type Formatter, caretAfter, countSignificant, formatTyped, groups } from './identifier-fields/format.js';
export { SocleFileField, acceptsFile, formatSize, parseSize } from './file-field/file-field.js';
export { SocleButton, type ButtonVariant } from './button/button.js';
export { SocleFieldset } from './fieldset/fieldset.js';
export { SocleCombobox, type ComboboxOption } from './combobox/combobox.js';
export { SocleForm, SocleSubmitEvent, type SocleSubmitDetail } from './form/form.js';
export { SocleStep, SocleStepEvent, SocleReviewEditEvent, type ReviewRow, type ReviewSection, type StepRequest } from './step/step.js';
export { SocleRepeat } from './repeat/repeat.js';
export { applyConditions, conditionHolds, parseCondition } from './form/conditions.js';
export { DraftStore, collectFields, applyFields, isSensitive, type Draft, type DraftValue } from './form/draft.js';
export { serialize, parseName, type JsonObject, type JsonValue } from './form/serialize.js';
export { type ChoiceOption } from './shared/options.js';
export { submitAs } from './shared/submit.js';
