/** @socle/forms — the form kit. Importing this module registers nothing; see `@socle/forms/define`. */
export { SocleTextField, type TextFieldType } from './text-field/text-field.js';
