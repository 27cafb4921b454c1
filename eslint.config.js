// Lint for the whole repository: typescript-eslint (type-aware), Lit templates and web-component rules.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Every class of the packages whose chain of `extends` reaches LitElement: the web-component rules must
 * reach an element whatever base it extends (SocleStringControl, SocleCombobox, SocleIdentifierField…).
 */
function elementBaseClasses() {
  const parents = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.ts$/.test(entry.name) && !/\.(test|stories)\.ts$/.test(entry.name)) {
        for (const match of readFileSync(path, 'utf8').matchAll(/class\s+(\w+)(?:<[^>]*>)?\s+extends\s+(\w+)/g)) parents.set(match[1], match[2]);
      }
    }
  };
  for (const pkg of readdirSync('packages')) {
    try {
      walk(join('packages', pkg, 'src'));
    } catch {
      // A package without sources.
    }
  }
  const isElement = (name, seen = new Set()) => name === 'LitElement' || (!seen.has(name) && parents.has(name) && isElement(parents.get(name), seen.add(name)));
  return ['LitElement', ...[...parents.keys()].filter((name) => isElement(name))];
}

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'packages/*/jsx.d.ts', 'storybook-static/**', '**/custom-elements.json', 'bench/results/**', 'packages/referentiels/src/data/**'],
  },
  js.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Misfires on `@event=${this.handler}` in Lit templates, where Lit binds `this`.
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      // A leading underscore marks a parameter a signature requires but the body does not read (Lit directives).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // French documentation comments (the manifests' descriptions) carry narrow no-break spaces before : ; ? !
      // and inside « »; code itself still may not.
      'no-irregular-whitespace': ['error', { skipComments: true, skipStrings: true, skipTemplates: true }],
    },
  },
  {
    files: ['packages/*/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.stories.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended'], wc.configs['flat/best-practice']],
    settings: { wc: { elementBaseClasses: elementBaseClasses() } },
    rules: {
      'wc/guard-super-call': 'off', // Lit's base classes always define the lifecycle callbacks.
      'wc/no-constructor-attributes': 'error',
      'lit/no-invalid-html': 'error',
    },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/require-await': 'off',
    },
  },
);
