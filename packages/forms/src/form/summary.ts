/**
 * The error summary, the public-service way: a titled box listing every error as a link to its field,
 * focused when it appears, with "Erreur : " in the page title while it shows; fixed fields leave it.
 */
import { html, nothing, type ReactiveController } from 'lit';
import type { SocleElement } from '@socle/core';
import { hiddenByCondition } from './conditions.js';
import type { ValidatableElement } from './fields.js';

/** One line of the error summary. */
export interface SummaryEntry {
  message: string;
  /** The field the link focuses; none for an error about the whole form. */
  target?: HTMLElement;
}

const TITLE_PREFIX_KEY = 'error-title-prefix';

/** Entries for fields, with the message each shows. */
export const entriesFor = (fields: readonly ValidatableElement[]): SummaryEntry[] => fields.map((target) => ({ message: target.validationMessage, target }));

export class SummaryController implements ReactiveController {
  readonly #host: SocleElement;
  /** Brings a field into view (its step shown first) and focuses it. */
  readonly #focusField: (target: HTMLElement) => Promise<void>;
  #entries: readonly SummaryEntry[] = [];
  #titleBefore: string | undefined;
  #focusPending = false;

  constructor(host: SocleElement, focusField: (target: HTMLElement) => Promise<void>) {
    this.#host = host;
    this.#focusField = focusField;
    host.addController(this);
  }

  get entries(): readonly SummaryEntry[] {
    return this.#entries;
  }

  hostUpdated(): void {
    if (!this.#focusPending) return;
    const summary = this.#host.renderRoot.querySelector<HTMLElement>('.summary');
    if (!summary) return;
    this.#focusPending = false;
    summary.focus();
  }

  hostDisconnected(): void {
    this.#restoreTitle();
  }

  /** Shows these errors, in page order (errors about the whole form last), and focuses the summary. */
  show(entries: SummaryEntry[]): void {
    entries.sort((a, b) => {
      if (!a.target || !b.target) return a.target ? 1 : b.target ? -1 : 0;
      return a.target.compareDocumentPosition(b.target) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    this.#set(entries);
    if (entries.length === 0) {
      this.#restoreTitle();
      return;
    }
    if (this.#titleBefore === undefined) {
      this.#titleBefore = document.title;
      document.title = `${this.#host.localize(TITLE_PREFIX_KEY)}${document.title}`;
    }
    this.#focusPending = true;
  }

  /** Removes the summary and restores the page title. */
  clear(): void {
    this.#set([]);
    this.#restoreTitle();
  }

  /** After an edit: fixed fields leave the summary; the others stay, in the same order, with their message now. */
  refresh(): void {
    if (this.#entries.length === 0) return;
    const remaining = this.#entries.filter((entry) => {
      const target = entry.target;
      if (!target) return true;
      if ('validity' in target) return !(target as ValidatableElement).validity.valid && !hiddenByCondition(target);
      // A fieldset's error, set by the server: it stays until the fieldset clears it.
      return Boolean((target as { error?: string }).error);
    });
    if (remaining.length === this.#entries.length) return;
    this.#set(
      remaining.map((entry) => {
        const target = entry.target as ValidatableElement | undefined;
        return target && 'validity' in target ? { target, message: target.validationMessage || entry.message } : entry;
      }),
    );
    if (remaining.length === 0) this.#restoreTitle();
  }

  #set(entries: readonly SummaryEntry[]): void {
    this.#entries = entries;
    this.#host.requestUpdate();
  }

  #restoreTitle(): void {
    if (this.#titleBefore !== undefined) document.title = this.#titleBefore;
    this.#titleBefore = undefined;
  }

  #onLinkClick(event: MouseEvent, entry: SummaryEntry): void {
    event.preventDefault();
    if (entry.target) void this.#focusField(entry.target);
  }

  render() {
    const entries = this.#entries;
    if (entries.length === 0) return nothing;
    return html`<div class="summary" part="error-summary" tabindex="-1" role="region" aria-labelledby="summary-title">
      <h2 id="summary-title">${this.#host.localize('error-summary-title')}</h2>
      <ul>
        ${entries.map((entry) =>
          entry.target
            ? html`<li><a href=${`#${entry.target.id || (entry.target.getAttribute('name') ?? '')}`} @click=${(event: MouseEvent) => this.#onLinkClick(event, entry)}>${entry.message}</a></li>`
            : html`<li>${entry.message}</li>`,
        )}
      </ul>
    </div>`;
  }
}
