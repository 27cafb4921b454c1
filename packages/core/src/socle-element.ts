/**
 * Base of every Socle component: follows the language of the nearest `lang` attribute (and reacts when it
 * changes), localises texts from Socle's catalogues, and carries the shared styles.
 */
import { LitElement } from 'lit';
import { type Locale, type MessageParams, formatMessage, onMessagesChange, resolveLang, toLocale } from './localize.js';
import { baseStyles } from './styles.js';
import { registerUnit } from './units.js';

// One observer for the whole document, not one per element: a page may hold a thousand fields.
const connectedElements = new Set<SocleElement>();
let langObserver: MutationObserver | undefined;
let unsubscribeMessages: (() => void) | undefined;

function refreshAll(): void {
  connectedElements.forEach((element) => element.refreshLocale());
}

function watch(element: SocleElement): void {
  connectedElements.add(element);
  if (!langObserver && typeof MutationObserver !== 'undefined') {
    langObserver = new MutationObserver(refreshAll);
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    // New texts: what depends on them is derived again, as after a change of language.
    unsubscribeMessages = onMessagesChange(() => connectedElements.forEach((el) => el.refreshTexts()));
  }
}

function unwatch(element: SocleElement): void {
  connectedElements.delete(element);
  if (connectedElements.size === 0) {
    langObserver?.disconnect();
    langObserver = undefined;
    unsubscribeMessages?.();
    unsubscribeMessages = undefined;
  }
}

/**
 * @summary Base class of every Socle component.
 */
if (typeof document !== 'undefined') registerUnit();

export class SocleElement extends LitElement {
  static override styles = [baseStyles];

  #locale: Locale = toLocale(undefined);

  /** The language Socle writes in for this element: `fr` unless the nearest `lang` says `en`. */
  get locale(): Locale {
    return this.#locale;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watch(this);
    this.refreshLocale();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatch(this);
  }

  /** @internal Re-reads the nearest `lang`; re-renders and calls `localeChanged` when it changed. */
  refreshLocale(): void {
    const locale = toLocale(resolveLang(this));
    if (locale !== this.#locale) {
      this.#locale = locale;
      this.localeChanged();
      this.requestUpdate();
    }
  }

  /** @internal The texts changed (`setMessages`): derived texts are computed again. */
  refreshTexts(): void {
    this.localeChanged();
    this.requestUpdate();
  }

  /** Hook for subclasses whose derived texts depend on the language or on the texts themselves. */
  protected localeChanged(): void {}

  /** Whether light-DOM content fills the slot `name` (cheap when there is no child element, the common case). */
  protected hasSlotted(name: string): boolean {
    return this.firstElementChild !== null && this.querySelector(`:scope > [slot="${name}"]`) !== null;
  }

  /** A text from the catalogues, in this element's language. */
  localize(key: string, params?: MessageParams): string {
    return formatMessage(key, params, this.#locale);
  }
}
