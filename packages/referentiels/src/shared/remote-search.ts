// What the look-up fields that call a public API share: wait for the person to pause, never send while the
// service asked to wait (429 + Retry-After), keep a minimum gap between requests (a service's rate
// limit), cancel the previous request, and search the latest text again once the wait is over.

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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

export class RemoteSearch {
  readonly #host: RemoteSearchHost;
  readonly #minInterval: number;
  #run = 0;
  #controller: AbortController | undefined;
  #blockedUntil = 0;
  #lastSent = 0;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;

  /** `minInterval`: milliseconds between two requests (150 for 7 requests per second). */
  constructor(host: RemoteSearchHost, minInterval = 0) {
    this.#host = host;
    this.#minInterval = minInterval;
  }

  /**
   * Resolves with the signal of a request that may be sent now, or undefined when a newer search came
   * meanwhile or the service asked to wait (the latest text is then searched again after the wait).
   */
  async begin(): Promise<AbortSignal | undefined> {
    const run = ++this.#run;
    await sleep(this.#host.debounce());
    if (run !== this.#run) return undefined;
    const blocked = this.#blockedUntil - Date.now();
    if (blocked > 0) {
      this.#schedule(blocked);
      return undefined;
    }
    const gap = this.#lastSent + this.#minInterval - Date.now();
    if (gap > 0) await sleep(gap);
    if (run !== this.#run) return undefined;
    this.#controller?.abort();
    this.#controller = new AbortController();
    this.#lastSent = Date.now();
    return this.#controller.signal;
  }

  /**
   * What a reply means for the field: `ok`'s results; otherwise none, after acting on it (429: wait, then
   * search again; unavailable: manual entry; 400 and cancelled requests: nothing to propose).
   */
  settle<R extends { kind: string }, T>(reply: R, ok: (reply: Extract<R, { kind: 'ok' }>) => T[]): T[] {
    if (reply.kind === 'ok') return ok(reply as Extract<R, { kind: 'ok' }>);
    if (reply.kind === 'rate-limited') this.rateLimited((reply as unknown as { retryAfter: number }).retryAfter);
    else if (reply.kind === 'unavailable') this.#host.unavailable();
    return [];
  }

  /** The service answered 429: nothing is sent for `retryAfter` ms. */
  rateLimited(retryAfter: number): void {
    this.#blockedUntil = Date.now() + retryAfter;
    this.#schedule(retryAfter);
  }

  #schedule(wait: number): void {
    clearTimeout(this.#retryTimer);
    this.#host.waiting(Math.ceil(wait / 1000));
    this.#retryTimer = setTimeout(() => {
      this.#host.waiting(0);
      this.#host.retry();
    }, wait);
  }

  /** Cancels the request in flight, the one waiting for its pause, and the pending retry (the field left the page). */
  dispose(): void {
    this.#run += 1;
    clearTimeout(this.#retryTimer);
    this.#controller?.abort();
  }
}
