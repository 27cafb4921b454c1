/**
 * Message catalogues and language resolution. Every text a person reads comes from here, never from the
 * browser (whose validation messages follow the browser's language, not the page's).
 */
import { en } from './messages/en.js';
import { fr } from './messages/fr.js';

export type { MessageKey } from './messages/fr.js';

/** Languages Socle ships catalogues for. Any other `lang` falls back to French. */
export type Locale = 'fr' | 'en';
export const DEFAULT_LOCALE: Locale = 'fr';

export type MessageParams = Readonly<Record<string, string | number | undefined>>;
/** A catalogue: message key → text with `{placeholder}`s. Keys are open so packages can add their own. */
export type Catalogue = Record<string, string>;

/**
 * The texts and their listeners, shared by every copy of Socle in the page (`socle.js` beside the autoloader,
 * or two folders): `setMessages` from any copy reaches the elements of all, whichever copy defined them.
 * Versioned: a copy that finds another version keeps its own, and says so.
 */
interface MessageRegistry {
  version: number;
  copies: number;
  /** Counts the changes of texts, so that a text computed before one is known to be stale. */
  changes: number;
  catalogues: Record<Locale, Catalogue>;
  overrides: Record<Locale, Catalogue>;
  listeners: Set<() => void>;
}

const REGISTRY_VERSION = 1;
const REGISTRY = Symbol.for('socle.messages');

function sharedRegistry(): MessageRegistry {
  const holder = globalThis as typeof globalThis & { [REGISTRY]?: MessageRegistry };
  const own: MessageRegistry = { version: REGISTRY_VERSION, copies: 0, changes: 0, catalogues: { fr: {}, en: {} }, overrides: { fr: {}, en: {} }, listeners: new Set() };
  const found = (holder[REGISTRY] ??= own);
  found.copies += 1;
  if (found.copies === 2 || found.version !== REGISTRY_VERSION) {
    console.warn('Socle est chargé deux fois dans cette page : gardez une seule balise (socle.js ou socle-autoloader.js).');
  }
  return found.version === REGISTRY_VERSION ? found : own;
}

const registry = sharedRegistry();
const { catalogues, listeners } = registry;
// This copy's core texts, as defaults: an override set by any copy still wins.
Object.assign(catalogues.fr, { ...fr, ...catalogues.fr });
Object.assign(catalogues.en, { ...en, ...catalogues.en });

/**
 * Adds or replaces messages for one language. Packages register their own keys with it, and a service
 * overrides any text with it, e.g. `setMessages('fr', { required: 'Ce champ est obligatoire' })`.
 * Overrides win over every package default, whatever the order of calls.
 */
export function setMessages(locale: Locale, messages: Readonly<Catalogue>, options: { defaults?: boolean } = {}): void {
  if (options.defaults) {
    // A component's own texts, registered before it renders: nothing shown changes, nothing to redo.
    Object.assign(catalogues[locale], messages);
    return;
  }
  Object.assign(registry.overrides[locale], messages);
  registry.changes += 1;
  listeners.forEach((listener) => listener());
}

/** A component's own texts, in both languages. */
export interface MessageBundle {
  fr: Readonly<Catalogue>;
  en: Readonly<Catalogue>;
}

const registeredBundles = new WeakSet<MessageBundle>();

/**
 * Registers a component's texts as defaults the first time it is used (call it from the constructor):
 * a page pays for the texts of the components it uses only, and services can still override them.
 */
export function useMessages(bundle: MessageBundle): void {
  if (registeredBundles.has(bundle)) return;
  registeredBundles.add(bundle);
  setMessages('fr', bundle.fr, { defaults: true });
  setMessages('en', bundle.en, { defaults: true });
}

/** Removes every override set with `setMessages` (defaults stay). Mostly for tests. */
export function resetMessages(): void {
  registry.overrides = { fr: {}, en: {} };
  registry.changes += 1;
  listeners.forEach((listener) => listener());
}

/** @internal How many times the texts changed (any copy of Socle): a cached text from before is stale. */
export function messagesChanges(): number {
  return registry.changes;
}

/** Called whenever messages change, so components re-render their texts. Returns an unsubscribe function. */
export function onMessagesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Maps any BCP 47 tag to a shipped locale: `fr-FR` → `fr`, `en-GB` → `en`, `de` → `fr`. */
export function toLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' ? 'en' : DEFAULT_LOCALE;
}

/** Replaces `{name}` placeholders; unknown placeholders are left visible rather than silently dropped. */
export function interpolate(template: string, params: MessageParams = {}): string {
  return template.replace(/\{([\w-]+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The text of `key` in `locale` (override, then catalogue, then French), with placeholders filled in. */
export function formatMessage(key: string, params: MessageParams = {}, locale: Locale = DEFAULT_LOCALE): string {
  const { overrides } = registry;
  const template =
    overrides[locale][key] ?? catalogues[locale][key] ?? overrides[DEFAULT_LOCALE][key] ?? catalogues[DEFAULT_LOCALE][key];
  return template === undefined ? key : interpolate(template, params);
}

/** `node` itself when an element, else the element that holds it (a shadow root's host). */
function elementAt(node: Node): Element | null {
  if (node instanceof Element) return node;
  if (node instanceof ShadowRoot) return node.host;
  const parent = node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : node.parentElement;
}

/**
 * The language of the nearest ancestor carrying a `lang` attribute, crossing shadow roots,
 * as the browser does for `:lang()`.
 */
export function resolveLang(node: Node): string {
  // `closest` walks one tree natively; the loop only crosses shadow boundaries (once per nesting level).
  let element = elementAt(node);
  while (element) {
    const found = element.closest('[lang]');
    if (found) return found.getAttribute('lang') ?? '';
    const root = element.getRootNode();
    element = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}
