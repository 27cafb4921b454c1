// The catalogue's attribute table, read from the manifests. Storybook's own reading keys every row by its
// name across categories, so a slot named `label` (rich label content) hid the `label` attribute. Here each
// category has keys of its own: every attribute, property, event, slot, custom property and part shows.
import type { ArgTypes } from '@storybook/web-components-vite';

interface Item {
  name: string;
  kind?: string;
  description?: string;
  type?: { text?: string };
  default?: string;
  privacy?: string;
  static?: boolean;
}

interface Declaration {
  kind: string;
  tagName?: string;
  members?: Item[];
  attributes?: Item[];
  events?: Item[];
  slots?: Item[];
  cssProperties?: Item[];
  cssParts?: Item[];
}

export interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

type Row = ArgTypes[string];

function row(item: Item, category: string, control: boolean): Row {
  return {
    name: item.name || '(défaut)',
    description: item.description ?? '',
    ...(control ? {} : { control: false as const }),
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
    if (member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public') argTypes[member.name] = row(member, 'properties', true);
  }
  // An attribute and its property are one row, under the attribute (as in Storybook).
  for (const attribute of declaration.attributes ?? []) argTypes[attribute.name] = row(attribute, 'attributes', true);
  for (const event of declaration.events ?? []) {
    argTypes[actionOf(event.name)] = { name: actionOf(event.name), action: event.name, table: { disable: true } };
    argTypes[`event:${event.name}`] = row(event, 'events', false);
  }
  for (const slot of declaration.slots ?? []) argTypes[`slot:${slot.name}`] = row(slot, 'slots', false);
  for (const property of declaration.cssProperties ?? []) argTypes[`css:${property.name}`] = row(property, 'css custom properties', false);
  for (const part of declaration.cssParts ?? []) argTypes[`part:${part.name}`] = row(part, 'css shadow parts', false);
  return argTypes;
}
