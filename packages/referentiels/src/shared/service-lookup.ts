/**
 * Base of the look-up fields that call a public service (addresses, companies): pause, timeout, 429
 * back-off and cancellation through RemoteSearch, what the field says about the service (`notice`), and
 * the styles of its notice and mode switches. Subclasses give the request and the manual entry.
 */
import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { useMessages } from '@socle/core';
import { SocleCombobox } from '@socle/forms';
import { messages } from './messages.js';
import { lookupStyles } from './lookup.styles.js';
import { RemoteSearch } from './remote-search.js';

export abstract class SocleServiceLookup<T> extends SocleCombobox<T> {
  static override styles = [...SocleCombobox.styles, lookupStyles];

  /** Attente après la dernière frappe avant de chercher, en ms. / Debounce, ms. */
  @property({ type: Number }) debounce = 300;
  /** Délai maximal de réponse du service, en ms. / Service timeout, ms. */
  @property({ type: Number }) timeout = 3000;

  /** What the field says about the service (busy, unreachable). */
  @state() protected notice = '';
  protected readonly remote: RemoteSearch;
  /** Message key of "too many searches, trying again in {seconds} s". */
  protected abstract readonly rateLimitedKey: string;

  /** Milliseconds between two requests (the service's rate limit). */
  protected static minInterval = 0;

  constructor() {
    super();
    useMessages(messages);
    this.minChars = 3;
    this.remote = new RemoteSearch(
      {
        debounce: () => this.debounce,
        retry: () => {
          if (this.canRetry()) void this.runSearch();
        },
        waiting: (seconds) => (this.notice = seconds ? this.localize(this.rateLimitedKey, { seconds }) : ''),
        unavailable: () => this.serviceUnavailable(),
      },
      (this.constructor as typeof SocleServiceLookup).minInterval,
    );
  }

  /** The service cannot answer: switch to the manual entry, keeping what was typed, and say so. */
  protected abstract serviceUnavailable(): void;

  /** Whether the latest text is worth searching again once the service's wait is over. */
  protected canRetry(): boolean {
    return this.text.trim().length >= this.minChars && !this.value;
  }

  protected renderNotice() {
    return html`<div class="notice" part="notice" role="status">${this.notice}</div>`;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.remote.dispose();
  }
}
