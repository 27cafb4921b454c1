import type { SocleAddressField } from "./dist/address-field/address-field.js";
import type { SocleCommuneField } from "./dist/commune-field/commune-field.js";
import type {
  formatSiret,
  SocleCompanyField,
} from "./dist/company-field/company-field.js";
import type { SocleCountryField } from "./dist/country-field/country-field.js";
import type {
  SocleTerritorySelect,
  SocleDepartementSelect,
  SocleRegionSelect,
} from "./dist/territory-selects/territory-selects.js";

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

export type SocleAddressFieldProps = {
  /** Adresse du service de recherche (contrat Géoplateforme) ; un proxy de la collectivité convient. / Geocoder endpoint. */
  endpoint?: SocleAddressField["endpoint"] | undefined;
  /** `ban` (service en ligne) ou `bal` (fichier BAL d’une commune, `src`, hors ligne). / Where addresses come from. */
  source?: SocleAddressField["source"] | undefined;
  /** Adresse du fichier CSV de la Base Adresse Locale, avec `source="bal"`. / The BAL CSV URL. */
  src?: SocleAddressField["src"] | undefined;
  /** Limite la recherche à une commune (code INSEE). / Only this commune's addresses. */
  citycode?: SocleAddressField["citycode"] | undefined;
  /** Limite la recherche à un code postal. / Only this postal code's addresses. */
  postcode?: SocleAddressField["postcode"] | undefined;
  /** Façon de saisir : `recherche`, `manuelle` ou `etranger`. / Entry mode. */
  mode?: SocleAddressField["mode"] | undefined;
  /** Attente après la dernière frappe avant de chercher, en ms. / Debounce, ms. */
  debounce?: SocleAddressField["debounce"] | undefined;
  /** Délai maximal de réponse du service, en ms. / Service timeout, ms. */
  timeout?: SocleAddressField["timeout"] | undefined;
  /** Nombre maximal de propositions affichées. / Most proposals shown. */
  limit?: SocleAddressField["limit"] | undefined;
  /** Nombre de caractères à taper avant de chercher. / Characters typed before searching. */
  "min-chars"?: SocleAddressField["minChars"] | undefined;
  /** Nombre de caractères à taper avant de chercher. / Characters typed before searching. */
  minChars?: SocleAddressField["minChars"] | undefined;
  /** Texte indicatif dans le champ. / Placeholder. */
  placeholder?: SocleAddressField["placeholder"] | undefined;
  /** Code choisi au départ (attribut `value`), rétabli par `form.reset()`. / Default value. */
  value?: SocleAddressField["defaultValue"] | undefined;
  /** Code choisi au départ (attribut `value`), rétabli par `form.reset()`. / Default value. */
  defaultValue?: SocleAddressField["defaultValue"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  name?: SocleAddressField["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  label?: SocleAddressField["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  hint?: SocleAddressField["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  required?: SocleAddressField["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  disabled?: SocleAddressField["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  readonly?: SocleAddressField["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  messages?: SocleAddressField["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  error?: SocleAddressField["error"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  validators?: SocleAddressField["validators"] | undefined;

  /** The address changed. */
  oninput?: ((e: Event) => void) | undefined;
  /** An address was chosen or completed. */
  onchange?: ((e: Event) => void) | undefined;
  /** A submit attempt found the field invalid. */
  oninvalid?: ((e: Event) => void) | undefined;
};

export type SocleAddressFieldSolidJsProps = {
  /** Adresse du service de recherche (contrat Géoplateforme) ; un proxy de la collectivité convient. / Geocoder endpoint. */
  "prop:endpoint"?: SocleAddressField["endpoint"] | undefined;
  /** `ban` (service en ligne) ou `bal` (fichier BAL d’une commune, `src`, hors ligne). / Where addresses come from. */
  "prop:source"?: SocleAddressField["source"] | undefined;
  /** Adresse du fichier CSV de la Base Adresse Locale, avec `source="bal"`. / The BAL CSV URL. */
  "prop:src"?: SocleAddressField["src"] | undefined;
  /** Limite la recherche à une commune (code INSEE). / Only this commune's addresses. */
  "prop:citycode"?: SocleAddressField["citycode"] | undefined;
  /** Limite la recherche à un code postal. / Only this postal code's addresses. */
  "prop:postcode"?: SocleAddressField["postcode"] | undefined;
  /** Façon de saisir : `recherche`, `manuelle` ou `etranger`. / Entry mode. */
  "prop:mode"?: SocleAddressField["mode"] | undefined;
  /** Attente après la dernière frappe avant de chercher, en ms. / Debounce, ms. */
  "prop:debounce"?: SocleAddressField["debounce"] | undefined;
  /** Délai maximal de réponse du service, en ms. / Service timeout, ms. */
  "prop:timeout"?: SocleAddressField["timeout"] | undefined;
  /** Nombre maximal de propositions affichées. / Most proposals shown. */
  "prop:limit"?: SocleAddressField["limit"] | undefined;
  /** Nombre de caractères à taper avant de chercher. / Characters typed before searching. */
  "attr:min-chars"?: SocleAddressField["minChars"] | undefined;
  /** Nombre de caractères à taper avant de chercher. / Characters typed before searching. */
  "prop:minChars"?: SocleAddressField["minChars"] | undefined;
  /** Texte indicatif dans le champ. / Placeholder. */
  "prop:placeholder"?: SocleAddressField["placeholder"] | undefined;
  /** Code choisi au départ (attribut `value`), rétabli par `form.reset()`. / Default value. */
  "attr:value"?: SocleAddressField["defaultValue"] | undefined;
  /** Code choisi au départ (attribut `value`), rétabli par `form.reset()`. / Default value. */
  "prop:defaultValue"?: SocleAddressField["defaultValue"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  "prop:name"?: SocleAddressField["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  "prop:label"?: SocleAddressField["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  "prop:hint"?: SocleAddressField["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  "prop:required"?: SocleAddressField["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  "prop:disabled"?: SocleAddressField["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  "prop:readonly"?: SocleAddressField["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  "prop:messages"?: SocleAddressField["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  "prop:error"?: SocleAddressField["error"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  "prop:validators"?: SocleAddressField["validators"] | undefined;
  /** The address changed. */
  "on:input"?: ((e: Event) => void) | undefined;
  /** An address was chosen or completed. */
  "on:change"?: ((e: Event) => void) | undefined;
  /** A submit attempt found the field invalid. */
  "on:invalid"?: ((e: Event) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type SocleCommuneFieldProps = {
  /** Limite aux communes d’un département (`33`, `2A`, `974`). / Only communes of a département. */
  departement?: SocleCommuneField["departement"] | undefined;
  /** Limite aux communes d’un code postal : la liste les propose dès le focus. / Only communes of this postal code. */
  "postal-code"?: SocleCommuneField["postalCode"] | undefined;
  /** Limite aux communes d’un code postal : la liste les propose dès le focus. / Only communes of this postal code. */
  postalCode?: SocleCommuneField["postalCode"] | undefined;
  /** Propose aussi les arrondissements de Paris, Lyon et Marseille. / Also propose municipal arrondissements. */
  "include-arrondissements"?:
    SocleCommuneField["includeArrondissements"] | undefined;
  /** Propose aussi les arrondissements de Paris, Lyon et Marseille. / Also propose municipal arrondissements. */
  includeArrondissements?:
    SocleCommuneField["includeArrondissements"] | undefined;
  /** Propose aussi les anciennes communes (déléguées, associées), ex. pour un lieu de naissance. / Also former communes. */
  "include-historical"?: SocleCommuneField["includeHistorical"] | undefined;
  /** Propose aussi les anciennes communes (déléguées, associées), ex. pour un lieu de naissance. / Also former communes. */
  includeHistorical?: SocleCommuneField["includeHistorical"] | undefined;
  /** Nom sous lequel envoyer aussi le code postal de la commune choisie : le code tapé, le seul code de la
commune, ou celui que la personne choisit parmi les siens quand elle en a plusieurs. / Also submit the
postal code under this name (typed, the only one, or chosen among the commune's). */
  "postal-code-name"?: SocleCommuneField["postalCodeName"] | undefined;
  /** Nom sous lequel envoyer aussi le code postal de la commune choisie : le code tapé, le seul code de la
commune, ou celui que la personne choisit parmi les siens quand elle en a plusieurs. / Also submit the
postal code under this name (typed, the only one, or chosen among the commune's). */
  postalCodeName?: SocleCommuneField["postalCodeName"] | undefined;
  /** Nombre maximal de propositions affichées. / Most proposals shown. */
  limit?: SocleCommuneField["limit"] | undefined;
  /** Nombre de caractères à taper avant de chercher. / Characters typed before searching. */
  "min-chars"?: SocleCommuneField["minChars"] | undefined;
  /** Nombre de caractères à taper avant de chercher. / Characters typed before searching. */
  minChars?: SocleCommuneField["minChars"] | undefined;
  /** Texte indicatif dans le champ. / Placeholder. */
  placeholder?: SocleCommuneField["placeholder"] | undefined;
  /** Code choisi au départ (attribut `value`), rétabli par `form.reset()`. / Default value. */
  value?: SocleCommuneField["defaultValue"] | undefined;
  /** Code choisi au départ (attribut `value`), rétabli par `form.reset()`. / Default value. */
  defaultValue?: SocleCommuneField["defaultValue"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  name?: SocleCommuneField["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  label?: SocleCommuneField["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  hint?: SocleCommuneField["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  required?: SocleCommuneField["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  disabled?: SocleCommuneField["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  readonly?: SocleCommuneField["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  messages?: SocleCommuneField["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  error?: SocleCommuneField["error"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  validators?: SocleCommuneField["validators"] | undefined;

  /** The chosen commune changed (or the text was edited, which drops the choice). */
  oninput?: ((e: Event) => void) | undefined;
  /** A commune was chosen. */
  onchange?: ((e: Event) => void) | undefined;
  /** A submit attempt found the field invalid. */
  oninvalid?: ((e: Event) => void) | undefined;
};

export type SocleCommuneFieldSolidJsProps = {
  /** Limite aux communes d’un département (`33`, `2A`, `974`). / Only communes of a département. */
  "prop:departement"?: SocleCommuneField["departement"] | undefined;
  /** Limite aux communes d’un code postal : la liste les propose dès le focus. / Only communes of this postal code. */
  "attr:postal-code"?: SocleCommuneField["postalCode"] | undefined;
  /** Limite aux communes d’un code postal : la liste les propose dès le focus. / Only communes of this postal code. */
  "prop:postalCode"?: SocleCommuneField["postalCode"] | undefined;
  /** Propose aussi les arrondissements de Paris, Lyon et Marseille. / Also propose municipal arrondissements. */
  "bool:include-arrondissements"?:
    SocleCommuneField["includeArrondissements"] | undefined;
  /** Propose aussi les arrondissements de Paris, Lyon et Marseille. / Also propose municipal arrondissements. */
  "prop:includeArrondissements"?:
    SocleCommuneField["includeArrondissements"] | undefined;
  /** Propose aussi les anciennes communes (déléguées, associées), ex. pour un lieu de naissance. / Also former communes. */
  "bool:include-historical"?:
    SocleCommuneField["includeHistorical"] | undefined;
  /** Propose aussi les anciennes communes (déléguées, associées), ex. pour un lieu de naissance. / Also former communes. */
  "prop:includeHistorical"?: SocleCommuneField["includeHistorical"] | undefined;
  /** Nom sous lequel envoyer aussi le code postal de la commune choisie : le code tapé, le seul code de la
commune, ou celui que la personne choisit parmi les siens quand elle en a plusieurs. / Also submit the
postal code under this name (typed, the only one, or chosen among the commune's). */
  "attr:postal-code-name"?: SocleCommuneField["postalCodeName"] | undefined;
  /** Nom sous lequel envoyer aussi le code postal de la commune choisie : le code tapé, le seul code de la
commune, ou celui que la personne choisit parmi les siens quand elle en a plusieurs. / Also submit the
postal code under this name (typed, the only one, or chosen among the commune's). */
  "prop:postalCodeName"?: SocleCommuneField["postalCodeName"] | undefined;
  /** Nombre maximal de propositions affichées. / Most proposals shown. */
  "prop:limit"?: SocleCommuneField["limit"] | undefined;
  /** Nombre de caractères à taper avant de chercher. / Characters typed before searching. */
  "attr:min-chars"?: SocleCommuneField["minChars"] | undefined;
  /** Nombre de caractères à taper avant de chercher. / Characters typed before searching. */
  "prop:minChars"?: SocleCommuneField["minChars"] | undefined;
  /** Texte indicatif dans le champ. / Placeholder. */
  "prop:placeholder"?: SocleCommuneField["placeholder"] | undefined;
  /** Code choisi au départ (attribut `value`), rétabli par `form.reset()`. / Default value. */
  "attr:value"?: SocleCommuneField["defaultValue"] | undefined;
  /** Code choisi au départ (attribut `value`), rétabli par `form.reset()`. / Default value. */
  "prop:defaultValue"?: SocleCommuneField["defaultValue"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  "prop:name"?: SocleCommuneField["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  "prop:label"?: SocleCommuneField["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  "prop:hint"?: SocleCommuneField["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  "prop:required"?: SocleCommuneField["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  "prop:disabled"?: SocleCommuneField["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  "prop:readonly"?: SocleCommuneField["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  "prop:messages"?: SocleCommuneField["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  "prop:error"?: SocleCommuneField["error"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  "prop:validators"?: SocleCommuneField["validators"] | undefined;
  /** The chosen commune changed (or the text was edited, which drops the choice). */
  "on:input"?: ((e: Event) => void) | undefined;
  /** A commune was chosen. */
  "on:change"?: ((e: Event) => void) | undefined;
  /** A submit attempt found the field invalid. */
  "on:invalid"?: ((e: Event) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type SocleCompanyFieldProps = {
  /** Adresse du service (contrat Recherche d’entreprises) ; un proxy de la collectivité convient. / Endpoint. */
  endpoint?: SocleCompanyField["endpoint"] | undefined;
  /** `recherche` ou `manuelle` (saisie du SIRET). / Entry mode. */
  mode?: SocleCompanyField["mode"] | undefined;
  /** Attente après la dernière frappe avant de chercher, en ms. / Debounce, ms. */
  debounce?: SocleCompanyField["debounce"] | undefined;
  /** Délai maximal de réponse du service, en ms. / Service timeout, ms. */
  timeout?: SocleCompanyField["timeout"] | undefined;
  /** Nombre maximal de propositions affichées. / Most proposals shown. */
  limit?: SocleCompanyField["limit"] | undefined;
  /** Nombre de caractères à taper avant de chercher. / Characters typed before searching. */
  "min-chars"?: SocleCompanyField["minChars"] | undefined;
  /** Nombre de caractères à taper avant de chercher. / Characters typed before searching. */
  minChars?: SocleCompanyField["minChars"] | undefined;
  /** Texte indicatif dans le champ. / Placeholder. */
  placeholder?: SocleCompanyField["placeholder"] | undefined;
  /** Code choisi au départ (attribut `value`), rétabli par `form.reset()`. / Default value. */
  value?: SocleCompanyField["defaultValue"] | undefined;
  /** Code choisi au départ (attribut `value`), rétabli par `form.reset()`. / Default value. */
  defaultValue?: SocleCompanyField["defaultValue"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  name?: SocleCompanyField["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  label?: SocleCompanyField["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  hint?: SocleCompanyField["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  required?: SocleCompanyField["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  disabled?: SocleCompanyField["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  readonly?: SocleCompanyField["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  messages?: SocleCompanyField["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  error?: SocleCompanyField["error"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  validators?: SocleCompanyField["validators"] | undefined;

  /** The chosen company changed. */
  oninput?: ((e: Event) => void) | undefined;
  /** A company was chosen or its SIRET typed. */
  onchange?: ((e: Event) => void) | undefined;
  /** A submit attempt found the field invalid. */
  oninvalid?: ((e: Event) => void) | undefined;
};

export type SocleCompanyFieldSolidJsProps = {
  /** Adresse du service (contrat Recherche d’entreprises) ; un proxy de la collectivité convient. / Endpoint. */
  "prop:endpoint"?: SocleCompanyField["endpoint"] | undefined;
  /** `recherche` ou `manuelle` (saisie du SIRET). / Entry mode. */
  "prop:mode"?: SocleCompanyField["mode"] | undefined;
  /** Attente après la dernière frappe avant de chercher, en ms. / Debounce, ms. */
  "prop:debounce"?: SocleCompanyField["debounce"] | undefined;
  /** Délai maximal de réponse du service, en ms. / Service timeout, ms. */
  "prop:timeout"?: SocleCompanyField["timeout"] | undefined;
  /** Nombre maximal de propositions affichées. / Most proposals shown. */
  "prop:limit"?: SocleCompanyField["limit"] | undefined;
  /** Nombre de caractères à taper avant de chercher. / Characters typed before searching. */
  "attr:min-chars"?: SocleCompanyField["minChars"] | undefined;
  /** Nombre de caractères à taper avant de chercher. / Characters typed before searching. */
  "prop:minChars"?: SocleCompanyField["minChars"] | undefined;
  /** Texte indicatif dans le champ. / Placeholder. */
  "prop:placeholder"?: SocleCompanyField["placeholder"] | undefined;
  /** Code choisi au départ (attribut `value`), rétabli par `form.reset()`. / Default value. */
  "attr:value"?: SocleCompanyField["defaultValue"] | undefined;
  /** Code choisi au départ (attribut `value`), rétabli par `form.reset()`. / Default value. */
  "prop:defaultValue"?: SocleCompanyField["defaultValue"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  "prop:name"?: SocleCompanyField["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  "prop:label"?: SocleCompanyField["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  "prop:hint"?: SocleCompanyField["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  "prop:required"?: SocleCompanyField["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  "prop:disabled"?: SocleCompanyField["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  "prop:readonly"?: SocleCompanyField["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  "prop:messages"?: SocleCompanyField["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  "prop:error"?: SocleCompanyField["error"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  "prop:validators"?: SocleCompanyField["validators"] | undefined;
  /** The chosen company changed. */
  "on:input"?: ((e: Event) => void) | undefined;
  /** A company was chosen or its SIRET typed. */
  "on:change"?: ((e: Event) => void) | undefined;
  /** A submit attempt found the field invalid. */
  "on:invalid"?: ((e: Event) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type SocleCountryFieldProps = {
  /** Propose aussi les pays qui n’existent plus (Tchécoslovaquie…), pour une naissance ancienne. / Also former countries. */
  "include-historical"?: SocleCountryField["includeHistorical"] | undefined;
  /** Propose aussi les pays qui n’existent plus (Tchécoslovaquie…), pour une naissance ancienne. / Also former countries. */
  includeHistorical?: SocleCountryField["includeHistorical"] | undefined;
  /** Retire la France de la liste (ex. « né(e) à l’étranger »). / Leave France out. */
  "exclude-france"?: SocleCountryField["excludeFrance"] | undefined;
  /** Retire la France de la liste (ex. « né(e) à l’étranger »). / Leave France out. */
  excludeFrance?: SocleCountryField["excludeFrance"] | undefined;
  /** Nombre maximal de propositions affichées. / Most proposals shown. */
  limit?: SocleCountryField["limit"] | undefined;
  /** Nombre de caractères à taper avant de chercher. / Characters typed before searching. */
  "min-chars"?: SocleCountryField["minChars"] | undefined;
  /** Nombre de caractères à taper avant de chercher. / Characters typed before searching. */
  minChars?: SocleCountryField["minChars"] | undefined;
  /** Texte indicatif dans le champ. / Placeholder. */
  placeholder?: SocleCountryField["placeholder"] | undefined;
  /** Code choisi au départ (attribut `value`), rétabli par `form.reset()`. / Default value. */
  value?: SocleCountryField["defaultValue"] | undefined;
  /** Code choisi au départ (attribut `value`), rétabli par `form.reset()`. / Default value. */
  defaultValue?: SocleCountryField["defaultValue"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  name?: SocleCountryField["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  label?: SocleCountryField["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  hint?: SocleCountryField["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  required?: SocleCountryField["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  disabled?: SocleCountryField["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  readonly?: SocleCountryField["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  messages?: SocleCountryField["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  error?: SocleCountryField["error"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  validators?: SocleCountryField["validators"] | undefined;

  /** The chosen country changed (or the text was edited, which drops the choice). */
  oninput?: ((e: Event) => void) | undefined;
  /** A country was chosen. */
  onchange?: ((e: Event) => void) | undefined;
  /** A submit attempt found the field invalid. */
  oninvalid?: ((e: Event) => void) | undefined;
};

export type SocleCountryFieldSolidJsProps = {
  /** Propose aussi les pays qui n’existent plus (Tchécoslovaquie…), pour une naissance ancienne. / Also former countries. */
  "bool:include-historical"?:
    SocleCountryField["includeHistorical"] | undefined;
  /** Propose aussi les pays qui n’existent plus (Tchécoslovaquie…), pour une naissance ancienne. / Also former countries. */
  "prop:includeHistorical"?: SocleCountryField["includeHistorical"] | undefined;
  /** Retire la France de la liste (ex. « né(e) à l’étranger »). / Leave France out. */
  "bool:exclude-france"?: SocleCountryField["excludeFrance"] | undefined;
  /** Retire la France de la liste (ex. « né(e) à l’étranger »). / Leave France out. */
  "prop:excludeFrance"?: SocleCountryField["excludeFrance"] | undefined;
  /** Nombre maximal de propositions affichées. / Most proposals shown. */
  "prop:limit"?: SocleCountryField["limit"] | undefined;
  /** Nombre de caractères à taper avant de chercher. / Characters typed before searching. */
  "attr:min-chars"?: SocleCountryField["minChars"] | undefined;
  /** Nombre de caractères à taper avant de chercher. / Characters typed before searching. */
  "prop:minChars"?: SocleCountryField["minChars"] | undefined;
  /** Texte indicatif dans le champ. / Placeholder. */
  "prop:placeholder"?: SocleCountryField["placeholder"] | undefined;
  /** Code choisi au départ (attribut `value`), rétabli par `form.reset()`. / Default value. */
  "attr:value"?: SocleCountryField["defaultValue"] | undefined;
  /** Code choisi au départ (attribut `value`), rétabli par `form.reset()`. / Default value. */
  "prop:defaultValue"?: SocleCountryField["defaultValue"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  "prop:name"?: SocleCountryField["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  "prop:label"?: SocleCountryField["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  "prop:hint"?: SocleCountryField["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  "prop:required"?: SocleCountryField["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  "prop:disabled"?: SocleCountryField["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  "prop:readonly"?: SocleCountryField["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  "prop:messages"?: SocleCountryField["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  "prop:error"?: SocleCountryField["error"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  "prop:validators"?: SocleCountryField["validators"] | undefined;
  /** The chosen country changed (or the text was edited, which drops the choice). */
  "on:input"?: ((e: Event) => void) | undefined;
  /** A country was chosen. */
  "on:change"?: ((e: Event) => void) | undefined;
  /** A submit attempt found the field invalid. */
  "on:invalid"?: ((e: Event) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type SocleDepartementSelectProps = {
  /** Limite aux départements d’une région (code, ex. `75` pour la Nouvelle-Aquitaine). / Only this région's. */
  region?: SocleDepartementSelect["region"] | undefined;
  /** Inclut les collectivités d’outre-mer. / Include the overseas collectivities. */
  "include-com"?: SocleDepartementSelect["includeCom"] | undefined;
  /** Inclut les collectivités d’outre-mer. / Include the overseas collectivities. */
  includeCom?: SocleDepartementSelect["includeCom"] | undefined;
  /** Première option, vide, ex. « Sélectionnez une option » ; `required` la refuse. / An empty first option. */
  placeholder?: SocleDepartementSelect["placeholder"] | undefined;
  /** Jeton de remplissage automatique, ex. `country-name`. / Autofill token. */
  autocomplete?: SocleDepartementSelect["autocomplete"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  value?: SocleDepartementSelect["defaultValue"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  defaultValue?: SocleDepartementSelect["defaultValue"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  name?: SocleDepartementSelect["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  label?: SocleDepartementSelect["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  hint?: SocleDepartementSelect["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  required?: SocleDepartementSelect["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  disabled?: SocleDepartementSelect["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  readonly?: SocleDepartementSelect["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  messages?: SocleDepartementSelect["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  error?: SocleDepartementSelect["error"] | undefined;
  /** Options données par script (sinon les `<option>` enfants). / Options set from script. */
  options?: SocleDepartementSelect["options"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  validators?: SocleDepartementSelect["validators"] | undefined;

  /** A département was chosen. */
  onchange?: ((e: Event) => void) | undefined;
  /** A département was chosen. */
  oninput?: ((e: Event) => void) | undefined;
  /** A submit attempt found the field invalid. */
  oninvalid?: ((e: Event) => void) | undefined;
};

export type SocleDepartementSelectSolidJsProps = {
  /** Limite aux départements d’une région (code, ex. `75` pour la Nouvelle-Aquitaine). / Only this région's. */
  "prop:region"?: SocleDepartementSelect["region"] | undefined;
  /** Inclut les collectivités d’outre-mer. / Include the overseas collectivities. */
  "bool:include-com"?: SocleDepartementSelect["includeCom"] | undefined;
  /** Inclut les collectivités d’outre-mer. / Include the overseas collectivities. */
  "prop:includeCom"?: SocleDepartementSelect["includeCom"] | undefined;
  /** Première option, vide, ex. « Sélectionnez une option » ; `required` la refuse. / An empty first option. */
  "prop:placeholder"?: SocleDepartementSelect["placeholder"] | undefined;
  /** Jeton de remplissage automatique, ex. `country-name`. / Autofill token. */
  "prop:autocomplete"?: SocleDepartementSelect["autocomplete"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  "attr:value"?: SocleDepartementSelect["defaultValue"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  "prop:defaultValue"?: SocleDepartementSelect["defaultValue"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  "prop:name"?: SocleDepartementSelect["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  "prop:label"?: SocleDepartementSelect["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  "prop:hint"?: SocleDepartementSelect["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  "prop:required"?: SocleDepartementSelect["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  "prop:disabled"?: SocleDepartementSelect["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  "prop:readonly"?: SocleDepartementSelect["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  "prop:messages"?: SocleDepartementSelect["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  "prop:error"?: SocleDepartementSelect["error"] | undefined;
  /** Options données par script (sinon les `<option>` enfants). / Options set from script. */
  "prop:options"?: SocleDepartementSelect["options"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  "prop:validators"?: SocleDepartementSelect["validators"] | undefined;
  /** A département was chosen. */
  "on:change"?: ((e: Event) => void) | undefined;
  /** A département was chosen. */
  "on:input"?: ((e: Event) => void) | undefined;
  /** A submit attempt found the field invalid. */
  "on:invalid"?: ((e: Event) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type SocleRegionSelectProps = {
  /** Inclut les collectivités d’outre-mer. / Include the overseas collectivities. */
  "include-com"?: SocleRegionSelect["includeCom"] | undefined;
  /** Inclut les collectivités d’outre-mer. / Include the overseas collectivities. */
  includeCom?: SocleRegionSelect["includeCom"] | undefined;
  /** Première option, vide, ex. « Sélectionnez une option » ; `required` la refuse. / An empty first option. */
  placeholder?: SocleRegionSelect["placeholder"] | undefined;
  /** Jeton de remplissage automatique, ex. `country-name`. / Autofill token. */
  autocomplete?: SocleRegionSelect["autocomplete"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  value?: SocleRegionSelect["defaultValue"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  defaultValue?: SocleRegionSelect["defaultValue"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  name?: SocleRegionSelect["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  label?: SocleRegionSelect["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  hint?: SocleRegionSelect["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  required?: SocleRegionSelect["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  disabled?: SocleRegionSelect["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  readonly?: SocleRegionSelect["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  messages?: SocleRegionSelect["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  error?: SocleRegionSelect["error"] | undefined;
  /** Options données par script (sinon les `<option>` enfants). / Options set from script. */
  options?: SocleRegionSelect["options"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  validators?: SocleRegionSelect["validators"] | undefined;

  /** A région was chosen. */
  onchange?: ((e: Event) => void) | undefined;
  /** A région was chosen. */
  oninput?: ((e: Event) => void) | undefined;
  /** A submit attempt found the field invalid. */
  oninvalid?: ((e: Event) => void) | undefined;
};

export type SocleRegionSelectSolidJsProps = {
  /** Inclut les collectivités d’outre-mer. / Include the overseas collectivities. */
  "bool:include-com"?: SocleRegionSelect["includeCom"] | undefined;
  /** Inclut les collectivités d’outre-mer. / Include the overseas collectivities. */
  "prop:includeCom"?: SocleRegionSelect["includeCom"] | undefined;
  /** Première option, vide, ex. « Sélectionnez une option » ; `required` la refuse. / An empty first option. */
  "prop:placeholder"?: SocleRegionSelect["placeholder"] | undefined;
  /** Jeton de remplissage automatique, ex. `country-name`. / Autofill token. */
  "prop:autocomplete"?: SocleRegionSelect["autocomplete"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  "attr:value"?: SocleRegionSelect["defaultValue"] | undefined;
  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  "prop:defaultValue"?: SocleRegionSelect["defaultValue"] | undefined;
  /** Nom sous lequel la valeur est envoyée avec le formulaire. / Submitted name. */
  "prop:name"?: SocleRegionSelect["name"] | undefined;
  /** Libellé visible (ou l’emplacement `label`), indispensable à l’accessibilité. / The visible label. */
  "prop:label"?: SocleRegionSelect["label"] | undefined;
  /** Aide affichée sous le libellé et lue après lui (ou l’emplacement `hint`). / Hint under the label. */
  "prop:hint"?: SocleRegionSelect["hint"] | undefined;
  /** Saisie obligatoire pour envoyer le formulaire. / A value is required. */
  "prop:required"?: SocleRegionSelect["required"] | undefined;
  /** Désactivé : ni focus, ni validation, ni envoi (comme dans un `<fieldset disabled>`). / Disabled.
The attribute changes at once, as for native controls: the browser's `formDisabledCallback` then runs
before the next render (with Lit's deferred reflection it ran after, and the render missed it). */
  "prop:disabled"?: SocleRegionSelect["disabled"] | undefined;
  /** Lecture seule : envoyé mais ni modifiable ni validé. / Read-only. */
  "prop:readonly"?: SocleRegionSelect["readonly"] | undefined;
  /** Textes propres à ce champ, par clé de message, ex. `messages='{"required": "Saisissez votre nom de famille"}'`.
/ Per-field message overrides; placeholders such as `{label}` work. */
  "prop:messages"?: SocleRegionSelect["messages"] | undefined;
  /** Erreur décidée ailleurs (par le serveur) : affichée tout de suite, retirée quand la personne modifie la
valeur. / A server-side error, shown at once and dropped when the value changes. */
  "prop:error"?: SocleRegionSelect["error"] | undefined;
  /** Options données par script (sinon les `<option>` enfants). / Options set from script. */
  "prop:options"?: SocleRegionSelect["options"] | undefined;
  /** Vérifications supplémentaires (synchrones ou asynchrones) ; un nouveau tableau les relance. / Extra validators. */
  "prop:validators"?: SocleRegionSelect["validators"] | undefined;
  /** A région was chosen. */
  "on:change"?: ((e: Event) => void) | undefined;
  /** A région was chosen. */
  "on:input"?: ((e: Event) => void) | undefined;
  /** A submit attempt found the field invalid. */
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
   * - `endpoint`: Adresse du service de recherche (contrat Géoplateforme) ; un proxy de la collectivité convient. / Geocoder endpoint.
   * - `source`: `ban` (service en ligne) ou `bal` (fichier BAL d’une commune, `src`, hors ligne). / Where addresses come from.
   * - `src`: Adresse du fichier CSV de la Base Adresse Locale, avec `source="bal"`. / The BAL CSV URL.
   * - `citycode`: Limite la recherche à une commune (code INSEE). / Only this commune's addresses.
   * - `postcode`: Limite la recherche à un code postal. / Only this postal code's addresses.
   * - `mode`: Façon de saisir : `recherche`, `manuelle` ou `etranger`. / Entry mode.
   * - `debounce`: Attente après la dernière frappe avant de chercher, en ms. / Debounce, ms.
   * - `timeout`: Délai maximal de réponse du service, en ms. / Service timeout, ms.
   * - `limit`: Nombre maximal de propositions affichées. / Most proposals shown.
   * - `min-chars`/`minChars`: Nombre de caractères à taper avant de chercher. / Characters typed before searching.
   * - `placeholder`: Texte indicatif dans le champ. / Placeholder.
   * - `value`/`defaultValue`: Code choisi au départ (attribut `value`), rétabli par `form.reset()`. / Default value.
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
   * - `address`: L’adresse (structurée), ou `undefined`. / The structured address. (property only) (readonly)
   * - `value`: Code choisi (envoyé avec le formulaire). / The chosen option's value (submitted). (property only)
   * - `typedParts`: Ce qui a été tapé et ce qui a été choisi, pour un brouillon : un nom tapé sans être choisi est gardé
   * aussi. / The typed text and the chosen value, for drafts. (property only) (readonly)
   * - `selectedData`: L’objet choisi (commune, pays…), ou `undefined`. / The chosen option's object. (property only) (readonly)
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
   * - `input`: The address changed.
   * - `change`: An address was chosen or completed.
   * - `invalid`: A submit attempt found the field invalid.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `label`: The label, when it needs markup.
   * - `hint`: The hint, when it needs markup.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `formResetCallback() => void`: undefined
   * - `draftState() => DraftState`: A draft keeps the text typed and the choice, with what shows the choice again without a look-up.
   * - `restoreDraftState(state: DraftState) => void`: undefined
   * - `setTypedParts(parts: Readonly<Record<string, string>>) => void`: Rétablit un brouillon (voir `typedParts`). / Restores a draft.
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
   * - `base`: The wrapper.
   * - `label`: The label (search) or legend (manual, abroad).
   * - `hint`: The hint.
   * - `error`: The error message.
   * - `input`: The search input.
   * - `listbox`: The list of proposals.
   * - `option`: One proposal.
   * - `notice`: What the field says about the service (unreachable, busy).
   * - `switch`: The buttons that change the way of entering the address.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `touched`: The person has left the field at least once.
   * - `dirty`: The person has changed the value.
   * - `user-invalid`: An error is shown.
   * - `user-valid`: The address is complete and valid.
   * - `pending`: an asynchronous validator is running
   */
  "socle-address-field": Partial<
    SocleAddressFieldProps & BaseProps<SocleAddressField> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `departement`: Limite aux communes d’un département (`33`, `2A`, `974`). / Only communes of a département.
   * - `postal-code`/`postalCode`: Limite aux communes d’un code postal : la liste les propose dès le focus. / Only communes of this postal code.
   * - `include-arrondissements`/`includeArrondissements`: Propose aussi les arrondissements de Paris, Lyon et Marseille. / Also propose municipal arrondissements.
   * - `include-historical`/`includeHistorical`: Propose aussi les anciennes communes (déléguées, associées), ex. pour un lieu de naissance. / Also former communes.
   * - `postal-code-name`/`postalCodeName`: Nom sous lequel envoyer aussi le code postal de la commune choisie : le code tapé, le seul code de la
   * commune, ou celui que la personne choisit parmi les siens quand elle en a plusieurs. / Also submit the
   * postal code under this name (typed, the only one, or chosen among the commune's).
   * - `limit`: Nombre maximal de propositions affichées. / Most proposals shown.
   * - `min-chars`/`minChars`: Nombre de caractères à taper avant de chercher. / Characters typed before searching.
   * - `placeholder`: Texte indicatif dans le champ. / Placeholder.
   * - `value`/`defaultValue`: Code choisi au départ (attribut `value`), rétabli par `form.reset()`. / Default value.
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
   * - `commune`: La commune choisie (code, nom, codes postaux, département, région, population…). / The chosen commune. (property only) (readonly)
   * - `value`: Code choisi (envoyé avec le formulaire). / The chosen option's value (submitted). (property only)
   * - `typedParts`: Ce qui a été tapé et ce qui a été choisi, pour un brouillon : un nom tapé sans être choisi est gardé
   * aussi. / The typed text and the chosen value, for drafts. (property only) (readonly)
   * - `selectedData`: L’objet choisi (commune, pays…), ou `undefined`. / The chosen option's object. (property only) (readonly)
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
   * - `input`: The chosen commune changed (or the text was edited, which drops the choice).
   * - `change`: A commune was chosen.
   * - `invalid`: A submit attempt found the field invalid.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `label`: The label, when it needs markup.
   * - `hint`: The hint, when it needs markup.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `setTypedParts(parts: Readonly<Record<string, string>>) => void`: undefined
   * - `formResetCallback() => void`: undefined
   * - `draftState() => DraftState`: A draft keeps the text typed and the choice, with what shows the choice again without a look-up.
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
   * - `base`: The wrapper.
   * - `label`: The `<label>`.
   * - `hint`: The hint.
   * - `error`: The error message.
   * - `input`: The combobox input.
   * - `listbox`: The list of proposals.
   * - `option`: One proposal.
   * - `empty`: The "no commune matches" message.
   * - `postcode`: The choice of postal code, for a commune that has several (with `postal-code-name`).
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `touched`: The person has left the field at least once.
   * - `dirty`: The person has changed the value.
   * - `user-invalid`: An error is shown.
   * - `user-valid`: The person has chosen a valid commune.
   * - `pending`: an asynchronous validator is running
   */
  "socle-commune-field": Partial<
    SocleCommuneFieldProps & BaseProps<SocleCommuneField> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `endpoint`: Adresse du service (contrat Recherche d’entreprises) ; un proxy de la collectivité convient. / Endpoint.
   * - `mode`: `recherche` ou `manuelle` (saisie du SIRET). / Entry mode.
   * - `debounce`: Attente après la dernière frappe avant de chercher, en ms. / Debounce, ms.
   * - `timeout`: Délai maximal de réponse du service, en ms. / Service timeout, ms.
   * - `limit`: Nombre maximal de propositions affichées. / Most proposals shown.
   * - `min-chars`/`minChars`: Nombre de caractères à taper avant de chercher. / Characters typed before searching.
   * - `placeholder`: Texte indicatif dans le champ. / Placeholder.
   * - `value`/`defaultValue`: Code choisi au départ (attribut `value`), rétabli par `form.reset()`. / Default value.
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
   * - `company`: L’entreprise choisie (SIREN, SIRET, nom, adresse, fermée ou non). / The chosen company. (property only) (readonly)
   * - `value`: Code choisi (envoyé avec le formulaire). / The chosen option's value (submitted). (property only)
   * - `typedParts`: Ce qui a été tapé et ce qui a été choisi, pour un brouillon : un nom tapé sans être choisi est gardé
   * aussi. / The typed text and the chosen value, for drafts. (property only) (readonly)
   * - `selectedData`: L’objet choisi (commune, pays…), ou `undefined`. / The chosen option's object. (property only) (readonly)
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
   * - `input`: The chosen company changed.
   * - `change`: A company was chosen or its SIRET typed.
   * - `invalid`: A submit attempt found the field invalid.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `label`: The label, when it needs markup.
   * - `hint`: The hint, when it needs markup.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `formResetCallback() => void`: undefined
   * - `draftState() => DraftState`: A draft keeps the text typed and the choice, with what shows the choice again without a look-up.
   * - `restoreDraftState(state: DraftState) => void`: undefined
   * - `setTypedParts(parts: Readonly<Record<string, string>>) => void`: Rétablit un brouillon (voir `typedParts`). / Restores a draft.
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
   * - `base`: The wrapper.
   * - `label`: The `<label>`.
   * - `hint`: The hint.
   * - `error`: The error message.
   * - `input`: The search input.
   * - `listbox`: The list of proposals.
   * - `option`: One proposal.
   * - `notice`: What the field says about the service.
   * - `switch`: The button that changes the way of entering the company.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `touched`: The person has left the field at least once.
   * - `dirty`: The person has changed the value.
   * - `user-invalid`: An error is shown.
   * - `user-valid`: A valid company is chosen.
   * - `pending`: an asynchronous validator is running
   */
  "socle-company-field": Partial<
    SocleCompanyFieldProps & BaseProps<SocleCompanyField> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `include-historical`/`includeHistorical`: Propose aussi les pays qui n’existent plus (Tchécoslovaquie…), pour une naissance ancienne. / Also former countries.
   * - `exclude-france`/`excludeFrance`: Retire la France de la liste (ex. « né(e) à l’étranger »). / Leave France out.
   * - `limit`: Nombre maximal de propositions affichées. / Most proposals shown.
   * - `min-chars`/`minChars`: Nombre de caractères à taper avant de chercher. / Characters typed before searching.
   * - `placeholder`: Texte indicatif dans le champ. / Placeholder.
   * - `value`/`defaultValue`: Code choisi au départ (attribut `value`), rétabli par `form.reset()`. / Default value.
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
   * - `country`: undefined (property only) (readonly)
   * - `value`: Code choisi (envoyé avec le formulaire). / The chosen option's value (submitted). (property only)
   * - `typedParts`: Ce qui a été tapé et ce qui a été choisi, pour un brouillon : un nom tapé sans être choisi est gardé
   * aussi. / The typed text and the chosen value, for drafts. (property only) (readonly)
   * - `selectedData`: L’objet choisi (commune, pays…), ou `undefined`. / The chosen option's object. (property only) (readonly)
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
   * - `input`: The chosen country changed (or the text was edited, which drops the choice).
   * - `change`: A country was chosen.
   * - `invalid`: A submit attempt found the field invalid.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `label`: The label, when it needs markup.
   * - `hint`: The hint, when it needs markup.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `draftState() => DraftState`: A draft keeps the text typed and the choice, with what shows the choice again without a look-up.
   * - `restoreDraftState(state: DraftState) => void`: undefined
   * - `setTypedParts(parts: Readonly<Record<string, string>>) => void`: Rétablit un brouillon (voir `typedParts`). / Restores a draft.
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
   * - `base`: The wrapper.
   * - `label`: The `<label>`.
   * - `hint`: The hint.
   * - `error`: The error message.
   * - `input`: The combobox input.
   * - `listbox`: The list of proposals.
   * - `option`: One proposal.
   * - `empty`: The "no country matches" message.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `touched`: The person has left the field at least once.
   * - `dirty`: The person has changed the value.
   * - `user-invalid`: An error is shown.
   * - `user-valid`: The person has chosen a valid country.
   * - `pending`: an asynchronous validator is running
   */
  "socle-country-field": Partial<
    SocleCountryFieldProps & BaseProps<SocleCountryField> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `region`: Limite aux départements d’une région (code, ex. `75` pour la Nouvelle-Aquitaine). / Only this région's.
   * - `include-com`/`includeCom`: Inclut les collectivités d’outre-mer. / Include the overseas collectivities.
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
   * - `change`: A département was chosen.
   * - `input`: A département was chosen.
   * - `invalid`: A submit attempt found the field invalid.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `label`: The label, when it needs markup.
   * - `hint`: The hint, when it needs markup.
   * - `(default)`: Les `<option>` et `<optgroup>`, comme dans un `<select>`. / The options, as in a `<select>`.
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
   * - `base`: The wrapper.
   * - `label`: The `<label>`.
   * - `hint`: The hint.
   * - `error`: The error message.
   * - `input`: The native `<select>`.
   * - `required-mark`: La marque « obligatoire ».
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
  "socle-departement-select": Partial<
    SocleDepartementSelectProps & BaseProps<SocleDepartementSelect> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `include-com`/`includeCom`: Inclut les collectivités d’outre-mer. / Include the overseas collectivities.
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
   * - `change`: A région was chosen.
   * - `input`: A région was chosen.
   * - `invalid`: A submit attempt found the field invalid.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `label`: The label, when it needs markup.
   * - `hint`: The hint, when it needs markup.
   * - `(default)`: Les `<option>` et `<optgroup>`, comme dans un `<select>`. / The options, as in a `<select>`.
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
   * - `base`: The wrapper.
   * - `label`: The `<label>`.
   * - `hint`: The hint.
   * - `error`: The error message.
   * - `input`: The native `<select>`.
   * - `required-mark`: La marque « obligatoire ».
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
  "socle-region-select": Partial<
    SocleRegionSelectProps & BaseProps<SocleRegionSelect> & BaseEvents
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
   * - `endpoint`: Adresse du service de recherche (contrat Géoplateforme) ; un proxy de la collectivité convient. / Geocoder endpoint.
   * - `source`: `ban` (service en ligne) ou `bal` (fichier BAL d’une commune, `src`, hors ligne). / Where addresses come from.
   * - `src`: Adresse du fichier CSV de la Base Adresse Locale, avec `source="bal"`. / The BAL CSV URL.
   * - `citycode`: Limite la recherche à une commune (code INSEE). / Only this commune's addresses.
   * - `postcode`: Limite la recherche à un code postal. / Only this postal code's addresses.
   * - `mode`: Façon de saisir : `recherche`, `manuelle` ou `etranger`. / Entry mode.
   * - `debounce`: Attente après la dernière frappe avant de chercher, en ms. / Debounce, ms.
   * - `timeout`: Délai maximal de réponse du service, en ms. / Service timeout, ms.
   * - `limit`: Nombre maximal de propositions affichées. / Most proposals shown.
   * - `min-chars`/`minChars`: Nombre de caractères à taper avant de chercher. / Characters typed before searching.
   * - `placeholder`: Texte indicatif dans le champ. / Placeholder.
   * - `value`/`defaultValue`: Code choisi au départ (attribut `value`), rétabli par `form.reset()`. / Default value.
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
   * - `address`: L’adresse (structurée), ou `undefined`. / The structured address. (property only) (readonly)
   * - `value`: Code choisi (envoyé avec le formulaire). / The chosen option's value (submitted). (property only)
   * - `typedParts`: Ce qui a été tapé et ce qui a été choisi, pour un brouillon : un nom tapé sans être choisi est gardé
   * aussi. / The typed text and the chosen value, for drafts. (property only) (readonly)
   * - `selectedData`: L’objet choisi (commune, pays…), ou `undefined`. / The chosen option's object. (property only) (readonly)
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
   * - `input`: The address changed.
   * - `change`: An address was chosen or completed.
   * - `invalid`: A submit attempt found the field invalid.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `label`: The label, when it needs markup.
   * - `hint`: The hint, when it needs markup.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `formResetCallback() => void`: undefined
   * - `draftState() => DraftState`: A draft keeps the text typed and the choice, with what shows the choice again without a look-up.
   * - `restoreDraftState(state: DraftState) => void`: undefined
   * - `setTypedParts(parts: Readonly<Record<string, string>>) => void`: Rétablit un brouillon (voir `typedParts`). / Restores a draft.
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
   * - `base`: The wrapper.
   * - `label`: The label (search) or legend (manual, abroad).
   * - `hint`: The hint.
   * - `error`: The error message.
   * - `input`: The search input.
   * - `listbox`: The list of proposals.
   * - `option`: One proposal.
   * - `notice`: What the field says about the service (unreachable, busy).
   * - `switch`: The buttons that change the way of entering the address.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `touched`: The person has left the field at least once.
   * - `dirty`: The person has changed the value.
   * - `user-invalid`: An error is shown.
   * - `user-valid`: The address is complete and valid.
   * - `pending`: an asynchronous validator is running
   */
  "socle-address-field": Partial<
    SocleAddressFieldProps &
      SocleAddressFieldSolidJsProps &
      BaseProps<SocleAddressField> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `departement`: Limite aux communes d’un département (`33`, `2A`, `974`). / Only communes of a département.
   * - `postal-code`/`postalCode`: Limite aux communes d’un code postal : la liste les propose dès le focus. / Only communes of this postal code.
   * - `include-arrondissements`/`includeArrondissements`: Propose aussi les arrondissements de Paris, Lyon et Marseille. / Also propose municipal arrondissements.
   * - `include-historical`/`includeHistorical`: Propose aussi les anciennes communes (déléguées, associées), ex. pour un lieu de naissance. / Also former communes.
   * - `postal-code-name`/`postalCodeName`: Nom sous lequel envoyer aussi le code postal de la commune choisie : le code tapé, le seul code de la
   * commune, ou celui que la personne choisit parmi les siens quand elle en a plusieurs. / Also submit the
   * postal code under this name (typed, the only one, or chosen among the commune's).
   * - `limit`: Nombre maximal de propositions affichées. / Most proposals shown.
   * - `min-chars`/`minChars`: Nombre de caractères à taper avant de chercher. / Characters typed before searching.
   * - `placeholder`: Texte indicatif dans le champ. / Placeholder.
   * - `value`/`defaultValue`: Code choisi au départ (attribut `value`), rétabli par `form.reset()`. / Default value.
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
   * - `commune`: La commune choisie (code, nom, codes postaux, département, région, population…). / The chosen commune. (property only) (readonly)
   * - `value`: Code choisi (envoyé avec le formulaire). / The chosen option's value (submitted). (property only)
   * - `typedParts`: Ce qui a été tapé et ce qui a été choisi, pour un brouillon : un nom tapé sans être choisi est gardé
   * aussi. / The typed text and the chosen value, for drafts. (property only) (readonly)
   * - `selectedData`: L’objet choisi (commune, pays…), ou `undefined`. / The chosen option's object. (property only) (readonly)
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
   * - `input`: The chosen commune changed (or the text was edited, which drops the choice).
   * - `change`: A commune was chosen.
   * - `invalid`: A submit attempt found the field invalid.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `label`: The label, when it needs markup.
   * - `hint`: The hint, when it needs markup.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `setTypedParts(parts: Readonly<Record<string, string>>) => void`: undefined
   * - `formResetCallback() => void`: undefined
   * - `draftState() => DraftState`: A draft keeps the text typed and the choice, with what shows the choice again without a look-up.
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
   * - `base`: The wrapper.
   * - `label`: The `<label>`.
   * - `hint`: The hint.
   * - `error`: The error message.
   * - `input`: The combobox input.
   * - `listbox`: The list of proposals.
   * - `option`: One proposal.
   * - `empty`: The "no commune matches" message.
   * - `postcode`: The choice of postal code, for a commune that has several (with `postal-code-name`).
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `touched`: The person has left the field at least once.
   * - `dirty`: The person has changed the value.
   * - `user-invalid`: An error is shown.
   * - `user-valid`: The person has chosen a valid commune.
   * - `pending`: an asynchronous validator is running
   */
  "socle-commune-field": Partial<
    SocleCommuneFieldProps &
      SocleCommuneFieldSolidJsProps &
      BaseProps<SocleCommuneField> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `endpoint`: Adresse du service (contrat Recherche d’entreprises) ; un proxy de la collectivité convient. / Endpoint.
   * - `mode`: `recherche` ou `manuelle` (saisie du SIRET). / Entry mode.
   * - `debounce`: Attente après la dernière frappe avant de chercher, en ms. / Debounce, ms.
   * - `timeout`: Délai maximal de réponse du service, en ms. / Service timeout, ms.
   * - `limit`: Nombre maximal de propositions affichées. / Most proposals shown.
   * - `min-chars`/`minChars`: Nombre de caractères à taper avant de chercher. / Characters typed before searching.
   * - `placeholder`: Texte indicatif dans le champ. / Placeholder.
   * - `value`/`defaultValue`: Code choisi au départ (attribut `value`), rétabli par `form.reset()`. / Default value.
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
   * - `company`: L’entreprise choisie (SIREN, SIRET, nom, adresse, fermée ou non). / The chosen company. (property only) (readonly)
   * - `value`: Code choisi (envoyé avec le formulaire). / The chosen option's value (submitted). (property only)
   * - `typedParts`: Ce qui a été tapé et ce qui a été choisi, pour un brouillon : un nom tapé sans être choisi est gardé
   * aussi. / The typed text and the chosen value, for drafts. (property only) (readonly)
   * - `selectedData`: L’objet choisi (commune, pays…), ou `undefined`. / The chosen option's object. (property only) (readonly)
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
   * - `input`: The chosen company changed.
   * - `change`: A company was chosen or its SIRET typed.
   * - `invalid`: A submit attempt found the field invalid.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `label`: The label, when it needs markup.
   * - `hint`: The hint, when it needs markup.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `formResetCallback() => void`: undefined
   * - `draftState() => DraftState`: A draft keeps the text typed and the choice, with what shows the choice again without a look-up.
   * - `restoreDraftState(state: DraftState) => void`: undefined
   * - `setTypedParts(parts: Readonly<Record<string, string>>) => void`: Rétablit un brouillon (voir `typedParts`). / Restores a draft.
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
   * - `base`: The wrapper.
   * - `label`: The `<label>`.
   * - `hint`: The hint.
   * - `error`: The error message.
   * - `input`: The search input.
   * - `listbox`: The list of proposals.
   * - `option`: One proposal.
   * - `notice`: What the field says about the service.
   * - `switch`: The button that changes the way of entering the company.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `touched`: The person has left the field at least once.
   * - `dirty`: The person has changed the value.
   * - `user-invalid`: An error is shown.
   * - `user-valid`: A valid company is chosen.
   * - `pending`: an asynchronous validator is running
   */
  "socle-company-field": Partial<
    SocleCompanyFieldProps &
      SocleCompanyFieldSolidJsProps &
      BaseProps<SocleCompanyField> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `include-historical`/`includeHistorical`: Propose aussi les pays qui n’existent plus (Tchécoslovaquie…), pour une naissance ancienne. / Also former countries.
   * - `exclude-france`/`excludeFrance`: Retire la France de la liste (ex. « né(e) à l’étranger »). / Leave France out.
   * - `limit`: Nombre maximal de propositions affichées. / Most proposals shown.
   * - `min-chars`/`minChars`: Nombre de caractères à taper avant de chercher. / Characters typed before searching.
   * - `placeholder`: Texte indicatif dans le champ. / Placeholder.
   * - `value`/`defaultValue`: Code choisi au départ (attribut `value`), rétabli par `form.reset()`. / Default value.
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
   * - `country`: undefined (property only) (readonly)
   * - `value`: Code choisi (envoyé avec le formulaire). / The chosen option's value (submitted). (property only)
   * - `typedParts`: Ce qui a été tapé et ce qui a été choisi, pour un brouillon : un nom tapé sans être choisi est gardé
   * aussi. / The typed text and the chosen value, for drafts. (property only) (readonly)
   * - `selectedData`: L’objet choisi (commune, pays…), ou `undefined`. / The chosen option's object. (property only) (readonly)
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
   * - `input`: The chosen country changed (or the text was edited, which drops the choice).
   * - `change`: A country was chosen.
   * - `invalid`: A submit attempt found the field invalid.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `label`: The label, when it needs markup.
   * - `hint`: The hint, when it needs markup.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `draftState() => DraftState`: A draft keeps the text typed and the choice, with what shows the choice again without a look-up.
   * - `restoreDraftState(state: DraftState) => void`: undefined
   * - `setTypedParts(parts: Readonly<Record<string, string>>) => void`: Rétablit un brouillon (voir `typedParts`). / Restores a draft.
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
   * - `base`: The wrapper.
   * - `label`: The `<label>`.
   * - `hint`: The hint.
   * - `error`: The error message.
   * - `input`: The combobox input.
   * - `listbox`: The list of proposals.
   * - `option`: One proposal.
   * - `empty`: The "no country matches" message.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `touched`: The person has left the field at least once.
   * - `dirty`: The person has changed the value.
   * - `user-invalid`: An error is shown.
   * - `user-valid`: The person has chosen a valid country.
   * - `pending`: an asynchronous validator is running
   */
  "socle-country-field": Partial<
    SocleCountryFieldProps &
      SocleCountryFieldSolidJsProps &
      BaseProps<SocleCountryField> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `region`: Limite aux départements d’une région (code, ex. `75` pour la Nouvelle-Aquitaine). / Only this région's.
   * - `include-com`/`includeCom`: Inclut les collectivités d’outre-mer. / Include the overseas collectivities.
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
   * - `change`: A département was chosen.
   * - `input`: A département was chosen.
   * - `invalid`: A submit attempt found the field invalid.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `label`: The label, when it needs markup.
   * - `hint`: The hint, when it needs markup.
   * - `(default)`: Les `<option>` et `<optgroup>`, comme dans un `<select>`. / The options, as in a `<select>`.
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
   * - `base`: The wrapper.
   * - `label`: The `<label>`.
   * - `hint`: The hint.
   * - `error`: The error message.
   * - `input`: The native `<select>`.
   * - `required-mark`: La marque « obligatoire ».
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
  "socle-departement-select": Partial<
    SocleDepartementSelectProps &
      SocleDepartementSelectSolidJsProps &
      BaseProps<SocleDepartementSelect> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `include-com`/`includeCom`: Inclut les collectivités d’outre-mer. / Include the overseas collectivities.
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
   * - `change`: A région was chosen.
   * - `input`: A région was chosen.
   * - `invalid`: A submit attempt found the field invalid.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `label`: The label, when it needs markup.
   * - `hint`: The hint, when it needs markup.
   * - `(default)`: Les `<option>` et `<optgroup>`, comme dans un `<select>`. / The options, as in a `<select>`.
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
   * - `base`: The wrapper.
   * - `label`: The `<label>`.
   * - `hint`: The hint.
   * - `error`: The error message.
   * - `input`: The native `<select>`.
   * - `required-mark`: La marque « obligatoire ».
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
  "socle-region-select": Partial<
    SocleRegionSelectProps &
      SocleRegionSelectSolidJsProps &
      BaseProps<SocleRegionSelect> &
      BaseEvents
  >;
};

export type CustomCssProperties = {};

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
