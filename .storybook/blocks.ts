// Blocks of the French component pages (docs/catalogue/composants/*.mdx): the attribute table and the other
// tables of an element, read from the manifests, in French; the English halves in a section of their own.
// Plain createElement: the MDX pages are React, and this file stays TypeScript without a JSX set-up.
import { Markdown, Unstyled } from '@storybook/addon-docs/blocks';
import { Fragment, createElement as h, type ReactNode } from 'react';
import type { Item } from './arg-types.js';
import { declarationOf, halves } from './manifest.js';

type Language = 'fr' | 'en';

interface Section {
  key: 'attributes' | 'events' | 'slots' | 'cssParts' | 'cssProperties' | 'cssStates';
  fr: { title: string; name: string; text: string; intro?: string };
  en: { title: string; name: string; text: string };
  /** Type and default columns (attributes only). */
  typed?: boolean;
}

const SECTIONS: Section[] = [
  {
    key: 'attributes',
    typed: true,
    fr: { title: 'Attributs', name: 'Attribut', text: 'Rôle' },
    en: { title: 'Attributes', name: 'Attribute', text: 'Description' },
  },
  {
    key: 'events',
    fr: { title: 'Événements', name: 'Événement', text: 'Quand', intro: 'À écouter avec `addEventListener`.' },
    en: { title: 'Events', name: 'Event', text: 'When' },
  },
  {
    key: 'slots',
    fr: { title: 'Emplacements (slots)', name: 'Emplacement', text: 'Contenu', intro: 'Du HTML enfant avec `slot="…"`, quand un attribut texte ne suffit pas.' },
    en: { title: 'Slots', name: 'Slot', text: 'Content' },
  },
  {
    key: 'cssParts',
    fr: { title: 'Parties stylables (::part)', name: 'Partie', text: 'Élément', intro: 'À styler depuis la page avec `socle-…::part(nom)`.' },
    en: { title: 'CSS parts', name: 'Part', text: 'Element' },
  },
  {
    key: 'cssProperties',
    fr: { title: 'Propriétés CSS', name: 'Propriété', text: 'Rôle', intro: 'Les jetons du thème que le composant lit (guide «\u202fThème et jetons\u202f»).' },
    en: { title: 'CSS custom properties', name: 'Property', text: 'Description' },
  },
  {
    key: 'cssStates',
    fr: { title: 'États CSS (:state)', name: 'État', text: 'Quand', intro: 'À styler avec `socle-…:state(nom)`.' },
    en: { title: 'CSS states', name: 'State', text: 'When' },
  },
];

const md = (text: string): ReactNode => (text ? h(Markdown, null, text) : null);
const code = (text: string): ReactNode => h('code', null, text);

function table(section: Section, items: Item[], language: Language, tag: string): ReactNode {
  const labels = section[language];
  const headers = [labels.name, labels.text, ...(section.typed ? (language === 'fr' ? ['Type', 'Par défaut'] : ['Type', 'Default']) : [])];
  const rows = items.map((item) => {
    const name = item.name || (language === 'fr' ? '(par défaut)' : '(default)');
    const cells: ReactNode[] = [code(name), md(halves(item.description)[language])];
    if (section.typed) cells.push(item.type?.text ? code(item.type.text) : '', item.default === undefined ? '' : code(item.default));
    return h('tr', { key: name }, ...cells.map((cell, index) => h(index === 0 ? 'th' : 'td', { key: index, scope: index === 0 ? 'row' : undefined, 'data-label': headers[index] }, cell)));
  });
  const intro = language === 'fr' ? section.fr.intro?.replace('socle-…', tag) : undefined;
  return h(
    Fragment,
    { key: section.key },
    h('h3', null, labels.title),
    intro ? md(intro) : null,
    h(
      'table',
      { className: 'socle-doc-table' },
      h('thead', null, h('tr', null, ...headers.map((header) => h('th', { key: header, scope: 'col' }, header)))),
      h('tbody', null, ...rows),
    ),
  );
}

function tables(tag: string, language: Language): ReactNode {
  const declaration = declarationOf(tag);
  if (!declaration) throw new Error(`${tag}: not in the manifests`);
  return SECTIONS.filter((section) => (declaration[section.key] ?? []).length).map((section) => table(section, declaration[section.key] ?? [], language, tag));
}

/** The elements' one-sentence summaries, in French: a paragraph for one, a list for several. */
export function Resume({ tags }: { tags: string[] }): ReactNode {
  const summary = (tag: string) => halves(declarationOf(tag)?.summary).fr;
  if (tags.length === 1) return md(summary(tags[0]!));
  return h('ul', null, ...tags.map((tag) => h('li', { key: tag }, code(`<${tag}>`), ' ', md(summary(tag)))));
}

/** Every attribute, event, slot, part, custom property and state of the element, in French. */
export function Attributs({ tag }: { tag: string }): ReactNode {
  return h(Unstyled, null, h('div', { className: 'socle-doc-api', lang: 'fr' }, tables(tag, 'fr')));
}

/** The same tables in English, folded away. */
export function EnAnglais({ tag }: { tag: string }): ReactNode {
  return h(
    Unstyled,
    null,
    h(
      'details',
      { className: 'socle-doc-api socle-doc-english', lang: 'en' },
      h('summary', null, 'In English'),
      md(halves(declarationOf(tag)?.summary).en),
      tables(tag, 'en'),
    ),
  );
}
