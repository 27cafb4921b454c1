/**
 * `socle-autoloader.js`: Socle for a page that uses a few components. Each `socle-*` element is registered
 * the first time its tag appears in the page, including elements added later (a `MutationObserver`), from a
 * file of its own beside this one; what they share (Lit, @socle/core) is fetched once. Every file is found
 * relative to this script's own address: self-hosted or from an npm CDN, never an absolute host.
 */

type Loader = () => Promise<unknown>;

/** Each tag and the module that registers it (a component's module registers what it renders inside). */
export const LOADERS: Readonly<Record<string, Loader>> = {
  'socle-text-field': () => import('@socle/forms/text-field'),
  'socle-textarea': () => import('@socle/forms/textarea'),
  'socle-select': () => import('@socle/forms/select'),
  'socle-checkbox': () => import('@socle/forms/checkbox'),
  'socle-checkbox-group': () => import('@socle/forms/checkbox-group'),
  'socle-radio-group': () => import('@socle/forms/radio-group'),
  'socle-button': () => import('@socle/forms/button'),
  'socle-fieldset': () => import('@socle/forms/fieldset'),
  'socle-form': () => import('@socle/forms/form'),
  'socle-step': () => import('@socle/forms/step'),
  'socle-repeat': () => import('@socle/forms/repeat'),
  'socle-date-field': () => import('@socle/forms/date-field'),
  'socle-file-field': () => import('@socle/forms/file-field'),
  'socle-phone-field': () => import('@socle/forms/phone-field'),
  'socle-siret-field': () => import('@socle/forms/siret-field'),
  'socle-nir-field': () => import('@socle/forms/nir-field'),
  'socle-iban-field': () => import('@socle/forms/iban-field'),
  'socle-postal-code-field': () => import('@socle/forms/postal-code-field'),
  'socle-email-field': () => import('@socle/forms/email-field'),
  'socle-commune-field': () => import('@socle/referentiels/commune-field'),
  'socle-country-field': () => import('@socle/referentiels/country-field'),
  'socle-departement-select': () => import('@socle/referentiels/departement-select'),
  'socle-region-select': () => import('@socle/referentiels/region-select'),
  'socle-address-field': () => import('@socle/referentiels/address-field'),
  'socle-company-field': () => import('@socle/referentiels/company-field'),
  'socle-connect-button': () => import('@socle/identity/connect-button'),
  'socle-login-choice': () => import('@socle/identity/login-choice'),
  'socle-identity-fieldset': () => import('@socle/identity/identity-fieldset'),
};

const requested = new Set<string>();

/** Registers `tag` if Socle has it and nothing has defined it yet; resolves once it is defined. */
function load(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  const loader = LOADERS[tag];
  if (!loader) return;
  requested.add(tag);
  loader().catch((error: unknown) => {
    // A failed download (a bad connection): the next time the tag appears, it is tried again.
    requested.delete(tag);
    console.error(`Socle : « ${tag} » n’a pas pu être chargé.`, error);
  });
}

/** Loads every Socle tag found in `root` (itself included) that is not defined yet. */
function scan(root: Element | Document): void {
  if (root instanceof Element && root.localName.startsWith('socle-')) load(root.localName);
  for (const element of root.querySelectorAll(':not(:defined)')) {
    if (element.localName.startsWith('socle-')) load(element.localName);
  }
}

scan(document);
new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  }
}).observe(document.documentElement, { childList: true, subtree: true });
