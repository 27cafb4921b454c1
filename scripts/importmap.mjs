// The import map that lets a page with no build step load the built packages and Lit from this
// repository (paths from its root). Benchmarks use it; the examples inline the same map (a test checks).
const IDENTIFIER_FIELDS = ['phone-field', 'siret-field', 'nir-field', 'iban-field', 'postal-code-field', 'email-field'];

export const IMPORT_MAP = {
  imports: {
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element/': '/node_modules/lit-element/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
    tslib: '/node_modules/tslib/tslib.es6.mjs',
    '@socle/validators': '/packages/validators/dist/index.js',
    '@socle/core': '/packages/core/dist/index.js',
    '@socle/forms': '/packages/forms/dist/index.js',
    '@socle/forms/define': '/packages/forms/dist/define.js',
    '@socle/referentiels': '/packages/referentiels/dist/index.js',
    '@socle/referentiels/define': '/packages/referentiels/dist/define.js',
    ...Object.fromEntries(
      ['commune-field', 'country-field', 'departement-select', 'region-select', 'address-field', 'company-field'].map((name) => [
        `@socle/referentiels/${name}`,
        `/packages/referentiels/dist/${name}/define.js`,
      ]),
    ),
    ...Object.fromEntries(
      ['text-field', 'textarea', 'select', 'checkbox', 'checkbox-group', 'radio-group', 'button', 'fieldset', 'form', 'step', 'repeat', 'date-field', 'file-field', ...IDENTIFIER_FIELDS].map(
        (name) => [`@socle/forms/${name}`, `/packages/forms/dist/${name}/define.js`],
      ),
    ),
  },
};

/** A whole HTML page that loads `moduleUrl` with the import map. */
export function pageWithImportMap({ title, moduleUrl, body = '' }) {
  return `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <script type="importmap">${JSON.stringify(IMPORT_MAP)}</script>
    <script type="module" src="${moduleUrl}"></script>
  </head>
  <body>${body}</body>
</html>
`;
}
