// The catalogue's attribute table, read from the manifests. Storybook's own reading keys every row by its
// name across categories, so a slot named `label` (rich label content) hid the `label` attribute. Here each
// category has keys of its own: every attribute, property, event, slot, custom property and part shows.
import type { ArgTypes } from '@storybook/web-components-vite';

export interface Item {
  name: string;
  kind?: string;
  description?: string;
  type?: { text?: string };
  default?: string;
  privacy?: string;
  static?: boolean;
}

export interface Declaration {
  kind: string;
  tagName?: string;
  members?: Item[];
  attributes?: Item[];
  events?: Item[];
  slots?: Item[];
  cssProperties?: Item[];
  cssParts?: Item[];
  cssStates?: Item[];
  summary?: string;
  description?: string;
}

export interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

type Row = ArgTypes[string];

/**
 * The control for a type as the manifest writes it: a number box for `number`, a switch for `boolean`, a
 * list for a union of strings, a JSON editor for objects, a text box otherwise (no « Set object » for a number).
 */
export function controlOf(typeText: string | undefined): Row['control'] {
  const parts = (typeText ?? 'string').split('|').map((part) => part.trim()).filter((part) => part !== 'undefined' && part !== 'null');
  if (parts.length === 1 && parts[0] === 'number') return { type: 'number' };
  if (parts.length === 1 && parts[0] === 'boolean') return { type: 'boolean' };
  const literals = parts.filter((part) => /^'[^']*'$|^"[^"]*"$/.test(part));
  if (literals.length && literals.length === parts.length) return { type: 'select' };
  // An object or a list (options, identity…): Storybook's JSON editor is the right control there.
  if (parts.some((part) => part !== 'string' && !literals.includes(part))) return { type: 'object' };
  return { type: 'text' };
}

const optionsOf = (typeText: string | undefined) =>
  (typeText ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => /^'[^']*'$|^"[^"]*"$/.test(part))
    .map((part) => part.slice(1, -1));

function row(item: Item, category: string, control: boolean): Row {
  const kind = control ? controlOf(item.type?.text) : false;
  return {
    name: item.name || '(défaut)',
    description: item.description ?? '',
    control: kind,
    ...(kind && typeof kind === 'object' && kind.type === 'select' ? { options: optionsOf(item.type?.text) } : {}),
    table: { category, type: { summary: item.type?.text ?? '' }, defaultValue: item.default === undefined ? undefined : { summary: item.default } },
  };
}

/** 'socle-submit' → 'onSocleSubmit', as Storybook names an event's action. */
const actionOf = (event: string) => `on${event.replace(/(^|[-_:.\s]+)(.)/g, (_all, _sep, letter: string) => letter.toUpperCase())}`;

export function argTypesFor(manifest: Manifest, tagName: string): ArgTypes {
  const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === tagName);
  if (!declaration) return {};
  const argTypes: ArgTypes = {};
  for (const member of declaration.members ?? []) {
    if (member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public') argTypes[member.name] = row(member, 'propriétés', true);
  }
  // An attribute and its property are one row, under the attribute (as in Storybook).
  for (const attribute of declaration.attributes ?? []) argTypes[attribute.name] = row(attribute, 'attributs', true);
  for (const event of declaration.events ?? []) {
    argTypes[actionOf(event.name)] = { name: actionOf(event.name), action: event.name, table: { disable: true } };
    argTypes[`event:${event.name}`] = row(event, 'événements', false);
  }
  for (const slot of declaration.slots ?? []) argTypes[`slot:${slot.name}`] = row(slot, 'emplacements', false);
  for (const property of declaration.cssProperties ?? []) argTypes[`css:${property.name}`] = row(property, 'propriétés CSS', false);
  for (const part of declaration.cssParts ?? []) argTypes[`part:${part.name}`] = row(part, 'parties CSS', false);
  return argTypes;
}
