/**
 * The manifest (custom-elements.json) feeds the catalogue's attribute tables, IDE hints and future framework
 * wrappers: every form control must be described completely, inherited attributes included.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  superclass?: { name: string };
  attributes?: { name: string }[];
}

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = JSON.parse(readFileSync(join(root, 'packages/forms/custom-elements.json'), 'utf8')) as {
  modules: { declarations?: Declaration[] }[];
};
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
const CONTROL_ATTRIBUTES = ['name', 'label', 'hint', 'required', 'disabled', 'readonly', 'error', 'messages'];
const NOT_CONTROLS = new Set(['socle-button', 'socle-fieldset', 'socle-form', 'socle-step', 'socle-repeat']);

describe('@socle/forms custom-elements.json', () => {
  it('describes every element of the kit', () => {
    expect(elements.map((d) => d.tagName).sort()).toEqual(
      [
        'socle-button', 'socle-checkbox', 'socle-checkbox-group', 'socle-date-field', 'socle-email-field',
        'socle-fieldset', 'socle-file-field', 'socle-form', 'socle-iban-field', 'socle-nir-field',
        'socle-phone-field', 'socle-postal-code-field', 'socle-radio-group', 'socle-repeat', 'socle-select',
        'socle-siret-field', 'socle-step', 'socle-text-field', 'socle-textarea',
      ].sort(),
    );
  });

  it.each(elements.filter((d) => !NOT_CONTROLS.has(d.tagName ?? '')).map((d) => [d.tagName, d] as const))(
    '%s lists the attributes every control inherits',
    (_tag, declaration) => {
      const names = new Set((declaration.attributes ?? []).map((a) => a.name));
      for (const attribute of CONTROL_ATTRIBUTES) expect(names, attribute).toContain(attribute);
    },
  );

  it('an identifier field also lists the text field’s attributes and its own', () => {
    const email = elements.find((d) => d.tagName === 'socle-email-field');
    const names = (email?.attributes ?? []).map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['type', 'maxlength', 'autocomplete', 'sensitive', 'value']));
  });
});

describe('@socle/referentiels custom-elements.json', () => {
  const referentiels = (
    JSON.parse(readFileSync(join(root, 'packages/referentiels/custom-elements.json'), 'utf8')) as { modules: { declarations?: Declaration[] }[] }
  ).modules
    .flatMap((module) => module.declarations ?? [])
    .filter((d) => d.tagName);

  it('describes every look-up field, with the inherited control attributes and its own', () => {
    expect(referentiels.map((d) => d.tagName).sort()).toEqual(
      ['socle-address-field', 'socle-commune-field', 'socle-company-field', 'socle-country-field', 'socle-departement-select', 'socle-region-select'].sort(),
    );
    for (const declaration of referentiels) {
      const names = new Set((declaration.attributes ?? []).map((a) => a.name));
      for (const attribute of CONTROL_ATTRIBUTES) expect(names, `${declaration.tagName} ${attribute}`).toContain(attribute);
    }
    const commune = referentiels.find((d) => d.tagName === 'socle-commune-field');
    expect((commune?.attributes ?? []).map((a) => a.name)).toEqual(
      expect.arrayContaining(['departement', 'postal-code', 'postal-code-name', 'include-arrondissements', 'include-historical', 'limit', 'value']),
    );
    const address = referentiels.find((d) => d.tagName === 'socle-address-field');
    expect((address?.attributes ?? []).map((a) => a.name)).toEqual(expect.arrayContaining(['endpoint', 'source', 'src', 'mode', 'timeout', 'debounce']));
  });
});

describe('@socle/identity custom-elements.json', () => {
  const identity = (
    JSON.parse(readFileSync(join(root, 'packages/identity/custom-elements.json'), 'utf8')) as { modules: { declarations?: Declaration[] }[] }
  ).modules
    .flatMap((module) => module.declarations ?? [])
    .filter((d) => d.tagName);
  const attributes = (tag: string) => (identity.find((d) => d.tagName === tag)?.attributes ?? []).map((a) => a.name);

  it('describes the three identity elements and their attributes', () => {
    expect(identity.map((d) => d.tagName).sort()).toEqual(['socle-connect-button', 'socle-identity-fieldset', 'socle-login-choice']);
    expect(attributes('socle-connect-button')).toEqual(expect.arrayContaining(['provider', 'variant', 'href', 'name', 'value']));
    expect(attributes('socle-identity-fieldset')).toEqual(
      expect.arrayContaining(['identity', 'provider', 'report-href', 'name-prefix', 'fields', 'legend']),
    );
  });
});
