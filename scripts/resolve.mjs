// How the tests and the catalogue resolve Socle's packages: from their TypeScript sources (the `socle-source`
// export condition), with the same dependencies pre-bundled up front (or Vite finds them mid-run and reloads).

/** Export conditions for the browser (the catalogue, browser tests). */
export const SOURCE_CONDITIONS = ['socle-source', 'module', 'browser', 'development|production'];

/** Export conditions for Node (node tests). */
export const NODE_SOURCE_CONDITIONS = ['socle-source', 'module', 'node', 'development|production'];

/** Dependencies pre-bundled up front. */
export const OPTIMIZED_DEPS = [
  'lit',
  'lit/decorators.js',
  'lit/directive-helpers.js',
  'lit/directives/if-defined.js',
  'lit/directives/live.js',
  '@open-wc/testing-helpers/pure',
  'axe-core',
  'vue',
  'react',
  '@lit/react',
  '@angular/compiler',
  '@angular/core',
  '@angular/forms',
  '@angular/platform-browser',
  'react-dom/client',
];
