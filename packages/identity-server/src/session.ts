/**
 * Where an `IdentitySession` lives between two requests: in the cookie itself, encrypted and authenticated
 * (a JWE, `dir` + `A256GCM`, made by jose: the person's identity is personal data, so it is not merely
 * signed but unreadable too), or in a store the service provides, the cookie then holding only an
 * encrypted session id. The cookie is HttpOnly, SameSite=Lax, and Secure except on 127.0.0.1.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { EncryptJWT, jwtDecrypt } from 'jose';
import type { IdentitySession } from './client.js';

/** A server-side session store (Redis, a database…): the cookie then carries only the session's id. */
export interface SessionStore {
  get(id: string): Promise<IdentitySession | undefined> | IdentitySession | undefined;
  set(id: string, session: IdentitySession, maxAgeSeconds: number): Promise<void> | void;
  destroy(id: string): Promise<void> | void;
}

/** A store in this process's memory, for tests and demos (sessions are lost on restart). */
export function memorySessionStore(): SessionStore {
  const sessions = new Map<string, { session: IdentitySession; expiresAt: number }>();
  return {
    get(id) {
      const entry = sessions.get(id);
      if (!entry || entry.expiresAt < Date.now()) return undefined;
      return structuredClone(entry.session);
    },
    set(id, session, maxAgeSeconds) {
      sessions.set(id, { session: structuredClone(session), expiresAt: Date.now() + maxAgeSeconds * 1000 });
    },
    destroy(id) {
      sessions.delete(id);
    },
  };
}

export interface CookieSessionOptions {
  /** At least 32 characters, kept secret on the server; changing it signs everybody out. */
  secret: string;
  cookieName?: string;
  /** Lifetime of the session in seconds (default 3600). */
  maxAge?: number;
  store?: SessionStore;
}

const LOOPBACK_HOST = /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/;

interface Envelope {
  /** The session itself (cookie mode) or its id (store mode). */
  s?: IdentitySession;
  id?: string;
}

/** Reads and writes sessions for the adapters. */
export class CookieSessions {
  readonly cookieName: string;
  readonly maxAge: number;
  readonly #key: Uint8Array;
  readonly #store: SessionStore | undefined;

  constructor(options: CookieSessionOptions) {
    if (options.secret.length < 32) throw new TypeError('CookieSessions: the secret must be at least 32 characters long.');
    // A 256-bit key from the secret of any length: a hash, not a password-stretching function, since the secret is long and random.
    this.#key = createHash('sha256').update(options.secret).digest();
    this.cookieName = options.cookieName ?? 'socle_session';
    this.maxAge = options.maxAge ?? 3600;
    this.#store = options.store;
  }

  async #open(request: IncomingMessage): Promise<Envelope | undefined> {
    const value = readCookie(request, this.cookieName);
    if (!value) return undefined;
    try {
      const { payload } = await jwtDecrypt(value, this.#key, { contentEncryptionAlgorithms: ['A256GCM'], keyManagementAlgorithms: ['dir'] });
      return payload as Envelope;
    } catch {
      // Tampered with, expired, or sealed with an older secret: as if there were none.
      return undefined;
    }
  }

  /** The request's session, or a new empty one. */
  async read(request: IncomingMessage): Promise<IdentitySession> {
    const envelope = await this.#open(request);
    if (this.#store) return (envelope?.id && (await this.#store.get(envelope.id))) || {};
    return envelope?.s ?? {};
  }

  /** Saves the session (an empty one clears the cookie); `renew` gives it a new id in a store (after a sign-in). */
  async write(request: IncomingMessage, response: ServerResponse, session: IdentitySession, options: { renew?: boolean } = {}): Promise<void> {
    const empty = Object.keys(session).length === 0;
    let envelope: Envelope;
    if (this.#store) {
      const previous = (await this.#open(request))?.id;
      if (empty) {
        if (previous) await this.#store.destroy(previous);
        setCookie(request, response, this.cookieName, '', 0);
        return;
      }
      if (previous && options.renew) await this.#store.destroy(previous);
      const id = (!options.renew && previous) || randomBytes(24).toString('base64url');
      await this.#store.set(id, session, this.maxAge);
      envelope = { id };
    } else {
      if (empty) {
        if (readCookie(request, this.cookieName)) setCookie(request, response, this.cookieName, '', 0);
        return;
      }
      envelope = { s: session };
    }
    const sealed = await new EncryptJWT({ ...envelope })
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .setIssuedAt()
      .setExpirationTime(`${this.maxAge}s`)
      .encrypt(this.#key);
    setCookie(request, response, this.cookieName, sealed, this.maxAge);
  }
}

/** The value of one cookie of the request. */
export function readCookie(request: IncomingMessage, name: string): string | undefined {
  for (const pair of (request.headers.cookie ?? '').split(';')) {
    const index = pair.indexOf('=');
    if (index > 0 && pair.slice(0, index).trim() === name) return decodeURIComponent(pair.slice(index + 1).trim());
  }
  return undefined;
}

function setCookie(request: IncomingMessage, response: ServerResponse, name: string, value: string, maxAge: number): void {
  const secure = !LOOPBACK_HOST.test(request.headers.host ?? '');
  const cookie = `${name}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${secure ? '; Secure' : ''}`;
  const previous = response.getHeader('set-cookie');
  const list = Array.isArray(previous) ? previous : previous === undefined ? [] : [String(previous)];
  response.setHeader('set-cookie', [...list.filter((line) => !line.startsWith(`${name}=`)), cookie]);
}
