/**
 * The form's draft: saved a pause after each edit (and at once when the page is left), put back on load
 * with a notice, cleared once submitted; two tabs on the same form never overwrite each other silently.
 */
import { html, nothing, type ReactiveController } from 'lit';
import type { Clock, SocleElement } from '@socle/core';
import type { SocleRepeat } from '../repeat/repeat.js';
import { applyConditions } from './conditions.js';
import { type Draft, DraftStore, applyFields, collectFields } from './draft.js';
import { elementsUpdated } from './fields.js';

const DAY = 24 * 60 * 60 * 1000;
/** The pause after the last edit before the draft is written. */
export const SAVE_DELAY = 400;

/** What the draft needs of its form engine. */
export interface DraftHost extends SocleElement {
  readonly form: HTMLFormElement | null;
  /** The draft's key; '' for none. */
  readonly draft: string;
  readonly draftDays: number;
  /** The step shown, saved with the answers. */
  readonly step: number;
  readonly clock: Clock;
}

/** "24 novembre à 14 h 32" / "24 November at 2:32 pm". */
function formatDraftDate(time: number, locale: 'fr' | 'en'): string {
  const date = new Date(time);
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long' }).format(date);
  if (locale === 'fr') return `${day} à ${date.getHours()} h ${String(date.getMinutes()).padStart(2, '0')}`;
  return `${day} at ${new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(date)}`;
}

export class DraftController implements ReactiveController {
  readonly #host: DraftHost;
  /** « Recommencer »: the engine empties the form and goes back to the first step. */
  readonly #restart: () => Promise<void>;
  readonly #tab = Math.random().toString(36).slice(2);
  #store: DraftStore | undefined;
  #restoredAt: number | undefined;
  #otherTab = false;
  #lastSeen = 0;
  #saveTimer: unknown;
  /** Whether something was typed since the last save or submission. */
  dirty = false;

  constructor(host: DraftHost, restart: () => Promise<void>) {
    this.#host = host;
    this.#restart = restart;
    host.addController(this);
  }

  /** Whether the form keeps a draft. */
  get enabled(): boolean {
    return this.#store !== undefined;
  }

  hostConnected(): void {
    window.addEventListener('storage', this.#onStorage);
    window.addEventListener('pagehide', this.saveNow);
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.#onStorage);
    window.removeEventListener('pagehide', this.saveNow);
    this.#host.clock.clearTimeout(this.#saveTimer);
  }

  /** Opens the form's draft store; resolves with the saved step once a draft, if any, is put back. */
  async open(form: HTMLFormElement): Promise<number | undefined> {
    this.#store = this.#host.draft ? new DraftStore(this.#host.draft) : undefined;
    const draft = this.#store?.read(this.#host.clock.now());
    if (!draft) return undefined;
    for (const repeat of this.#host.querySelectorAll<SocleRepeat>('socle-repeat[name]')) {
      const count = draft.repeats[repeat.name];
      if (typeof count === 'number') repeat.setCount(count);
    }
    await elementsUpdated(this.#host);
    applyConditions(form, this.#host);
    applyFields(form, draft.fields);
    this.#lastSeen = draft.savedAt;
    this.#setNotice(draft.savedAt, false);
    return typeof draft.step === 'number' ? draft.step : 0;
  }

  /** An edit: saved after the pause. */
  edited(): void {
    this.dirty = true;
    this.schedule();
  }

  /** Saves after the pause (the step changed, or an edit). */
  schedule(): void {
    if (!this.#store) return;
    const clock = this.#host.clock;
    clock.clearTimeout(this.#saveTimer);
    this.#saveTimer = clock.setTimeout(this.saveNow, SAVE_DELAY);
  }

  /** Saves now (the page is being left, or the pause is over). */
  readonly saveNow = (): void => {
    const store = this.#store;
    const form = this.#host.form;
    if (!store || !form || this.#otherTab || !this.dirty) return;
    const clock = this.#host.clock;
    clock.clearTimeout(this.#saveTimer);
    const stored = store.read(clock.now());
    if (stored && stored.tab !== this.#tab && stored.savedAt > this.#lastSeen) {
      // Another tab saved this form since: never overwrite it silently.
      this.#setNotice(this.#restoredAt, true);
      return;
    }
    const now = clock.now();
    const repeats: Record<string, number> = {};
    for (const repeat of this.#host.querySelectorAll<SocleRepeat>('socle-repeat[name]')) repeats[repeat.name] = repeat.length;
    const draft: Draft = {
      version: 1,
      savedAt: now,
      expiresAt: now + this.#host.draftDays * DAY,
      tab: this.#tab,
      step: this.#host.step,
      repeats,
      fields: collectFields(form),
    };
    if (store.write(draft)) this.#lastSeen = now;
  };

  /** A submission went through, or the person starts again: the draft has done its job. */
  forget(): void {
    this.#host.clock.clearTimeout(this.#saveTimer);
    this.#store?.clear();
    this.dirty = false;
    this.#setNotice(undefined, this.#otherTab);
  }

  #onStorage = (event: StorageEvent): void => {
    if (!this.#store || event.key !== this.#store.key || !event.newValue) return;
    try {
      const draft = JSON.parse(event.newValue) as Partial<Draft>;
      if (draft.tab !== this.#tab) this.#setNotice(this.#restoredAt, true);
    } catch {
      // Not ours to read.
    }
  };

  #takeOver(): void {
    this.#setNotice(this.#restoredAt, false);
    this.#lastSeen = this.#host.clock.now();
    this.dirty = true;
    this.saveNow();
  }

  #setNotice(restoredAt: number | undefined, otherTab: boolean): void {
    this.#restoredAt = restoredAt;
    this.#otherTab = otherTab;
    this.#host.requestUpdate();
  }

  /** The notice: « ouvert dans un autre onglet », or « Vos réponses … ont été restaurées ». */
  render() {
    const host = this.#host;
    if (this.#otherTab) {
      return html`<div class="notice" part="notice" role="status">
        <p>${host.localize('draft-other-tab')}</p>
        <button type="button" @click=${() => this.#takeOver()}>${host.localize('draft-take-over')}</button>
      </div>`;
    }
    if (this.#restoredAt === undefined) return nothing;
    return html`<div class="notice" part="notice" role="status">
      <p>${host.localize('draft-restored', { date: formatDraftDate(this.#restoredAt, host.locale) })}</p>
      <button type="button" @click=${() => void this.#restart()}>${host.localize('draft-restart')}</button>
    </div>`;
  }
}
