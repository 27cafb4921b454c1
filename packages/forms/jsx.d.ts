import type { SocleButton } from "./dist/button/button.js";
import type { SocleCheckbox } from "./dist/checkbox/checkbox.js";
import type { SocleCheckboxGroup } from "./dist/checkbox-group/checkbox-group.js";
import type { SocleDateField } from "./dist/date-field/date-field.js";
import type { SocleFieldset } from "./dist/fieldset/fieldset.js";
import type {
  parseSize,
  formatSize,
  acceptsFile,
  SocleFileField,
} from "./dist/file-field/file-field.js";
import type { SocleSubmitEvent, SocleForm } from "./dist/form/form.js";
import type {
  SoclePhoneField,
  SocleSiretField,
  SocleNirField,
  SocleIbanField,
  SoclePostalCodeField,
  SocleEmailField,
} from "./dist/identifier-fields/fields.js";
import type { SocleRadioGroup } from "./dist/radio-group/radio-group.js";
import type { SocleRepeat } from "./dist/repeat/repeat.js";
import type { SocleSelect } from "./dist/select/select.js";
import type {
  SocleStepEvent,
  SocleReviewEditEvent,
  SocleStep,
} from "./dist/step/step.js";
import type { SocleTextField } from "./dist/text-field/text-field.js";
import type { SocleTextarea } from "./dist/textarea/textarea.js";

/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type { ScopedElements } from "path/to/library/jsx-integration";
 *
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'test-', ''> {}
 *   }
 * }
 * ```
 *
 * @deprecated Runtime scoped elements result in duplicate types and can confusing for developers. It is recommended to use the `prefix` and `suffix` options to generate new types instead.
 */
export type ScopedElements<
  Prefix extends string = "",
  Suffix extends string = "",
> = {
  [
    Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`
  ]: CustomElements[Key];
};

type BaseProps<T extends HTMLElement> = {
  /** Content added between the opening and closing tags of the element */
  children?: any | undefined;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string | undefined;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  className?: string | undefined;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined> | undefined;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl" | undefined;
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string | undefined;
  /** For <label> and <output>, lets you associate the label with some control. */
  htmlFor?: string | undefined;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string | undefined;
  /** A unique identifier for the element. */
  id?: string | undefined;
  /** Keys tell React which array item each component corresponds to */
  key?: string | number | undefined;
  /** Specifies the language of the element. */
  lang?: string | undefined;
  /** Defines the element's semantic role for accessibility APIs. */
  role?: string | undefined;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string | undefined;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: (T | ((e: T) => void)) | undefined;
  /** Adds a reference for a custom element slot */
  slot?: string | undefined;
  /** Prop for setting inline styles */
  style?: Record<string, string | number> | undefined;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number | undefined;
  /** Specifies the tooltip text for the element. */
  title?: string | undefined;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no" | undefined;
  /** The popover global attribute is used to designate an element as a popover element. */
  popover?: "auto" | "hint" | "manual" | undefined;
  /** Turns an element element into a popover control button; takes the ID of the popover element to control as its value. */
  popovertarget?: "top" | "bottom" | "left" | "right" | "auto" | undefined;
  /** Specifies the action to be performed on a popover element being controlled by a control element. */
  popovertargetaction?: "show" | "hide" | "toggle" | undefined;
};

type BaseEvents = {};

export type SocleButtonProps = {
  /** `submit` (par défaut, comme en HTML) envoie le formulaire, `reset` le réinitialise, `button` ne fait rien. / Behaviour. */
  type?: SocleButton["type"] | undefined;
  /** Apparence : `primary`, `secondary` ou `tertiary`. / Look. */
  variant?: SocleButton["variant"] | undefined;
  /** Désactivé. Préférez laisser le bouton actif et expliquer l'erreur. / Disabled. */
  disabled?: SocleButton["disabled"] | undefined;
  /** Envoi en cours : annoncé, et les clics sont ignorés (pas de double envoi). / Busy: announced, clicks ignored. */
  loading?: SocleButton["loading"] | undefined;
  /** Nom envoyé avec le formulaire quand ce bouton l'envoie (avec `value`), comme pour un `<button>` :
distingue deux actions, ex. « Enregistrer » et « Envoyer ». / Submitted with `value` when this button submits. */
  name?: SocleButton["name"] | undefined;
  /** Valeur envoyée sous `name` quand ce bouton envoie le formulaire. / Submitted under `name`. */
  value?: SocleButton["value"] | undefined;
};

export type SocleButtonSolidJsProps = {
  /** `submit` (par défaut, comme en HTML) envoie le formulaire, `reset` le réinitialise, `button` ne fait rien. / Behaviour. */
  "prop:type"?: SocleButton["type"] | undefined;
  /** Apparence : `primary`, `secondary` ou `tertiary`. / Look. */
  "prop:variant"?: SocleButton["variant"] | undefined;
  /** Désactivé. Préférez laisser le bouton actif et expliquer l'erreur. / Disabled. */
  "prop:disabled"?: SocleButton["disabled"] | undefined;
  /** Envoi en cours : annoncé, et les clics sont ignorés (pas de double envoi). / Busy: announced, clicks ignored. */
  "prop:loading"?: SocleButton["loading"] | undefined;
  /** Nom envoyé avec le formulaire quand ce bouton l'envoie (avec `value`), comme pour un `<button>` :
distingue deux actions, ex. « Enregistrer » et « Envoyer ». / Submitted with `value` when this button submits. */
  "prop:name"?: SocleButton["name"] | undefined;
  /** Valeur envoyée sous `name` quand ce bouton envoie le formulaire. / Submitted under `name`. */
  "prop:value"?: SocleButton["value"] | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type SocleCheckboxProps = {
  /** Valeur envoyée quand la case est cochée (`on` par défaut, comme en HTML). / Submitted value when ticked. */
  value?: SocleCheckbox["value"] | undefined;
  /** Cochée par défaut (attribut `checked`), rétabli par `form.reset()`. / Ticked by default. */
  checked?: SocleCheckbox["defaultChecked"] | undefined;
  /** Cochée par défaut (attribut `checked`), rétabli par `form.reset()`. / Ticked by default. */
  defaultChecked?: SocleCheckbox["defaultChecked"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  name?: SocleCheckbox["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  label?: SocleCheckbox["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  hint?: SocleCheckbox["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  required?: SocleCheckbox["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  disabled?: SocleCheckbox["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  readonly?: SocleCheckbox["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  messages?: SocleCheckbox["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  error?: SocleCheckbox["error"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  validators?: SocleCheckbox["validators"] | undefined;

  /** Quand la personne coche ou décoche. / When the person ticks or unticks. */
  onchange?: ((e: Event) => void) | undefined;
  /** Quand la personne coche ou décoche. / When the person ticks or unticks. */
  oninput?: ((e: Event) => void) | undefined;
  /** Quand un envoi trouve la case obligatoire non cochée. / When a required box is not ticked on submit. */
  oninvalid?: ((e: Event) => void) | undefined;
};

export type SocleCheckboxSolidJsProps = {
  /** Valeur envoyée quand la case est cochée (`on` par défaut, comme en HTML). / Submitted value when ticked. */
  "prop:value"?: SocleCheckbox["value"] | undefined;
  /** Cochée par défaut (attribut `checked`), rétabli par `form.reset()`. / Ticked by default. */
  "bool:checked"?: SocleCheckbox["defaultChecked"] | undefined;
  /** Cochée par défaut (attribut `checked`), rétabli par `form.reset()`. / Ticked by default. */
  "prop:defaultChecked"?: SocleCheckbox["defaultChecked"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  "prop:name"?: SocleCheckbox["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  "prop:label"?: SocleCheckbox["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  "prop:hint"?: SocleCheckbox["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  "prop:required"?: SocleCheckbox["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  "prop:disabled"?: SocleCheckbox["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  "prop:readonly"?: SocleCheckbox["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  "prop:messages"?: SocleCheckbox["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  "prop:error"?: SocleCheckbox["error"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  "prop:validators"?: SocleCheckbox["validators"] | undefined;
  /** Quand la personne coche ou décoche. / When the person ticks or unticks. */
  "on:change"?: ((e: Event) => void) | undefined;
  /** Quand la personne coche ou décoche. / When the person ticks or unticks. */
  "on:input"?: ((e: Event) => void) | undefined;
  /** Quand un envoi trouve la case obligatoire non cochée. / When a required box is not ticked on submit. */
  "on:invalid"?: ((e: Event) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type SocleCheckboxGroupProps = {
  /** Nombre minimal de cases cochées (si au moins une l'est, ou si `required`). / Minimum ticked. */
  min?: SocleCheckboxGroup["min"] | undefined;
  /** Nombre maximal de cases cochées. / Maximum ticked. */
  max?: SocleCheckboxGroup["max"] | undefined;
  /** Disposition : `stacked` (par défaut), `inline` ou `tiles`. / Layout. */
  layout?: SocleCheckboxGroup["layout"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  name?: SocleCheckboxGroup["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  label?: SocleCheckboxGroup["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  hint?: SocleCheckboxGroup["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  required?: SocleCheckboxGroup["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  disabled?: SocleCheckboxGroup["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  readonly?: SocleCheckboxGroup["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  messages?: SocleCheckboxGroup["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  error?: SocleCheckboxGroup["error"] | undefined;
  /** Choix donnés par script (sinon les `<option>` enfants). / Choices set from script. */
  options?: SocleCheckboxGroup["options"] | undefined;
  /** Les valeurs cochées, dans l'ordre des choix. / The ticked values, in the choices' order. */
  value?: SocleCheckboxGroup["value"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  validators?: SocleCheckboxGroup["validators"] | undefined;

  /** Quand la personne coche ou décoche. / When the person ticks or unticks. */
  onchange?: ((e: Event) => void) | undefined;
  /** Quand la personne coche ou décoche. / When the person ticks or unticks. */
  oninput?: ((e: Event) => void) | undefined;
  /** Quand un envoi trouve la sélection invalide. / When the selection is invalid on submit. */
  oninvalid?: ((e: Event) => void) | undefined;
};

export type SocleCheckboxGroupSolidJsProps = {
  /** Nombre minimal de cases cochées (si au moins une l'est, ou si `required`). / Minimum ticked. */
  "prop:min"?: SocleCheckboxGroup["min"] | undefined;
  /** Nombre maximal de cases cochées. / Maximum ticked. */
  "prop:max"?: SocleCheckboxGroup["max"] | undefined;
  /** Disposition : `stacked` (par défaut), `inline` ou `tiles`. / Layout. */
  "prop:layout"?: SocleCheckboxGroup["layout"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  "prop:name"?: SocleCheckboxGroup["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  "prop:label"?: SocleCheckboxGroup["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  "prop:hint"?: SocleCheckboxGroup["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  "prop:required"?: SocleCheckboxGroup["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  "prop:disabled"?: SocleCheckboxGroup["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  "prop:readonly"?: SocleCheckboxGroup["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  "prop:messages"?: SocleCheckboxGroup["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  "prop:error"?: SocleCheckboxGroup["error"] | undefined;
  /** Choix donnés par script (sinon les `<option>` enfants). / Choices set from script. */
  "prop:options"?: SocleCheckboxGroup["options"] | undefined;
  /** Les valeurs cochées, dans l'ordre des choix. / The ticked values, in the choices' order. */
  "prop:value"?: SocleCheckboxGroup["value"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  "prop:validators"?: SocleCheckboxGroup["validators"] | undefined;
  /** Quand la personne coche ou décoche. / When the person ticks or unticks. */
  "on:change"?: ((e: Event) => void) | undefined;
  /** Quand la personne coche ou décoche. / When the person ticks or unticks. */
  "on:input"?: ((e: Event) => void) | undefined;
  /** Quand un envoi trouve la sélection invalide. / When the selection is invalid on submit. */
  "on:invalid"?: ((e: Event) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type SocleDateFieldProps = {
  /** Date la plus ancienne acceptée (ISO). / Earliest date. */
  min?: SocleDateField["min"] | undefined;
  /** Date la plus récente acceptée (ISO). / Latest date. */
  max?: SocleDateField["max"] | undefined;
  /** La date doit être passée. / Must be in the past. */
  past?: SocleDateField["past"] | undefined;
  /** La date doit être à venir. / Must be in the future. */
  future?: SocleDateField["future"] | undefined;
  /** Date de naissance : remplissage automatique `bday-*`, date passée, messages adaptés. / Birth-date mode. */
  birthdate?: SocleDateField["birthdate"] | undefined;
  /** `off` : pas de remplissage automatique, ex. la date de naissance d’un enfant (ce n’est pas celle de la
personne). / `off`: no autofill, e.g. a child's birth date (not the person's own). */
  autocomplete?: SocleDateField["autocomplete"] | undefined;
  /** Âge minimal (en années révolues), avec `birthdate`. / Minimum age. */
  "min-age"?: SocleDateField["minAge"] | undefined;
  /** Âge minimal (en années révolues), avec `birthdate`. / Minimum age. */
  minAge?: SocleDateField["minAge"] | undefined;
  /** Âge maximal, avec `birthdate`. / Maximum age. */
  "max-age"?: SocleDateField["maxAge"] | undefined;
  /** Âge maximal, avec `birthdate`. / Maximum age. */
  maxAge?: SocleDateField["maxAge"] | undefined;
  /** Sujet des messages, ex. « La date de début » (par défaut le libellé entre guillemets). / Messages' subject. */
  subject?: SocleDateField["subject"] | undefined;
  /** Le jour de référence (ISO) pour passé, futur et âges ; aujourd'hui par défaut. / Reference day. */
  today?: SocleDateField["today"] | undefined;
  /** Date par défaut (attribut `value`, ISO), rétablie par `form.reset()`. / Default date. */
  value?: SocleDateField["defaultValue"] | undefined;
  /** Date par défaut (attribut `value`, ISO), rétablie par `form.reset()`. / Default date. */
  defaultValue?: SocleDateField["defaultValue"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  name?: SocleDateField["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  label?: SocleDateField["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  hint?: SocleDateField["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  required?: SocleDateField["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  disabled?: SocleDateField["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  readonly?: SocleDateField["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  messages?: SocleDateField["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  error?: SocleDateField["error"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  validators?: SocleDateField["validators"] | undefined;

  /** Quand la personne valide une modification d'un champ. / When a part's change is committed. */
  onchange?: ((e: Event) => void) | undefined;
  /** À chaque saisie dans l'un des champs. / At every keystroke in a part. */
  oninput?: ((e: Event) => void) | undefined;
  /** Quand un envoi trouve la date invalide. / When a submit attempt finds the date invalid. */
  oninvalid?: ((e: Event) => void) | undefined;
};

export type SocleDateFieldSolidJsProps = {
  /** Date la plus ancienne acceptée (ISO). / Earliest date. */
  "prop:min"?: SocleDateField["min"] | undefined;
  /** Date la plus récente acceptée (ISO). / Latest date. */
  "prop:max"?: SocleDateField["max"] | undefined;
  /** La date doit être passée. / Must be in the past. */
  "prop:past"?: SocleDateField["past"] | undefined;
  /** La date doit être à venir. / Must be in the future. */
  "prop:future"?: SocleDateField["future"] | undefined;
  /** Date de naissance : remplissage automatique `bday-*`, date passée, messages adaptés. / Birth-date mode. */
  "prop:birthdate"?: SocleDateField["birthdate"] | undefined;
  /** `off` : pas de remplissage automatique, ex. la date de naissance d’un enfant (ce n’est pas celle de la
personne). / `off`: no autofill, e.g. a child's birth date (not the person's own). */
  "prop:autocomplete"?: SocleDateField["autocomplete"] | undefined;
  /** Âge minimal (en années révolues), avec `birthdate`. / Minimum age. */
  "attr:min-age"?: SocleDateField["minAge"] | undefined;
  /** Âge minimal (en années révolues), avec `birthdate`. / Minimum age. */
  "prop:minAge"?: SocleDateField["minAge"] | undefined;
  /** Âge maximal, avec `birthdate`. / Maximum age. */
  "attr:max-age"?: SocleDateField["maxAge"] | undefined;
  /** Âge maximal, avec `birthdate`. / Maximum age. */
  "prop:maxAge"?: SocleDateField["maxAge"] | undefined;
  /** Sujet des messages, ex. « La date de début » (par défaut le libellé entre guillemets). / Messages' subject. */
  "prop:subject"?: SocleDateField["subject"] | undefined;
  /** Le jour de référence (ISO) pour passé, futur et âges ; aujourd'hui par défaut. / Reference day. */
  "prop:today"?: SocleDateField["today"] | undefined;
  /** Date par défaut (attribut `value`, ISO), rétablie par `form.reset()`. / Default date. */
  "attr:value"?: SocleDateField["defaultValue"] | undefined;
  /** Date par défaut (attribut `value`, ISO), rétablie par `form.reset()`. / Default date. */
  "prop:defaultValue"?: SocleDateField["defaultValue"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  "prop:name"?: SocleDateField["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  "prop:label"?: SocleDateField["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  "prop:hint"?: SocleDateField["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  "prop:required"?: SocleDateField["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  "prop:disabled"?: SocleDateField["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  "prop:readonly"?: SocleDateField["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  "prop:messages"?: SocleDateField["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  "prop:error"?: SocleDateField["error"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  "prop:validators"?: SocleDateField["validators"] | undefined;
  /** Quand la personne valide une modification d'un champ. / When a part's change is committed. */
  "on:change"?: ((e: Event) => void) | undefined;
  /** À chaque saisie dans l'un des champs. / At every keystroke in a part. */
  "on:input"?: ((e: Event) => void) | undefined;
  /** Quand un envoi trouve la date invalide. / When a submit attempt finds the date invalid. */
  "on:invalid"?: ((e: Event) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type SocleFieldsetProps = {
  /** La légende (ou l'emplacement `legend`). / The legend. */
  legend?: SocleFieldset["legend"] | undefined;
  /** Aide sous la légende. / Hint under the legend. */
  hint?: SocleFieldset["hint"] | undefined;
  /** Nom du groupe : `form.setErrors({ nom: '…' })` peut lui donner une erreur. / Name, for `setErrors`. */
  name?: SocleFieldset["name"] | undefined;
  /** Erreur du groupe, affichée sous la légende et liée au groupe. / The group's error. */
  error?: SocleFieldset["error"] | undefined;
  /** Désactive tous les champs du groupe, comme `<fieldset disabled>` : ni saisie, ni validation, ni envoi ; un
champ que l'auteur a lui-même désactivé le reste. / Disables every field of the group, as a native
disabled fieldset does; fields disabled by their author stay so. */
  disabled?: SocleFieldset["disabled"] | undefined;
};

export type SocleFieldsetSolidJsProps = {
  /** La légende (ou l'emplacement `legend`). / The legend. */
  "prop:legend"?: SocleFieldset["legend"] | undefined;
  /** Aide sous la légende. / Hint under the legend. */
  "prop:hint"?: SocleFieldset["hint"] | undefined;
  /** Nom du groupe : `form.setErrors({ nom: '…' })` peut lui donner une erreur. / Name, for `setErrors`. */
  "prop:name"?: SocleFieldset["name"] | undefined;
  /** Erreur du groupe, affichée sous la légende et liée au groupe. / The group's error. */
  "prop:error"?: SocleFieldset["error"] | undefined;
  /** Désactive tous les champs du groupe, comme `<fieldset disabled>` : ni saisie, ni validation, ni envoi ; un
champ que l'auteur a lui-même désactivé le reste. / Disables every field of the group, as a native
disabled fieldset does; fields disabled by their author stay so. */
  "prop:disabled"?: SocleFieldset["disabled"] | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type SocleFileFieldProps = {
  /** Formats acceptés, comme l'attribut HTML : `.pdf,.jpg,image/*`. / Accepted types. */
  accept?: SocleFileField["accept"] | undefined;
  /** Plusieurs fichiers. / Several files. */
  multiple?: SocleFileField["multiple"] | undefined;
  /** Taille maximale par fichier : `5 Mo`, `500 Ko` ou un nombre d'octets. / Maximum size per file. */
  "max-size"?: SocleFileField["maxSize"] | undefined;
  /** Taille maximale par fichier : `5 Mo`, `500 Ko` ou un nombre d'octets. / Maximum size per file. */
  maxSize?: SocleFileField["maxSize"] | undefined;
  /** Taille maximale de l'ensemble. / Maximum total size. */
  "max-total-size"?: SocleFileField["maxTotalSize"] | undefined;
  /** Taille maximale de l'ensemble. / Maximum total size. */
  maxTotalSize?: SocleFileField["maxTotalSize"] | undefined;
  /** Nombre maximal de fichiers. / Maximum number of files. */
  "max-files"?: SocleFileField["maxFiles"] | undefined;
  /** Nombre maximal de fichiers. / Maximum number of files. */
  maxFiles?: SocleFileField["maxFiles"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  name?: SocleFileField["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  label?: SocleFileField["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  hint?: SocleFileField["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  required?: SocleFileField["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  disabled?: SocleFileField["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  readonly?: SocleFileField["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  messages?: SocleFileField["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  error?: SocleFileField["error"] | undefined;
  /** Les fichiers choisis. / The chosen files. */
  value?: SocleFileField["value"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  validators?: SocleFileField["validators"] | undefined;

  /** Quand la liste des fichiers change. / When the list of files changes. */
  onchange?: ((e: Event) => void) | undefined;
  /** Quand un envoi trouve la sélection invalide. / When the selection is invalid on submit. */
  oninvalid?: ((e: Event) => void) | undefined;
};

export type SocleFileFieldSolidJsProps = {
  /** Formats acceptés, comme l'attribut HTML : `.pdf,.jpg,image/*`. / Accepted types. */
  "prop:accept"?: SocleFileField["accept"] | undefined;
  /** Plusieurs fichiers. / Several files. */
  "prop:multiple"?: SocleFileField["multiple"] | undefined;
  /** Taille maximale par fichier : `5 Mo`, `500 Ko` ou un nombre d'octets. / Maximum size per file. */
  "attr:max-size"?: SocleFileField["maxSize"] | undefined;
  /** Taille maximale par fichier : `5 Mo`, `500 Ko` ou un nombre d'octets. / Maximum size per file. */
  "prop:maxSize"?: SocleFileField["maxSize"] | undefined;
  /** Taille maximale de l'ensemble. / Maximum total size. */
  "attr:max-total-size"?: SocleFileField["maxTotalSize"] | undefined;
  /** Taille maximale de l'ensemble. / Maximum total size. */
  "prop:maxTotalSize"?: SocleFileField["maxTotalSize"] | undefined;
  /** Nombre maximal de fichiers. / Maximum number of files. */
  "attr:max-files"?: SocleFileField["maxFiles"] | undefined;
  /** Nombre maximal de fichiers. / Maximum number of files. */
  "prop:maxFiles"?: SocleFileField["maxFiles"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  "prop:name"?: SocleFileField["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  "prop:label"?: SocleFileField["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  "prop:hint"?: SocleFileField["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  "prop:required"?: SocleFileField["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  "prop:disabled"?: SocleFileField["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  "prop:readonly"?: SocleFileField["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  "prop:messages"?: SocleFileField["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  "prop:error"?: SocleFileField["error"] | undefined;
  /** Les fichiers choisis. / The chosen files. */
  "prop:value"?: SocleFileField["value"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  "prop:validators"?: SocleFileField["validators"] | undefined;
  /** Quand la liste des fichiers change. / When the list of files changes. */
  "on:change"?: ((e: Event) => void) | undefined;
  /** Quand un envoi trouve la sélection invalide. / When the selection is invalid on submit. */
  "on:invalid"?: ((e: Event) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type SocleFormProps = {
  /** `native` (par défaut) : l'envoi natif se fait ; `json` : un événement `socle-submit` à la place. / Submission mode. */
  mode?: SocleForm["mode"] | undefined;
  /** Clé unique du brouillon : ce qui est tapé est gardé dans le navigateur et restauré après un
rechargement (les champs sensibles jamais). / Draft key: answers are kept in the browser. */
  draft?: SocleForm["draft"] | undefined;
  /** Durée de conservation du brouillon, en jours (30 par défaut). / Days a draft is kept. */
  "draft-days"?: SocleForm["draftDays"] | undefined;
  /** Durée de conservation du brouillon, en jours (30 par défaut). / Days a draft is kept. */
  draftDays?: SocleForm["draftDays"] | undefined;
  /** Texte du bouton d'envoi ajouté à la dernière étape quand elle n'en a pas. / Last step's submit text. */
  "submit-label"?: SocleForm["submitLabel"] | undefined;
  /** Texte du bouton d'envoi ajouté à la dernière étape quand elle n'en a pas. / Last step's submit text. */
  submitLabel?: SocleForm["submitLabel"] | undefined;

  /** En mode `json`, à l'envoi d'un formulaire valide (`detail.data`, `detail.formData`, `detail.waitUntil`). / JSON-mode submission. */
  "onsocle-submit"?: ((e: Event) => void) | undefined;
  /** Après un changement d'étape (`detail.step`, à partir de 0). / After a step change. */
  "onsocle-step-change"?: ((e: Event) => void) | undefined;
};

export type SocleFormSolidJsProps = {
  /** `native` (par défaut) : l'envoi natif se fait ; `json` : un événement `socle-submit` à la place. / Submission mode. */
  "prop:mode"?: SocleForm["mode"] | undefined;
  /** Clé unique du brouillon : ce qui est tapé est gardé dans le navigateur et restauré après un
rechargement (les champs sensibles jamais). / Draft key: answers are kept in the browser. */
  "prop:draft"?: SocleForm["draft"] | undefined;
  /** Durée de conservation du brouillon, en jours (30 par défaut). / Days a draft is kept. */
  "attr:draft-days"?: SocleForm["draftDays"] | undefined;
  /** Durée de conservation du brouillon, en jours (30 par défaut). / Days a draft is kept. */
  "prop:draftDays"?: SocleForm["draftDays"] | undefined;
  /** Texte du bouton d'envoi ajouté à la dernière étape quand elle n'en a pas. / Last step's submit text. */
  "attr:submit-label"?: SocleForm["submitLabel"] | undefined;
  /** Texte du bouton d'envoi ajouté à la dernière étape quand elle n'en a pas. / Last step's submit text. */
  "prop:submitLabel"?: SocleForm["submitLabel"] | undefined;
  /** En mode `json`, à l'envoi d'un formulaire valide (`detail.data`, `detail.formData`, `detail.waitUntil`). / JSON-mode submission. */
  "on:socle-submit"?: ((e: Event) => void) | undefined;
  /** Après un changement d'étape (`detail.step`, à partir de 0). / After a step change. */
  "on:socle-step-change"?: ((e: Event) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type SoclePhoneFieldProps = {
  /** Donnée sensible (NIR, IBAN…) : jamais enregistrée dans les brouillons ni proposée au remplissage
automatique. / Sensitive: never kept in drafts. */
  sensitive?: SoclePhoneField["sensitive"] | undefined;
  /** Type de saisie : `text`, `email`, `tel`, `url`, `search`, `password` ou `number`. / Kind of text. */
  type?: SoclePhoneField["type"] | undefined;
  /** Nombre minimal de caractères, vérifié avec un message. / Minimum number of characters. */
  minlength?: SoclePhoneField["minlength"] | undefined;
  /** Nombre maximal de caractères : vérifié avec un message, jamais tronqué (même collé). / Maximum length, never truncates. */
  maxlength?: SoclePhoneField["maxlength"] | undefined;
  /** Expression régulière que toute la valeur doit respecter (comme `pattern` en HTML). / Whole-value pattern. */
  pattern?: SoclePhoneField["pattern"] | undefined;
  /** Minimum, pour `type="number"`. / Minimum for numbers. */
  min?: SoclePhoneField["min"] | undefined;
  /** Maximum, pour `type="number"`. / Maximum for numbers. */
  max?: SoclePhoneField["max"] | undefined;
  /** Pas, pour `type="number"` (`any` : aucun). / Step for numbers. */
  step?: SoclePhoneField["step"] | undefined;
  /** Jeton de remplissage automatique transmis au champ interne, ex. `family-name`, `email`, `tel`. / Autofill token. */
  autocomplete?: SoclePhoneField["autocomplete"] | undefined;
  /** Clavier virtuel à proposer, ex. `numeric`. / Virtual-keyboard hint. */
  inputmode?: SoclePhoneField["inputmode"] | undefined;
  /** Texte indicatif. Préférez `hint` : il disparaît dès que la personne tape. / Placeholder; prefer `hint`. */
  placeholder?: SoclePhoneField["placeholder"] | undefined;
  /** Correction orthographique ; `spellcheck="false"` la coupe (noms, identifiants). / Spell checking. */
  spellcheck?: SoclePhoneField["spellcheck"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  value?: SoclePhoneField["defaultValue"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  defaultValue?: SoclePhoneField["defaultValue"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  name?: SoclePhoneField["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  label?: SoclePhoneField["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  hint?: SoclePhoneField["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  required?: SoclePhoneField["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  disabled?: SoclePhoneField["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  readonly?: SoclePhoneField["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  messages?: SoclePhoneField["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  error?: SoclePhoneField["error"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  validators?: SoclePhoneField["validators"] | undefined;

  /** Fired at every change of the value by the person, as for `<input>`. */
  oninput?: ((e: Event) => void) | undefined;
  /** Fired when the person commits a change (leaves the field), as for `<input>`. */
  onchange?: ((e: Event) => void) | undefined;
  /** Fired when a submit attempt finds the value invalid. */
  oninvalid?: ((e: Event) => void) | undefined;
};

export type SoclePhoneFieldSolidJsProps = {
  /** Donnée sensible (NIR, IBAN…) : jamais enregistrée dans les brouillons ni proposée au remplissage
automatique. / Sensitive: never kept in drafts. */
  "prop:sensitive"?: SoclePhoneField["sensitive"] | undefined;
  /** Type de saisie : `text`, `email`, `tel`, `url`, `search`, `password` ou `number`. / Kind of text. */
  "prop:type"?: SoclePhoneField["type"] | undefined;
  /** Nombre minimal de caractères, vérifié avec un message. / Minimum number of characters. */
  "prop:minlength"?: SoclePhoneField["minlength"] | undefined;
  /** Nombre maximal de caractères : vérifié avec un message, jamais tronqué (même collé). / Maximum length, never truncates. */
  "prop:maxlength"?: SoclePhoneField["maxlength"] | undefined;
  /** Expression régulière que toute la valeur doit respecter (comme `pattern` en HTML). / Whole-value pattern. */
  "prop:pattern"?: SoclePhoneField["pattern"] | undefined;
  /** Minimum, pour `type="number"`. / Minimum for numbers. */
  "prop:min"?: SoclePhoneField["min"] | undefined;
  /** Maximum, pour `type="number"`. / Maximum for numbers. */
  "prop:max"?: SoclePhoneField["max"] | undefined;
  /** Pas, pour `type="number"` (`any` : aucun). / Step for numbers. */
  "prop:step"?: SoclePhoneField["step"] | undefined;
  /** Jeton de remplissage automatique transmis au champ interne, ex. `family-name`, `email`, `tel`. / Autofill token. */
  "prop:autocomplete"?: SoclePhoneField["autocomplete"] | undefined;
  /** Clavier virtuel à proposer, ex. `numeric`. / Virtual-keyboard hint. */
  "prop:inputmode"?: SoclePhoneField["inputmode"] | undefined;
  /** Texte indicatif. Préférez `hint` : il disparaît dès que la personne tape. / Placeholder; prefer `hint`. */
  "prop:placeholder"?: SoclePhoneField["placeholder"] | undefined;
  /** Correction orthographique ; `spellcheck="false"` la coupe (noms, identifiants). / Spell checking. */
  "prop:spellcheck"?: SoclePhoneField["spellcheck"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  "attr:value"?: SoclePhoneField["defaultValue"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  "prop:defaultValue"?: SoclePhoneField["defaultValue"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  "prop:name"?: SoclePhoneField["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  "prop:label"?: SoclePhoneField["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  "prop:hint"?: SoclePhoneField["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  "prop:required"?: SoclePhoneField["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  "prop:disabled"?: SoclePhoneField["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  "prop:readonly"?: SoclePhoneField["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  "prop:messages"?: SoclePhoneField["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  "prop:error"?: SoclePhoneField["error"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  "prop:validators"?: SoclePhoneField["validators"] | undefined;
  /** Fired at every change of the value by the person, as for `<input>`. */
  "on:input"?: ((e: Event) => void) | undefined;
  /** Fired when the person commits a change (leaves the field), as for `<input>`. */
  "on:change"?: ((e: Event) => void) | undefined;
  /** Fired when a submit attempt finds the value invalid. */
  "on:invalid"?: ((e: Event) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type SocleSiretFieldProps = {
  /** Donnée sensible (NIR, IBAN…) : jamais enregistrée dans les brouillons ni proposée au remplissage
automatique. / Sensitive: never kept in drafts. */
  sensitive?: SocleSiretField["sensitive"] | undefined;
  /** Type de saisie : `text`, `email`, `tel`, `url`, `search`, `password` ou `number`. / Kind of text. */
  type?: SocleSiretField["type"] | undefined;
  /** Nombre minimal de caractères, vérifié avec un message. / Minimum number of characters. */
  minlength?: SocleSiretField["minlength"] | undefined;
  /** Nombre maximal de caractères : vérifié avec un message, jamais tronqué (même collé). / Maximum length, never truncates. */
  maxlength?: SocleSiretField["maxlength"] | undefined;
  /** Expression régulière que toute la valeur doit respecter (comme `pattern` en HTML). / Whole-value pattern. */
  pattern?: SocleSiretField["pattern"] | undefined;
  /** Minimum, pour `type="number"`. / Minimum for numbers. */
  min?: SocleSiretField["min"] | undefined;
  /** Maximum, pour `type="number"`. / Maximum for numbers. */
  max?: SocleSiretField["max"] | undefined;
  /** Pas, pour `type="number"` (`any` : aucun). / Step for numbers. */
  step?: SocleSiretField["step"] | undefined;
  /** Jeton de remplissage automatique transmis au champ interne, ex. `family-name`, `email`, `tel`. / Autofill token. */
  autocomplete?: SocleSiretField["autocomplete"] | undefined;
  /** Clavier virtuel à proposer, ex. `numeric`. / Virtual-keyboard hint. */
  inputmode?: SocleSiretField["inputmode"] | undefined;
  /** Texte indicatif. Préférez `hint` : il disparaît dès que la personne tape. / Placeholder; prefer `hint`. */
  placeholder?: SocleSiretField["placeholder"] | undefined;
  /** Correction orthographique ; `spellcheck="false"` la coupe (noms, identifiants). / Spell checking. */
  spellcheck?: SocleSiretField["spellcheck"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  value?: SocleSiretField["defaultValue"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  defaultValue?: SocleSiretField["defaultValue"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  name?: SocleSiretField["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  label?: SocleSiretField["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  hint?: SocleSiretField["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  required?: SocleSiretField["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  disabled?: SocleSiretField["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  readonly?: SocleSiretField["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  messages?: SocleSiretField["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  error?: SocleSiretField["error"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  validators?: SocleSiretField["validators"] | undefined;

  /** Fired at every change of the value by the person, as for `<input>`. */
  oninput?: ((e: Event) => void) | undefined;
  /** Fired when the person commits a change (leaves the field), as for `<input>`. */
  onchange?: ((e: Event) => void) | undefined;
  /** Fired when a submit attempt finds the value invalid. */
  oninvalid?: ((e: Event) => void) | undefined;
};

export type SocleSiretFieldSolidJsProps = {
  /** Donnée sensible (NIR, IBAN…) : jamais enregistrée dans les brouillons ni proposée au remplissage
automatique. / Sensitive: never kept in drafts. */
  "prop:sensitive"?: SocleSiretField["sensitive"] | undefined;
  /** Type de saisie : `text`, `email`, `tel`, `url`, `search`, `password` ou `number`. / Kind of text. */
  "prop:type"?: SocleSiretField["type"] | undefined;
  /** Nombre minimal de caractères, vérifié avec un message. / Minimum number of characters. */
  "prop:minlength"?: SocleSiretField["minlength"] | undefined;
  /** Nombre maximal de caractères : vérifié avec un message, jamais tronqué (même collé). / Maximum length, never truncates. */
  "prop:maxlength"?: SocleSiretField["maxlength"] | undefined;
  /** Expression régulière que toute la valeur doit respecter (comme `pattern` en HTML). / Whole-value pattern. */
  "prop:pattern"?: SocleSiretField["pattern"] | undefined;
  /** Minimum, pour `type="number"`. / Minimum for numbers. */
  "prop:min"?: SocleSiretField["min"] | undefined;
  /** Maximum, pour `type="number"`. / Maximum for numbers. */
  "prop:max"?: SocleSiretField["max"] | undefined;
  /** Pas, pour `type="number"` (`any` : aucun). / Step for numbers. */
  "prop:step"?: SocleSiretField["step"] | undefined;
  /** Jeton de remplissage automatique transmis au champ interne, ex. `family-name`, `email`, `tel`. / Autofill token. */
  "prop:autocomplete"?: SocleSiretField["autocomplete"] | undefined;
  /** Clavier virtuel à proposer, ex. `numeric`. / Virtual-keyboard hint. */
  "prop:inputmode"?: SocleSiretField["inputmode"] | undefined;
  /** Texte indicatif. Préférez `hint` : il disparaît dès que la personne tape. / Placeholder; prefer `hint`. */
  "prop:placeholder"?: SocleSiretField["placeholder"] | undefined;
  /** Correction orthographique ; `spellcheck="false"` la coupe (noms, identifiants). / Spell checking. */
  "prop:spellcheck"?: SocleSiretField["spellcheck"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  "attr:value"?: SocleSiretField["defaultValue"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  "prop:defaultValue"?: SocleSiretField["defaultValue"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  "prop:name"?: SocleSiretField["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  "prop:label"?: SocleSiretField["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  "prop:hint"?: SocleSiretField["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  "prop:required"?: SocleSiretField["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  "prop:disabled"?: SocleSiretField["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  "prop:readonly"?: SocleSiretField["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  "prop:messages"?: SocleSiretField["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  "prop:error"?: SocleSiretField["error"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  "prop:validators"?: SocleSiretField["validators"] | undefined;
  /** Fired at every change of the value by the person, as for `<input>`. */
  "on:input"?: ((e: Event) => void) | undefined;
  /** Fired when the person commits a change (leaves the field), as for `<input>`. */
  "on:change"?: ((e: Event) => void) | undefined;
  /** Fired when a submit attempt finds the value invalid. */
  "on:invalid"?: ((e: Event) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type SocleNirFieldProps = {
  /** Donnée sensible (NIR, IBAN…) : jamais enregistrée dans les brouillons ni proposée au remplissage
automatique. / Sensitive: never kept in drafts. */
  sensitive?: SocleNirField["sensitive"] | undefined;
  /** Type de saisie : `text`, `email`, `tel`, `url`, `search`, `password` ou `number`. / Kind of text. */
  type?: SocleNirField["type"] | undefined;
  /** Nombre minimal de caractères, vérifié avec un message. / Minimum number of characters. */
  minlength?: SocleNirField["minlength"] | undefined;
  /** Nombre maximal de caractères : vérifié avec un message, jamais tronqué (même collé). / Maximum length, never truncates. */
  maxlength?: SocleNirField["maxlength"] | undefined;
  /** Expression régulière que toute la valeur doit respecter (comme `pattern` en HTML). / Whole-value pattern. */
  pattern?: SocleNirField["pattern"] | undefined;
  /** Minimum, pour `type="number"`. / Minimum for numbers. */
  min?: SocleNirField["min"] | undefined;
  /** Maximum, pour `type="number"`. / Maximum for numbers. */
  max?: SocleNirField["max"] | undefined;
  /** Pas, pour `type="number"` (`any` : aucun). / Step for numbers. */
  step?: SocleNirField["step"] | undefined;
  /** Jeton de remplissage automatique transmis au champ interne, ex. `family-name`, `email`, `tel`. / Autofill token. */
  autocomplete?: SocleNirField["autocomplete"] | undefined;
  /** Clavier virtuel à proposer, ex. `numeric`. / Virtual-keyboard hint. */
  inputmode?: SocleNirField["inputmode"] | undefined;
  /** Texte indicatif. Préférez `hint` : il disparaît dès que la personne tape. / Placeholder; prefer `hint`. */
  placeholder?: SocleNirField["placeholder"] | undefined;
  /** Correction orthographique ; `spellcheck="false"` la coupe (noms, identifiants). / Spell checking. */
  spellcheck?: SocleNirField["spellcheck"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  value?: SocleNirField["defaultValue"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  defaultValue?: SocleNirField["defaultValue"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  name?: SocleNirField["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  label?: SocleNirField["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  hint?: SocleNirField["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  required?: SocleNirField["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  disabled?: SocleNirField["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  readonly?: SocleNirField["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  messages?: SocleNirField["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  error?: SocleNirField["error"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  validators?: SocleNirField["validators"] | undefined;

  /** Fired at every change of the value by the person, as for `<input>`. */
  oninput?: ((e: Event) => void) | undefined;
  /** Fired when the person commits a change (leaves the field), as for `<input>`. */
  onchange?: ((e: Event) => void) | undefined;
  /** Fired when a submit attempt finds the value invalid. */
  oninvalid?: ((e: Event) => void) | undefined;
};

export type SocleNirFieldSolidJsProps = {
  /** Donnée sensible (NIR, IBAN…) : jamais enregistrée dans les brouillons ni proposée au remplissage
automatique. / Sensitive: never kept in drafts. */
  "prop:sensitive"?: SocleNirField["sensitive"] | undefined;
  /** Type de saisie : `text`, `email`, `tel`, `url`, `search`, `password` ou `number`. / Kind of text. */
  "prop:type"?: SocleNirField["type"] | undefined;
  /** Nombre minimal de caractères, vérifié avec un message. / Minimum number of characters. */
  "prop:minlength"?: SocleNirField["minlength"] | undefined;
  /** Nombre maximal de caractères : vérifié avec un message, jamais tronqué (même collé). / Maximum length, never truncates. */
  "prop:maxlength"?: SocleNirField["maxlength"] | undefined;
  /** Expression régulière que toute la valeur doit respecter (comme `pattern` en HTML). / Whole-value pattern. */
  "prop:pattern"?: SocleNirField["pattern"] | undefined;
  /** Minimum, pour `type="number"`. / Minimum for numbers. */
  "prop:min"?: SocleNirField["min"] | undefined;
  /** Maximum, pour `type="number"`. / Maximum for numbers. */
  "prop:max"?: SocleNirField["max"] | undefined;
  /** Pas, pour `type="number"` (`any` : aucun). / Step for numbers. */
  "prop:step"?: SocleNirField["step"] | undefined;
  /** Jeton de remplissage automatique transmis au champ interne, ex. `family-name`, `email`, `tel`. / Autofill token. */
  "prop:autocomplete"?: SocleNirField["autocomplete"] | undefined;
  /** Clavier virtuel à proposer, ex. `numeric`. / Virtual-keyboard hint. */
  "prop:inputmode"?: SocleNirField["inputmode"] | undefined;
  /** Texte indicatif. Préférez `hint` : il disparaît dès que la personne tape. / Placeholder; prefer `hint`. */
  "prop:placeholder"?: SocleNirField["placeholder"] | undefined;
  /** Correction orthographique ; `spellcheck="false"` la coupe (noms, identifiants). / Spell checking. */
  "prop:spellcheck"?: SocleNirField["spellcheck"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  "attr:value"?: SocleNirField["defaultValue"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  "prop:defaultValue"?: SocleNirField["defaultValue"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  "prop:name"?: SocleNirField["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  "prop:label"?: SocleNirField["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  "prop:hint"?: SocleNirField["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  "prop:required"?: SocleNirField["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  "prop:disabled"?: SocleNirField["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  "prop:readonly"?: SocleNirField["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  "prop:messages"?: SocleNirField["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  "prop:error"?: SocleNirField["error"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  "prop:validators"?: SocleNirField["validators"] | undefined;
  /** Fired at every change of the value by the person, as for `<input>`. */
  "on:input"?: ((e: Event) => void) | undefined;
  /** Fired when the person commits a change (leaves the field), as for `<input>`. */
  "on:change"?: ((e: Event) => void) | undefined;
  /** Fired when a submit attempt finds the value invalid. */
  "on:invalid"?: ((e: Event) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type SocleIbanFieldProps = {
  /** Donnée sensible (NIR, IBAN…) : jamais enregistrée dans les brouillons ni proposée au remplissage
automatique. / Sensitive: never kept in drafts. */
  sensitive?: SocleIbanField["sensitive"] | undefined;
  /** Type de saisie : `text`, `email`, `tel`, `url`, `search`, `password` ou `number`. / Kind of text. */
  type?: SocleIbanField["type"] | undefined;
  /** Nombre minimal de caractères, vérifié avec un message. / Minimum number of characters. */
  minlength?: SocleIbanField["minlength"] | undefined;
  /** Nombre maximal de caractères : vérifié avec un message, jamais tronqué (même collé). / Maximum length, never truncates. */
  maxlength?: SocleIbanField["maxlength"] | undefined;
  /** Expression régulière que toute la valeur doit respecter (comme `pattern` en HTML). / Whole-value pattern. */
  pattern?: SocleIbanField["pattern"] | undefined;
  /** Minimum, pour `type="number"`. / Minimum for numbers. */
  min?: SocleIbanField["min"] | undefined;
  /** Maximum, pour `type="number"`. / Maximum for numbers. */
  max?: SocleIbanField["max"] | undefined;
  /** Pas, pour `type="number"` (`any` : aucun). / Step for numbers. */
  step?: SocleIbanField["step"] | undefined;
  /** Jeton de remplissage automatique transmis au champ interne, ex. `family-name`, `email`, `tel`. / Autofill token. */
  autocomplete?: SocleIbanField["autocomplete"] | undefined;
  /** Clavier virtuel à proposer, ex. `numeric`. / Virtual-keyboard hint. */
  inputmode?: SocleIbanField["inputmode"] | undefined;
  /** Texte indicatif. Préférez `hint` : il disparaît dès que la personne tape. / Placeholder; prefer `hint`. */
  placeholder?: SocleIbanField["placeholder"] | undefined;
  /** Correction orthographique ; `spellcheck="false"` la coupe (noms, identifiants). / Spell checking. */
  spellcheck?: SocleIbanField["spellcheck"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  value?: SocleIbanField["defaultValue"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  defaultValue?: SocleIbanField["defaultValue"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  name?: SocleIbanField["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  label?: SocleIbanField["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  hint?: SocleIbanField["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  required?: SocleIbanField["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  disabled?: SocleIbanField["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  readonly?: SocleIbanField["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  messages?: SocleIbanField["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  error?: SocleIbanField["error"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  validators?: SocleIbanField["validators"] | undefined;

  /** Fired at every change of the value by the person, as for `<input>`. */
  oninput?: ((e: Event) => void) | undefined;
  /** Fired when the person commits a change (leaves the field), as for `<input>`. */
  onchange?: ((e: Event) => void) | undefined;
  /** Fired when a submit attempt finds the value invalid. */
  oninvalid?: ((e: Event) => void) | undefined;
};

export type SocleIbanFieldSolidJsProps = {
  /** Donnée sensible (NIR, IBAN…) : jamais enregistrée dans les brouillons ni proposée au remplissage
automatique. / Sensitive: never kept in drafts. */
  "prop:sensitive"?: SocleIbanField["sensitive"] | undefined;
  /** Type de saisie : `text`, `email`, `tel`, `url`, `search`, `password` ou `number`. / Kind of text. */
  "prop:type"?: SocleIbanField["type"] | undefined;
  /** Nombre minimal de caractères, vérifié avec un message. / Minimum number of characters. */
  "prop:minlength"?: SocleIbanField["minlength"] | undefined;
  /** Nombre maximal de caractères : vérifié avec un message, jamais tronqué (même collé). / Maximum length, never truncates. */
  "prop:maxlength"?: SocleIbanField["maxlength"] | undefined;
  /** Expression régulière que toute la valeur doit respecter (comme `pattern` en HTML). / Whole-value pattern. */
  "prop:pattern"?: SocleIbanField["pattern"] | undefined;
  /** Minimum, pour `type="number"`. / Minimum for numbers. */
  "prop:min"?: SocleIbanField["min"] | undefined;
  /** Maximum, pour `type="number"`. / Maximum for numbers. */
  "prop:max"?: SocleIbanField["max"] | undefined;
  /** Pas, pour `type="number"` (`any` : aucun). / Step for numbers. */
  "prop:step"?: SocleIbanField["step"] | undefined;
  /** Jeton de remplissage automatique transmis au champ interne, ex. `family-name`, `email`, `tel`. / Autofill token. */
  "prop:autocomplete"?: SocleIbanField["autocomplete"] | undefined;
  /** Clavier virtuel à proposer, ex. `numeric`. / Virtual-keyboard hint. */
  "prop:inputmode"?: SocleIbanField["inputmode"] | undefined;
  /** Texte indicatif. Préférez `hint` : il disparaît dès que la personne tape. / Placeholder; prefer `hint`. */
  "prop:placeholder"?: SocleIbanField["placeholder"] | undefined;
  /** Correction orthographique ; `spellcheck="false"` la coupe (noms, identifiants). / Spell checking. */
  "prop:spellcheck"?: SocleIbanField["spellcheck"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  "attr:value"?: SocleIbanField["defaultValue"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  "prop:defaultValue"?: SocleIbanField["defaultValue"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  "prop:name"?: SocleIbanField["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  "prop:label"?: SocleIbanField["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  "prop:hint"?: SocleIbanField["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  "prop:required"?: SocleIbanField["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  "prop:disabled"?: SocleIbanField["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  "prop:readonly"?: SocleIbanField["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  "prop:messages"?: SocleIbanField["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  "prop:error"?: SocleIbanField["error"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  "prop:validators"?: SocleIbanField["validators"] | undefined;
  /** Fired at every change of the value by the person, as for `<input>`. */
  "on:input"?: ((e: Event) => void) | undefined;
  /** Fired when the person commits a change (leaves the field), as for `<input>`. */
  "on:change"?: ((e: Event) => void) | undefined;
  /** Fired when a submit attempt finds the value invalid. */
  "on:invalid"?: ((e: Event) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type SoclePostalCodeFieldProps = {
  /** Donnée sensible (NIR, IBAN…) : jamais enregistrée dans les brouillons ni proposée au remplissage
automatique. / Sensitive: never kept in drafts. */
  sensitive?: SoclePostalCodeField["sensitive"] | undefined;
  /** Type de saisie : `text`, `email`, `tel`, `url`, `search`, `password` ou `number`. / Kind of text. */
  type?: SoclePostalCodeField["type"] | undefined;
  /** Nombre minimal de caractères, vérifié avec un message. / Minimum number of characters. */
  minlength?: SoclePostalCodeField["minlength"] | undefined;
  /** Nombre maximal de caractères : vérifié avec un message, jamais tronqué (même collé). / Maximum length, never truncates. */
  maxlength?: SoclePostalCodeField["maxlength"] | undefined;
  /** Expression régulière que toute la valeur doit respecter (comme `pattern` en HTML). / Whole-value pattern. */
  pattern?: SoclePostalCodeField["pattern"] | undefined;
  /** Minimum, pour `type="number"`. / Minimum for numbers. */
  min?: SoclePostalCodeField["min"] | undefined;
  /** Maximum, pour `type="number"`. / Maximum for numbers. */
  max?: SoclePostalCodeField["max"] | undefined;
  /** Pas, pour `type="number"` (`any` : aucun). / Step for numbers. */
  step?: SoclePostalCodeField["step"] | undefined;
  /** Jeton de remplissage automatique transmis au champ interne, ex. `family-name`, `email`, `tel`. / Autofill token. */
  autocomplete?: SoclePostalCodeField["autocomplete"] | undefined;
  /** Clavier virtuel à proposer, ex. `numeric`. / Virtual-keyboard hint. */
  inputmode?: SoclePostalCodeField["inputmode"] | undefined;
  /** Texte indicatif. Préférez `hint` : il disparaît dès que la personne tape. / Placeholder; prefer `hint`. */
  placeholder?: SoclePostalCodeField["placeholder"] | undefined;
  /** Correction orthographique ; `spellcheck="false"` la coupe (noms, identifiants). / Spell checking. */
  spellcheck?: SoclePostalCodeField["spellcheck"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  value?: SoclePostalCodeField["defaultValue"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  defaultValue?: SoclePostalCodeField["defaultValue"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  name?: SoclePostalCodeField["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  label?: SoclePostalCodeField["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  hint?: SoclePostalCodeField["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  required?: SoclePostalCodeField["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  disabled?: SoclePostalCodeField["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  readonly?: SoclePostalCodeField["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  messages?: SoclePostalCodeField["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  error?: SoclePostalCodeField["error"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  validators?: SoclePostalCodeField["validators"] | undefined;

  /** Fired at every change of the value by the person, as for `<input>`. */
  oninput?: ((e: Event) => void) | undefined;
  /** Fired when the person commits a change (leaves the field), as for `<input>`. */
  onchange?: ((e: Event) => void) | undefined;
  /** Fired when a submit attempt finds the value invalid. */
  oninvalid?: ((e: Event) => void) | undefined;
};

export type SoclePostalCodeFieldSolidJsProps = {
  /** Donnée sensible (NIR, IBAN…) : jamais enregistrée dans les brouillons ni proposée au remplissage
automatique. / Sensitive: never kept in drafts. */
  "prop:sensitive"?: SoclePostalCodeField["sensitive"] | undefined;
  /** Type de saisie : `text`, `email`, `tel`, `url`, `search`, `password` ou `number`. / Kind of text. */
  "prop:type"?: SoclePostalCodeField["type"] | undefined;
  /** Nombre minimal de caractères, vérifié avec un message. / Minimum number of characters. */
  "prop:minlength"?: SoclePostalCodeField["minlength"] | undefined;
  /** Nombre maximal de caractères : vérifié avec un message, jamais tronqué (même collé). / Maximum length, never truncates. */
  "prop:maxlength"?: SoclePostalCodeField["maxlength"] | undefined;
  /** Expression régulière que toute la valeur doit respecter (comme `pattern` en HTML). / Whole-value pattern. */
  "prop:pattern"?: SoclePostalCodeField["pattern"] | undefined;
  /** Minimum, pour `type="number"`. / Minimum for numbers. */
  "prop:min"?: SoclePostalCodeField["min"] | undefined;
  /** Maximum, pour `type="number"`. / Maximum for numbers. */
  "prop:max"?: SoclePostalCodeField["max"] | undefined;
  /** Pas, pour `type="number"` (`any` : aucun). / Step for numbers. */
  "prop:step"?: SoclePostalCodeField["step"] | undefined;
  /** Jeton de remplissage automatique transmis au champ interne, ex. `family-name`, `email`, `tel`. / Autofill token. */
  "prop:autocomplete"?: SoclePostalCodeField["autocomplete"] | undefined;
  /** Clavier virtuel à proposer, ex. `numeric`. / Virtual-keyboard hint. */
  "prop:inputmode"?: SoclePostalCodeField["inputmode"] | undefined;
  /** Texte indicatif. Préférez `hint` : il disparaît dès que la personne tape. / Placeholder; prefer `hint`. */
  "prop:placeholder"?: SoclePostalCodeField["placeholder"] | undefined;
  /** Correction orthographique ; `spellcheck="false"` la coupe (noms, identifiants). / Spell checking. */
  "prop:spellcheck"?: SoclePostalCodeField["spellcheck"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  "attr:value"?: SoclePostalCodeField["defaultValue"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  "prop:defaultValue"?: SoclePostalCodeField["defaultValue"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  "prop:name"?: SoclePostalCodeField["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  "prop:label"?: SoclePostalCodeField["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  "prop:hint"?: SoclePostalCodeField["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  "prop:required"?: SoclePostalCodeField["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  "prop:disabled"?: SoclePostalCodeField["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  "prop:readonly"?: SoclePostalCodeField["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  "prop:messages"?: SoclePostalCodeField["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  "prop:error"?: SoclePostalCodeField["error"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  "prop:validators"?: SoclePostalCodeField["validators"] | undefined;
  /** Fired at every change of the value by the person, as for `<input>`. */
  "on:input"?: ((e: Event) => void) | undefined;
  /** Fired when the person commits a change (leaves the field), as for `<input>`. */
  "on:change"?: ((e: Event) => void) | undefined;
  /** Fired when a submit attempt finds the value invalid. */
  "on:invalid"?: ((e: Event) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type SocleEmailFieldProps = {
  /** Donnée sensible (NIR, IBAN…) : jamais enregistrée dans les brouillons ni proposée au remplissage
automatique. / Sensitive: never kept in drafts. */
  sensitive?: SocleEmailField["sensitive"] | undefined;
  /** Type de saisie : `text`, `email`, `tel`, `url`, `search`, `password` ou `number`. / Kind of text. */
  type?: SocleEmailField["type"] | undefined;
  /** Nombre minimal de caractères, vérifié avec un message. / Minimum number of characters. */
  minlength?: SocleEmailField["minlength"] | undefined;
  /** Nombre maximal de caractères : vérifié avec un message, jamais tronqué (même collé). / Maximum length, never truncates. */
  maxlength?: SocleEmailField["maxlength"] | undefined;
  /** Expression régulière que toute la valeur doit respecter (comme `pattern` en HTML). / Whole-value pattern. */
  pattern?: SocleEmailField["pattern"] | undefined;
  /** Minimum, pour `type="number"`. / Minimum for numbers. */
  min?: SocleEmailField["min"] | undefined;
  /** Maximum, pour `type="number"`. / Maximum for numbers. */
  max?: SocleEmailField["max"] | undefined;
  /** Pas, pour `type="number"` (`any` : aucun). / Step for numbers. */
  step?: SocleEmailField["step"] | undefined;
  /** Jeton de remplissage automatique transmis au champ interne, ex. `family-name`, `email`, `tel`. / Autofill token. */
  autocomplete?: SocleEmailField["autocomplete"] | undefined;
  /** Clavier virtuel à proposer, ex. `numeric`. / Virtual-keyboard hint. */
  inputmode?: SocleEmailField["inputmode"] | undefined;
  /** Texte indicatif. Préférez `hint` : il disparaît dès que la personne tape. / Placeholder; prefer `hint`. */
  placeholder?: SocleEmailField["placeholder"] | undefined;
  /** Correction orthographique ; `spellcheck="false"` la coupe (noms, identifiants). / Spell checking. */
  spellcheck?: SocleEmailField["spellcheck"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  value?: SocleEmailField["defaultValue"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  defaultValue?: SocleEmailField["defaultValue"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  name?: SocleEmailField["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  label?: SocleEmailField["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  hint?: SocleEmailField["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  required?: SocleEmailField["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  disabled?: SocleEmailField["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  readonly?: SocleEmailField["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  messages?: SocleEmailField["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  error?: SocleEmailField["error"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  validators?: SocleEmailField["validators"] | undefined;

  /** Fired at every change of the value by the person, as for `<input>`. */
  oninput?: ((e: Event) => void) | undefined;
  /** Fired when the person commits a change (leaves the field), as for `<input>`. */
  onchange?: ((e: Event) => void) | undefined;
  /** Fired when a submit attempt finds the value invalid. */
  oninvalid?: ((e: Event) => void) | undefined;
};

export type SocleEmailFieldSolidJsProps = {
  /** Donnée sensible (NIR, IBAN…) : jamais enregistrée dans les brouillons ni proposée au remplissage
automatique. / Sensitive: never kept in drafts. */
  "prop:sensitive"?: SocleEmailField["sensitive"] | undefined;
  /** Type de saisie : `text`, `email`, `tel`, `url`, `search`, `password` ou `number`. / Kind of text. */
  "prop:type"?: SocleEmailField["type"] | undefined;
  /** Nombre minimal de caractères, vérifié avec un message. / Minimum number of characters. */
  "prop:minlength"?: SocleEmailField["minlength"] | undefined;
  /** Nombre maximal de caractères : vérifié avec un message, jamais tronqué (même collé). / Maximum length, never truncates. */
  "prop:maxlength"?: SocleEmailField["maxlength"] | undefined;
  /** Expression régulière que toute la valeur doit respecter (comme `pattern` en HTML). / Whole-value pattern. */
  "prop:pattern"?: SocleEmailField["pattern"] | undefined;
  /** Minimum, pour `type="number"`. / Minimum for numbers. */
  "prop:min"?: SocleEmailField["min"] | undefined;
  /** Maximum, pour `type="number"`. / Maximum for numbers. */
  "prop:max"?: SocleEmailField["max"] | undefined;
  /** Pas, pour `type="number"` (`any` : aucun). / Step for numbers. */
  "prop:step"?: SocleEmailField["step"] | undefined;
  /** Jeton de remplissage automatique transmis au champ interne, ex. `family-name`, `email`, `tel`. / Autofill token. */
  "prop:autocomplete"?: SocleEmailField["autocomplete"] | undefined;
  /** Clavier virtuel à proposer, ex. `numeric`. / Virtual-keyboard hint. */
  "prop:inputmode"?: SocleEmailField["inputmode"] | undefined;
  /** Texte indicatif. Préférez `hint` : il disparaît dès que la personne tape. / Placeholder; prefer `hint`. */
  "prop:placeholder"?: SocleEmailField["placeholder"] | undefined;
  /** Correction orthographique ; `spellcheck="false"` la coupe (noms, identifiants). / Spell checking. */
  "prop:spellcheck"?: SocleEmailField["spellcheck"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  "attr:value"?: SocleEmailField["defaultValue"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  "prop:defaultValue"?: SocleEmailField["defaultValue"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  "prop:name"?: SocleEmailField["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  "prop:label"?: SocleEmailField["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  "prop:hint"?: SocleEmailField["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  "prop:required"?: SocleEmailField["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  "prop:disabled"?: SocleEmailField["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  "prop:readonly"?: SocleEmailField["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  "prop:messages"?: SocleEmailField["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  "prop:error"?: SocleEmailField["error"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  "prop:validators"?: SocleEmailField["validators"] | undefined;
  /** Fired at every change of the value by the person, as for `<input>`. */
  "on:input"?: ((e: Event) => void) | undefined;
  /** Fired when the person commits a change (leaves the field), as for `<input>`. */
  "on:change"?: ((e: Event) => void) | undefined;
  /** Fired when a submit attempt finds the value invalid. */
  "on:invalid"?: ((e: Event) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type SocleRadioGroupProps = {
  /** Disposition : `stacked` (par défaut), `inline` (réponses courtes, ex. Oui / Non) ou `tiles`. / Layout. */
  layout?: SocleRadioGroup["layout"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  value?: SocleRadioGroup["defaultValue"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  defaultValue?: SocleRadioGroup["defaultValue"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  name?: SocleRadioGroup["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  label?: SocleRadioGroup["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  hint?: SocleRadioGroup["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  required?: SocleRadioGroup["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  disabled?: SocleRadioGroup["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  readonly?: SocleRadioGroup["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  messages?: SocleRadioGroup["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  error?: SocleRadioGroup["error"] | undefined;
  /** Choix donnés par script (sinon les `<option>` enfants). / Choices set from script. */
  options?: SocleRadioGroup["options"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  validators?: SocleRadioGroup["validators"] | undefined;

  /** Quand la personne choisit une réponse. / When the person picks an answer. */
  oninput?: ((e: Event) => void) | undefined;
  /** Quand la personne choisit une réponse. / When the person picks an answer. */
  onchange?: ((e: Event) => void) | undefined;
  /** Quand un envoi ne trouve aucune réponse obligatoire. / When a required answer is missing on submit. */
  oninvalid?: ((e: Event) => void) | undefined;
};

export type SocleRadioGroupSolidJsProps = {
  /** Disposition : `stacked` (par défaut), `inline` (réponses courtes, ex. Oui / Non) ou `tiles`. / Layout. */
  "prop:layout"?: SocleRadioGroup["layout"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  "attr:value"?: SocleRadioGroup["defaultValue"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  "prop:defaultValue"?: SocleRadioGroup["defaultValue"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  "prop:name"?: SocleRadioGroup["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  "prop:label"?: SocleRadioGroup["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  "prop:hint"?: SocleRadioGroup["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  "prop:required"?: SocleRadioGroup["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  "prop:disabled"?: SocleRadioGroup["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  "prop:readonly"?: SocleRadioGroup["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  "prop:messages"?: SocleRadioGroup["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  "prop:error"?: SocleRadioGroup["error"] | undefined;
  /** Choix donnés par script (sinon les `<option>` enfants). / Choices set from script. */
  "prop:options"?: SocleRadioGroup["options"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  "prop:validators"?: SocleRadioGroup["validators"] | undefined;
  /** Quand la personne choisit une réponse. / When the person picks an answer. */
  "on:input"?: ((e: Event) => void) | undefined;
  /** Quand la personne choisit une réponse. / When the person picks an answer. */
  "on:change"?: ((e: Event) => void) | undefined;
  /** Quand un envoi ne trouve aucune réponse obligatoire. / When a required answer is missing on submit. */
  "on:invalid"?: ((e: Event) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type SocleRepeatProps = {
  /** Préfixe des noms : `enfants` donne `enfants[0][prenom]`. / Name prefix. */
  name?: SocleRepeat["name"] | undefined;
  /** Nombre minimal de groupes (affichés d'emblée). / Minimum number of groups. */
  min?: SocleRepeat["min"] | undefined;
  /** Nombre maximal de groupes. / Maximum number of groups. */
  max?: SocleRepeat["max"] | undefined;
  /** Nom d'un groupe, numéroté : « Enfant » donne « Enfant 1 ». / A group's name. */
  "item-label"?: SocleRepeat["itemLabel"] | undefined;
  /** Nom d'un groupe, numéroté : « Enfant » donne « Enfant 1 ». / A group's name. */
  itemLabel?: SocleRepeat["itemLabel"] | undefined;
  /** Texte du bouton d'ajout, ex. « Ajouter un enfant ». / Add button text. */
  "add-label"?: SocleRepeat["addLabel"] | undefined;
  /** Texte du bouton d'ajout, ex. « Ajouter un enfant ». / Add button text. */
  addLabel?: SocleRepeat["addLabel"] | undefined;
  /** Texte des boutons de suppression, ex. « Supprimer cet enfant ». / Remove buttons text. */
  "remove-label"?: SocleRepeat["removeLabel"] | undefined;
  /** Texte des boutons de suppression, ex. « Supprimer cet enfant ». / Remove buttons text. */
  removeLabel?: SocleRepeat["removeLabel"] | undefined;

  /** Après un ajout ou une suppression (`detail.count`). / After a group is added or removed. */
  "onsocle-repeat-change"?: ((e: CustomEvent) => void) | undefined;
  /**  */
  oninput?: ((e: Event) => void) | undefined;
};

export type SocleRepeatSolidJsProps = {
  /** Préfixe des noms : `enfants` donne `enfants[0][prenom]`. / Name prefix. */
  "prop:name"?: SocleRepeat["name"] | undefined;
  /** Nombre minimal de groupes (affichés d'emblée). / Minimum number of groups. */
  "prop:min"?: SocleRepeat["min"] | undefined;
  /** Nombre maximal de groupes. / Maximum number of groups. */
  "prop:max"?: SocleRepeat["max"] | undefined;
  /** Nom d'un groupe, numéroté : « Enfant » donne « Enfant 1 ». / A group's name. */
  "attr:item-label"?: SocleRepeat["itemLabel"] | undefined;
  /** Nom d'un groupe, numéroté : « Enfant » donne « Enfant 1 ». / A group's name. */
  "prop:itemLabel"?: SocleRepeat["itemLabel"] | undefined;
  /** Texte du bouton d'ajout, ex. « Ajouter un enfant ». / Add button text. */
  "attr:add-label"?: SocleRepeat["addLabel"] | undefined;
  /** Texte du bouton d'ajout, ex. « Ajouter un enfant ». / Add button text. */
  "prop:addLabel"?: SocleRepeat["addLabel"] | undefined;
  /** Texte des boutons de suppression, ex. « Supprimer cet enfant ». / Remove buttons text. */
  "attr:remove-label"?: SocleRepeat["removeLabel"] | undefined;
  /** Texte des boutons de suppression, ex. « Supprimer cet enfant ». / Remove buttons text. */
  "prop:removeLabel"?: SocleRepeat["removeLabel"] | undefined;
  /** Après un ajout ou une suppression (`detail.count`). / After a group is added or removed. */
  "on:socle-repeat-change"?: ((e: CustomEvent) => void) | undefined;
  /**  */
  "on:input"?: ((e: Event) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type SocleSelectProps = {
  /** Première option, vide, ex. « Sélectionnez une option » ; `required` la refuse. / An empty first option. */
  placeholder?: SocleSelect["placeholder"] | undefined;
  /** Jeton de remplissage automatique, ex. `country-name`. / Autofill token. */
  autocomplete?: SocleSelect["autocomplete"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  value?: SocleSelect["defaultValue"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  defaultValue?: SocleSelect["defaultValue"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  name?: SocleSelect["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  label?: SocleSelect["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  hint?: SocleSelect["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  required?: SocleSelect["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  disabled?: SocleSelect["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  readonly?: SocleSelect["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  messages?: SocleSelect["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  error?: SocleSelect["error"] | undefined;
  /** Options données par script (sinon les `<option>` enfants). / Options set from script. */
  options?: SocleSelect["options"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  validators?: SocleSelect["validators"] | undefined;

  /** Quand la personne choisit une option. / When the person picks an option. */
  oninput?: ((e: Event) => void) | undefined;
  /** Quand la personne choisit une option. / When the person picks an option. */
  onchange?: ((e: Event) => void) | undefined;
  /** Quand un envoi trouve la valeur invalide. / When a submit attempt finds the value invalid. */
  oninvalid?: ((e: Event) => void) | undefined;
};

export type SocleSelectSolidJsProps = {
  /** Première option, vide, ex. « Sélectionnez une option » ; `required` la refuse. / An empty first option. */
  "prop:placeholder"?: SocleSelect["placeholder"] | undefined;
  /** Jeton de remplissage automatique, ex. `country-name`. / Autofill token. */
  "prop:autocomplete"?: SocleSelect["autocomplete"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  "attr:value"?: SocleSelect["defaultValue"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  "prop:defaultValue"?: SocleSelect["defaultValue"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  "prop:name"?: SocleSelect["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  "prop:label"?: SocleSelect["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  "prop:hint"?: SocleSelect["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  "prop:required"?: SocleSelect["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  "prop:disabled"?: SocleSelect["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  "prop:readonly"?: SocleSelect["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  "prop:messages"?: SocleSelect["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  "prop:error"?: SocleSelect["error"] | undefined;
  /** Options données par script (sinon les `<option>` enfants). / Options set from script. */
  "prop:options"?: SocleSelect["options"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  "prop:validators"?: SocleSelect["validators"] | undefined;
  /** Quand la personne choisit une option. / When the person picks an option. */
  "on:input"?: ((e: Event) => void) | undefined;
  /** Quand la personne choisit une option. / When the person picks an option. */
  "on:change"?: ((e: Event) => void) | undefined;
  /** Quand un envoi trouve la valeur invalide. / When a submit attempt finds the value invalid. */
  "on:invalid"?: ((e: Event) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type SocleStepProps = {
  /** Titre de l'étape. / The step's heading. */
  heading?: SocleStep["heading"] | undefined;
  /** Étape « Vérifier vos réponses » : affiche les réponses des étapes précédentes. / Review step. */
  review?: SocleStep["review"] | undefined;

  /**  */
  onrequest?: ((e: SocleStepEvent) => void) | undefined;
  /** « Continuer », « Précédent » ou « Envoyer » (`detail.request`), traité par `<socle-form>`. / Navigation request. */
  "onsocle-step"?: ((e: Event) => void) | undefined;
  /** « Modifier » dans le récapitulatif (`detail.step`, `detail.target`). / "Change" in the review. */
  "onsocle-review-edit"?: ((e: Event) => void) | undefined;
};

export type SocleStepSolidJsProps = {
  /** Titre de l'étape. / The step's heading. */
  "prop:heading"?: SocleStep["heading"] | undefined;
  /** Étape « Vérifier vos réponses » : affiche les réponses des étapes précédentes. / Review step. */
  "prop:review"?: SocleStep["review"] | undefined;
  /**  */
  "on:request"?: ((e: SocleStepEvent) => void) | undefined;
  /** « Continuer », « Précédent » ou « Envoyer » (`detail.request`), traité par `<socle-form>`. / Navigation request. */
  "on:socle-step"?: ((e: Event) => void) | undefined;
  /** « Modifier » dans le récapitulatif (`detail.step`, `detail.target`). / "Change" in the review. */
  "on:socle-review-edit"?: ((e: Event) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type SocleTextFieldProps = {
  /** Type de saisie : `text`, `email`, `tel`, `url`, `search`, `password` ou `number`. / Kind of text. */
  type?: SocleTextField["type"] | undefined;
  /** Nombre minimal de caractères, vérifié avec un message. / Minimum number of characters. */
  minlength?: SocleTextField["minlength"] | undefined;
  /** Nombre maximal de caractères : vérifié avec un message, jamais tronqué (même collé). / Maximum length, never truncates. */
  maxlength?: SocleTextField["maxlength"] | undefined;
  /** Expression régulière que toute la valeur doit respecter (comme `pattern` en HTML). / Whole-value pattern. */
  pattern?: SocleTextField["pattern"] | undefined;
  /** Minimum, pour `type="number"`. / Minimum for numbers. */
  min?: SocleTextField["min"] | undefined;
  /** Maximum, pour `type="number"`. / Maximum for numbers. */
  max?: SocleTextField["max"] | undefined;
  /** Pas, pour `type="number"` (`any` : aucun). / Step for numbers. */
  step?: SocleTextField["step"] | undefined;
  /** Jeton de remplissage automatique transmis au champ interne, ex. `family-name`, `email`, `tel`. / Autofill token. */
  autocomplete?: SocleTextField["autocomplete"] | undefined;
  /** Clavier virtuel à proposer, ex. `numeric`. / Virtual-keyboard hint. */
  inputmode?: SocleTextField["inputmode"] | undefined;
  /** Texte indicatif. Préférez `hint` : il disparaît dès que la personne tape. / Placeholder; prefer `hint`. */
  placeholder?: SocleTextField["placeholder"] | undefined;
  /** Correction orthographique ; `spellcheck="false"` la coupe (noms, identifiants). / Spell checking. */
  spellcheck?: SocleTextField["spellcheck"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  value?: SocleTextField["defaultValue"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  defaultValue?: SocleTextField["defaultValue"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  name?: SocleTextField["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  label?: SocleTextField["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  hint?: SocleTextField["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  required?: SocleTextField["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  disabled?: SocleTextField["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  readonly?: SocleTextField["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  messages?: SocleTextField["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  error?: SocleTextField["error"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  validators?: SocleTextField["validators"] | undefined;

  /** Fired at every change of the value by the person, as for `<input>`. */
  oninput?: ((e: Event) => void) | undefined;
  /** Fired when the person commits a change (leaves the field), as for `<input>`. */
  onchange?: ((e: Event) => void) | undefined;
  /** Fired when a submit attempt finds the value invalid. */
  oninvalid?: ((e: Event) => void) | undefined;
};

export type SocleTextFieldSolidJsProps = {
  /** Type de saisie : `text`, `email`, `tel`, `url`, `search`, `password` ou `number`. / Kind of text. */
  "prop:type"?: SocleTextField["type"] | undefined;
  /** Nombre minimal de caractères, vérifié avec un message. / Minimum number of characters. */
  "prop:minlength"?: SocleTextField["minlength"] | undefined;
  /** Nombre maximal de caractères : vérifié avec un message, jamais tronqué (même collé). / Maximum length, never truncates. */
  "prop:maxlength"?: SocleTextField["maxlength"] | undefined;
  /** Expression régulière que toute la valeur doit respecter (comme `pattern` en HTML). / Whole-value pattern. */
  "prop:pattern"?: SocleTextField["pattern"] | undefined;
  /** Minimum, pour `type="number"`. / Minimum for numbers. */
  "prop:min"?: SocleTextField["min"] | undefined;
  /** Maximum, pour `type="number"`. / Maximum for numbers. */
  "prop:max"?: SocleTextField["max"] | undefined;
  /** Pas, pour `type="number"` (`any` : aucun). / Step for numbers. */
  "prop:step"?: SocleTextField["step"] | undefined;
  /** Jeton de remplissage automatique transmis au champ interne, ex. `family-name`, `email`, `tel`. / Autofill token. */
  "prop:autocomplete"?: SocleTextField["autocomplete"] | undefined;
  /** Clavier virtuel à proposer, ex. `numeric`. / Virtual-keyboard hint. */
  "prop:inputmode"?: SocleTextField["inputmode"] | undefined;
  /** Texte indicatif. Préférez `hint` : il disparaît dès que la personne tape. / Placeholder; prefer `hint`. */
  "prop:placeholder"?: SocleTextField["placeholder"] | undefined;
  /** Correction orthographique ; `spellcheck="false"` la coupe (noms, identifiants). / Spell checking. */
  "prop:spellcheck"?: SocleTextField["spellcheck"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  "attr:value"?: SocleTextField["defaultValue"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  "prop:defaultValue"?: SocleTextField["defaultValue"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  "prop:name"?: SocleTextField["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  "prop:label"?: SocleTextField["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  "prop:hint"?: SocleTextField["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  "prop:required"?: SocleTextField["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  "prop:disabled"?: SocleTextField["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  "prop:readonly"?: SocleTextField["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  "prop:messages"?: SocleTextField["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  "prop:error"?: SocleTextField["error"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  "prop:validators"?: SocleTextField["validators"] | undefined;
  /** Fired at every change of the value by the person, as for `<input>`. */
  "on:input"?: ((e: Event) => void) | undefined;
  /** Fired when the person commits a change (leaves the field), as for `<input>`. */
  "on:change"?: ((e: Event) => void) | undefined;
  /** Fired when a submit attempt finds the value invalid. */
  "on:invalid"?: ((e: Event) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type SocleTextareaProps = {
  /** Nombre de lignes visibles. / Visible rows. */
  rows?: SocleTextarea["rows"] | undefined;
  /** Nombre minimal de caractères. / Minimum number of characters. */
  minlength?: SocleTextarea["minlength"] | undefined;
  /** Nombre maximal de caractères : une erreur au-delà, jamais de troncature. / Maximum; never truncates. */
  maxlength?: SocleTextarea["maxlength"] | undefined;
  /** Affiche le compteur « Il vous reste N caractères » (avec `maxlength`). / Shows the remaining count. */
  count?: SocleTextarea["count"] | undefined;
  /** Jeton de remplissage automatique. / Autofill token. */
  autocomplete?: SocleTextarea["autocomplete"] | undefined;
  /** Correction orthographique. / Spell checking. */
  spellcheck?: SocleTextarea["spellcheck"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  value?: SocleTextarea["defaultValue"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  defaultValue?: SocleTextarea["defaultValue"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  name?: SocleTextarea["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  label?: SocleTextarea["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  hint?: SocleTextarea["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  required?: SocleTextarea["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  disabled?: SocleTextarea["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  readonly?: SocleTextarea["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  messages?: SocleTextarea["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  error?: SocleTextarea["error"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  validators?: SocleTextarea["validators"] | undefined;

  /** À chaque modification par la personne. / At every change by the person. */
  oninput?: ((e: Event) => void) | undefined;
  /** Quand la personne quitte la zone après l'avoir modifiée. / When a change is committed. */
  onchange?: ((e: Event) => void) | undefined;
  /** Quand un envoi trouve la valeur invalide. / When a submit attempt finds the value invalid. */
  oninvalid?: ((e: Event) => void) | undefined;
};

export type SocleTextareaSolidJsProps = {
  /** Nombre de lignes visibles. / Visible rows. */
  "prop:rows"?: SocleTextarea["rows"] | undefined;
  /** Nombre minimal de caractères. / Minimum number of characters. */
  "prop:minlength"?: SocleTextarea["minlength"] | undefined;
  /** Nombre maximal de caractères : une erreur au-delà, jamais de troncature. / Maximum; never truncates. */
  "prop:maxlength"?: SocleTextarea["maxlength"] | undefined;
  /** Affiche le compteur « Il vous reste N caractères » (avec `maxlength`). / Shows the remaining count. */
  "prop:count"?: SocleTextarea["count"] | undefined;
  /** Jeton de remplissage automatique. / Autofill token. */
  "prop:autocomplete"?: SocleTextarea["autocomplete"] | undefined;
  /** Correction orthographique. / Spell checking. */
  "prop:spellcheck"?: SocleTextarea["spellcheck"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  "attr:value"?: SocleTextarea["defaultValue"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  "prop:defaultValue"?: SocleTextarea["defaultValue"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  "prop:name"?: SocleTextarea["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  "prop:label"?: SocleTextarea["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  "prop:hint"?: SocleTextarea["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  "prop:required"?: SocleTextarea["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  "prop:disabled"?: SocleTextarea["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  "prop:readonly"?: SocleTextarea["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  "prop:messages"?: SocleTextarea["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  "prop:error"?: SocleTextarea["error"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  "prop:validators"?: SocleTextarea["validators"] | undefined;
  /** À chaque modification par la personne. / At every change by the person. */
  "on:input"?: ((e: Event) => void) | undefined;
  /** Quand la personne quitte la zone après l'avoir modifiée. / When a change is committed. */
  "on:change"?: ((e: Event) => void) | undefined;
  /** Quand un envoi trouve la valeur invalide. / When a submit attempt finds the value invalid. */
  "on:invalid"?: ((e: Event) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type CustomElements = {
  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `type`: `submit` (par défaut, comme en HTML) envoie le formulaire, `reset` le réinitialise, `button` ne fait rien. / Behaviour.
   * - `variant`: Apparence : `primary`, `secondary` ou `tertiary`. / Look.
   * - `disabled`: Désactivé. Préférez laisser le bouton actif et expliquer l'erreur. / Disabled.
   * - `loading`: Envoi en cours : annoncé, et les clics sont ignorés (pas de double envoi). / Busy: announced, clicks ignored.
   * - `name`: Nom envoyé avec le formulaire quand ce bouton l'envoie (avec `value`), comme pour un `<button>` :
   * distingue deux actions, ex. « Enregistrer » et « Envoyer ». / Submitted with `value` when this button submits.
   * - `value`: Valeur envoyée sous `name` quand ce bouton envoie le formulaire. / Submitted under `name`.
   * - `form`: Le formulaire du bouton. / The button's form. (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Le texte du bouton. / The button's text.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--socle-color-primary`: Fond du bouton principal. / Primary background. (default: `undefined`)
   * - `--socle-color-on-primary`: Texte du bouton principal. / Primary text. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `button`: Le `<button>` natif. / The native `<button>`.
   */
  "socle-button": Partial<
    SocleButtonProps & BaseProps<SocleButton> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `value`: Valeur envoyée quand la case est cochée (`on` par défaut, comme en HTML). / Submitted value when ticked.
   * - `checked`/`defaultChecked`: Cochée par défaut (attribut `checked`), rétabli par `form.reset()`. / Ticked by default.
   * - `name`: Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name.
   * - `label`: Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label.
   * - `hint`: Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label.
   * - `required`: Saisie obligatoire pour envoyer le formulaire. / A value is required.
   * - `disabled`: Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
   * The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
   * before the next render (with Lit's deferred reflection it ran after, and the render missed it).
   * - `readonly`: Lecture seule : envoyé mais ni modifiable ni validé. / Read-only.
   * - `messages`: Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
   * / Per-field message overrides; placeholders such as `{label}` work.
   * - `error`: Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
   * valeur. / A server-side error, shown at once and dropped when the value changes.
   * - `checked`: Cochée. / Ticked. (property only)
   * - `displayValue`: undefined (property only) (readonly)
   * - `jsonKind`: Without a `value`, a lone box is a yes/no: `true` or `false` in JSON. (property only) (readonly)
   * - `validators`: Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. (property only)
   * - `form`: The `<form>` the control belongs to. (property only) (readonly)
   * - `labels`: The `<label>` elements associated with the control. (property only) (readonly)
   * - `validity`: undefined (property only) (readonly)
   * - `validationMessage`: The error message in the page's language (never the browser's). (property only) (readonly)
   * - `willValidate`: undefined (property only) (readonly)
   * - `displayLabel`: The label as a person reads it (for summaries). (property only) (readonly)
   * - `isDisabled`: True when the control is disabled, by its own attribute or by a disabled ancestor fieldset. (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `change`: Quand la personne coche ou décoche. / When the person ticks or unticks.
   * - `input`: Quand la personne coche ou décoche. / When the person ticks or unticks.
   * - `invalid`: Quand un envoi trouve la case obligatoire non cochée. / When a required box is not ticked on submit.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `label`: Le libellé, s'il contient du balisage (un lien vers des conditions…). / The label, when it needs markup.
   * - `hint`: L'aide, si elle contient du balisage. / The hint, when it needs markup.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `draftState() => DraftState`: A draft keeps whether the box is ticked.
   * - `restoreDraftState(state: DraftState) => void`: undefined
   * - `checkValidity() => boolean`: Like the native method: fires `invalid` when invalid, but shows nothing (unlike `reportValidity`).
   * - `reportValidity() => boolean`: Shows the error in the field (Socle's message only, no browser bubble) and focuses the field when invalid.
   * - `setCustomValidity(message: string) => void`: Like the native method: a non-empty message makes the control invalid with that message.
   * - `showErrors() => boolean`: Shows the error now, as a submit attempt does (without the browser's bubble); returns whether the
   * value is valid. Used by the form engine to check one step of a multi-step form.
   * - `focus(options?: FocusOptions) => void`: Focuses the field (the author's native control in HTML-first markup).
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: L'enveloppe. / The wrapper.
   * - `control`: La case native. / The native checkbox.
   * - `label`: Le `<label>`.
   * - `required-mark`: La marque « obligatoire ».
   * - `hint`: L'aide. / The hint.
   * - `error`: Le message d'erreur. / The error message.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `touched`: La personne a quitté la case au moins une fois.
   * - `dirty`: La personne a changé l'état.
   * - `user-invalid`: Une erreur est affichée.
   * - `user-valid`: État changé et valide.
   * - `pending`: an asynchronous validator is running
   */
  "socle-checkbox": Partial<
    SocleCheckboxProps & BaseProps<SocleCheckbox> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `min`: Nombre minimal de cases cochées (si au moins une l'est, ou si `required`). / Minimum ticked.
   * - `max`: Nombre maximal de cases cochées. / Maximum ticked.
   * - `layout`: Disposition : `stacked` (par défaut), `inline` ou `tiles`. / Layout.
   * - `name`: Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name.
   * - `label`: Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label.
   * - `hint`: Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label.
   * - `required`: Saisie obligatoire pour envoyer le formulaire. / A value is required.
   * - `disabled`: Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
   * The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
   * before the next render (with Lit's deferred reflection it ran after, and the render missed it).
   * - `readonly`: Lecture seule : envoyé mais ni modifiable ni validé. / Read-only.
   * - `messages`: Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
   * / Per-field message overrides; placeholders such as `{label}` work.
   * - `error`: Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
   * valeur. / A server-side error, shown at once and dropped when the value changes.
   * - `options`: Choix donnés par script (sinon les `<option>` enfants). / Choices set from script. (property only)
   * - `choices`: The choices in use (HTML-first: the author's checkboxes). (property only) (readonly)
   * - `value`: Les valeurs cochées, dans l'ordre des choix. / The ticked values, in the choices' order. (property only)
   * - `jsonKind`: Always a list in JSON, empty when nothing is ticked. (property only) (readonly)
   * - `displayValue`: undefined (property only) (readonly)
   * - `validators`: Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. (property only)
   * - `form`: The `<form>` the control belongs to. (property only) (readonly)
   * - `labels`: The `<label>` elements associated with the control. (property only) (readonly)
   * - `validity`: undefined (property only) (readonly)
   * - `validationMessage`: The error message in the page's language (never the browser's). (property only) (readonly)
   * - `willValidate`: undefined (property only) (readonly)
   * - `displayLabel`: The label as a person reads it (for summaries). (property only) (readonly)
   * - `isDisabled`: True when the control is disabled, by its own attribute or by a disabled ancestor fieldset. (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `change`: Quand la personne coche ou décoche. / When the person ticks or unticks.
   * - `input`: Quand la personne coche ou décoche. / When the person ticks or unticks.
   * - `invalid`: Quand un envoi trouve la sélection invalide. / When the selection is invalid on submit.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Les choix, en `<option value="…" data-hint="…" selected>Libellé</option>` ; ou, HTML d'abord, un `<fieldset>` avec `<legend>` et un `<div class="socle-option">` (case + `<label>`) par choix. / The choices, as `<option>` elements; or, HTML first, a `<fieldset>` of native checkboxes.
   * - `label`: La légende, si elle contient du balisage. / The legend, when it needs markup.
   * - `hint`: L'aide, si elle contient du balisage. / The hint, when it needs markup.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `checkValidity() => boolean`: Like the native method: fires `invalid` when invalid, but shows nothing (unlike `reportValidity`).
   * - `reportValidity() => boolean`: Shows the error in the field (Socle's message only, no browser bubble) and focuses the field when invalid.
   * - `setCustomValidity(message: string) => void`: Like the native method: a non-empty message makes the control invalid with that message.
   * - `showErrors() => boolean`: Shows the error now, as a submit attempt does (without the browser's bubble); returns whether the
   * value is valid. Used by the form engine to check one step of a multi-step form.
   * - `draftState() => DraftState | undefined`: What a draft keeps of the control (see `<socle-form draft>`); undefined keeps nothing. A subclass whose
   * value is not all that was typed (a date's parts, a look-up's text) returns more, and takes it back in
   * `restoreDraftState`.
   * - `restoreDraftState(state: DraftState) => void`: Puts back what `draftState` returned (a draft restored after a reload).
   * - `focus(options?: FocusOptions) => void`: Focuses the field (the author's native control in HTML-first markup).
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: Le `<fieldset>`. / The fieldset.
   * - `label`: La `<legend>`.
   * - `required-mark`: La marque « obligatoire ».
   * - `hint`: L'aide. / The hint.
   * - `error`: Le message d'erreur. / The error message.
   * - `options`: Le conteneur des choix. / The options container.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `touched`: La personne a quitté le groupe au moins une fois.
   * - `dirty`: La personne a changé la sélection.
   * - `user-invalid`: Une erreur est affichée.
   * - `user-valid`: Sélection changée et valide.
   * - `pending`: an asynchronous validator is running
   */
  "socle-checkbox-group": Partial<
    SocleCheckboxGroupProps & BaseProps<SocleCheckboxGroup> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `min`: Date la plus ancienne acceptée (ISO). / Earliest date.
   * - `max`: Date la plus récente acceptée (ISO). / Latest date.
   * - `past`: La date doit être passée. / Must be in the past.
   * - `future`: La date doit être à venir. / Must be in the future.
   * - `birthdate`: Date de naissance : remplissage automatique `bday-*`, date passée, messages adaptés. / Birth-date mode.
   * - `autocomplete`: `off` : pas de remplissage automatique, ex. la date de naissance d’un enfant (ce n’est pas celle de la
   * personne). / `off`: no autofill, e.g. a child's birth date (not the person's own).
   * - `min-age`/`minAge`: Âge minimal (en années révolues), avec `birthdate`. / Minimum age.
   * - `max-age`/`maxAge`: Âge maximal, avec `birthdate`. / Maximum age.
   * - `subject`: Sujet des messages, ex. « La date de début » (par défaut le libellé entre guillemets). / Messages' subject.
   * - `today`: Le jour de référence (ISO) pour passé, futur et âges ; aujourd'hui par défaut. / Reference day.
   * - `value`/`defaultValue`: Date par défaut (attribut `value`, ISO), rétablie par `form.reset()`. / Default date.
   * - `name`: Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name.
   * - `label`: Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label.
   * - `hint`: Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label.
   * - `required`: Saisie obligatoire pour envoyer le formulaire. / A value is required.
   * - `disabled`: Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
   * The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
   * before the next render (with Lit's deferred reflection it ran after, and the render missed it).
   * - `readonly`: Lecture seule : envoyé mais ni modifiable ni validé. / Read-only.
   * - `messages`: Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
   * / Per-field message overrides; placeholders such as `{label}` work.
   * - `error`: Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
   * valeur. / A server-side error, shown at once and dropped when the value changes.
   * - `value`: La date ISO `AAAA-MM-JJ` si elle est complète et réelle, sinon `''`. / ISO date, or '' when not a real date. (property only)
   * - `typedParts`: Ce que la personne a tapé dans chaque champ, tel quel. / What was typed in each part. (property only) (readonly)
   * - `displayValue`: The date in words, e.g. « 24 août 1962 ». (property only) (readonly)
   * - `validators`: Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. (property only)
   * - `form`: The `<form>` the control belongs to. (property only) (readonly)
   * - `labels`: The `<label>` elements associated with the control. (property only) (readonly)
   * - `validity`: undefined (property only) (readonly)
   * - `validationMessage`: The error message in the page's language (never the browser's). (property only) (readonly)
   * - `willValidate`: undefined (property only) (readonly)
   * - `jsonKind`: How the form engine's JSON types the control's entries (a number, a boolean, always a list). (property only) (readonly)
   * - `displayLabel`: The label as a person reads it (for summaries). (property only) (readonly)
   * - `isDisabled`: True when the control is disabled, by its own attribute or by a disabled ancestor fieldset. (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `change`: Quand la personne valide une modification d'un champ. / When a part's change is committed.
   * - `input`: À chaque saisie dans l'un des champs. / At every keystroke in a part.
   * - `invalid`: Quand un envoi trouve la date invalide. / When a submit attempt finds the date invalid.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `label`: La légende, si elle contient du balisage. / The legend, when it needs markup.
   * - `hint`: L'aide, si elle contient du balisage (ex. « Par exemple : 27 3 2007 »). / The hint.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `draftState() => DraftState`: A draft keeps the parts as typed, even before they make a date.
   * - `restoreDraftState(state: DraftState) => void`: undefined
   * - `setTypedParts(parts: DateParts) => void`: Restores typed parts (drafts): what the person typed, even if it is not a date yet.
   * - `checkValidity() => boolean`: Like the native method: fires `invalid` when invalid, but shows nothing (unlike `reportValidity`).
   * - `reportValidity() => boolean`: Shows the error in the field (Socle's message only, no browser bubble) and focuses the field when invalid.
   * - `setCustomValidity(message: string) => void`: Like the native method: a non-empty message makes the control invalid with that message.
   * - `showErrors() => boolean`: Shows the error now, as a submit attempt does (without the browser's bubble); returns whether the
   * value is valid. Used by the form engine to check one step of a multi-step form.
   * - `focus(options?: FocusOptions) => void`: Focuses the field (the author's native control in HTML-first markup).
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: Le `<fieldset>`.
   * - `label`: La `<legend>`.
   * - `required-mark`: La marque « obligatoire ».
   * - `hint`: L'aide. / The hint.
   * - `error`: Le message d'erreur. / The error message.
   * - `day`: Le champ du jour. / The day input.
   * - `month`: Le champ du mois. / The month input.
   * - `year`: Le champ de l'année. / The year input.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `touched`: La personne a quitté le groupe au moins une fois.
   * - `dirty`: La personne a modifié la date.
   * - `user-invalid`: Une erreur est affichée.
   * - `user-valid`: Date modifiée et valide.
   * - `pending`: an asynchronous validator is running
   */
  "socle-date-field": Partial<
    SocleDateFieldProps & BaseProps<SocleDateField> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `legend`: La légende (ou l'emplacement `legend`). / The legend.
   * - `hint`: Aide sous la légende. / Hint under the legend.
   * - `name`: Nom du groupe : `form.setErrors({ nom: '…' })` peut lui donner une erreur. / Name, for `setErrors`.
   * - `error`: Erreur du groupe, affichée sous la légende et liée au groupe. / The group's error.
   * - `disabled`: Désactive tous les champs du groupe, comme `<fieldset disabled>` : ni saisie, ni validation, ni envoi ; un
   * champ que l'auteur a lui-même désactivé le reste. / Disables every field of the group, as a native
   * disabled fieldset does; fields disabled by their author stay so.
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Les champs du groupe. / The grouped fields.
   * - `legend`: La légende, si elle contient du balisage. / The legend, when it needs markup.
   * - `hint`: L'aide, si elle contient du balisage. / The hint, when it needs markup.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `focus(options?: FocusOptions) => void`: Focuses the first field of the group (used by the error summary's links).
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: Le `<fieldset>`. / The fieldset.
   * - `legend`: La `<legend>`.
   * - `hint`: L'aide. / The hint.
   * - `error`: Le message d'erreur du groupe. / The group's error.
   */
  "socle-fieldset": Partial<
    SocleFieldsetProps & BaseProps<SocleFieldset> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `accept`: Formats acceptés, comme l'attribut HTML : `.pdf,.jpg,image/*`. / Accepted types.
   * - `multiple`: Plusieurs fichiers. / Several files.
   * - `max-size`/`maxSize`: Taille maximale par fichier : `5 Mo`, `500 Ko` ou un nombre d'octets. / Maximum size per file.
   * - `max-total-size`/`maxTotalSize`: Taille maximale de l'ensemble. / Maximum total size.
   * - `max-files`/`maxFiles`: Nombre maximal de fichiers. / Maximum number of files.
   * - `name`: Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name.
   * - `label`: Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label.
   * - `hint`: Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label.
   * - `required`: Saisie obligatoire pour envoyer le formulaire. / A value is required.
   * - `disabled`: Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
   * The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
   * before the next render (with Lit's deferred reflection it ran after, and the render missed it).
   * - `readonly`: Lecture seule : envoyé mais ni modifiable ni validé. / Read-only.
   * - `messages`: Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
   * / Per-field message overrides; placeholders such as `{label}` work.
   * - `error`: Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
   * valeur. / A server-side error, shown at once and dropped when the value changes.
   * - `sensitive`: Les fichiers ne sont jamais enregistrés dans les brouillons. / Files are never kept in drafts. (property only) (readonly)
   * - `value`: Les fichiers choisis. / The chosen files. (property only)
   * - `displayValue`: undefined (property only) (readonly)
   * - `validators`: Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. (property only)
   * - `form`: The `<form>` the control belongs to. (property only) (readonly)
   * - `labels`: The `<label>` elements associated with the control. (property only) (readonly)
   * - `validity`: undefined (property only) (readonly)
   * - `validationMessage`: The error message in the page's language (never the browser's). (property only) (readonly)
   * - `willValidate`: undefined (property only) (readonly)
   * - `jsonKind`: How the form engine's JSON types the control's entries (a number, a boolean, always a list). (property only) (readonly)
   * - `displayLabel`: The label as a person reads it (for summaries). (property only) (readonly)
   * - `isDisabled`: True when the control is disabled, by its own attribute or by a disabled ancestor fieldset. (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `change`: Quand la liste des fichiers change. / When the list of files changes.
   * - `invalid`: Quand un envoi trouve la sélection invalide. / When the selection is invalid on submit.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `label`: Le libellé, s'il contient du balisage. / The label, when it needs markup.
   * - `hint`: L'aide (formats et taille acceptés…). / The hint.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `checkValidity() => boolean`: Like the native method: fires `invalid` when invalid, but shows nothing (unlike `reportValidity`).
   * - `reportValidity() => boolean`: Shows the error in the field (Socle's message only, no browser bubble) and focuses the field when invalid.
   * - `setCustomValidity(message: string) => void`: Like the native method: a non-empty message makes the control invalid with that message.
   * - `showErrors() => boolean`: Shows the error now, as a submit attempt does (without the browser's bubble); returns whether the
   * value is valid. Used by the form engine to check one step of a multi-step form.
   * - `draftState() => DraftState | undefined`: What a draft keeps of the control (see `<socle-form draft>`); undefined keeps nothing. A subclass whose
   * value is not all that was typed (a date's parts, a look-up's text) returns more, and takes it back in
   * `restoreDraftState`.
   * - `restoreDraftState(state: DraftState) => void`: Puts back what `draftState` returned (a draft restored after a reload).
   * - `focus(options?: FocusOptions) => void`: Focuses the field (the author's native control in HTML-first markup).
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: L'enveloppe. / The wrapper.
   * - `label`: Le `<label>`.
   * - `hint`: L'aide. / The hint.
   * - `error`: Le message d'erreur. / The error message.
   * - `dropzone`: La zone de dépôt. / The drop zone.
   * - `input`: Le `<input type="file">` natif. / The native file input.
   * - `files`: La liste des fichiers choisis. / The list of chosen files.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `dirty`: La personne a ajouté ou retiré un fichier.
   * - `user-invalid`: Une erreur est affichée.
   * - `dragover`: Des fichiers sont glissés au-dessus de la zone.
   * - `touched`: the person has left the field at least once
   * - `user-valid`: the person has changed the value (or submitted) and it is valid
   * - `pending`: an asynchronous validator is running
   */
  "socle-file-field": Partial<
    SocleFileFieldProps & BaseProps<SocleFileField> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `mode`: `native` (par défaut) : l'envoi natif se fait ; `json` : un événement `socle-submit` à la place. / Submission mode.
   * - `draft`: Clé unique du brouillon : ce qui est tapé est gardé dans le navigateur et restauré après un
   * rechargement (les champs sensibles jamais). / Draft key: answers are kept in the browser.
   * - `draft-days`/`draftDays`: Durée de conservation du brouillon, en jours (30 par défaut). / Days a draft is kept.
   * - `submit-label`/`submitLabel`: Texte du bouton d'envoi ajouté à la dernière étape quand elle n'en a pas. / Last step's submit text.
   * - `form`: The native form inside. (property only) (readonly)
   * - `busy`: True while a submission is under way. (property only) (readonly)
   * - `step`: L'étape affichée (à partir de 0). / The current step (from 0). (property only) (readonly)
   * - `ready`: Resolves once the engine has set up steps, conditions and the draft. (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `undefined`: undefined
   * - `socle-submit`: En mode `json`, à l'envoi d'un formulaire valide (`detail.data`, `detail.formData`, `detail.waitUntil`). / JSON-mode submission.
   * - `socle-step-change`: Après un changement d'étape (`detail.step`, à partir de 0). / After a step change.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Le `<form>` natif et son contenu. / The native `<form>` and its content.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `setErrors(errors: Readonly<Record<string, string>>) => void`: Shows errors decided elsewhere (the server), by field name, as if the form had been submitted.
   * - `clearErrors() => void`: Removes the summary and restores the page title.
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `error-summary`: Le récapitulatif des erreurs. / The error summary.
   * - `notice`: L'avis « Vos réponses … ont été restaurées ». / The draft notice.
   */
  "socle-form": Partial<SocleFormProps & BaseProps<SocleForm> & BaseEvents>;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `sensitive`: Donnée sensible (NIR, IBAN…) : jamais enregistrée dans les brouillons ni proposée au remplissage
   * automatique. / Sensitive: never kept in drafts.
   * - `type`: Type de saisie : `text`, `email`, `tel`, `url`, `search`, `password` ou `number`. / Kind of text.
   * - `minlength`: Nombre minimal de caractères, vérifié avec un message. / Minimum number of characters.
   * - `maxlength`: Nombre maximal de caractères : vérifié avec un message, jamais tronqué (même collé). / Maximum length, never truncates.
   * - `pattern`: Expression régulière que toute la valeur doit respecter (comme `pattern` en HTML). / Whole-value pattern.
   * - `min`: Minimum, pour `type="number"`. / Minimum for numbers.
   * - `max`: Maximum, pour `type="number"`. / Maximum for numbers.
   * - `step`: Pas, pour `type="number"` (`any` : aucun). / Step for numbers.
   * - `autocomplete`: Jeton de remplissage automatique transmis au champ interne, ex. `family-name`, `email`, `tel`. / Autofill token.
   * - `inputmode`: Clavier virtuel à proposer, ex. `numeric`. / Virtual-keyboard hint.
   * - `placeholder`: Texte indicatif. Préférez `hint` : il disparaît dès que la personne tape. / Placeholder; prefer `hint`.
   * - `spellcheck`: Correction orthographique ; `spellcheck="false"` la coupe (noms, identifiants). / Spell checking.
   * - `value`/`defaultValue`: Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset.
   * - `name`: Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name.
   * - `label`: Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label.
   * - `hint`: Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label.
   * - `required`: Saisie obligatoire pour envoyer le formulaire. / A value is required.
   * - `disabled`: Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
   * The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
   * before the next render (with Lit's deferred reflection it ran after, and the render missed it).
   * - `readonly`: Lecture seule : envoyé mais ni modifiable ni validé. / Read-only.
   * - `messages`: Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
   * / Per-field message overrides; placeholders such as `{label}` work.
   * - `error`: Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
   * valeur. / A server-side error, shown at once and dropped when the value changes.
   * - `normalizedValue`: La valeur normalisée si elle est valide (celle qui est envoyée), sinon `undefined`. / The normalised value. (property only) (readonly)
   * - `jsonKind`: `type="number"`: a number in JSON (null when empty). (property only) (readonly)
   * - `value`: Valeur courante. / The current value. (property only)
   * - `validators`: Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. (property only)
   * - `form`: The `<form>` the control belongs to. (property only) (readonly)
   * - `labels`: The `<label>` elements associated with the control. (property only) (readonly)
   * - `validity`: undefined (property only) (readonly)
   * - `validationMessage`: The error message in the page's language (never the browser's). (property only) (readonly)
   * - `willValidate`: undefined (property only) (readonly)
   * - `displayLabel`: The label as a person reads it (for summaries). (property only) (readonly)
   * - `displayValue`: The value as a person reads it, e.g. an option's label rather than its code (for summaries). (property only) (readonly)
   * - `isDisabled`: True when the control is disabled, by its own attribute or by a disabled ancestor fieldset. (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `input`: Fired at every change of the value by the person, as for `<input>`.
   * - `change`: Fired when the person commits a change (leaves the field), as for `<input>`.
   * - `invalid`: Fired when a submit attempt finds the value invalid.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `label`: The label, when it needs markup (the `label` attribute otherwise).
   * - `hint`: The hint, when it needs markup (the `hint` attribute otherwise).
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `draftState() => DraftState | undefined`: A password never goes into a draft.
   * - `select() => void`: Sélectionne le texte, comme `<input>.select()`. / Selects the text.
   * - `checkValidity() => boolean`: Like the native method: fires `invalid` when invalid, but shows nothing (unlike `reportValidity`).
   * - `reportValidity() => boolean`: Shows the error in the field (Socle's message only, no browser bubble) and focuses the field when invalid.
   * - `setCustomValidity(message: string) => void`: Like the native method: a non-empty message makes the control invalid with that message.
   * - `showErrors() => boolean`: Shows the error now, as a submit attempt does (without the browser's bubble); returns whether the
   * value is valid. Used by the form engine to check one step of a multi-step form.
   * - `restoreDraftState(state: DraftState) => void`: Puts back what `draftState` returned (a draft restored after a reload).
   * - `focus(options?: FocusOptions) => void`: Focuses the field (the author's native control in HTML-first markup).
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--socle-color-text`: Text colour. (default: `undefined`)
   * - `--socle-color-text-muted`: Hint colour. (default: `undefined`)
   * - `--socle-color-border`: Input border colour. (default: `undefined`)
   * - `--socle-color-error`: Error colour (message, border, required mark). (default: `undefined`)
   * - `--socle-color-focus`: Focus ring colour. (default: `undefined`)
   * - `--socle-control-height`: Minimum height of the input. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The wrapper of label, hint, error and input.
   * - `label`: The `<label>`.
   * - `required-mark`: The visual required mark (hidden from assistive technologies).
   * - `hint`: The hint.
   * - `error`: The error message (a polite live region).
   * - `input`: The native `<input>`.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `touched`: The person has left the field at least once.
   * - `dirty`: The person has changed the value.
   * - `user-invalid`: An error is shown.
   * - `user-valid`: The person has changed the value and it is valid.
   * - `pending`: An asynchronous validator is running.
   */
  "socle-phone-field": Partial<
    SoclePhoneFieldProps & BaseProps<SoclePhoneField> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `sensitive`: Donnée sensible (NIR, IBAN…) : jamais enregistrée dans les brouillons ni proposée au remplissage
   * automatique. / Sensitive: never kept in drafts.
   * - `type`: Type de saisie : `text`, `email`, `tel`, `url`, `search`, `password` ou `number`. / Kind of text.
   * - `minlength`: Nombre minimal de caractères, vérifié avec un message. / Minimum number of characters.
   * - `maxlength`: Nombre maximal de caractères : vérifié avec un message, jamais tronqué (même collé). / Maximum length, never truncates.
   * - `pattern`: Expression régulière que toute la valeur doit respecter (comme `pattern` en HTML). / Whole-value pattern.
   * - `min`: Minimum, pour `type="number"`. / Minimum for numbers.
   * - `max`: Maximum, pour `type="number"`. / Maximum for numbers.
   * - `step`: Pas, pour `type="number"` (`any` : aucun). / Step for numbers.
   * - `autocomplete`: Jeton de remplissage automatique transmis au champ interne, ex. `family-name`, `email`, `tel`. / Autofill token.
   * - `inputmode`: Clavier virtuel à proposer, ex. `numeric`. / Virtual-keyboard hint.
   * - `placeholder`: Texte indicatif. Préférez `hint` : il disparaît dès que la personne tape. / Placeholder; prefer `hint`.
   * - `spellcheck`: Correction orthographique ; `spellcheck="false"` la coupe (noms, identifiants). / Spell checking.
   * - `value`/`defaultValue`: Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset.
   * - `name`: Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name.
   * - `label`: Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label.
   * - `hint`: Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label.
   * - `required`: Saisie obligatoire pour envoyer le formulaire. / A value is required.
   * - `disabled`: Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
   * The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
   * before the next render (with Lit's deferred reflection it ran after, and the render missed it).
   * - `readonly`: Lecture seule : envoyé mais ni modifiable ni validé. / Read-only.
   * - `messages`: Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
   * / Per-field message overrides; placeholders such as `{label}` work.
   * - `error`: Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
   * valeur. / A server-side error, shown at once and dropped when the value changes.
   * - `normalizedValue`: La valeur normalisée si elle est valide (celle qui est envoyée), sinon `undefined`. / The normalised value. (property only) (readonly)
   * - `jsonKind`: `type="number"`: a number in JSON (null when empty). (property only) (readonly)
   * - `value`: Valeur courante. / The current value. (property only)
   * - `validators`: Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. (property only)
   * - `form`: The `<form>` the control belongs to. (property only) (readonly)
   * - `labels`: The `<label>` elements associated with the control. (property only) (readonly)
   * - `validity`: undefined (property only) (readonly)
   * - `validationMessage`: The error message in the page's language (never the browser's). (property only) (readonly)
   * - `willValidate`: undefined (property only) (readonly)
   * - `displayLabel`: The label as a person reads it (for summaries). (property only) (readonly)
   * - `displayValue`: The value as a person reads it, e.g. an option's label rather than its code (for summaries). (property only) (readonly)
   * - `isDisabled`: True when the control is disabled, by its own attribute or by a disabled ancestor fieldset. (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `input`: Fired at every change of the value by the person, as for `<input>`.
   * - `change`: Fired when the person commits a change (leaves the field), as for `<input>`.
   * - `invalid`: Fired when a submit attempt finds the value invalid.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `label`: The label, when it needs markup (the `label` attribute otherwise).
   * - `hint`: The hint, when it needs markup (the `hint` attribute otherwise).
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `draftState() => DraftState | undefined`: A password never goes into a draft.
   * - `select() => void`: Sélectionne le texte, comme `<input>.select()`. / Selects the text.
   * - `checkValidity() => boolean`: Like the native method: fires `invalid` when invalid, but shows nothing (unlike `reportValidity`).
   * - `reportValidity() => boolean`: Shows the error in the field (Socle's message only, no browser bubble) and focuses the field when invalid.
   * - `setCustomValidity(message: string) => void`: Like the native method: a non-empty message makes the control invalid with that message.
   * - `showErrors() => boolean`: Shows the error now, as a submit attempt does (without the browser's bubble); returns whether the
   * value is valid. Used by the form engine to check one step of a multi-step form.
   * - `restoreDraftState(state: DraftState) => void`: Puts back what `draftState` returned (a draft restored after a reload).
   * - `focus(options?: FocusOptions) => void`: Focuses the field (the author's native control in HTML-first markup).
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--socle-color-text`: Text colour. (default: `undefined`)
   * - `--socle-color-text-muted`: Hint colour. (default: `undefined`)
   * - `--socle-color-border`: Input border colour. (default: `undefined`)
   * - `--socle-color-error`: Error colour (message, border, required mark). (default: `undefined`)
   * - `--socle-color-focus`: Focus ring colour. (default: `undefined`)
   * - `--socle-control-height`: Minimum height of the input. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The wrapper of label, hint, error and input.
   * - `label`: The `<label>`.
   * - `required-mark`: The visual required mark (hidden from assistive technologies).
   * - `hint`: The hint.
   * - `error`: The error message (a polite live region).
   * - `input`: The native `<input>`.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `touched`: The person has left the field at least once.
   * - `dirty`: The person has changed the value.
   * - `user-invalid`: An error is shown.
   * - `user-valid`: The person has changed the value and it is valid.
   * - `pending`: An asynchronous validator is running.
   */
  "socle-siret-field": Partial<
    SocleSiretFieldProps & BaseProps<SocleSiretField> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `sensitive`: Donnée sensible (NIR, IBAN…) : jamais enregistrée dans les brouillons ni proposée au remplissage
   * automatique. / Sensitive: never kept in drafts.
   * - `type`: Type de saisie : `text`, `email`, `tel`, `url`, `search`, `password` ou `number`. / Kind of text.
   * - `minlength`: Nombre minimal de caractères, vérifié avec un message. / Minimum number of characters.
   * - `maxlength`: Nombre maximal de caractères : vérifié avec un message, jamais tronqué (même collé). / Maximum length, never truncates.
   * - `pattern`: Expression régulière que toute la valeur doit respecter (comme `pattern` en HTML). / Whole-value pattern.
   * - `min`: Minimum, pour `type="number"`. / Minimum for numbers.
   * - `max`: Maximum, pour `type="number"`. / Maximum for numbers.
   * - `step`: Pas, pour `type="number"` (`any` : aucun). / Step for numbers.
   * - `autocomplete`: Jeton de remplissage automatique transmis au champ interne, ex. `family-name`, `email`, `tel`. / Autofill token.
   * - `inputmode`: Clavier virtuel à proposer, ex. `numeric`. / Virtual-keyboard hint.
   * - `placeholder`: Texte indicatif. Préférez `hint` : il disparaît dès que la personne tape. / Placeholder; prefer `hint`.
   * - `spellcheck`: Correction orthographique ; `spellcheck="false"` la coupe (noms, identifiants). / Spell checking.
   * - `value`/`defaultValue`: Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset.
   * - `name`: Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name.
   * - `label`: Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label.
   * - `hint`: Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label.
   * - `required`: Saisie obligatoire pour envoyer le formulaire. / A value is required.
   * - `disabled`: Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
   * The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
   * before the next render (with Lit's deferred reflection it ran after, and the render missed it).
   * - `readonly`: Lecture seule : envoyé mais ni modifiable ni validé. / Read-only.
   * - `messages`: Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
   * / Per-field message overrides; placeholders such as `{label}` work.
   * - `error`: Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
   * valeur. / A server-side error, shown at once and dropped when the value changes.
   * - `normalizedValue`: La valeur normalisée si elle est valide (celle qui est envoyée), sinon `undefined`. / The normalised value. (property only) (readonly)
   * - `jsonKind`: `type="number"`: a number in JSON (null when empty). (property only) (readonly)
   * - `value`: Valeur courante. / The current value. (property only)
   * - `validators`: Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. (property only)
   * - `form`: The `<form>` the control belongs to. (property only) (readonly)
   * - `labels`: The `<label>` elements associated with the control. (property only) (readonly)
   * - `validity`: undefined (property only) (readonly)
   * - `validationMessage`: The error message in the page's language (never the browser's). (property only) (readonly)
   * - `willValidate`: undefined (property only) (readonly)
   * - `displayLabel`: The label as a person reads it (for summaries). (property only) (readonly)
   * - `displayValue`: The value as a person reads it, e.g. an option's label rather than its code (for summaries). (property only) (readonly)
   * - `isDisabled`: True when the control is disabled, by its own attribute or by a disabled ancestor fieldset. (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `input`: Fired at every change of the value by the person, as for `<input>`.
   * - `change`: Fired when the person commits a change (leaves the field), as for `<input>`.
   * - `invalid`: Fired when a submit attempt finds the value invalid.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `label`: The label, when it needs markup (the `label` attribute otherwise).
   * - `hint`: The hint, when it needs markup (the `hint` attribute otherwise).
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `draftState() => DraftState | undefined`: A password never goes into a draft.
   * - `select() => void`: Sélectionne le texte, comme `<input>.select()`. / Selects the text.
   * - `checkValidity() => boolean`: Like the native method: fires `invalid` when invalid, but shows nothing (unlike `reportValidity`).
   * - `reportValidity() => boolean`: Shows the error in the field (Socle's message only, no browser bubble) and focuses the field when invalid.
   * - `setCustomValidity(message: string) => void`: Like the native method: a non-empty message makes the control invalid with that message.
   * - `showErrors() => boolean`: Shows the error now, as a submit attempt does (without the browser's bubble); returns whether the
   * value is valid. Used by the form engine to check one step of a multi-step form.
   * - `restoreDraftState(state: DraftState) => void`: Puts back what `draftState` returned (a draft restored after a reload).
   * - `focus(options?: FocusOptions) => void`: Focuses the field (the author's native control in HTML-first markup).
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--socle-color-text`: Text colour. (default: `undefined`)
   * - `--socle-color-text-muted`: Hint colour. (default: `undefined`)
   * - `--socle-color-border`: Input border colour. (default: `undefined`)
   * - `--socle-color-error`: Error colour (message, border, required mark). (default: `undefined`)
   * - `--socle-color-focus`: Focus ring colour. (default: `undefined`)
   * - `--socle-control-height`: Minimum height of the input. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The wrapper of label, hint, error and input.
   * - `label`: The `<label>`.
   * - `required-mark`: The visual required mark (hidden from assistive technologies).
   * - `hint`: The hint.
   * - `error`: The error message (a polite live region).
   * - `input`: The native `<input>`.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `touched`: The person has left the field at least once.
   * - `dirty`: The person has changed the value.
   * - `user-invalid`: An error is shown.
   * - `user-valid`: The person has changed the value and it is valid.
   * - `pending`: An asynchronous validator is running.
   */
  "socle-nir-field": Partial<
    SocleNirFieldProps & BaseProps<SocleNirField> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `sensitive`: Donnée sensible (NIR, IBAN…) : jamais enregistrée dans les brouillons ni proposée au remplissage
   * automatique. / Sensitive: never kept in drafts.
   * - `type`: Type de saisie : `text`, `email`, `tel`, `url`, `search`, `password` ou `number`. / Kind of text.
   * - `minlength`: Nombre minimal de caractères, vérifié avec un message. / Minimum number of characters.
   * - `maxlength`: Nombre maximal de caractères : vérifié avec un message, jamais tronqué (même collé). / Maximum length, never truncates.
   * - `pattern`: Expression régulière que toute la valeur doit respecter (comme `pattern` en HTML). / Whole-value pattern.
   * - `min`: Minimum, pour `type="number"`. / Minimum for numbers.
   * - `max`: Maximum, pour `type="number"`. / Maximum for numbers.
   * - `step`: Pas, pour `type="number"` (`any` : aucun). / Step for numbers.
   * - `autocomplete`: Jeton de remplissage automatique transmis au champ interne, ex. `family-name`, `email`, `tel`. / Autofill token.
   * - `inputmode`: Clavier virtuel à proposer, ex. `numeric`. / Virtual-keyboard hint.
   * - `placeholder`: Texte indicatif. Préférez `hint` : il disparaît dès que la personne tape. / Placeholder; prefer `hint`.
   * - `spellcheck`: Correction orthographique ; `spellcheck="false"` la coupe (noms, identifiants). / Spell checking.
   * - `value`/`defaultValue`: Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset.
   * - `name`: Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name.
   * - `label`: Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label.
   * - `hint`: Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label.
   * - `required`: Saisie obligatoire pour envoyer le formulaire. / A value is required.
   * - `disabled`: Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
   * The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
   * before the next render (with Lit's deferred reflection it ran after, and the render missed it).
   * - `readonly`: Lecture seule : envoyé mais ni modifiable ni validé. / Read-only.
   * - `messages`: Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
   * / Per-field message overrides; placeholders such as `{label}` work.
   * - `error`: Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
   * valeur. / A server-side error, shown at once and dropped when the value changes.
   * - `normalizedValue`: La valeur normalisée si elle est valide (celle qui est envoyée), sinon `undefined`. / The normalised value. (property only) (readonly)
   * - `jsonKind`: `type="number"`: a number in JSON (null when empty). (property only) (readonly)
   * - `value`: Valeur courante. / The current value. (property only)
   * - `validators`: Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. (property only)
   * - `form`: The `<form>` the control belongs to. (property only) (readonly)
   * - `labels`: The `<label>` elements associated with the control. (property only) (readonly)
   * - `validity`: undefined (property only) (readonly)
   * - `validationMessage`: The error message in the page's language (never the browser's). (property only) (readonly)
   * - `willValidate`: undefined (property only) (readonly)
   * - `displayLabel`: The label as a person reads it (for summaries). (property only) (readonly)
   * - `displayValue`: The value as a person reads it, e.g. an option's label rather than its code (for summaries). (property only) (readonly)
   * - `isDisabled`: True when the control is disabled, by its own attribute or by a disabled ancestor fieldset. (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `input`: Fired at every change of the value by the person, as for `<input>`.
   * - `change`: Fired when the person commits a change (leaves the field), as for `<input>`.
   * - `invalid`: Fired when a submit attempt finds the value invalid.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `label`: The label, when it needs markup (the `label` attribute otherwise).
   * - `hint`: The hint, when it needs markup (the `hint` attribute otherwise).
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `draftState() => DraftState | undefined`: A password never goes into a draft.
   * - `select() => void`: Sélectionne le texte, comme `<input>.select()`. / Selects the text.
   * - `checkValidity() => boolean`: Like the native method: fires `invalid` when invalid, but shows nothing (unlike `reportValidity`).
   * - `reportValidity() => boolean`: Shows the error in the field (Socle's message only, no browser bubble) and focuses the field when invalid.
   * - `setCustomValidity(message: string) => void`: Like the native method: a non-empty message makes the control invalid with that message.
   * - `showErrors() => boolean`: Shows the error now, as a submit attempt does (without the browser's bubble); returns whether the
   * value is valid. Used by the form engine to check one step of a multi-step form.
   * - `restoreDraftState(state: DraftState) => void`: Puts back what `draftState` returned (a draft restored after a reload).
   * - `focus(options?: FocusOptions) => void`: Focuses the field (the author's native control in HTML-first markup).
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--socle-color-text`: Text colour. (default: `undefined`)
   * - `--socle-color-text-muted`: Hint colour. (default: `undefined`)
   * - `--socle-color-border`: Input border colour. (default: `undefined`)
   * - `--socle-color-error`: Error colour (message, border, required mark). (default: `undefined`)
   * - `--socle-color-focus`: Focus ring colour. (default: `undefined`)
   * - `--socle-control-height`: Minimum height of the input. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The wrapper of label, hint, error and input.
   * - `label`: The `<label>`.
   * - `required-mark`: The visual required mark (hidden from assistive technologies).
   * - `hint`: The hint.
   * - `error`: The error message (a polite live region).
   * - `input`: The native `<input>`.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `touched`: The person has left the field at least once.
   * - `dirty`: The person has changed the value.
   * - `user-invalid`: An error is shown.
   * - `user-valid`: The person has changed the value and it is valid.
   * - `pending`: An asynchronous validator is running.
   */
  "socle-iban-field": Partial<
    SocleIbanFieldProps & BaseProps<SocleIbanField> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `sensitive`: Donnée sensible (NIR, IBAN…) : jamais enregistrée dans les brouillons ni proposée au remplissage
   * automatique. / Sensitive: never kept in drafts.
   * - `type`: Type de saisie : `text`, `email`, `tel`, `url`, `search`, `password` ou `number`. / Kind of text.
   * - `minlength`: Nombre minimal de caractères, vérifié avec un message. / Minimum number of characters.
   * - `maxlength`: Nombre maximal de caractères : vérifié avec un message, jamais tronqué (même collé). / Maximum length, never truncates.
   * - `pattern`: Expression régulière que toute la valeur doit respecter (comme `pattern` en HTML). / Whole-value pattern.
   * - `min`: Minimum, pour `type="number"`. / Minimum for numbers.
   * - `max`: Maximum, pour `type="number"`. / Maximum for numbers.
   * - `step`: Pas, pour `type="number"` (`any` : aucun). / Step for numbers.
   * - `autocomplete`: Jeton de remplissage automatique transmis au champ interne, ex. `family-name`, `email`, `tel`. / Autofill token.
   * - `inputmode`: Clavier virtuel à proposer, ex. `numeric`. / Virtual-keyboard hint.
   * - `placeholder`: Texte indicatif. Préférez `hint` : il disparaît dès que la personne tape. / Placeholder; prefer `hint`.
   * - `spellcheck`: Correction orthographique ; `spellcheck="false"` la coupe (noms, identifiants). / Spell checking.
   * - `value`/`defaultValue`: Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset.
   * - `name`: Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name.
   * - `label`: Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label.
   * - `hint`: Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label.
   * - `required`: Saisie obligatoire pour envoyer le formulaire. / A value is required.
   * - `disabled`: Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
   * The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
   * before the next render (with Lit's deferred reflection it ran after, and the render missed it).
   * - `readonly`: Lecture seule : envoyé mais ni modifiable ni validé. / Read-only.
   * - `messages`: Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
   * / Per-field message overrides; placeholders such as `{label}` work.
   * - `error`: Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
   * valeur. / A server-side error, shown at once and dropped when the value changes.
   * - `normalizedValue`: La valeur normalisée si elle est valide (celle qui est envoyée), sinon `undefined`. / The normalised value. (property only) (readonly)
   * - `jsonKind`: `type="number"`: a number in JSON (null when empty). (property only) (readonly)
   * - `value`: Valeur courante. / The current value. (property only)
   * - `validators`: Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. (property only)
   * - `form`: The `<form>` the control belongs to. (property only) (readonly)
   * - `labels`: The `<label>` elements associated with the control. (property only) (readonly)
   * - `validity`: undefined (property only) (readonly)
   * - `validationMessage`: The error message in the page's language (never the browser's). (property only) (readonly)
   * - `willValidate`: undefined (property only) (readonly)
   * - `displayLabel`: The label as a person reads it (for summaries). (property only) (readonly)
   * - `displayValue`: The value as a person reads it, e.g. an option's label rather than its code (for summaries). (property only) (readonly)
   * - `isDisabled`: True when the control is disabled, by its own attribute or by a disabled ancestor fieldset. (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `input`: Fired at every change of the value by the person, as for `<input>`.
   * - `change`: Fired when the person commits a change (leaves the field), as for `<input>`.
   * - `invalid`: Fired when a submit attempt finds the value invalid.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `label`: The label, when it needs markup (the `label` attribute otherwise).
   * - `hint`: The hint, when it needs markup (the `hint` attribute otherwise).
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `draftState() => DraftState | undefined`: A password never goes into a draft.
   * - `select() => void`: Sélectionne le texte, comme `<input>.select()`. / Selects the text.
   * - `checkValidity() => boolean`: Like the native method: fires `invalid` when invalid, but shows nothing (unlike `reportValidity`).
   * - `reportValidity() => boolean`: Shows the error in the field (Socle's message only, no browser bubble) and focuses the field when invalid.
   * - `setCustomValidity(message: string) => void`: Like the native method: a non-empty message makes the control invalid with that message.
   * - `showErrors() => boolean`: Shows the error now, as a submit attempt does (without the browser's bubble); returns whether the
   * value is valid. Used by the form engine to check one step of a multi-step form.
   * - `restoreDraftState(state: DraftState) => void`: Puts back what `draftState` returned (a draft restored after a reload).
   * - `focus(options?: FocusOptions) => void`: Focuses the field (the author's native control in HTML-first markup).
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--socle-color-text`: Text colour. (default: `undefined`)
   * - `--socle-color-text-muted`: Hint colour. (default: `undefined`)
   * - `--socle-color-border`: Input border colour. (default: `undefined`)
   * - `--socle-color-error`: Error colour (message, border, required mark). (default: `undefined`)
   * - `--socle-color-focus`: Focus ring colour. (default: `undefined`)
   * - `--socle-control-height`: Minimum height of the input. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The wrapper of label, hint, error and input.
   * - `label`: The `<label>`.
   * - `required-mark`: The visual required mark (hidden from assistive technologies).
   * - `hint`: The hint.
   * - `error`: The error message (a polite live region).
   * - `input`: The native `<input>`.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `touched`: The person has left the field at least once.
   * - `dirty`: The person has changed the value.
   * - `user-invalid`: An error is shown.
   * - `user-valid`: The person has changed the value and it is valid.
   * - `pending`: An asynchronous validator is running.
   */
  "socle-postal-code-field": Partial<
    SoclePostalCodeFieldProps & BaseProps<SoclePostalCodeField> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `sensitive`: Donnée sensible (NIR, IBAN…) : jamais enregistrée dans les brouillons ni proposée au remplissage
   * automatique. / Sensitive: never kept in drafts.
   * - `type`: Type de saisie : `text`, `email`, `tel`, `url`, `search`, `password` ou `number`. / Kind of text.
   * - `minlength`: Nombre minimal de caractères, vérifié avec un message. / Minimum number of characters.
   * - `maxlength`: Nombre maximal de caractères : vérifié avec un message, jamais tronqué (même collé). / Maximum length, never truncates.
   * - `pattern`: Expression régulière que toute la valeur doit respecter (comme `pattern` en HTML). / Whole-value pattern.
   * - `min`: Minimum, pour `type="number"`. / Minimum for numbers.
   * - `max`: Maximum, pour `type="number"`. / Maximum for numbers.
   * - `step`: Pas, pour `type="number"` (`any` : aucun). / Step for numbers.
   * - `autocomplete`: Jeton de remplissage automatique transmis au champ interne, ex. `family-name`, `email`, `tel`. / Autofill token.
   * - `inputmode`: Clavier virtuel à proposer, ex. `numeric`. / Virtual-keyboard hint.
   * - `placeholder`: Texte indicatif. Préférez `hint` : il disparaît dès que la personne tape. / Placeholder; prefer `hint`.
   * - `spellcheck`: Correction orthographique ; `spellcheck="false"` la coupe (noms, identifiants). / Spell checking.
   * - `value`/`defaultValue`: Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset.
   * - `name`: Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name.
   * - `label`: Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label.
   * - `hint`: Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label.
   * - `required`: Saisie obligatoire pour envoyer le formulaire. / A value is required.
   * - `disabled`: Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
   * The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
   * before the next render (with Lit's deferred reflection it ran after, and the render missed it).
   * - `readonly`: Lecture seule : envoyé mais ni modifiable ni validé. / Read-only.
   * - `messages`: Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
   * / Per-field message overrides; placeholders such as `{label}` work.
   * - `error`: Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
   * valeur. / A server-side error, shown at once and dropped when the value changes.
   * - `normalizedValue`: La valeur normalisée si elle est valide (celle qui est envoyée), sinon `undefined`. / The normalised value. (property only) (readonly)
   * - `jsonKind`: `type="number"`: a number in JSON (null when empty). (property only) (readonly)
   * - `value`: Valeur courante. / The current value. (property only)
   * - `validators`: Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. (property only)
   * - `form`: The `<form>` the control belongs to. (property only) (readonly)
   * - `labels`: The `<label>` elements associated with the control. (property only) (readonly)
   * - `validity`: undefined (property only) (readonly)
   * - `validationMessage`: The error message in the page's language (never the browser's). (property only) (readonly)
   * - `willValidate`: undefined (property only) (readonly)
   * - `displayLabel`: The label as a person reads it (for summaries). (property only) (readonly)
   * - `displayValue`: The value as a person reads it, e.g. an option's label rather than its code (for summaries). (property only) (readonly)
   * - `isDisabled`: True when the control is disabled, by its own attribute or by a disabled ancestor fieldset. (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `input`: Fired at every change of the value by the person, as for `<input>`.
   * - `change`: Fired when the person commits a change (leaves the field), as for `<input>`.
   * - `invalid`: Fired when a submit attempt finds the value invalid.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `label`: The label, when it needs markup (the `label` attribute otherwise).
   * - `hint`: The hint, when it needs markup (the `hint` attribute otherwise).
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `draftState() => DraftState | undefined`: A password never goes into a draft.
   * - `select() => void`: Sélectionne le texte, comme `<input>.select()`. / Selects the text.
   * - `checkValidity() => boolean`: Like the native method: fires `invalid` when invalid, but shows nothing (unlike `reportValidity`).
   * - `reportValidity() => boolean`: Shows the error in the field (Socle's message only, no browser bubble) and focuses the field when invalid.
   * - `setCustomValidity(message: string) => void`: Like the native method: a non-empty message makes the control invalid with that message.
   * - `showErrors() => boolean`: Shows the error now, as a submit attempt does (without the browser's bubble); returns whether the
   * value is valid. Used by the form engine to check one step of a multi-step form.
   * - `restoreDraftState(state: DraftState) => void`: Puts back what `draftState` returned (a draft restored after a reload).
   * - `focus(options?: FocusOptions) => void`: Focuses the field (the author's native control in HTML-first markup).
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--socle-color-text`: Text colour. (default: `undefined`)
   * - `--socle-color-text-muted`: Hint colour. (default: `undefined`)
   * - `--socle-color-border`: Input border colour. (default: `undefined`)
   * - `--socle-color-error`: Error colour (message, border, required mark). (default: `undefined`)
   * - `--socle-color-focus`: Focus ring colour. (default: `undefined`)
   * - `--socle-control-height`: Minimum height of the input. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The wrapper of label, hint, error and input.
   * - `label`: The `<label>`.
   * - `required-mark`: The visual required mark (hidden from assistive technologies).
   * - `hint`: The hint.
   * - `error`: The error message (a polite live region).
   * - `input`: The native `<input>`.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `touched`: The person has left the field at least once.
   * - `dirty`: The person has changed the value.
   * - `user-invalid`: An error is shown.
   * - `user-valid`: The person has changed the value and it is valid.
   * - `pending`: An asynchronous validator is running.
   */
  "socle-email-field": Partial<
    SocleEmailFieldProps & BaseProps<SocleEmailField> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `layout`: Disposition : `stacked` (par défaut), `inline` (réponses courtes, ex. Oui / Non) ou `tiles`. / Layout.
   * - `value`/`defaultValue`: Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset.
   * - `name`: Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name.
   * - `label`: Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label.
   * - `hint`: Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label.
   * - `required`: Saisie obligatoire pour envoyer le formulaire. / A value is required.
   * - `disabled`: Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
   * The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
   * before the next render (with Lit's deferred reflection it ran after, and the render missed it).
   * - `readonly`: Lecture seule : envoyé mais ni modifiable ni validé. / Read-only.
   * - `messages`: Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
   * / Per-field message overrides; placeholders such as `{label}` work.
   * - `error`: Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
   * valeur. / A server-side error, shown at once and dropped when the value changes.
   * - `options`: Choix donnés par script (sinon les `<option>` enfants). / Choices set from script. (property only)
   * - `choices`: The choices in use (HTML-first: the author's radios). (property only) (readonly)
   * - `displayValue`: undefined (property only) (readonly)
   * - `value`: Valeur courante. / The current value. (property only)
   * - `validators`: Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. (property only)
   * - `form`: The `<form>` the control belongs to. (property only) (readonly)
   * - `labels`: The `<label>` elements associated with the control. (property only) (readonly)
   * - `validity`: undefined (property only) (readonly)
   * - `validationMessage`: The error message in the page's language (never the browser's). (property only) (readonly)
   * - `willValidate`: undefined (property only) (readonly)
   * - `jsonKind`: How the form engine's JSON types the control's entries (a number, a boolean, always a list). (property only) (readonly)
   * - `displayLabel`: The label as a person reads it (for summaries). (property only) (readonly)
   * - `isDisabled`: True when the control is disabled, by its own attribute or by a disabled ancestor fieldset. (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `input`: Quand la personne choisit une réponse. / When the person picks an answer.
   * - `change`: Quand la personne choisit une réponse. / When the person picks an answer.
   * - `invalid`: Quand un envoi ne trouve aucune réponse obligatoire. / When a required answer is missing on submit.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Les choix, en `<option value="…" data-hint="…">Libellé</option>` ; ou, HTML d'abord, un `<fieldset>` avec `<legend>` et un `<div class="socle-option">` (radio + `<label>`) par choix. / The choices, as `<option>` elements; or, HTML first, a `<fieldset>` of native radios.
   * - `label`: La légende, si elle contient du balisage. / The legend, when it needs markup.
   * - `hint`: L'aide, si elle contient du balisage. / The hint, when it needs markup.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `checkValidity() => boolean`: Like the native method: fires `invalid` when invalid, but shows nothing (unlike `reportValidity`).
   * - `reportValidity() => boolean`: Shows the error in the field (Socle's message only, no browser bubble) and focuses the field when invalid.
   * - `setCustomValidity(message: string) => void`: Like the native method: a non-empty message makes the control invalid with that message.
   * - `showErrors() => boolean`: Shows the error now, as a submit attempt does (without the browser's bubble); returns whether the
   * value is valid. Used by the form engine to check one step of a multi-step form.
   * - `draftState() => DraftState | undefined`: What a draft keeps of the control (see `<socle-form draft>`); undefined keeps nothing. A subclass whose
   * value is not all that was typed (a date's parts, a look-up's text) returns more, and takes it back in
   * `restoreDraftState`.
   * - `restoreDraftState(state: DraftState) => void`: Puts back what `draftState` returned (a draft restored after a reload).
   * - `focus(options?: FocusOptions) => void`: Focuses the field (the author's native control in HTML-first markup).
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: Le `<fieldset>`. / The fieldset.
   * - `label`: La `<legend>`.
   * - `required-mark`: La marque « obligatoire ».
   * - `hint`: L'aide. / The hint.
   * - `error`: Le message d'erreur. / The error message.
   * - `options`: Le conteneur des choix. / The options container.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `touched`: La personne a quitté le groupe au moins une fois.
   * - `dirty`: La personne a changé de réponse.
   * - `user-invalid`: Une erreur est affichée.
   * - `user-valid`: Réponse choisie et valide.
   * - `pending`: an asynchronous validator is running
   */
  "socle-radio-group": Partial<
    SocleRadioGroupProps & BaseProps<SocleRadioGroup> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `name`: Préfixe des noms : `enfants` donne `enfants[0][prenom]`. / Name prefix.
   * - `min`: Nombre minimal de groupes (affichés d'emblée). / Minimum number of groups.
   * - `max`: Nombre maximal de groupes. / Maximum number of groups.
   * - `item-label`/`itemLabel`: Nom d'un groupe, numéroté : « Enfant » donne « Enfant 1 ». / A group's name.
   * - `add-label`/`addLabel`: Texte du bouton d'ajout, ex. « Ajouter un enfant ». / Add button text.
   * - `remove-label`/`removeLabel`: Texte des boutons de suppression, ex. « Supprimer cet enfant ». / Remove buttons text.
   * - `length`: Nombre de groupes. / Number of groups. (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `socle-repeat-change`: Après un ajout ou une suppression (`detail.count`). / After a group is added or removed.
   * - `input`: undefined
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Un `<template>` contenant les champs d'un groupe. / A `<template>` with one group's fields.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `setCount(count: number) => void`: Adds or removes groups at the end until there are `count` (within min and max); used by drafts.
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `item`: L'enveloppe d'un groupe et de son bouton « Supprimer ». / A group and its remove button.
   * - `add`: Le bouton « Ajouter ». / The add button.
   * - `remove`: Un bouton « Supprimer ». / A remove button.
   */
  "socle-repeat": Partial<
    SocleRepeatProps & BaseProps<SocleRepeat> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `placeholder`: Première option, vide, ex. « Sélectionnez une option » ; `required` la refuse. / An empty first option.
   * - `autocomplete`: Jeton de remplissage automatique, ex. `country-name`. / Autofill token.
   * - `value`/`defaultValue`: Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset.
   * - `name`: Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name.
   * - `label`: Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label.
   * - `hint`: Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label.
   * - `required`: Saisie obligatoire pour envoyer le formulaire. / A value is required.
   * - `disabled`: Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
   * The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
   * before the next render (with Lit's deferred reflection it ran after, and the render missed it).
   * - `readonly`: Lecture seule : envoyé mais ni modifiable ni validé. / Read-only.
   * - `messages`: Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
   * / Per-field message overrides; placeholders such as `{label}` work.
   * - `error`: Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
   * valeur. / A server-side error, shown at once and dropped when the value changes.
   * - `options`: Options données par script (sinon les `<option>` enfants). / Options set from script. (property only)
   * - `choices`: The options in use: the `options` property, or else the `<option>` children. (property only) (readonly)
   * - `displayValue`: undefined (property only) (readonly)
   * - `value`: Valeur courante. / The current value. (property only)
   * - `validators`: Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. (property only)
   * - `form`: The `<form>` the control belongs to. (property only) (readonly)
   * - `labels`: The `<label>` elements associated with the control. (property only) (readonly)
   * - `validity`: undefined (property only) (readonly)
   * - `validationMessage`: The error message in the page's language (never the browser's). (property only) (readonly)
   * - `willValidate`: undefined (property only) (readonly)
   * - `jsonKind`: How the form engine's JSON types the control's entries (a number, a boolean, always a list). (property only) (readonly)
   * - `displayLabel`: The label as a person reads it (for summaries). (property only) (readonly)
   * - `isDisabled`: True when the control is disabled, by its own attribute or by a disabled ancestor fieldset. (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `input`: Quand la personne choisit une option. / When the person picks an option.
   * - `change`: Quand la personne choisit une option. / When the person picks an option.
   * - `invalid`: Quand un envoi trouve la valeur invalide. / When a submit attempt finds the value invalid.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Les `<option>` et `<optgroup>`, comme dans un `<select>`. / The options, as in a `<select>`.
   * - `label`: Le libellé, s'il contient du balisage. / The label, when it needs markup.
   * - `hint`: L'aide, si elle contient du balisage. / The hint, when it needs markup.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `checkValidity() => boolean`: Like the native method: fires `invalid` when invalid, but shows nothing (unlike `reportValidity`).
   * - `reportValidity() => boolean`: Shows the error in the field (Socle's message only, no browser bubble) and focuses the field when invalid.
   * - `setCustomValidity(message: string) => void`: Like the native method: a non-empty message makes the control invalid with that message.
   * - `showErrors() => boolean`: Shows the error now, as a submit attempt does (without the browser's bubble); returns whether the
   * value is valid. Used by the form engine to check one step of a multi-step form.
   * - `draftState() => DraftState | undefined`: What a draft keeps of the control (see `<socle-form draft>`); undefined keeps nothing. A subclass whose
   * value is not all that was typed (a date's parts, a look-up's text) returns more, and takes it back in
   * `restoreDraftState`.
   * - `restoreDraftState(state: DraftState) => void`: Puts back what `draftState` returned (a draft restored after a reload).
   * - `focus(options?: FocusOptions) => void`: Focuses the field (the author's native control in HTML-first markup).
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: L'enveloppe. / The wrapper.
   * - `label`: Le `<label>`.
   * - `required-mark`: La marque « obligatoire ».
   * - `hint`: L'aide. / The hint.
   * - `error`: Le message d'erreur. / The error message.
   * - `select`: Le `<select>` natif. / The native `<select>`.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `touched`: La personne a quitté le champ au moins une fois.
   * - `dirty`: La personne a modifié la valeur.
   * - `user-invalid`: Une erreur est affichée.
   * - `user-valid`: Valeur modifiée et valide.
   * - `pending`: an asynchronous validator is running
   */
  "socle-select": Partial<
    SocleSelectProps & BaseProps<SocleSelect> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `heading`: Titre de l'étape. / The step's heading.
   * - `review`: Étape « Vérifier vos réponses » : affiche les réponses des étapes précédentes. / Review step.
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `request`: undefined
   * - `undefined`: undefined
   * - `socle-step`: « Continuer », « Précédent » ou « Envoyer » (`detail.request`), traité par `<socle-form>`. / Navigation request.
   * - `socle-review-edit`: « Modifier » dans le récapitulatif (`detail.step`, `detail.target`). / "Change" in the review.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Les champs de l'étape. / The step's fields.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `focusHeading() => Promise<void>`: Moves focus to the heading (the form engine calls it on each step change).
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `heading`: Le titre de l'étape, avec « Étape N sur M ». / The step's heading.
   * - `next`: Le nom de l'étape suivante. / The next step's name.
   * - `review`: Le récapitulatif des réponses. / The answers' summary.
   * - `actions`: Les boutons de navigation. / The navigation buttons.
   */
  "socle-step": Partial<SocleStepProps & BaseProps<SocleStep> & BaseEvents>;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `type`: Type de saisie : `text`, `email`, `tel`, `url`, `search`, `password` ou `number`. / Kind of text.
   * - `minlength`: Nombre minimal de caractères, vérifié avec un message. / Minimum number of characters.
   * - `maxlength`: Nombre maximal de caractères : vérifié avec un message, jamais tronqué (même collé). / Maximum length, never truncates.
   * - `pattern`: Expression régulière que toute la valeur doit respecter (comme `pattern` en HTML). / Whole-value pattern.
   * - `min`: Minimum, pour `type="number"`. / Minimum for numbers.
   * - `max`: Maximum, pour `type="number"`. / Maximum for numbers.
   * - `step`: Pas, pour `type="number"` (`any` : aucun). / Step for numbers.
   * - `autocomplete`: Jeton de remplissage automatique transmis au champ interne, ex. `family-name`, `email`, `tel`. / Autofill token.
   * - `inputmode`: Clavier virtuel à proposer, ex. `numeric`. / Virtual-keyboard hint.
   * - `placeholder`: Texte indicatif. Préférez `hint` : il disparaît dès que la personne tape. / Placeholder; prefer `hint`.
   * - `spellcheck`: Correction orthographique ; `spellcheck="false"` la coupe (noms, identifiants). / Spell checking.
   * - `value`/`defaultValue`: Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset.
   * - `name`: Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name.
   * - `label`: Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label.
   * - `hint`: Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label.
   * - `required`: Saisie obligatoire pour envoyer le formulaire. / A value is required.
   * - `disabled`: Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
   * The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
   * before the next render (with Lit's deferred reflection it ran after, and the render missed it).
   * - `readonly`: Lecture seule : envoyé mais ni modifiable ni validé. / Read-only.
   * - `messages`: Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
   * / Per-field message overrides; placeholders such as `{label}` work.
   * - `error`: Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
   * valeur. / A server-side error, shown at once and dropped when the value changes.
   * - `jsonKind`: `type="number"`: a number in JSON (null when empty). (property only) (readonly)
   * - `value`: Valeur courante. / The current value. (property only)
   * - `validators`: Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. (property only)
   * - `form`: The `<form>` the control belongs to. (property only) (readonly)
   * - `labels`: The `<label>` elements associated with the control. (property only) (readonly)
   * - `validity`: undefined (property only) (readonly)
   * - `validationMessage`: The error message in the page's language (never the browser's). (property only) (readonly)
   * - `willValidate`: undefined (property only) (readonly)
   * - `displayLabel`: The label as a person reads it (for summaries). (property only) (readonly)
   * - `displayValue`: The value as a person reads it, e.g. an option's label rather than its code (for summaries). (property only) (readonly)
   * - `isDisabled`: True when the control is disabled, by its own attribute or by a disabled ancestor fieldset. (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `input`: Fired at every change of the value by the person, as for `<input>`.
   * - `change`: Fired when the person commits a change (leaves the field), as for `<input>`.
   * - `invalid`: Fired when a submit attempt finds the value invalid.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `label`: The label, when it needs markup (the `label` attribute otherwise).
   * - `hint`: The hint, when it needs markup (the `hint` attribute otherwise).
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `draftState() => DraftState | undefined`: A password never goes into a draft.
   * - `select() => void`: Sélectionne le texte, comme `<input>.select()`. / Selects the text.
   * - `checkValidity() => boolean`: Like the native method: fires `invalid` when invalid, but shows nothing (unlike `reportValidity`).
   * - `reportValidity() => boolean`: Shows the error in the field (Socle's message only, no browser bubble) and focuses the field when invalid.
   * - `setCustomValidity(message: string) => void`: Like the native method: a non-empty message makes the control invalid with that message.
   * - `showErrors() => boolean`: Shows the error now, as a submit attempt does (without the browser's bubble); returns whether the
   * value is valid. Used by the form engine to check one step of a multi-step form.
   * - `restoreDraftState(state: DraftState) => void`: Puts back what `draftState` returned (a draft restored after a reload).
   * - `focus(options?: FocusOptions) => void`: Focuses the field (the author's native control in HTML-first markup).
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--socle-color-text`: Text colour. (default: `undefined`)
   * - `--socle-color-text-muted`: Hint colour. (default: `undefined`)
   * - `--socle-color-border`: Input border colour. (default: `undefined`)
   * - `--socle-color-error`: Error colour (message, border, required mark). (default: `undefined`)
   * - `--socle-color-focus`: Focus ring colour. (default: `undefined`)
   * - `--socle-control-height`: Minimum height of the input. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The wrapper of label, hint, error and input.
   * - `label`: The `<label>`.
   * - `required-mark`: The visual required mark (hidden from assistive technologies).
   * - `hint`: The hint.
   * - `error`: The error message (a polite live region).
   * - `input`: The native `<input>`.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `touched`: The person has left the field at least once.
   * - `dirty`: The person has changed the value.
   * - `user-invalid`: An error is shown.
   * - `user-valid`: The person has changed the value and it is valid.
   * - `pending`: An asynchronous validator is running.
   */
  "socle-text-field": Partial<
    SocleTextFieldProps & BaseProps<SocleTextField> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `rows`: Nombre de lignes visibles. / Visible rows.
   * - `minlength`: Nombre minimal de caractères. / Minimum number of characters.
   * - `maxlength`: Nombre maximal de caractères : une erreur au-delà, jamais de troncature. / Maximum; never truncates.
   * - `count`: Affiche le compteur « Il vous reste N caractères » (avec `maxlength`). / Shows the remaining count.
   * - `autocomplete`: Jeton de remplissage automatique. / Autofill token.
   * - `spellcheck`: Correction orthographique. / Spell checking.
   * - `value`/`defaultValue`: Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset.
   * - `name`: Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name.
   * - `label`: Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label.
   * - `hint`: Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label.
   * - `required`: Saisie obligatoire pour envoyer le formulaire. / A value is required.
   * - `disabled`: Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
   * The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
   * before the next render (with Lit's deferred reflection it ran after, and the render missed it).
   * - `readonly`: Lecture seule : envoyé mais ni modifiable ni validé. / Read-only.
   * - `messages`: Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
   * / Per-field message overrides; placeholders such as `{label}` work.
   * - `error`: Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
   * valeur. / A server-side error, shown at once and dropped when the value changes.
   * - `value`: Valeur courante. / The current value. (property only)
   * - `validators`: Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. (property only)
   * - `form`: The `<form>` the control belongs to. (property only) (readonly)
   * - `labels`: The `<label>` elements associated with the control. (property only) (readonly)
   * - `validity`: undefined (property only) (readonly)
   * - `validationMessage`: The error message in the page's language (never the browser's). (property only) (readonly)
   * - `willValidate`: undefined (property only) (readonly)
   * - `jsonKind`: How the form engine's JSON types the control's entries (a number, a boolean, always a list). (property only) (readonly)
   * - `displayLabel`: The label as a person reads it (for summaries). (property only) (readonly)
   * - `displayValue`: The value as a person reads it, e.g. an option's label rather than its code (for summaries). (property only) (readonly)
   * - `isDisabled`: True when the control is disabled, by its own attribute or by a disabled ancestor fieldset. (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `input`: À chaque modification par la personne. / At every change by the person.
   * - `change`: Quand la personne quitte la zone après l'avoir modifiée. / When a change is committed.
   * - `invalid`: Quand un envoi trouve la valeur invalide. / When a submit attempt finds the value invalid.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `label`: Le libellé, s'il contient du balisage. / The label, when it needs markup.
   * - `hint`: L'aide, si elle contient du balisage. / The hint, when it needs markup.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `checkValidity() => boolean`: Like the native method: fires `invalid` when invalid, but shows nothing (unlike `reportValidity`).
   * - `reportValidity() => boolean`: Shows the error in the field (Socle's message only, no browser bubble) and focuses the field when invalid.
   * - `setCustomValidity(message: string) => void`: Like the native method: a non-empty message makes the control invalid with that message.
   * - `showErrors() => boolean`: Shows the error now, as a submit attempt does (without the browser's bubble); returns whether the
   * value is valid. Used by the form engine to check one step of a multi-step form.
   * - `draftState() => DraftState | undefined`: What a draft keeps of the control (see `<socle-form draft>`); undefined keeps nothing. A subclass whose
   * value is not all that was typed (a date's parts, a look-up's text) returns more, and takes it back in
   * `restoreDraftState`.
   * - `restoreDraftState(state: DraftState) => void`: Puts back what `draftState` returned (a draft restored after a reload).
   * - `focus(options?: FocusOptions) => void`: Focuses the field (the author's native control in HTML-first markup).
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: L'enveloppe. / The wrapper.
   * - `label`: Le `<label>`.
   * - `required-mark`: La marque « obligatoire » (masquée aux technologies d'assistance).
   * - `hint`: L'aide. / The hint.
   * - `error`: Le message d'erreur. / The error message.
   * - `textarea`: Le `<textarea>` natif. / The native `<textarea>`.
   * - `count`: Le compteur de caractères visible. / The visible character count.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `touched`: La personne a quitté le champ au moins une fois.
   * - `dirty`: La personne a modifié la valeur.
   * - `user-invalid`: Une erreur est affichée.
   * - `user-valid`: Valeur modifiée et valide.
   * - `pending`: an asynchronous validator is running
   */
  "socle-textarea": Partial<
    SocleTextareaProps & BaseProps<SocleTextarea> & BaseEvents
  >;
};

export type CustomElementsSolidJs = {
  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `type`: `submit` (par défaut, comme en HTML) envoie le formulaire, `reset` le réinitialise, `button` ne fait rien. / Behaviour.
   * - `variant`: Apparence : `primary`, `secondary` ou `tertiary`. / Look.
   * - `disabled`: Désactivé. Préférez laisser le bouton actif et expliquer l'erreur. / Disabled.
   * - `loading`: Envoi en cours : annoncé, et les clics sont ignorés (pas de double envoi). / Busy: announced, clicks ignored.
   * - `name`: Nom envoyé avec le formulaire quand ce bouton l'envoie (avec `value`), comme pour un `<button>` :
   * distingue deux actions, ex. « Enregistrer » et « Envoyer ». / Submitted with `value` when this button submits.
   * - `value`: Valeur envoyée sous `name` quand ce bouton envoie le formulaire. / Submitted under `name`.
   * - `form`: Le formulaire du bouton. / The button's form. (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Le texte du bouton. / The button's text.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--socle-color-primary`: Fond du bouton principal. / Primary background. (default: `undefined`)
   * - `--socle-color-on-primary`: Texte du bouton principal. / Primary text. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `button`: Le `<button>` natif. / The native `<button>`.
   */
  "socle-button": Partial<
    SocleButtonProps &
      SocleButtonSolidJsProps &
      BaseProps<SocleButton> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `value`: Valeur envoyée quand la case est cochée (`on` par défaut, comme en HTML). / Submitted value when ticked.
   * - `checked`/`defaultChecked`: Cochée par défaut (attribut `checked`), rétabli par `form.reset()`. / Ticked by default.
   * - `name`: Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name.
   * - `label`: Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label.
   * - `hint`: Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label.
   * - `required`: Saisie obligatoire pour envoyer le formulaire. / A value is required.
   * - `disabled`: Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
   * The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
   * before the next render (with Lit's deferred reflection it ran after, and the render missed it).
   * - `readonly`: Lecture seule : envoyé mais ni modifiable ni validé. / Read-only.
   * - `messages`: Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
   * / Per-field message overrides; placeholders such as `{label}` work.
   * - `error`: Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
   * valeur. / A server-side error, shown at once and dropped when the value changes.
   * - `checked`: Cochée. / Ticked. (property only)
   * - `displayValue`: undefined (property only) (readonly)
   * - `jsonKind`: Without a `value`, a lone box is a yes/no: `true` or `false` in JSON. (property only) (readonly)
   * - `validators`: Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. (property only)
   * - `form`: The `<form>` the control belongs to. (property only) (readonly)
   * - `labels`: The `<label>` elements associated with the control. (property only) (readonly)
   * - `validity`: undefined (property only) (readonly)
   * - `validationMessage`: The error message in the page's language (never the browser's). (property only) (readonly)
   * - `willValidate`: undefined (property only) (readonly)
   * - `displayLabel`: The label as a person reads it (for summaries). (property only) (readonly)
   * - `isDisabled`: True when the control is disabled, by its own attribute or by a disabled ancestor fieldset. (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `change`: Quand la personne coche ou décoche. / When the person ticks or unticks.
   * - `input`: Quand la personne coche ou décoche. / When the person ticks or unticks.
   * - `invalid`: Quand un envoi trouve la case obligatoire non cochée. / When a required box is not ticked on submit.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `label`: Le libellé, s'il contient du balisage (un lien vers des conditions…). / The label, when it needs markup.
   * - `hint`: L'aide, si elle contient du balisage. / The hint, when it needs markup.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `draftState() => DraftState`: A draft keeps whether the box is ticked.
   * - `restoreDraftState(state: DraftState) => void`: undefined
   * - `checkValidity() => boolean`: Like the native method: fires `invalid` when invalid, but shows nothing (unlike `reportValidity`).
   * - `reportValidity() => boolean`: Shows the error in the field (Socle's message only, no browser bubble) and focuses the field when invalid.
   * - `setCustomValidity(message: string) => void`: Like the native method: a non-empty message makes the control invalid with that message.
   * - `showErrors() => boolean`: Shows the error now, as a submit attempt does (without the browser's bubble); returns whether the
   * value is valid. Used by the form engine to check one step of a multi-step form.
   * - `focus(options?: FocusOptions) => void`: Focuses the field (the author's native control in HTML-first markup).
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: L'enveloppe. / The wrapper.
   * - `control`: La case native. / The native checkbox.
   * - `label`: Le `<label>`.
   * - `required-mark`: La marque « obligatoire ».
   * - `hint`: L'aide. / The hint.
   * - `error`: Le message d'erreur. / The error message.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `touched`: La personne a quitté la case au moins une fois.
   * - `dirty`: La personne a changé l'état.
   * - `user-invalid`: Une erreur est affichée.
   * - `user-valid`: État changé et valide.
   * - `pending`: an asynchronous validator is running
   */
  "socle-checkbox": Partial<
    SocleCheckboxProps &
      SocleCheckboxSolidJsProps &
      BaseProps<SocleCheckbox> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `min`: Nombre minimal de cases cochées (si au moins une l'est, ou si `required`). / Minimum ticked.
   * - `max`: Nombre maximal de cases cochées. / Maximum ticked.
   * - `layout`: Disposition : `stacked` (par défaut), `inline` ou `tiles`. / Layout.
   * - `name`: Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name.
   * - `label`: Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label.
   * - `hint`: Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label.
   * - `required`: Saisie obligatoire pour envoyer le formulaire. / A value is required.
   * - `disabled`: Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
   * The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
   * before the next render (with Lit's deferred reflection it ran after, and the render missed it).
   * - `readonly`: Lecture seule : envoyé mais ni modifiable ni validé. / Read-only.
   * - `messages`: Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
   * / Per-field message overrides; placeholders such as `{label}` work.
   * - `error`: Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
   * valeur. / A server-side error, shown at once and dropped when the value changes.
   * - `options`: Choix donnés par script (sinon les `<option>` enfants). / Choices set from script. (property only)
   * - `choices`: The choices in use (HTML-first: the author's checkboxes). (property only) (readonly)
   * - `value`: Les valeurs cochées, dans l'ordre des choix. / The ticked values, in the choices' order. (property only)
   * - `jsonKind`: Always a list in JSON, empty when nothing is ticked. (property only) (readonly)
   * - `displayValue`: undefined (property only) (readonly)
   * - `validators`: Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. (property only)
   * - `form`: The `<form>` the control belongs to. (property only) (readonly)
   * - `labels`: The `<label>` elements associated with the control. (property only) (readonly)
   * - `validity`: undefined (property only) (readonly)
   * - `validationMessage`: The error message in the page's language (never the browser's). (property only) (readonly)
   * - `willValidate`: undefined (property only) (readonly)
   * - `displayLabel`: The label as a person reads it (for summaries). (property only) (readonly)
   * - `isDisabled`: True when the control is disabled, by its own attribute or by a disabled ancestor fieldset. (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `change`: Quand la personne coche ou décoche. / When the person ticks or unticks.
   * - `input`: Quand la personne coche ou décoche. / When the person ticks or unticks.
   * - `invalid`: Quand un envoi trouve la sélection invalide. / When the selection is invalid on submit.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Les choix, en `<option value="…" data-hint="…" selected>Libellé</option>` ; ou, HTML d'abord, un `<fieldset>` avec `<legend>` et un `<div class="socle-option">` (case + `<label>`) par choix. / The choices, as `<option>` elements; or, HTML first, a `<fieldset>` of native checkboxes.
   * - `label`: La légende, si elle contient du balisage. / The legend, when it needs markup.
   * - `hint`: L'aide, si elle contient du balisage. / The hint, when it needs markup.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `checkValidity() => boolean`: Like the native method: fires `invalid` when invalid, but shows nothing (unlike `reportValidity`).
   * - `reportValidity() => boolean`: Shows the error in the field (Socle's message only, no browser bubble) and focuses the field when invalid.
   * - `setCustomValidity(message: string) => void`: Like the native method: a non-empty message makes the control invalid with that message.
   * - `showErrors() => boolean`: Shows the error now, as a submit attempt does (without the browser's bubble); returns whether the
   * value is valid. Used by the form engine to check one step of a multi-step form.
   * - `draftState() => DraftState | undefined`: What a draft keeps of the control (see `<socle-form draft>`); undefined keeps nothing. A subclass whose
   * value is not all that was typed (a date's parts, a look-up's text) returns more, and takes it back in
   * `restoreDraftState`.
   * - `restoreDraftState(state: DraftState) => void`: Puts back what `draftState` returned (a draft restored after a reload).
   * - `focus(options?: FocusOptions) => void`: Focuses the field (the author's native control in HTML-first markup).
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: Le `<fieldset>`. / The fieldset.
   * - `label`: La `<legend>`.
   * - `required-mark`: La marque « obligatoire ».
   * - `hint`: L'aide. / The hint.
   * - `error`: Le message d'erreur. / The error message.
   * - `options`: Le conteneur des choix. / The options container.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `touched`: La personne a quitté le groupe au moins une fois.
   * - `dirty`: La personne a changé la sélection.
   * - `user-invalid`: Une erreur est affichée.
   * - `user-valid`: Sélection changée et valide.
   * - `pending`: an asynchronous validator is running
   */
  "socle-checkbox-group": Partial<
    SocleCheckboxGroupProps &
      SocleCheckboxGroupSolidJsProps &
      BaseProps<SocleCheckboxGroup> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `min`: Date la plus ancienne acceptée (ISO). / Earliest date.
   * - `max`: Date la plus récente acceptée (ISO). / Latest date.
   * - `past`: La date doit être passée. / Must be in the past.
   * - `future`: La date doit être à venir. / Must be in the future.
   * - `birthdate`: Date de naissance : remplissage automatique `bday-*`, date passée, messages adaptés. / Birth-date mode.
   * - `autocomplete`: `off` : pas de remplissage automatique, ex. la date de naissance d’un enfant (ce n’est pas celle de la
   * personne). / `off`: no autofill, e.g. a child's birth date (not the person's own).
   * - `min-age`/`minAge`: Âge minimal (en années révolues), avec `birthdate`. / Minimum age.
   * - `max-age`/`maxAge`: Âge maximal, avec `birthdate`. / Maximum age.
   * - `subject`: Sujet des messages, ex. « La date de début » (par défaut le libellé entre guillemets). / Messages' subject.
   * - `today`: Le jour de référence (ISO) pour passé, futur et âges ; aujourd'hui par défaut. / Reference day.
   * - `value`/`defaultValue`: Date par défaut (attribut `value`, ISO), rétablie par `form.reset()`. / Default date.
   * - `name`: Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name.
   * - `label`: Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label.
   * - `hint`: Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label.
   * - `required`: Saisie obligatoire pour envoyer le formulaire. / A value is required.
   * - `disabled`: Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
   * The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
   * before the next render (with Lit's deferred reflection it ran after, and the render missed it).
   * - `readonly`: Lecture seule : envoyé mais ni modifiable ni validé. / Read-only.
   * - `messages`: Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
   * / Per-field message overrides; placeholders such as `{label}` work.
   * - `error`: Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
   * valeur. / A server-side error, shown at once and dropped when the value changes.
   * - `value`: La date ISO `AAAA-MM-JJ` si elle est complète et réelle, sinon `''`. / ISO date, or '' when not a real date. (property only)
   * - `typedParts`: Ce que la personne a tapé dans chaque champ, tel quel. / What was typed in each part. (property only) (readonly)
   * - `displayValue`: The date in words, e.g. « 24 août 1962 ». (property only) (readonly)
   * - `validators`: Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. (property only)
   * - `form`: The `<form>` the control belongs to. (property only) (readonly)
   * - `labels`: The `<label>` elements associated with the control. (property only) (readonly)
   * - `validity`: undefined (property only) (readonly)
   * - `validationMessage`: The error message in the page's language (never the browser's). (property only) (readonly)
   * - `willValidate`: undefined (property only) (readonly)
   * - `jsonKind`: How the form engine's JSON types the control's entries (a number, a boolean, always a list). (property only) (readonly)
   * - `displayLabel`: The label as a person reads it (for summaries). (property only) (readonly)
   * - `isDisabled`: True when the control is disabled, by its own attribute or by a disabled ancestor fieldset. (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `change`: Quand la personne valide une modification d'un champ. / When a part's change is committed.
   * - `input`: À chaque saisie dans l'un des champs. / At every keystroke in a part.
   * - `invalid`: Quand un envoi trouve la date invalide. / When a submit attempt finds the date invalid.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `label`: La légende, si elle contient du balisage. / The legend, when it needs markup.
   * - `hint`: L'aide, si elle contient du balisage (ex. « Par exemple : 27 3 2007 »). / The hint.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `draftState() => DraftState`: A draft keeps the parts as typed, even before they make a date.
   * - `restoreDraftState(state: DraftState) => void`: undefined
   * - `setTypedParts(parts: DateParts) => void`: Restores typed parts (drafts): what the person typed, even if it is not a date yet.
   * - `checkValidity() => boolean`: Like the native method: fires `invalid` when invalid, but shows nothing (unlike `reportValidity`).
   * - `reportValidity() => boolean`: Shows the error in the field (Socle's message only, no browser bubble) and focuses the field when invalid.
   * - `setCustomValidity(message: string) => void`: Like the native method: a non-empty message makes the control invalid with that message.
   * - `showErrors() => boolean`: Shows the error now, as a submit attempt does (without the browser's bubble); returns whether the
   * value is valid. Used by the form engine to check one step of a multi-step form.
   * - `focus(options?: FocusOptions) => void`: Focuses the field (the author's native control in HTML-first markup).
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: Le `<fieldset>`.
   * - `label`: La `<legend>`.
   * - `required-mark`: La marque « obligatoire ».
   * - `hint`: L'aide. / The hint.
   * - `error`: Le message d'erreur. / The error message.
   * - `day`: Le champ du jour. / The day input.
   * - `month`: Le champ du mois. / The month input.
   * - `year`: Le champ de l'année. / The year input.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `touched`: La personne a quitté le groupe au moins une fois.
   * - `dirty`: La personne a modifié la date.
   * - `user-invalid`: Une erreur est affichée.
   * - `user-valid`: Date modifiée et valide.
   * - `pending`: an asynchronous validator is running
   */
  "socle-date-field": Partial<
    SocleDateFieldProps &
      SocleDateFieldSolidJsProps &
      BaseProps<SocleDateField> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `legend`: La légende (ou l'emplacement `legend`). / The legend.
   * - `hint`: Aide sous la légende. / Hint under the legend.
   * - `name`: Nom du groupe : `form.setErrors({ nom: '…' })` peut lui donner une erreur. / Name, for `setErrors`.
   * - `error`: Erreur du groupe, affichée sous la légende et liée au groupe. / The group's error.
   * - `disabled`: Désactive tous les champs du groupe, comme `<fieldset disabled>` : ni saisie, ni validation, ni envoi ; un
   * champ que l'auteur a lui-même désactivé le reste. / Disables every field of the group, as a native
   * disabled fieldset does; fields disabled by their author stay so.
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Les champs du groupe. / The grouped fields.
   * - `legend`: La légende, si elle contient du balisage. / The legend, when it needs markup.
   * - `hint`: L'aide, si elle contient du balisage. / The hint, when it needs markup.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `focus(options?: FocusOptions) => void`: Focuses the first field of the group (used by the error summary's links).
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: Le `<fieldset>`. / The fieldset.
   * - `legend`: La `<legend>`.
   * - `hint`: L'aide. / The hint.
   * - `error`: Le message d'erreur du groupe. / The group's error.
   */
  "socle-fieldset": Partial<
    SocleFieldsetProps &
      SocleFieldsetSolidJsProps &
      BaseProps<SocleFieldset> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `accept`: Formats acceptés, comme l'attribut HTML : `.pdf,.jpg,image/*`. / Accepted types.
   * - `multiple`: Plusieurs fichiers. / Several files.
   * - `max-size`/`maxSize`: Taille maximale par fichier : `5 Mo`, `500 Ko` ou un nombre d'octets. / Maximum size per file.
   * - `max-total-size`/`maxTotalSize`: Taille maximale de l'ensemble. / Maximum total size.
   * - `max-files`/`maxFiles`: Nombre maximal de fichiers. / Maximum number of files.
   * - `name`: Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name.
   * - `label`: Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label.
   * - `hint`: Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label.
   * - `required`: Saisie obligatoire pour envoyer le formulaire. / A value is required.
   * - `disabled`: Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
   * The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
   * before the next render (with Lit's deferred reflection it ran after, and the render missed it).
   * - `readonly`: Lecture seule : envoyé mais ni modifiable ni validé. / Read-only.
   * - `messages`: Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
   * / Per-field message overrides; placeholders such as `{label}` work.
   * - `error`: Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
   * valeur. / A server-side error, shown at once and dropped when the value changes.
   * - `sensitive`: Les fichiers ne sont jamais enregistrés dans les brouillons. / Files are never kept in drafts. (property only) (readonly)
   * - `value`: Les fichiers choisis. / The chosen files. (property only)
   * - `displayValue`: undefined (property only) (readonly)
   * - `validators`: Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. (property only)
   * - `form`: The `<form>` the control belongs to. (property only) (readonly)
   * - `labels`: The `<label>` elements associated with the control. (property only) (readonly)
   * - `validity`: undefined (property only) (readonly)
   * - `validationMessage`: The error message in the page's language (never the browser's). (property only) (readonly)
   * - `willValidate`: undefined (property only) (readonly)
   * - `jsonKind`: How the form engine's JSON types the control's entries (a number, a boolean, always a list). (property only) (readonly)
   * - `displayLabel`: The label as a person reads it (for summaries). (property only) (readonly)
   * - `isDisabled`: True when the control is disabled, by its own attribute or by a disabled ancestor fieldset. (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `change`: Quand la liste des fichiers change. / When the list of files changes.
   * - `invalid`: Quand un envoi trouve la sélection invalide. / When the selection is invalid on submit.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `label`: Le libellé, s'il contient du balisage. / The label, when it needs markup.
   * - `hint`: L'aide (formats et taille acceptés…). / The hint.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `checkValidity() => boolean`: Like the native method: fires `invalid` when invalid, but shows nothing (unlike `reportValidity`).
   * - `reportValidity() => boolean`: Shows the error in the field (Socle's message only, no browser bubble) and focuses the field when invalid.
   * - `setCustomValidity(message: string) => void`: Like the native method: a non-empty message makes the control invalid with that message.
   * - `showErrors() => boolean`: Shows the error now, as a submit attempt does (without the browser's bubble); returns whether the
   * value is valid. Used by the form engine to check one step of a multi-step form.
   * - `draftState() => DraftState | undefined`: What a draft keeps of the control (see `<socle-form draft>`); undefined keeps nothing. A subclass whose
   * value is not all that was typed (a date's parts, a look-up's text) returns more, and takes it back in
   * `restoreDraftState`.
   * - `restoreDraftState(state: DraftState) => void`: Puts back what `draftState` returned (a draft restored after a reload).
   * - `focus(options?: FocusOptions) => void`: Focuses the field (the author's native control in HTML-first markup).
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: L'enveloppe. / The wrapper.
   * - `label`: Le `<label>`.
   * - `hint`: L'aide. / The hint.
   * - `error`: Le message d'erreur. / The error message.
   * - `dropzone`: La zone de dépôt. / The drop zone.
   * - `input`: Le `<input type="file">` natif. / The native file input.
   * - `files`: La liste des fichiers choisis. / The list of chosen files.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `dirty`: La personne a ajouté ou retiré un fichier.
   * - `user-invalid`: Une erreur est affichée.
   * - `dragover`: Des fichiers sont glissés au-dessus de la zone.
   * - `touched`: the person has left the field at least once
   * - `user-valid`: the person has changed the value (or submitted) and it is valid
   * - `pending`: an asynchronous validator is running
   */
  "socle-file-field": Partial<
    SocleFileFieldProps &
      SocleFileFieldSolidJsProps &
      BaseProps<SocleFileField> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `mode`: `native` (par défaut) : l'envoi natif se fait ; `json` : un événement `socle-submit` à la place. / Submission mode.
   * - `draft`: Clé unique du brouillon : ce qui est tapé est gardé dans le navigateur et restauré après un
   * rechargement (les champs sensibles jamais). / Draft key: answers are kept in the browser.
   * - `draft-days`/`draftDays`: Durée de conservation du brouillon, en jours (30 par défaut). / Days a draft is kept.
   * - `submit-label`/`submitLabel`: Texte du bouton d'envoi ajouté à la dernière étape quand elle n'en a pas. / Last step's submit text.
   * - `form`: The native form inside. (property only) (readonly)
   * - `busy`: True while a submission is under way. (property only) (readonly)
   * - `step`: L'étape affichée (à partir de 0). / The current step (from 0). (property only) (readonly)
   * - `ready`: Resolves once the engine has set up steps, conditions and the draft. (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `undefined`: undefined
   * - `socle-submit`: En mode `json`, à l'envoi d'un formulaire valide (`detail.data`, `detail.formData`, `detail.waitUntil`). / JSON-mode submission.
   * - `socle-step-change`: Après un changement d'étape (`detail.step`, à partir de 0). / After a step change.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Le `<form>` natif et son contenu. / The native `<form>` and its content.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `setErrors(errors: Readonly<Record<string, string>>) => void`: Shows errors decided elsewhere (the server), by field name, as if the form had been submitted.
   * - `clearErrors() => void`: Removes the summary and restores the page title.
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `error-summary`: Le récapitulatif des erreurs. / The error summary.
   * - `notice`: L'avis « Vos réponses … ont été restaurées ». / The draft notice.
   */
  "socle-form": Partial<
    SocleFormProps & SocleFormSolidJsProps & BaseProps<SocleForm> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `sensitive`: Donnée sensible (NIR, IBAN…) : jamais enregistrée dans les brouillons ni proposée au remplissage
   * automatique. / Sensitive: never kept in drafts.
   * - `type`: Type de saisie : `text`, `email`, `tel`, `url`, `search`, `password` ou `number`. / Kind of text.
   * - `minlength`: Nombre minimal de caractères, vérifié avec un message. / Minimum number of characters.
   * - `maxlength`: Nombre maximal de caractères : vérifié avec un message, jamais tronqué (même collé). / Maximum length, never truncates.
   * - `pattern`: Expression régulière que toute la valeur doit respecter (comme `pattern` en HTML). / Whole-value pattern.
   * - `min`: Minimum, pour `type="number"`. / Minimum for numbers.
   * - `max`: Maximum, pour `type="number"`. / Maximum for numbers.
   * - `step`: Pas, pour `type="number"` (`any` : aucun). / Step for numbers.
   * - `autocomplete`: Jeton de remplissage automatique transmis au champ interne, ex. `family-name`, `email`, `tel`. / Autofill token.
   * - `inputmode`: Clavier virtuel à proposer, ex. `numeric`. / Virtual-keyboard hint.
   * - `placeholder`: Texte indicatif. Préférez `hint` : il disparaît dès que la personne tape. / Placeholder; prefer `hint`.
   * - `spellcheck`: Correction orthographique ; `spellcheck="false"` la coupe (noms, identifiants). / Spell checking.
   * - `value`/`defaultValue`: Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset.
   * - `name`: Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name.
   * - `label`: Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label.
   * - `hint`: Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label.
   * - `required`: Saisie obligatoire pour envoyer le formulaire. / A value is required.
   * - `disabled`: Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
   * The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
   * before the next render (with Lit's deferred reflection it ran after, and the render missed it).
   * - `readonly`: Lecture seule : envoyé mais ni modifiable ni validé. / Read-only.
   * - `messages`: Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
   * / Per-field message overrides; placeholders such as `{label}` work.
   * - `error`: Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
   * valeur. / A server-side error, shown at once and dropped when the value changes.
   * - `normalizedValue`: La valeur normalisée si elle est valide (celle qui est envoyée), sinon `undefined`. / The normalised value. (property only) (readonly)
   * - `jsonKind`: `type="number"`: a number in JSON (null when empty). (property only) (readonly)
   * - `value`: Valeur courante. / The current value. (property only)
   * - `validators`: Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. (property only)
   * - `form`: The `<form>` the control belongs to. (property only) (readonly)
   * - `labels`: The `<label>` elements associated with the control. (property only) (readonly)
   * - `validity`: undefined (property only) (readonly)
   * - `validationMessage`: The error message in the page's language (never the browser's). (property only) (readonly)
   * - `willValidate`: undefined (property only) (readonly)
   * - `displayLabel`: The label as a person reads it (for summaries). (property only) (readonly)
   * - `displayValue`: The value as a person reads it, e.g. an option's label rather than its code (for summaries). (property only) (readonly)
   * - `isDisabled`: True when the control is disabled, by its own attribute or by a disabled ancestor fieldset. (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `input`: Fired at every change of the value by the person, as for `<input>`.
   * - `change`: Fired when the person commits a change (leaves the field), as for `<input>`.
   * - `invalid`: Fired when a submit attempt finds the value invalid.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `label`: The label, when it needs markup (the `label` attribute otherwise).
   * - `hint`: The hint, when it needs markup (the `hint` attribute otherwise).
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `draftState() => DraftState | undefined`: A password never goes into a draft.
   * - `select() => void`: Sélectionne le texte, comme `<input>.select()`. / Selects the text.
   * - `checkValidity() => boolean`: Like the native method: fires `invalid` when invalid, but shows nothing (unlike `reportValidity`).
   * - `reportValidity() => boolean`: Shows the error in the field (Socle's message only, no browser bubble) and focuses the field when invalid.
   * - `setCustomValidity(message: string) => void`: Like the native method: a non-empty message makes the control invalid with that message.
   * - `showErrors() => boolean`: Shows the error now, as a submit attempt does (without the browser's bubble); returns whether the
   * value is valid. Used by the form engine to check one step of a multi-step form.
   * - `restoreDraftState(state: DraftState) => void`: Puts back what `draftState` returned (a draft restored after a reload).
   * - `focus(options?: FocusOptions) => void`: Focuses the field (the author's native control in HTML-first markup).
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--socle-color-text`: Text colour. (default: `undefined`)
   * - `--socle-color-text-muted`: Hint colour. (default: `undefined`)
   * - `--socle-color-border`: Input border colour. (default: `undefined`)
   * - `--socle-color-error`: Error colour (message, border, required mark). (default: `undefined`)
   * - `--socle-color-focus`: Focus ring colour. (default: `undefined`)
   * - `--socle-control-height`: Minimum height of the input. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The wrapper of label, hint, error and input.
   * - `label`: The `<label>`.
   * - `required-mark`: The visual required mark (hidden from assistive technologies).
   * - `hint`: The hint.
   * - `error`: The error message (a polite live region).
   * - `input`: The native `<input>`.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `touched`: The person has left the field at least once.
   * - `dirty`: The person has changed the value.
   * - `user-invalid`: An error is shown.
   * - `user-valid`: The person has changed the value and it is valid.
   * - `pending`: An asynchronous validator is running.
   */
  "socle-phone-field": Partial<
    SoclePhoneFieldProps &
      SoclePhoneFieldSolidJsProps &
      BaseProps<SoclePhoneField> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `sensitive`: Donnée sensible (NIR, IBAN…) : jamais enregistrée dans les brouillons ni proposée au remplissage
   * automatique. / Sensitive: never kept in drafts.
   * - `type`: Type de saisie : `text`, `email`, `tel`, `url`, `search`, `password` ou `number`. / Kind of text.
   * - `minlength`: Nombre minimal de caractères, vérifié avec un message. / Minimum number of characters.
   * - `maxlength`: Nombre maximal de caractères : vérifié avec un message, jamais tronqué (même collé). / Maximum length, never truncates.
   * - `pattern`: Expression régulière que toute la valeur doit respecter (comme `pattern` en HTML). / Whole-value pattern.
   * - `min`: Minimum, pour `type="number"`. / Minimum for numbers.
   * - `max`: Maximum, pour `type="number"`. / Maximum for numbers.
   * - `step`: Pas, pour `type="number"` (`any` : aucun). / Step for numbers.
   * - `autocomplete`: Jeton de remplissage automatique transmis au champ interne, ex. `family-name`, `email`, `tel`. / Autofill token.
   * - `inputmode`: Clavier virtuel à proposer, ex. `numeric`. / Virtual-keyboard hint.
   * - `placeholder`: Texte indicatif. Préférez `hint` : il disparaît dès que la personne tape. / Placeholder; prefer `hint`.
   * - `spellcheck`: Correction orthographique ; `spellcheck="false"` la coupe (noms, identifiants). / Spell checking.
   * - `value`/`defaultValue`: Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset.
   * - `name`: Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name.
   * - `label`: Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label.
   * - `hint`: Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label.
   * - `required`: Saisie obligatoire pour envoyer le formulaire. / A value is required.
   * - `disabled`: Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
   * The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
   * before the next render (with Lit's deferred reflection it ran after, and the render missed it).
   * - `readonly`: Lecture seule : envoyé mais ni modifiable ni validé. / Read-only.
   * - `messages`: Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
   * / Per-field message overrides; placeholders such as `{label}` work.
   * - `error`: Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
   * valeur. / A server-side error, shown at once and dropped when the value changes.
   * - `normalizedValue`: La valeur normalisée si elle est valide (celle qui est envoyée), sinon `undefined`. / The normalised value. (property only) (readonly)
   * - `jsonKind`: `type="number"`: a number in JSON (null when empty). (property only) (readonly)
   * - `value`: Valeur courante. / The current value. (property only)
   * - `validators`: Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. (property only)
   * - `form`: The `<form>` the control belongs to. (property only) (readonly)
   * - `labels`: The `<label>` elements associated with the control. (property only) (readonly)
   * - `validity`: undefined (property only) (readonly)
   * - `validationMessage`: The error message in the page's language (never the browser's). (property only) (readonly)
   * - `willValidate`: undefined (property only) (readonly)
   * - `displayLabel`: The label as a person reads it (for summaries). (property only) (readonly)
   * - `displayValue`: The value as a person reads it, e.g. an option's label rather than its code (for summaries). (property only) (readonly)
   * - `isDisabled`: True when the control is disabled, by its own attribute or by a disabled ancestor fieldset. (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `input`: Fired at every change of the value by the person, as for `<input>`.
   * - `change`: Fired when the person commits a change (leaves the field), as for `<input>`.
   * - `invalid`: Fired when a submit attempt finds the value invalid.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `label`: The label, when it needs markup (the `label` attribute otherwise).
   * - `hint`: The hint, when it needs markup (the `hint` attribute otherwise).
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `draftState() => DraftState | undefined`: A password never goes into a draft.
   * - `select() => void`: Sélectionne le texte, comme `<input>.select()`. / Selects the text.
   * - `checkValidity() => boolean`: Like the native method: fires `invalid` when invalid, but shows nothing (unlike `reportValidity`).
   * - `reportValidity() => boolean`: Shows the error in the field (Socle's message only, no browser bubble) and focuses the field when invalid.
   * - `setCustomValidity(message: string) => void`: Like the native method: a non-empty message makes the control invalid with that message.
   * - `showErrors() => boolean`: Shows the error now, as a submit attempt does (without the browser's bubble); returns whether the
   * value is valid. Used by the form engine to check one step of a multi-step form.
   * - `restoreDraftState(state: DraftState) => void`: Puts back what `draftState` returned (a draft restored after a reload).
   * - `focus(options?: FocusOptions) => void`: Focuses the field (the author's native control in HTML-first markup).
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--socle-color-text`: Text colour. (default: `undefined`)
   * - `--socle-color-text-muted`: Hint colour. (default: `undefined`)
   * - `--socle-color-border`: Input border colour. (default: `undefined`)
   * - `--socle-color-error`: Error colour (message, border, required mark). (default: `undefined`)
   * - `--socle-color-focus`: Focus ring colour. (default: `undefined`)
   * - `--socle-control-height`: Minimum height of the input. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The wrapper of label, hint, error and input.
   * - `label`: The `<label>`.
   * - `required-mark`: The visual required mark (hidden from assistive technologies).
   * - `hint`: The hint.
   * - `error`: The error message (a polite live region).
   * - `input`: The native `<input>`.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `touched`: The person has left the field at least once.
   * - `dirty`: The person has changed the value.
   * - `user-invalid`: An error is shown.
   * - `user-valid`: The person has changed the value and it is valid.
   * - `pending`: An asynchronous validator is running.
   */
  "socle-siret-field": Partial<
    SocleSiretFieldProps &
      SocleSiretFieldSolidJsProps &
      BaseProps<SocleSiretField> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `sensitive`: Donnée sensible (NIR, IBAN…) : jamais enregistrée dans les brouillons ni proposée au remplissage
   * automatique. / Sensitive: never kept in drafts.
   * - `type`: Type de saisie : `text`, `email`, `tel`, `url`, `search`, `password` ou `number`. / Kind of text.
   * - `minlength`: Nombre minimal de caractères, vérifié avec un message. / Minimum number of characters.
   * - `maxlength`: Nombre maximal de caractères : vérifié avec un message, jamais tronqué (même collé). / Maximum length, never truncates.
   * - `pattern`: Expression régulière que toute la valeur doit respecter (comme `pattern` en HTML). / Whole-value pattern.
   * - `min`: Minimum, pour `type="number"`. / Minimum for numbers.
   * - `max`: Maximum, pour `type="number"`. / Maximum for numbers.
   * - `step`: Pas, pour `type="number"` (`any` : aucun). / Step for numbers.
   * - `autocomplete`: Jeton de remplissage automatique transmis au champ interne, ex. `family-name`, `email`, `tel`. / Autofill token.
   * - `inputmode`: Clavier virtuel à proposer, ex. `numeric`. / Virtual-keyboard hint.
   * - `placeholder`: Texte indicatif. Préférez `hint` : il disparaît dès que la personne tape. / Placeholder; prefer `hint`.
   * - `spellcheck`: Correction orthographique ; `spellcheck="false"` la coupe (noms, identifiants). / Spell checking.
   * - `value`/`defaultValue`: Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset.
   * - `name`: Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name.
   * - `label`: Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label.
   * - `hint`: Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label.
   * - `required`: Saisie obligatoire pour envoyer le formulaire. / A value is required.
   * - `disabled`: Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
   * The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
   * before the next render (with Lit's deferred reflection it ran after, and the render missed it).
   * - `readonly`: Lecture seule : envoyé mais ni modifiable ni validé. / Read-only.
   * - `messages`: Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
   * / Per-field message overrides; placeholders such as `{label}` work.
   * - `error`: Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
   * valeur. / A server-side error, shown at once and dropped when the value changes.
   * - `normalizedValue`: La valeur normalisée si elle est valide (celle qui est envoyée), sinon `undefined`. / The normalised value. (property only) (readonly)
   * - `jsonKind`: `type="number"`: a number in JSON (null when empty). (property only) (readonly)
   * - `value`: Valeur courante. / The current value. (property only)
   * - `validators`: Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. (property only)
   * - `form`: The `<form>` the control belongs to. (property only) (readonly)
   * - `labels`: The `<label>` elements associated with the control. (property only) (readonly)
   * - `validity`: undefined (property only) (readonly)
   * - `validationMessage`: The error message in the page's language (never the browser's). (property only) (readonly)
   * - `willValidate`: undefined (property only) (readonly)
   * - `displayLabel`: The label as a person reads it (for summaries). (property only) (readonly)
   * - `displayValue`: The value as a person reads it, e.g. an option's label rather than its code (for summaries). (property only) (readonly)
   * - `isDisabled`: True when the control is disabled, by its own attribute or by a disabled ancestor fieldset. (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `input`: Fired at every change of the value by the person, as for `<input>`.
   * - `change`: Fired when the person commits a change (leaves the field), as for `<input>`.
   * - `invalid`: Fired when a submit attempt finds the value invalid.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `label`: The label, when it needs markup (the `label` attribute otherwise).
   * - `hint`: The hint, when it needs markup (the `hint` attribute otherwise).
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `draftState() => DraftState | undefined`: A password never goes into a draft.
   * - `select() => void`: Sélectionne le texte, comme `<input>.select()`. / Selects the text.
   * - `checkValidity() => boolean`: Like the native method: fires `invalid` when invalid, but shows nothing (unlike `reportValidity`).
   * - `reportValidity() => boolean`: Shows the error in the field (Socle's message only, no browser bubble) and focuses the field when invalid.
   * - `setCustomValidity(message: string) => void`: Like the native method: a non-empty message makes the control invalid with that message.
   * - `showErrors() => boolean`: Shows the error now, as a submit attempt does (without the browser's bubble); returns whether the
   * value is valid. Used by the form engine to check one step of a multi-step form.
   * - `restoreDraftState(state: DraftState) => void`: Puts back what `draftState` returned (a draft restored after a reload).
   * - `focus(options?: FocusOptions) => void`: Focuses the field (the author's native control in HTML-first markup).
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--socle-color-text`: Text colour. (default: `undefined`)
   * - `--socle-color-text-muted`: Hint colour. (default: `undefined`)
   * - `--socle-color-border`: Input border colour. (default: `undefined`)
   * - `--socle-color-error`: Error colour (message, border, required mark). (default: `undefined`)
   * - `--socle-color-focus`: Focus ring colour. (default: `undefined`)
   * - `--socle-control-height`: Minimum height of the input. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The wrapper of label, hint, error and input.
   * - `label`: The `<label>`.
   * - `required-mark`: The visual required mark (hidden from assistive technologies).
   * - `hint`: The hint.
   * - `error`: The error message (a polite live region).
   * - `input`: The native `<input>`.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `touched`: The person has left the field at least once.
   * - `dirty`: The person has changed the value.
   * - `user-invalid`: An error is shown.
   * - `user-valid`: The person has changed the value and it is valid.
   * - `pending`: An asynchronous validator is running.
   */
  "socle-nir-field": Partial<
    SocleNirFieldProps &
      SocleNirFieldSolidJsProps &
      BaseProps<SocleNirField> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `sensitive`: Donnée sensible (NIR, IBAN…) : jamais enregistrée dans les brouillons ni proposée au remplissage
   * automatique. / Sensitive: never kept in drafts.
   * - `type`: Type de saisie : `text`, `email`, `tel`, `url`, `search`, `password` ou `number`. / Kind of text.
   * - `minlength`: Nombre minimal de caractères, vérifié avec un message. / Minimum number of characters.
   * - `maxlength`: Nombre maximal de caractères : vérifié avec un message, jamais tronqué (même collé). / Maximum length, never truncates.
   * - `pattern`: Expression régulière que toute la valeur doit respecter (comme `pattern` en HTML). / Whole-value pattern.
   * - `min`: Minimum, pour `type="number"`. / Minimum for numbers.
   * - `max`: Maximum, pour `type="number"`. / Maximum for numbers.
   * - `step`: Pas, pour `type="number"` (`any` : aucun). / Step for numbers.
   * - `autocomplete`: Jeton de remplissage automatique transmis au champ interne, ex. `family-name`, `email`, `tel`. / Autofill token.
   * - `inputmode`: Clavier virtuel à proposer, ex. `numeric`. / Virtual-keyboard hint.
   * - `placeholder`: Texte indicatif. Préférez `hint` : il disparaît dès que la personne tape. / Placeholder; prefer `hint`.
   * - `spellcheck`: Correction orthographique ; `spellcheck="false"` la coupe (noms, identifiants). / Spell checking.
   * - `value`/`defaultValue`: Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset.
   * - `name`: Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name.
   * - `label`: Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label.
   * - `hint`: Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label.
   * - `required`: Saisie obligatoire pour envoyer le formulaire. / A value is required.
   * - `disabled`: Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
   * The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
   * before the next render (with Lit's deferred reflection it ran after, and the render missed it).
   * - `readonly`: Lecture seule : envoyé mais ni modifiable ni validé. / Read-only.
   * - `messages`: Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
   * / Per-field message overrides; placeholders such as `{label}` work.
   * - `error`: Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
   * valeur. / A server-side error, shown at once and dropped when the value changes.
   * - `normalizedValue`: La valeur normalisée si elle est valide (celle qui est envoyée), sinon `undefined`. / The normalised value. (property only) (readonly)
   * - `jsonKind`: `type="number"`: a number in JSON (null when empty). (property only) (readonly)
   * - `value`: Valeur courante. / The current value. (property only)
   * - `validators`: Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. (property only)
   * - `form`: The `<form>` the control belongs to. (property only) (readonly)
   * - `labels`: The `<label>` elements associated with the control. (property only) (readonly)
   * - `validity`: undefined (property only) (readonly)
   * - `validationMessage`: The error message in the page's language (never the browser's). (property only) (readonly)
   * - `willValidate`: undefined (property only) (readonly)
   * - `displayLabel`: The label as a person reads it (for summaries). (property only) (readonly)
   * - `displayValue`: The value as a person reads it, e.g. an option's label rather than its code (for summaries). (property only) (readonly)
   * - `isDisabled`: True when the control is disabled, by its own attribute or by a disabled ancestor fieldset. (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `input`: Fired at every change of the value by the person, as for `<input>`.
   * - `change`: Fired when the person commits a change (leaves the field), as for `<input>`.
   * - `invalid`: Fired when a submit attempt finds the value invalid.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `label`: The label, when it needs markup (the `label` attribute otherwise).
   * - `hint`: The hint, when it needs markup (the `hint` attribute otherwise).
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `draftState() => DraftState | undefined`: A password never goes into a draft.
   * - `select() => void`: Sélectionne le texte, comme `<input>.select()`. / Selects the text.
   * - `checkValidity() => boolean`: Like the native method: fires `invalid` when invalid, but shows nothing (unlike `reportValidity`).
   * - `reportValidity() => boolean`: Shows the error in the field (Socle's message only, no browser bubble) and focuses the field when invalid.
   * - `setCustomValidity(message: string) => void`: Like the native method: a non-empty message makes the control invalid with that message.
   * - `showErrors() => boolean`: Shows the error now, as a submit attempt does (without the browser's bubble); returns whether the
   * value is valid. Used by the form engine to check one step of a multi-step form.
   * - `restoreDraftState(state: DraftState) => void`: Puts back what `draftState` returned (a draft restored after a reload).
   * - `focus(options?: FocusOptions) => void`: Focuses the field (the author's native control in HTML-first markup).
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--socle-color-text`: Text colour. (default: `undefined`)
   * - `--socle-color-text-muted`: Hint colour. (default: `undefined`)
   * - `--socle-color-border`: Input border colour. (default: `undefined`)
   * - `--socle-color-error`: Error colour (message, border, required mark). (default: `undefined`)
   * - `--socle-color-focus`: Focus ring colour. (default: `undefined`)
   * - `--socle-control-height`: Minimum height of the input. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The wrapper of label, hint, error and input.
   * - `label`: The `<label>`.
   * - `required-mark`: The visual required mark (hidden from assistive technologies).
   * - `hint`: The hint.
   * - `error`: The error message (a polite live region).
   * - `input`: The native `<input>`.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `touched`: The person has left the field at least once.
   * - `dirty`: The person has changed the value.
   * - `user-invalid`: An error is shown.
   * - `user-valid`: The person has changed the value and it is valid.
   * - `pending`: An asynchronous validator is running.
   */
  "socle-iban-field": Partial<
    SocleIbanFieldProps &
      SocleIbanFieldSolidJsProps &
      BaseProps<SocleIbanField> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `sensitive`: Donnée sensible (NIR, IBAN…) : jamais enregistrée dans les brouillons ni proposée au remplissage
   * automatique. / Sensitive: never kept in drafts.
   * - `type`: Type de saisie : `text`, `email`, `tel`, `url`, `search`, `password` ou `number`. / Kind of text.
   * - `minlength`: Nombre minimal de caractères, vérifié avec un message. / Minimum number of characters.
   * - `maxlength`: Nombre maximal de caractères : vérifié avec un message, jamais tronqué (même collé). / Maximum length, never truncates.
   * - `pattern`: Expression régulière que toute la valeur doit respecter (comme `pattern` en HTML). / Whole-value pattern.
   * - `min`: Minimum, pour `type="number"`. / Minimum for numbers.
   * - `max`: Maximum, pour `type="number"`. / Maximum for numbers.
   * - `step`: Pas, pour `type="number"` (`any` : aucun). / Step for numbers.
   * - `autocomplete`: Jeton de remplissage automatique transmis au champ interne, ex. `family-name`, `email`, `tel`. / Autofill token.
   * - `inputmode`: Clavier virtuel à proposer, ex. `numeric`. / Virtual-keyboard hint.
   * - `placeholder`: Texte indicatif. Préférez `hint` : il disparaît dès que la personne tape. / Placeholder; prefer `hint`.
   * - `spellcheck`: Correction orthographique ; `spellcheck="false"` la coupe (noms, identifiants). / Spell checking.
   * - `value`/`defaultValue`: Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset.
   * - `name`: Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name.
   * - `label`: Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label.
   * - `hint`: Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label.
   * - `required`: Saisie obligatoire pour envoyer le formulaire. / A value is required.
   * - `disabled`: Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
   * The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
   * before the next render (with Lit's deferred reflection it ran after, and the render missed it).
   * - `readonly`: Lecture seule : envoyé mais ni modifiable ni validé. / Read-only.
   * - `messages`: Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
   * / Per-field message overrides; placeholders such as `{label}` work.
   * - `error`: Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
   * valeur. / A server-side error, shown at once and dropped when the value changes.
   * - `normalizedValue`: La valeur normalisée si elle est valide (celle qui est envoyée), sinon `undefined`. / The normalised value. (property only) (readonly)
   * - `jsonKind`: `type="number"`: a number in JSON (null when empty). (property only) (readonly)
   * - `value`: Valeur courante. / The current value. (property only)
   * - `validators`: Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. (property only)
   * - `form`: The `<form>` the control belongs to. (property only) (readonly)
   * - `labels`: The `<label>` elements associated with the control. (property only) (readonly)
   * - `validity`: undefined (property only) (readonly)
   * - `validationMessage`: The error message in the page's language (never the browser's). (property only) (readonly)
   * - `willValidate`: undefined (property only) (readonly)
   * - `displayLabel`: The label as a person reads it (for summaries). (property only) (readonly)
   * - `displayValue`: The value as a person reads it, e.g. an option's label rather than its code (for summaries). (property only) (readonly)
   * - `isDisabled`: True when the control is disabled, by its own attribute or by a disabled ancestor fieldset. (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `input`: Fired at every change of the value by the person, as for `<input>`.
   * - `change`: Fired when the person commits a change (leaves the field), as for `<input>`.
   * - `invalid`: Fired when a submit attempt finds the value invalid.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `label`: The label, when it needs markup (the `label` attribute otherwise).
   * - `hint`: The hint, when it needs markup (the `hint` attribute otherwise).
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `draftState() => DraftState | undefined`: A password never goes into a draft.
   * - `select() => void`: Sélectionne le texte, comme `<input>.select()`. / Selects the text.
   * - `checkValidity() => boolean`: Like the native method: fires `invalid` when invalid, but shows nothing (unlike `reportValidity`).
   * - `reportValidity() => boolean`: Shows the error in the field (Socle's message only, no browser bubble) and focuses the field when invalid.
   * - `setCustomValidity(message: string) => void`: Like the native method: a non-empty message makes the control invalid with that message.
   * - `showErrors() => boolean`: Shows the error now, as a submit attempt does (without the browser's bubble); returns whether the
   * value is valid. Used by the form engine to check one step of a multi-step form.
   * - `restoreDraftState(state: DraftState) => void`: Puts back what `draftState` returned (a draft restored after a reload).
   * - `focus(options?: FocusOptions) => void`: Focuses the field (the author's native control in HTML-first markup).
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--socle-color-text`: Text colour. (default: `undefined`)
   * - `--socle-color-text-muted`: Hint colour. (default: `undefined`)
   * - `--socle-color-border`: Input border colour. (default: `undefined`)
   * - `--socle-color-error`: Error colour (message, border, required mark). (default: `undefined`)
   * - `--socle-color-focus`: Focus ring colour. (default: `undefined`)
   * - `--socle-control-height`: Minimum height of the input. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The wrapper of label, hint, error and input.
   * - `label`: The `<label>`.
   * - `required-mark`: The visual required mark (hidden from assistive technologies).
   * - `hint`: The hint.
   * - `error`: The error message (a polite live region).
   * - `input`: The native `<input>`.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `touched`: The person has left the field at least once.
   * - `dirty`: The person has changed the value.
   * - `user-invalid`: An error is shown.
   * - `user-valid`: The person has changed the value and it is valid.
   * - `pending`: An asynchronous validator is running.
   */
  "socle-postal-code-field": Partial<
    SoclePostalCodeFieldProps &
      SoclePostalCodeFieldSolidJsProps &
      BaseProps<SoclePostalCodeField> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `sensitive`: Donnée sensible (NIR, IBAN…) : jamais enregistrée dans les brouillons ni proposée au remplissage
   * automatique. / Sensitive: never kept in drafts.
   * - `type`: Type de saisie : `text`, `email`, `tel`, `url`, `search`, `password` ou `number`. / Kind of text.
   * - `minlength`: Nombre minimal de caractères, vérifié avec un message. / Minimum number of characters.
   * - `maxlength`: Nombre maximal de caractères : vérifié avec un message, jamais tronqué (même collé). / Maximum length, never truncates.
   * - `pattern`: Expression régulière que toute la valeur doit respecter (comme `pattern` en HTML). / Whole-value pattern.
   * - `min`: Minimum, pour `type="number"`. / Minimum for numbers.
   * - `max`: Maximum, pour `type="number"`. / Maximum for numbers.
   * - `step`: Pas, pour `type="number"` (`any` : aucun). / Step for numbers.
   * - `autocomplete`: Jeton de remplissage automatique transmis au champ interne, ex. `family-name`, `email`, `tel`. / Autofill token.
   * - `inputmode`: Clavier virtuel à proposer, ex. `numeric`. / Virtual-keyboard hint.
   * - `placeholder`: Texte indicatif. Préférez `hint` : il disparaît dès que la personne tape. / Placeholder; prefer `hint`.
   * - `spellcheck`: Correction orthographique ; `spellcheck="false"` la coupe (noms, identifiants). / Spell checking.
   * - `value`/`defaultValue`: Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset.
   * - `name`: Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name.
   * - `label`: Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label.
   * - `hint`: Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label.
   * - `required`: Saisie obligatoire pour envoyer le formulaire. / A value is required.
   * - `disabled`: Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
   * The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
   * before the next render (with Lit's deferred reflection it ran after, and the render missed it).
   * - `readonly`: Lecture seule : envoyé mais ni modifiable ni validé. / Read-only.
   * - `messages`: Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
   * / Per-field message overrides; placeholders such as `{label}` work.
   * - `error`: Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
   * valeur. / A server-side error, shown at once and dropped when the value changes.
   * - `normalizedValue`: La valeur normalisée si elle est valide (celle qui est envoyée), sinon `undefined`. / The normalised value. (property only) (readonly)
   * - `jsonKind`: `type="number"`: a number in JSON (null when empty). (property only) (readonly)
   * - `value`: Valeur courante. / The current value. (property only)
   * - `validators`: Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. (property only)
   * - `form`: The `<form>` the control belongs to. (property only) (readonly)
   * - `labels`: The `<label>` elements associated with the control. (property only) (readonly)
   * - `validity`: undefined (property only) (readonly)
   * - `validationMessage`: The error message in the page's language (never the browser's). (property only) (readonly)
   * - `willValidate`: undefined (property only) (readonly)
   * - `displayLabel`: The label as a person reads it (for summaries). (property only) (readonly)
   * - `displayValue`: The value as a person reads it, e.g. an option's label rather than its code (for summaries). (property only) (readonly)
   * - `isDisabled`: True when the control is disabled, by its own attribute or by a disabled ancestor fieldset. (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `input`: Fired at every change of the value by the person, as for `<input>`.
   * - `change`: Fired when the person commits a change (leaves the field), as for `<input>`.
   * - `invalid`: Fired when a submit attempt finds the value invalid.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `label`: The label, when it needs markup (the `label` attribute otherwise).
   * - `hint`: The hint, when it needs markup (the `hint` attribute otherwise).
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `draftState() => DraftState | undefined`: A password never goes into a draft.
   * - `select() => void`: Sélectionne le texte, comme `<input>.select()`. / Selects the text.
   * - `checkValidity() => boolean`: Like the native method: fires `invalid` when invalid, but shows nothing (unlike `reportValidity`).
   * - `reportValidity() => boolean`: Shows the error in the field (Socle's message only, no browser bubble) and focuses the field when invalid.
   * - `setCustomValidity(message: string) => void`: Like the native method: a non-empty message makes the control invalid with that message.
   * - `showErrors() => boolean`: Shows the error now, as a submit attempt does (without the browser's bubble); returns whether the
   * value is valid. Used by the form engine to check one step of a multi-step form.
   * - `restoreDraftState(state: DraftState) => void`: Puts back what `draftState` returned (a draft restored after a reload).
   * - `focus(options?: FocusOptions) => void`: Focuses the field (the author's native control in HTML-first markup).
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--socle-color-text`: Text colour. (default: `undefined`)
   * - `--socle-color-text-muted`: Hint colour. (default: `undefined`)
   * - `--socle-color-border`: Input border colour. (default: `undefined`)
   * - `--socle-color-error`: Error colour (message, border, required mark). (default: `undefined`)
   * - `--socle-color-focus`: Focus ring colour. (default: `undefined`)
   * - `--socle-control-height`: Minimum height of the input. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The wrapper of label, hint, error and input.
   * - `label`: The `<label>`.
   * - `required-mark`: The visual required mark (hidden from assistive technologies).
   * - `hint`: The hint.
   * - `error`: The error message (a polite live region).
   * - `input`: The native `<input>`.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `touched`: The person has left the field at least once.
   * - `dirty`: The person has changed the value.
   * - `user-invalid`: An error is shown.
   * - `user-valid`: The person has changed the value and it is valid.
   * - `pending`: An asynchronous validator is running.
   */
  "socle-email-field": Partial<
    SocleEmailFieldProps &
      SocleEmailFieldSolidJsProps &
      BaseProps<SocleEmailField> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `layout`: Disposition : `stacked` (par défaut), `inline` (réponses courtes, ex. Oui / Non) ou `tiles`. / Layout.
   * - `value`/`defaultValue`: Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset.
   * - `name`: Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name.
   * - `label`: Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label.
   * - `hint`: Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label.
   * - `required`: Saisie obligatoire pour envoyer le formulaire. / A value is required.
   * - `disabled`: Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
   * The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
   * before the next render (with Lit's deferred reflection it ran after, and the render missed it).
   * - `readonly`: Lecture seule : envoyé mais ni modifiable ni validé. / Read-only.
   * - `messages`: Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
   * / Per-field message overrides; placeholders such as `{label}` work.
   * - `error`: Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
   * valeur. / A server-side error, shown at once and dropped when the value changes.
   * - `options`: Choix donnés par script (sinon les `<option>` enfants). / Choices set from script. (property only)
   * - `choices`: The choices in use (HTML-first: the author's radios). (property only) (readonly)
   * - `displayValue`: undefined (property only) (readonly)
   * - `value`: Valeur courante. / The current value. (property only)
   * - `validators`: Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. (property only)
   * - `form`: The `<form>` the control belongs to. (property only) (readonly)
   * - `labels`: The `<label>` elements associated with the control. (property only) (readonly)
   * - `validity`: undefined (property only) (readonly)
   * - `validationMessage`: The error message in the page's language (never the browser's). (property only) (readonly)
   * - `willValidate`: undefined (property only) (readonly)
   * - `jsonKind`: How the form engine's JSON types the control's entries (a number, a boolean, always a list). (property only) (readonly)
   * - `displayLabel`: The label as a person reads it (for summaries). (property only) (readonly)
   * - `isDisabled`: True when the control is disabled, by its own attribute or by a disabled ancestor fieldset. (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `input`: Quand la personne choisit une réponse. / When the person picks an answer.
   * - `change`: Quand la personne choisit une réponse. / When the person picks an answer.
   * - `invalid`: Quand un envoi ne trouve aucune réponse obligatoire. / When a required answer is missing on submit.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Les choix, en `<option value="…" data-hint="…">Libellé</option>` ; ou, HTML d'abord, un `<fieldset>` avec `<legend>` et un `<div class="socle-option">` (radio + `<label>`) par choix. / The choices, as `<option>` elements; or, HTML first, a `<fieldset>` of native radios.
   * - `label`: La légende, si elle contient du balisage. / The legend, when it needs markup.
   * - `hint`: L'aide, si elle contient du balisage. / The hint, when it needs markup.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `checkValidity() => boolean`: Like the native method: fires `invalid` when invalid, but shows nothing (unlike `reportValidity`).
   * - `reportValidity() => boolean`: Shows the error in the field (Socle's message only, no browser bubble) and focuses the field when invalid.
   * - `setCustomValidity(message: string) => void`: Like the native method: a non-empty message makes the control invalid with that message.
   * - `showErrors() => boolean`: Shows the error now, as a submit attempt does (without the browser's bubble); returns whether the
   * value is valid. Used by the form engine to check one step of a multi-step form.
   * - `draftState() => DraftState | undefined`: What a draft keeps of the control (see `<socle-form draft>`); undefined keeps nothing. A subclass whose
   * value is not all that was typed (a date's parts, a look-up's text) returns more, and takes it back in
   * `restoreDraftState`.
   * - `restoreDraftState(state: DraftState) => void`: Puts back what `draftState` returned (a draft restored after a reload).
   * - `focus(options?: FocusOptions) => void`: Focuses the field (the author's native control in HTML-first markup).
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: Le `<fieldset>`. / The fieldset.
   * - `label`: La `<legend>`.
   * - `required-mark`: La marque « obligatoire ».
   * - `hint`: L'aide. / The hint.
   * - `error`: Le message d'erreur. / The error message.
   * - `options`: Le conteneur des choix. / The options container.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `touched`: La personne a quitté le groupe au moins une fois.
   * - `dirty`: La personne a changé de réponse.
   * - `user-invalid`: Une erreur est affichée.
   * - `user-valid`: Réponse choisie et valide.
   * - `pending`: an asynchronous validator is running
   */
  "socle-radio-group": Partial<
    SocleRadioGroupProps &
      SocleRadioGroupSolidJsProps &
      BaseProps<SocleRadioGroup> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `name`: Préfixe des noms : `enfants` donne `enfants[0][prenom]`. / Name prefix.
   * - `min`: Nombre minimal de groupes (affichés d'emblée). / Minimum number of groups.
   * - `max`: Nombre maximal de groupes. / Maximum number of groups.
   * - `item-label`/`itemLabel`: Nom d'un groupe, numéroté : « Enfant » donne « Enfant 1 ». / A group's name.
   * - `add-label`/`addLabel`: Texte du bouton d'ajout, ex. « Ajouter un enfant ». / Add button text.
   * - `remove-label`/`removeLabel`: Texte des boutons de suppression, ex. « Supprimer cet enfant ». / Remove buttons text.
   * - `length`: Nombre de groupes. / Number of groups. (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `socle-repeat-change`: Après un ajout ou une suppression (`detail.count`). / After a group is added or removed.
   * - `input`: undefined
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Un `<template>` contenant les champs d'un groupe. / A `<template>` with one group's fields.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `setCount(count: number) => void`: Adds or removes groups at the end until there are `count` (within min and max); used by drafts.
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `item`: L'enveloppe d'un groupe et de son bouton « Supprimer ». / A group and its remove button.
   * - `add`: Le bouton « Ajouter ». / The add button.
   * - `remove`: Un bouton « Supprimer ». / A remove button.
   */
  "socle-repeat": Partial<
    SocleRepeatProps &
      SocleRepeatSolidJsProps &
      BaseProps<SocleRepeat> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `placeholder`: Première option, vide, ex. « Sélectionnez une option » ; `required` la refuse. / An empty first option.
   * - `autocomplete`: Jeton de remplissage automatique, ex. `country-name`. / Autofill token.
   * - `value`/`defaultValue`: Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset.
   * - `name`: Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name.
   * - `label`: Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label.
   * - `hint`: Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label.
   * - `required`: Saisie obligatoire pour envoyer le formulaire. / A value is required.
   * - `disabled`: Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
   * The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
   * before the next render (with Lit's deferred reflection it ran after, and the render missed it).
   * - `readonly`: Lecture seule : envoyé mais ni modifiable ni validé. / Read-only.
   * - `messages`: Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
   * / Per-field message overrides; placeholders such as `{label}` work.
   * - `error`: Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
   * valeur. / A server-side error, shown at once and dropped when the value changes.
   * - `options`: Options données par script (sinon les `<option>` enfants). / Options set from script. (property only)
   * - `choices`: The options in use: the `options` property, or else the `<option>` children. (property only) (readonly)
   * - `displayValue`: undefined (property only) (readonly)
   * - `value`: Valeur courante. / The current value. (property only)
   * - `validators`: Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. (property only)
   * - `form`: The `<form>` the control belongs to. (property only) (readonly)
   * - `labels`: The `<label>` elements associated with the control. (property only) (readonly)
   * - `validity`: undefined (property only) (readonly)
   * - `validationMessage`: The error message in the page's language (never the browser's). (property only) (readonly)
   * - `willValidate`: undefined (property only) (readonly)
   * - `jsonKind`: How the form engine's JSON types the control's entries (a number, a boolean, always a list). (property only) (readonly)
   * - `displayLabel`: The label as a person reads it (for summaries). (property only) (readonly)
   * - `isDisabled`: True when the control is disabled, by its own attribute or by a disabled ancestor fieldset. (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `input`: Quand la personne choisit une option. / When the person picks an option.
   * - `change`: Quand la personne choisit une option. / When the person picks an option.
   * - `invalid`: Quand un envoi trouve la valeur invalide. / When a submit attempt finds the value invalid.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Les `<option>` et `<optgroup>`, comme dans un `<select>`. / The options, as in a `<select>`.
   * - `label`: Le libellé, s'il contient du balisage. / The label, when it needs markup.
   * - `hint`: L'aide, si elle contient du balisage. / The hint, when it needs markup.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `checkValidity() => boolean`: Like the native method: fires `invalid` when invalid, but shows nothing (unlike `reportValidity`).
   * - `reportValidity() => boolean`: Shows the error in the field (Socle's message only, no browser bubble) and focuses the field when invalid.
   * - `setCustomValidity(message: string) => void`: Like the native method: a non-empty message makes the control invalid with that message.
   * - `showErrors() => boolean`: Shows the error now, as a submit attempt does (without the browser's bubble); returns whether the
   * value is valid. Used by the form engine to check one step of a multi-step form.
   * - `draftState() => DraftState | undefined`: What a draft keeps of the control (see `<socle-form draft>`); undefined keeps nothing. A subclass whose
   * value is not all that was typed (a date's parts, a look-up's text) returns more, and takes it back in
   * `restoreDraftState`.
   * - `restoreDraftState(state: DraftState) => void`: Puts back what `draftState` returned (a draft restored after a reload).
   * - `focus(options?: FocusOptions) => void`: Focuses the field (the author's native control in HTML-first markup).
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: L'enveloppe. / The wrapper.
   * - `label`: Le `<label>`.
   * - `required-mark`: La marque « obligatoire ».
   * - `hint`: L'aide. / The hint.
   * - `error`: Le message d'erreur. / The error message.
   * - `select`: Le `<select>` natif. / The native `<select>`.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `touched`: La personne a quitté le champ au moins une fois.
   * - `dirty`: La personne a modifié la valeur.
   * - `user-invalid`: Une erreur est affichée.
   * - `user-valid`: Valeur modifiée et valide.
   * - `pending`: an asynchronous validator is running
   */
  "socle-select": Partial<
    SocleSelectProps &
      SocleSelectSolidJsProps &
      BaseProps<SocleSelect> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `heading`: Titre de l'étape. / The step's heading.
   * - `review`: Étape « Vérifier vos réponses » : affiche les réponses des étapes précédentes. / Review step.
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `request`: undefined
   * - `undefined`: undefined
   * - `socle-step`: « Continuer », « Précédent » ou « Envoyer » (`detail.request`), traité par `<socle-form>`. / Navigation request.
   * - `socle-review-edit`: « Modifier » dans le récapitulatif (`detail.step`, `detail.target`). / "Change" in the review.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Les champs de l'étape. / The step's fields.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `focusHeading() => Promise<void>`: Moves focus to the heading (the form engine calls it on each step change).
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `heading`: Le titre de l'étape, avec « Étape N sur M ». / The step's heading.
   * - `next`: Le nom de l'étape suivante. / The next step's name.
   * - `review`: Le récapitulatif des réponses. / The answers' summary.
   * - `actions`: Les boutons de navigation. / The navigation buttons.
   */
  "socle-step": Partial<
    SocleStepProps & SocleStepSolidJsProps & BaseProps<SocleStep> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `type`: Type de saisie : `text`, `email`, `tel`, `url`, `search`, `password` ou `number`. / Kind of text.
   * - `minlength`: Nombre minimal de caractères, vérifié avec un message. / Minimum number of characters.
   * - `maxlength`: Nombre maximal de caractères : vérifié avec un message, jamais tronqué (même collé). / Maximum length, never truncates.
   * - `pattern`: Expression régulière que toute la valeur doit respecter (comme `pattern` en HTML). / Whole-value pattern.
   * - `min`: Minimum, pour `type="number"`. / Minimum for numbers.
   * - `max`: Maximum, pour `type="number"`. / Maximum for numbers.
   * - `step`: Pas, pour `type="number"` (`any` : aucun). / Step for numbers.
   * - `autocomplete`: Jeton de remplissage automatique transmis au champ interne, ex. `family-name`, `email`, `tel`. / Autofill token.
   * - `inputmode`: Clavier virtuel à proposer, ex. `numeric`. / Virtual-keyboard hint.
   * - `placeholder`: Texte indicatif. Préférez `hint` : il disparaît dès que la personne tape. / Placeholder; prefer `hint`.
   * - `spellcheck`: Correction orthographique ; `spellcheck="false"` la coupe (noms, identifiants). / Spell checking.
   * - `value`/`defaultValue`: Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset.
   * - `name`: Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name.
   * - `label`: Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label.
   * - `hint`: Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label.
   * - `required`: Saisie obligatoire pour envoyer le formulaire. / A value is required.
   * - `disabled`: Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
   * The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
   * before the next render (with Lit's deferred reflection it ran after, and the render missed it).
   * - `readonly`: Lecture seule : envoyé mais ni modifiable ni validé. / Read-only.
   * - `messages`: Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
   * / Per-field message overrides; placeholders such as `{label}` work.
   * - `error`: Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
   * valeur. / A server-side error, shown at once and dropped when the value changes.
   * - `jsonKind`: `type="number"`: a number in JSON (null when empty). (property only) (readonly)
   * - `value`: Valeur courante. / The current value. (property only)
   * - `validators`: Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. (property only)
   * - `form`: The `<form>` the control belongs to. (property only) (readonly)
   * - `labels`: The `<label>` elements associated with the control. (property only) (readonly)
   * - `validity`: undefined (property only) (readonly)
   * - `validationMessage`: The error message in the page's language (never the browser's). (property only) (readonly)
   * - `willValidate`: undefined (property only) (readonly)
   * - `displayLabel`: The label as a person reads it (for summaries). (property only) (readonly)
   * - `displayValue`: The value as a person reads it, e.g. an option's label rather than its code (for summaries). (property only) (readonly)
   * - `isDisabled`: True when the control is disabled, by its own attribute or by a disabled ancestor fieldset. (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `input`: Fired at every change of the value by the person, as for `<input>`.
   * - `change`: Fired when the person commits a change (leaves the field), as for `<input>`.
   * - `invalid`: Fired when a submit attempt finds the value invalid.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `label`: The label, when it needs markup (the `label` attribute otherwise).
   * - `hint`: The hint, when it needs markup (the `hint` attribute otherwise).
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `draftState() => DraftState | undefined`: A password never goes into a draft.
   * - `select() => void`: Sélectionne le texte, comme `<input>.select()`. / Selects the text.
   * - `checkValidity() => boolean`: Like the native method: fires `invalid` when invalid, but shows nothing (unlike `reportValidity`).
   * - `reportValidity() => boolean`: Shows the error in the field (Socle's message only, no browser bubble) and focuses the field when invalid.
   * - `setCustomValidity(message: string) => void`: Like the native method: a non-empty message makes the control invalid with that message.
   * - `showErrors() => boolean`: Shows the error now, as a submit attempt does (without the browser's bubble); returns whether the
   * value is valid. Used by the form engine to check one step of a multi-step form.
   * - `restoreDraftState(state: DraftState) => void`: Puts back what `draftState` returned (a draft restored after a reload).
   * - `focus(options?: FocusOptions) => void`: Focuses the field (the author's native control in HTML-first markup).
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--socle-color-text`: Text colour. (default: `undefined`)
   * - `--socle-color-text-muted`: Hint colour. (default: `undefined`)
   * - `--socle-color-border`: Input border colour. (default: `undefined`)
   * - `--socle-color-error`: Error colour (message, border, required mark). (default: `undefined`)
   * - `--socle-color-focus`: Focus ring colour. (default: `undefined`)
   * - `--socle-control-height`: Minimum height of the input. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The wrapper of label, hint, error and input.
   * - `label`: The `<label>`.
   * - `required-mark`: The visual required mark (hidden from assistive technologies).
   * - `hint`: The hint.
   * - `error`: The error message (a polite live region).
   * - `input`: The native `<input>`.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `touched`: The person has left the field at least once.
   * - `dirty`: The person has changed the value.
   * - `user-invalid`: An error is shown.
   * - `user-valid`: The person has changed the value and it is valid.
   * - `pending`: An asynchronous validator is running.
   */
  "socle-text-field": Partial<
    SocleTextFieldProps &
      SocleTextFieldSolidJsProps &
      BaseProps<SocleTextField> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `rows`: Nombre de lignes visibles. / Visible rows.
   * - `minlength`: Nombre minimal de caractères. / Minimum number of characters.
   * - `maxlength`: Nombre maximal de caractères : une erreur au-delà, jamais de troncature. / Maximum; never truncates.
   * - `count`: Affiche le compteur « Il vous reste N caractères » (avec `maxlength`). / Shows the remaining count.
   * - `autocomplete`: Jeton de remplissage automatique. / Autofill token.
   * - `spellcheck`: Correction orthographique. / Spell checking.
   * - `value`/`defaultValue`: Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset.
   * - `name`: Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name.
   * - `label`: Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label.
   * - `hint`: Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label.
   * - `required`: Saisie obligatoire pour envoyer le formulaire. / A value is required.
   * - `disabled`: Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
   * The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
   * before the next render (with Lit's deferred reflection it ran after, and the render missed it).
   * - `readonly`: Lecture seule : envoyé mais ni modifiable ni validé. / Read-only.
   * - `messages`: Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
   * / Per-field message overrides; placeholders such as `{label}` work.
   * - `error`: Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
   * valeur. / A server-side error, shown at once and dropped when the value changes.
   * - `value`: Valeur courante. / The current value. (property only)
   * - `validators`: Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. (property only)
   * - `form`: The `<form>` the control belongs to. (property only) (readonly)
   * - `labels`: The `<label>` elements associated with the control. (property only) (readonly)
   * - `validity`: undefined (property only) (readonly)
   * - `validationMessage`: The error message in the page's language (never the browser's). (property only) (readonly)
   * - `willValidate`: undefined (property only) (readonly)
   * - `jsonKind`: How the form engine's JSON types the control's entries (a number, a boolean, always a list). (property only) (readonly)
   * - `displayLabel`: The label as a person reads it (for summaries). (property only) (readonly)
   * - `displayValue`: The value as a person reads it, e.g. an option's label rather than its code (for summaries). (property only) (readonly)
   * - `isDisabled`: True when the control is disabled, by its own attribute or by a disabled ancestor fieldset. (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `input`: À chaque modification par la personne. / At every change by the person.
   * - `change`: Quand la personne quitte la zone après l'avoir modifiée. / When a change is committed.
   * - `invalid`: Quand un envoi trouve la valeur invalide. / When a submit attempt finds the value invalid.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `label`: Le libellé, s'il contient du balisage. / The label, when it needs markup.
   * - `hint`: L'aide, si elle contient du balisage. / The hint, when it needs markup.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `checkValidity() => boolean`: Like the native method: fires `invalid` when invalid, but shows nothing (unlike `reportValidity`).
   * - `reportValidity() => boolean`: Shows the error in the field (Socle's message only, no browser bubble) and focuses the field when invalid.
   * - `setCustomValidity(message: string) => void`: Like the native method: a non-empty message makes the control invalid with that message.
   * - `showErrors() => boolean`: Shows the error now, as a submit attempt does (without the browser's bubble); returns whether the
   * value is valid. Used by the form engine to check one step of a multi-step form.
   * - `draftState() => DraftState | undefined`: What a draft keeps of the control (see `<socle-form draft>`); undefined keeps nothing. A subclass whose
   * value is not all that was typed (a date's parts, a look-up's text) returns more, and takes it back in
   * `restoreDraftState`.
   * - `restoreDraftState(state: DraftState) => void`: Puts back what `draftState` returned (a draft restored after a reload).
   * - `focus(options?: FocusOptions) => void`: Focuses the field (the author's native control in HTML-first markup).
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: L'enveloppe. / The wrapper.
   * - `label`: Le `<label>`.
   * - `required-mark`: La marque « obligatoire » (masquée aux technologies d'assistance).
   * - `hint`: L'aide. / The hint.
   * - `error`: Le message d'erreur. / The error message.
   * - `textarea`: Le `<textarea>` natif. / The native `<textarea>`.
   * - `count`: Le compteur de caractères visible. / The visible character count.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `touched`: La personne a quitté le champ au moins une fois.
   * - `dirty`: La personne a modifié la valeur.
   * - `user-invalid`: Une erreur est affichée.
   * - `user-valid`: Valeur modifiée et valide.
   * - `pending`: an asynchronous validator is running
   */
  "socle-textarea": Partial<
    SocleTextareaProps &
      SocleTextareaSolidJsProps &
      BaseProps<SocleTextarea> &
      BaseEvents
  >;
};

export type CustomCssProperties = {
  /** Fond du bouton principal. / Primary background. */
  "--socle-color-primary"?: string | undefined;
  /** Texte du bouton principal. / Primary text. */
  "--socle-color-on-primary"?: string | undefined;
  /** Text colour. */
  "--socle-color-text"?: string | undefined;
  /** Hint colour. */
  "--socle-color-text-muted"?: string | undefined;
  /** Input border colour. */
  "--socle-color-border"?: string | undefined;
  /** Error colour (message, border, required mark). */
  "--socle-color-error"?: string | undefined;
  /** Focus ring colour. */
  "--socle-color-focus"?: string | undefined;
  /** Minimum height of the input. */
  "--socle-control-height"?: string | undefined;
};

declare module "react" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "react/jsx-runtime" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "react/jsx-dev-runtime" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "preact" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "@builder.io/qwik" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "@stencil/core" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "hono/jsx" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "react-native" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "solid-js" {
  namespace JSX {
    interface IntrinsicElements extends CustomElementsSolidJs {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare global {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}
