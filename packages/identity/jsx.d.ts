import type { SocleConnectButton } from "./dist/connect-button/connect-button.js";
import type {
  IDENTITY_FIELD_NAMES,
  SocleIdentityFieldset,
} from "./dist/identity-fieldset/identity-fieldset.js";
import type { SocleLoginChoice } from "./dist/login-choice/login-choice.js";

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

export type SocleConnectButtonProps = {
  /** Le fournisseur : `franceconnect` (par défaut), `franceconnect-plus` ou `proconnect`. / The provider. */
  provider?: SocleConnectButton["provider"] | undefined;
  /** `light` (par défaut, sur fond clair) ou `dark` (sur fond sombre), les deux variantes officielles. / Variant. */
  variant?: SocleConnectButton["variant"] | undefined;
  /** La route de connexion du service (`/connexion`) : le bouton est alors un lien. Sans `href`, c’est le bouton
d’envoi du formulaire qui l’entoure (`<form method="post" action="/connexion">` avec son jeton anti-CSRF).
/ The service's login route; without it, the button submits its form. */
  href?: SocleConnectButton["href"] | undefined;
  /** Nom envoyé avec le formulaire (avec `value`) quand le bouton l’envoie. / Submitted name. */
  name?: SocleConnectButton["name"] | undefined;
  /** Valeur envoyée sous `name` ; par défaut le fournisseur. / Submitted value (default: the provider). */
  value?: SocleConnectButton["value"] | undefined;
};

export type SocleConnectButtonSolidJsProps = {
  /** Le fournisseur : `franceconnect` (par défaut), `franceconnect-plus` ou `proconnect`. / The provider. */
  "prop:provider"?: SocleConnectButton["provider"] | undefined;
  /** `light` (par défaut, sur fond clair) ou `dark` (sur fond sombre), les deux variantes officielles. / Variant. */
  "prop:variant"?: SocleConnectButton["variant"] | undefined;
  /** La route de connexion du service (`/connexion`) : le bouton est alors un lien. Sans `href`, c’est le bouton
d’envoi du formulaire qui l’entoure (`<form method="post" action="/connexion">` avec son jeton anti-CSRF).
/ The service's login route; without it, the button submits its form. */
  "prop:href"?: SocleConnectButton["href"] | undefined;
  /** Nom envoyé avec le formulaire (avec `value`) quand le bouton l’envoie. / Submitted name. */
  "prop:name"?: SocleConnectButton["name"] | undefined;
  /** Valeur envoyée sous `name` ; par défaut le fournisseur. / Submitted value (default: the provider). */
  "prop:value"?: SocleConnectButton["value"] | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type SocleIdentityFieldsetProps = {
  /** La légende du groupe (« Votre identité » par défaut). / The legend. */
  legend?: SocleIdentityFieldset["legend"] | undefined;
  /** L’identité pivot reçue du serveur (`given_name`, `family_name`, `preferred_username`, `birthdate`, `gender`,
`birthplace`, `birthcountry`), en propriété ou en attribut JSON : les champs sont alors remplis et
verrouillés. / The pivot identity: fills and locks the fields. */
  identity?: SocleIdentityFieldset["identity"] | undefined;
  /** Le fournisseur nommé dans la mention : `franceconnect` (par défaut), `franceconnect-plus`, `proconnect`. / The provider. */
  provider?: SocleIdentityFieldset["provider"] | undefined;
  /** Page où signaler une erreur dans l’identité transmise (ouverte dans une nouvelle fenêtre). / Where to report a mistake. */
  "report-href"?: SocleIdentityFieldset["reportHref"] | undefined;
  /** Page où signaler une erreur dans l’identité transmise (ouverte dans une nouvelle fenêtre). / Where to report a mistake. */
  reportHref?: SocleIdentityFieldset["reportHref"] | undefined;
  /** Préfixe des noms des champs (`enfant_` : `enfant_nom_naissance`…), pour deux identités dans un formulaire. / Name prefix. */
  "name-prefix"?: SocleIdentityFieldset["namePrefix"] | undefined;
  /** Préfixe des noms des champs (`enfant_` : `enfant_nom_naissance`…), pour deux identités dans un formulaire. / Name prefix. */
  namePrefix?: SocleIdentityFieldset["namePrefix"] | undefined;
  /** Par champ (`civilite`, `nomNaissance`, `nomUsage`, `prenoms`, `dateNaissance`, `naissanceEnFrance`,
`lieuNaissance`, `paysNaissance`) : `name`, `label`, `hint`, `required`, `value`, `omit`. En propriété ou en
attribut JSON. / Per-field overrides. */
  fields?: SocleIdentityFieldset["fields"] | undefined;
};

export type SocleIdentityFieldsetSolidJsProps = {
  /** La légende du groupe (« Votre identité » par défaut). / The legend. */
  "prop:legend"?: SocleIdentityFieldset["legend"] | undefined;
  /** L’identité pivot reçue du serveur (`given_name`, `family_name`, `preferred_username`, `birthdate`, `gender`,
`birthplace`, `birthcountry`), en propriété ou en attribut JSON : les champs sont alors remplis et
verrouillés. / The pivot identity: fills and locks the fields. */
  "prop:identity"?: SocleIdentityFieldset["identity"] | undefined;
  /** Le fournisseur nommé dans la mention : `franceconnect` (par défaut), `franceconnect-plus`, `proconnect`. / The provider. */
  "prop:provider"?: SocleIdentityFieldset["provider"] | undefined;
  /** Page où signaler une erreur dans l’identité transmise (ouverte dans une nouvelle fenêtre). / Where to report a mistake. */
  "attr:report-href"?: SocleIdentityFieldset["reportHref"] | undefined;
  /** Page où signaler une erreur dans l’identité transmise (ouverte dans une nouvelle fenêtre). / Where to report a mistake. */
  "prop:reportHref"?: SocleIdentityFieldset["reportHref"] | undefined;
  /** Préfixe des noms des champs (`enfant_` : `enfant_nom_naissance`…), pour deux identités dans un formulaire. / Name prefix. */
  "attr:name-prefix"?: SocleIdentityFieldset["namePrefix"] | undefined;
  /** Préfixe des noms des champs (`enfant_` : `enfant_nom_naissance`…), pour deux identités dans un formulaire. / Name prefix. */
  "prop:namePrefix"?: SocleIdentityFieldset["namePrefix"] | undefined;
  /** Par champ (`civilite`, `nomNaissance`, `nomUsage`, `prenoms`, `dateNaissance`, `naissanceEnFrance`,
`lieuNaissance`, `paysNaissance`) : `name`, `label`, `hint`, `required`, `value`, `omit`. En propriété ou en
attribut JSON. / Per-field overrides. */
  "prop:fields"?: SocleIdentityFieldset["fields"] | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type SocleLoginChoiceProps = {};

export type SocleLoginChoiceSolidJsProps = {
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
   * - `provider`: Le fournisseur : `franceconnect` (par défaut), `franceconnect-plus` ou `proconnect`. / The provider.
   * - `variant`: `light` (par défaut, sur fond clair) ou `dark` (sur fond sombre), les deux variantes officielles. / Variant.
   * - `href`: La route de connexion du service (`/connexion`) : le bouton est alors un lien. Sans `href`, c’est le bouton
   * d’envoi du formulaire qui l’entoure (`<form method="post" action="/connexion">` avec son jeton anti-CSRF).
   * / The service's login route; without it, the button submits its form.
   * - `name`: Nom envoyé avec le formulaire (avec `value`) quand le bouton l’envoie. / Submitted name.
   * - `value`: Valeur envoyée sous `name` ; par défaut le fournisseur. / Submitted value (default: the provider).
   * - `form`: Le formulaire que le bouton envoie (sans `href`). / The form it submits. (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
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
   * - `--socle-connect-button-justify`: Alignement du bouton et du lien (`start` par défaut). / Alignment. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `button`: Le bouton (un lien `<a>` avec `href`, sinon un `<button>` qui envoie le formulaire). / The button.
   * - `info`: Le lien « Qu’est-ce que FranceConnect ? ». / The "What is…?" link.
   */
  "socle-connect-button": Partial<
    SocleConnectButtonProps & BaseProps<SocleConnectButton> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `legend`: La légende du groupe (« Votre identité » par défaut). / The legend.
   * - `identity`: L’identité pivot reçue du serveur (`given_name`, `family_name`, `preferred_username`, `birthdate`, `gender`,
   * `birthplace`, `birthcountry`), en propriété ou en attribut JSON : les champs sont alors remplis et
   * verrouillés. / The pivot identity: fills and locks the fields.
   * - `provider`: Le fournisseur nommé dans la mention : `franceconnect` (par défaut), `franceconnect-plus`, `proconnect`. / The provider.
   * - `report-href`/`reportHref`: Page où signaler une erreur dans l’identité transmise (ouverte dans une nouvelle fenêtre). / Where to report a mistake.
   * - `name-prefix`/`namePrefix`: Préfixe des noms des champs (`enfant_` : `enfant_nom_naissance`…), pour deux identités dans un formulaire. / Name prefix.
   * - `fields`: Par champ (`civilite`, `nomNaissance`, `nomUsage`, `prenoms`, `dateNaissance`, `naissanceEnFrance`,
   * `lieuNaissance`, `paysNaissance`) : `name`, `label`, `hint`, `required`, `value`, `omit`. En propriété ou en
   * attribut JSON. / Per-field overrides.
   * - `locked`: Whether the fields show an identity from the provider (read-only, submitted as received). (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
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
   * - `--socle-color-primary`: Filet de la mention du fournisseur. / The notice's rule. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: Le `<fieldset>`.
   * - `legend`: La `<legend>`.
   * - `notice`: La mention « Ces informations sont transmises par FranceConnect » et le lien de signalement. / The provider notice.
   */
  "socle-identity-fieldset": Partial<
    SocleIdentityFieldsetProps & BaseProps<SocleIdentityFieldset> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `provider`: Les boutons `socle-connect-button` (FranceConnect, ProConnect). / The provider buttons.
   * - `(default)`: La connexion propre au service (formulaire identifiant et mot de passe, lien « Continuer sans compte »…). / The service's own sign-in.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `providers`: Le bloc des boutons des fournisseurs. / The providers' block.
   * - `separator`: Le séparateur « ou ». / The "or" separator.
   */
  "socle-login-choice": Partial<
    SocleLoginChoiceProps & BaseProps<SocleLoginChoice> & BaseEvents
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
   * - `provider`: Le fournisseur : `franceconnect` (par défaut), `franceconnect-plus` ou `proconnect`. / The provider.
   * - `variant`: `light` (par défaut, sur fond clair) ou `dark` (sur fond sombre), les deux variantes officielles. / Variant.
   * - `href`: La route de connexion du service (`/connexion`) : le bouton est alors un lien. Sans `href`, c’est le bouton
   * d’envoi du formulaire qui l’entoure (`<form method="post" action="/connexion">` avec son jeton anti-CSRF).
   * / The service's login route; without it, the button submits its form.
   * - `name`: Nom envoyé avec le formulaire (avec `value`) quand le bouton l’envoie. / Submitted name.
   * - `value`: Valeur envoyée sous `name` ; par défaut le fournisseur. / Submitted value (default: the provider).
   * - `form`: Le formulaire que le bouton envoie (sans `href`). / The form it submits. (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
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
   * - `--socle-connect-button-justify`: Alignement du bouton et du lien (`start` par défaut). / Alignment. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `button`: Le bouton (un lien `<a>` avec `href`, sinon un `<button>` qui envoie le formulaire). / The button.
   * - `info`: Le lien « Qu’est-ce que FranceConnect ? ». / The "What is…?" link.
   */
  "socle-connect-button": Partial<
    SocleConnectButtonProps &
      SocleConnectButtonSolidJsProps &
      BaseProps<SocleConnectButton> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `legend`: La légende du groupe (« Votre identité » par défaut). / The legend.
   * - `identity`: L’identité pivot reçue du serveur (`given_name`, `family_name`, `preferred_username`, `birthdate`, `gender`,
   * `birthplace`, `birthcountry`), en propriété ou en attribut JSON : les champs sont alors remplis et
   * verrouillés. / The pivot identity: fills and locks the fields.
   * - `provider`: Le fournisseur nommé dans la mention : `franceconnect` (par défaut), `franceconnect-plus`, `proconnect`. / The provider.
   * - `report-href`/`reportHref`: Page où signaler une erreur dans l’identité transmise (ouverte dans une nouvelle fenêtre). / Where to report a mistake.
   * - `name-prefix`/`namePrefix`: Préfixe des noms des champs (`enfant_` : `enfant_nom_naissance`…), pour deux identités dans un formulaire. / Name prefix.
   * - `fields`: Par champ (`civilite`, `nomNaissance`, `nomUsage`, `prenoms`, `dateNaissance`, `naissanceEnFrance`,
   * `lieuNaissance`, `paysNaissance`) : `name`, `label`, `hint`, `required`, `value`, `omit`. En propriété ou en
   * attribut JSON. / Per-field overrides.
   * - `locked`: Whether the fields show an identity from the provider (read-only, submitted as received). (property only) (readonly)
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
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
   * - `--socle-color-primary`: Filet de la mention du fournisseur. / The notice's rule. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: Le `<fieldset>`.
   * - `legend`: La `<legend>`.
   * - `notice`: La mention « Ces informations sont transmises par FranceConnect » et le lien de signalement. / The provider notice.
   */
  "socle-identity-fieldset": Partial<
    SocleIdentityFieldsetProps &
      SocleIdentityFieldsetSolidJsProps &
      BaseProps<SocleIdentityFieldset> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `locale`: The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. (property only) (readonly)
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `provider`: Les boutons `socle-connect-button` (FranceConnect, ProConnect). / The provider buttons.
   * - `(default)`: La connexion propre au service (formulaire identifiant et mot de passe, lien « Continuer sans compte »…). / The service's own sign-in.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `localize(key: string, params?: MessageParams) => string`: A text from the catalogues, in this element's language.
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `providers`: Le bloc des boutons des fournisseurs. / The providers' block.
   * - `separator`: Le séparateur « ou ». / The "or" separator.
   */
  "socle-login-choice": Partial<
    SocleLoginChoiceProps &
      SocleLoginChoiceSolidJsProps &
      BaseProps<SocleLoginChoice> &
      BaseEvents
  >;
};

export type CustomCssProperties = {
  /** Alignement du bouton et du lien (`start` par défaut). / Alignment. */
  "--socle-connect-button-justify"?: string | undefined;
  /** Filet de la mention du fournisseur. / The notice's rule. */
  "--socle-color-primary"?: string | undefined;
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
