/**
 * The form's draft: saved a pause after each edit (and at once when the page is left), put back on load
 * with a notice, cleared once submitted; two tabs on the same form never overwrite each other silently.
 * It stays in the tab (`sessionStorage`: a reload or a crash loses nothing, closing the tab erases it) unless
 * the person ticks « Garder mes réponses sur cet appareil » (`localStorage`, for `draft-days` days).
 */
import { html, nothing, type ReactiveController } from 'lit';
import type { Clock, SocleElement } from '@socle/core';
import type { SocleRepeat } from '../repeat/repeat.js';
import { applyConditions } from './conditions.js';
import { type Draft, DraftStore, applyFields, collectFields } from './draft.js';
import { elementsUpdated } from './fields.js';

/** Who decides where the draft is kept: the person (`ask`), or the author (`session`: the tab only; `device`). */
export type DraftStorage = 'ask' | 'session' | 'device';

const DAY = 24 * 60 * 60 * 1000;
/** The pause after the last edit before the draft is written. */
export const SAVE_DELAY = 400;

/** What the draft needs of its form engine. */
export interface DraftHost extends SocleElement {
  readonly form: HTMLFormElement | null;
  /** The draft's key; '' for none. */
  readonly draft: string;
  readonly draftDays: number;
  readonly draftStorage: DraftStorage;
  /** The step shown, saved with the answers. */
  readonly step: number;
  readonly clock: Clock;
}

/** "1er décembre", "24 novembre" / "24 November". */
function dayAndMonth(time: number, locale: 'fr' | 'en'): string {
  const text = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long' }).format(time);
  return locale === 'fr' ? text.replace(/^1 /, '1er ') : text;
}

/** "24 novembre à 14 h 32" / "24 November at 2:32 pm". */
function formatDraftDate(time: number, locale: 'fr' | 'en'): string {
  const date = new Date(time);
  const day = dayAndMonth(time, locale);
  if (locale === 'fr') return `${day} à ${date.getHours()} h ${String(date.getMinutes()).padStart(2, '0')}`;
  return `${day} at ${new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(date)}`;
}

export class DraftController implements ReactiveController {
  readonly #host: DraftHost;
  /** « Recommencer »: the engine empties the form and goes back to the first step. */
  readonly #restart: () => Promise<void>;
  readonly #tab = Math.random().toString(36).slice(2);
  #session: DraftStore | undefined;
  #device: DraftStore | undefined;
  /** Whether the draft is kept on the device rather than in the tab. */
  #kept = false;
  #restoredAt: number | undefined;
  /** The step the draft was restored on. */
  #restoredStep = 0;
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
    return this.#session !== undefined;
  }

  get #store(): DraftStore | undefined {
    return this.#kept ? this.#device : this.#session;
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
    const key = this.#host.draft;
    this.#session = key ? new DraftStore(key, 'session') : undefined;
    this.#device = key ? new DraftStore(key, 'local') : undefined;
    const now = this.#host.clock.now();
    const choice = this.#host.draftStorage;
    // The device's draft first: the person chose to keep it there (or the author did).
    let draft = choice === 'session' ? undefined : this.#device?.read(now);
    this.#kept = choice === 'device' || draft !== undefined;
    if (choice === 'session') this.#device?.clear();
    if (!draft && !this.#kept) draft = this.#session?.read(now);
    this.#host.requestUpdate();
    if (!draft) return undefined;
    for (const repeat of this.#host.querySelectorAll<SocleRepeat>('socle-repeat[name]')) {
      const count = draft.repeats[repeat.name];
      if (typeof count === 'number') repeat.setCount(count);
    }
    await elementsUpdated(this.#host);
    applyConditions(form, this.#host);
    applyFields(form, draft.fields);
    this.#lastSeen = draft.savedAt;
    this.#restoredStep = typeof draft.step === 'number' ? draft.step : 0;
    this.#setNotice(draft.savedAt, false);
    return this.#restoredStep;
  }

  /** An edit: saved after the pause. */
  edited(): void {
    this.dirty = true;
    this.schedule();
  }

  /** A step is shown: once the person has moved on from the restored one, its notice has done its job. */
  stepChanged(step: number): void {
    if (this.#restoredAt !== undefined && !this.#otherTab && step !== this.#restoredStep) this.#setNotice(undefined, false);
    this.schedule();
  }

  /** « Garder mes réponses sur cet appareil », ticked or unticked: the draft moves, and the other place is emptied. */
  keep(kept: boolean): void {
    if (!this.#session || kept === this.#kept) return;
    this.#kept = kept;
    this.dirty = true;
    if (kept) {
      // A draft another tab kept on the device is not overwritten silently: the other-tab notice asks first.
      this.#lastSeen = 0;
    } else {
      // The person does not want their answers left on this device: erased at once.
      this.#device?.clear();
      this.#otherTab = false;
    }
    this.saveNow();
    this.#host.requestUpdate();
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
    if (store.write(draft)) {
      this.#lastSeen = now;
      // One place at a time: the tab's copy goes once the device holds the draft, and the other way round.
      (this.#kept ? this.#session : this.#device)?.clear();
    }
  };

  /** A submission went through, or the person starts again: the draft has done its job. */
  forget(): void {
    this.#host.clock.clearTimeout(this.#saveTimer);
    this.#session?.clear();
    this.#device?.clear();
    this.dirty = false;
    this.#setNotice(undefined, this.#otherTab);
  }

  #onStorage = (event: StorageEvent): void => {
    if (!this.#store?.concerns(event) || !event.newValue) return;
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

  /** « Masquer ce message »: the notice goes, and focus moves on to what follows it, never to the page's top. */
  async #dismiss(): Promise<void> {
    this.#setNotice(undefined, false);
    await this.#host.updateComplete;
    const next =
      this.#host.renderRoot.querySelector<HTMLElement>('#draft-keep') ??
      Array.from(this.#host.form?.elements ?? []).find((element): element is HTMLElement => element instanceof HTMLElement && element.checkVisibility());
    next?.focus();
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
      <button type="button" @click=${() => void this.#dismiss()}>${host.localize('draft-dismiss')}</button>
    </div>`;
  }

  /** « Garder mes réponses sur cet appareil », when the person decides (`draft-storage="ask"`, the default). */
  renderChoice() {
    const host = this.#host;
    if (!host.draft || host.draftStorage !== 'ask') return nothing;
    const until = dayAndMonth(host.clock.now() + host.draftDays * DAY, host.locale);
    return html`<div class="option keep" part="draft-choice">
      <input
        class="box"
        type="checkbox"
        id="draft-keep"
        aria-describedby="draft-keep-hint"
        .checked=${this.#kept}
        @input=${(event: Event) => event.stopPropagation()}
        @change=${(event: Event) => this.keep((event.target as HTMLInputElement).checked)}
      />
      <label class="option-label" for="draft-keep">${host.localize('draft-keep')}</label>
      <p class="option-hint" id="draft-keep-hint">${host.localize('draft-keep-hint', { date: until })}</p>
    </div>`;
  }
}
