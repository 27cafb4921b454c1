// One JSON GET against a public API, with what a citizen's bad connection needs: a timeout, cancellation,
// and every failure sorted into what the field can say about it. Never throws.

export type JsonReply =
  | { kind: 'ok'; data: unknown }
  /** The service refused the query (400): nothing to show for it, the service itself works. */
  | { kind: 'bad-request'; message: string }
  /** Too many requests (429): try again after `retryAfter` milliseconds. */
  | { kind: 'rate-limited'; retryAfter: number }
  /** Unreachable, too slow, a server error, or a reply that is not the documented JSON. */
  | { kind: 'unavailable'; reason: 'network' | 'timeout' | 'server' | 'malformed' }
  /** Cancelled by a newer request. */
  | { kind: 'aborted' };

export interface GetJsonOptions {
  /** Milliseconds before giving up (default 3000). */
  timeout?: number;
  /** Cancels the request (a newer query replaces it). */
  signal?: AbortSignal;
  /** `fetch` to use (tests, or a server-side runtime). */
  fetch?: typeof fetch;
}

/** "120" (seconds) or an HTTP date → milliseconds to wait; 1 s when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number {
  if (!header) return 1000;
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.max(0, date - now) : 1000;
}

export function getJson(url: string, options: GetJsonOptions = {}): Promise<JsonReply> {
  return fetchWithin(
    url,
    options,
    { headers: { Accept: 'application/json' } },
    async (response): Promise<JsonReply> => {
      if (response.status === 429) return { kind: 'rate-limited', retryAfter: retryAfterMs(response.headers.get('Retry-After')) };
      if (response.status === 400) {
        const body = await readJson(response);
        const message = isRecord(body) ? text(body, 'message') || text(body, 'erreur') : '';
        return { kind: 'bad-request', message };
      }
      if (!response.ok) return { kind: 'unavailable', reason: 'server' };
      const data = await readJson(response);
      return data === undefined ? { kind: 'unavailable', reason: 'malformed' } : { kind: 'ok', data };
    },
    (reason) => (reason === 'aborted' ? { kind: 'aborted' } : { kind: 'unavailable', reason }),
  );
}

/** A text file (a BAL CSV), or undefined when it cannot be fetched in time. */
export function getText(url: string, options: GetJsonOptions = {}): Promise<string | undefined> {
  return fetchWithin(
    url,
    options,
    {},
    async (response) => (response.ok ? await response.text() : undefined),
    () => undefined,
  );
}

/**
 * One request, read by `use` within `options.timeout` (3 s by default) and cancellable by `options.signal`;
 * a failure is told apart as a timeout, a cancellation or a network error.
 */
async function fetchWithin<R>(
  url: string,
  options: GetJsonOptions,
  init: RequestInit,
  use: (response: Response) => Promise<R>,
  failed: (reason: 'timeout' | 'aborted' | 'network') => R,
): Promise<R> {
  const controller = new AbortController();
  // An object, not two `let`s: the flags change in callbacks, which type narrowing does not see.
  const ended = { timedOut: false, cancelled: false };
  const timer = setTimeout(() => {
    ended.timedOut = true;
    controller.abort();
  }, options.timeout ?? 3000);
  const onAbort = (): void => {
    ended.cancelled = true;
    controller.abort();
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) onAbort();
  try {
    return await use(await (options.fetch ?? fetch)(url, { ...init, signal: controller.signal }));
  } catch {
    return failed(ended.timedOut ? 'timeout' : ended.cancelled ? 'aborted' : 'network');
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * The body as JSON, or undefined when it is not JSON. A body that stops arriving (cancelled by a newer
 * search, timed out, connection lost) is not a broken reply: that error goes up to be sorted as such.
 */
async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}

/** The page's URL, to resolve a relative endpoint (a proxy on the same site); undefined outside a browser. */
export function pageUrl(): string | undefined {
  return typeof location === 'undefined' ? undefined : location.href;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The optional text fields of a type: those a parser sets only when the API gave a value. */
export type OptionalText<T> = { [K in keyof T]-?: undefined extends T[K] ? (string extends T[K] ? K : never) : never }[keyof T];

/** A string field of an API object ('' when absent or not a string or number). */
export function text(record: Record<string, unknown>, key: string): string {
  const value = record[key];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}
