// What the look-up fields that call a public API share: wait for the person to pause, never send while the
// service asked to wait (429 + Retry-After), keep a minimum gap between requests (a service's rate
// limit), cancel the previous request, and search the latest text again once the wait is over.

import { type Clock, sleep, systemClock } from '@socle/core';

export interface RemoteSearchHost {
  /** Milliseconds to wait after the last key before searching. */
  debounce(): number;
  /** The wait is over: search the current text again. */
  retry(): void;
  /** The service asked to wait this many seconds (0: the wait is over). */
  waiting(seconds: number): void;
  /** The service cannot answer (down, too slow, unreadable): the field offers its manual entry. */
  unavailable(): void;
}

function isKind<R extends { kind: string }, K extends string>(reply: R, kind: K): reply is Extract<R, { kind: K }> {
  return reply.kind === kind;
}

function isRateLimited(reply: { kind: string }): reply is { kind: 'rate-limited'; retryAfter: number } {
  return reply.kind === 'rate-limited' && typeof (reply as { retryAfter?: unknown }).retryAfter === 'number';
}

export class RemoteSearch {
  readonly #host: RemoteSearchHost;
  readonly #minInterval: number;
  #run = 0;
  #controller: AbortController | undefined;
  #blockedUntil = 0;
  #lastSent = 0;
  #retryTimer: unknown;
  readonly #clock: Clock;

  /** `minInterval`: milliseconds between two requests (150 for 7 requests per second). */
  constructor(host: RemoteSearchHost, minInterval = 0, clock: Clock = systemClock) {
    this.#host = host;
    this.#minInterval = minInterval;
    this.#clock = clock;
  }

  /**
   * Resolves with the signal of a request that may be sent now, or undefined when a newer search came
   * meanwhile or the service asked to wait (the latest text is then searched again after the wait).
   */
  async begin(): Promise<AbortSignal | undefined> {
    const run = ++this.#run;
    await sleep(this.#clock, this.#host.debounce());
    if (run !== this.#run) return undefined;
    const blocked = this.#blockedUntil - this.#clock.now();
    if (blocked > 0) {
      this.#schedule(blocked);
      return undefined;
    }
    const gap = this.#lastSent + this.#minInterval - this.#clock.now();
    if (gap > 0) await sleep(this.#clock, gap);
    if (run !== this.#run) return undefined;
    this.#controller?.abort();
    this.#controller = new AbortController();
    this.#lastSent = this.#clock.now();
    return this.#controller.signal;
  }

  /**
   * What a reply means for the field: `ok`'s results; otherwise none, after acting on it (429: wait, then
   * search again; unavailable: manual entry; 400 and cancelled requests: nothing to propose).
   */
  settle<R extends { kind: string }, T>(reply: R, ok: (reply: Extract<R, { kind: 'ok' }>) => T[]): T[] {
    if (isKind(reply, 'ok')) return ok(reply);
    if (isRateLimited(reply)) this.rateLimited(reply.retryAfter);
    else if (reply.kind === 'unavailable') this.#host.unavailable();
    return [];
  }

  /** The service answered 429: nothing is sent for `retryAfter` ms. */
  rateLimited(retryAfter: number): void {
    this.#blockedUntil = this.#clock.now() + retryAfter;
    this.#schedule(retryAfter);
  }

  #schedule(wait: number): void {
    this.#clock.clearTimeout(this.#retryTimer);
    this.#host.waiting(Math.ceil(wait / 1000));
    this.#retryTimer = this.#clock.setTimeout(() => {
      this.#host.waiting(0);
      this.#host.retry();
    }, wait);
  }

  /** Cancels the request in flight, the one waiting for its pause, and the pending retry (the field left the page). */
  dispose(): void {
    this.#run += 1;
    this.#clock.clearTimeout(this.#retryTimer);
    this.#controller?.abort();
  }
}
