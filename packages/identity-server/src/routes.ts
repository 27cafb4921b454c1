/**
 * The sign-in routes of a service, for `node:http` and for Express-style `(req, res, next)` handlers:
 * start (a link: GET, or a form's button: POST with the anti-forgery token), callback, sign-out and its
 * return. Only redirects and cookies reach the browser; codes, tokens and secrets stay here.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { IdentityClient, IdentitySession, LoginResult, ProviderName, SignedInUser } from './client.js';
import { IdentityError, toIdentityError } from './errors.js';
import { CookieSessions, type CookieSessionOptions } from './session.js';

export interface IdentityRoutesOptions extends CookieSessionOptions {
  /** One client, or one per provider the service offers (the login route takes `?provider=` or a `provider` field). */
  clients: IdentityClient | readonly IdentityClient[];
  /** Starts a sign-in (GET link or POST form). Default `/connexion`. */
  loginPath?: string;
  /** Signs out (POST, or GET from a link). Default `/deconnexion`. */
  logoutPath?: string;
  /**
   * Answers the signed-in person's identity as JSON (`{ provider, identity, acr }`, or 204 when nobody is),
   * for static pages (`<socle-identity-fieldset src>`, `<socle-login-choice src>`). Same origin only: no
   * CORS header, never cached. Default `/connexion/identite`; `false` leaves it out.
   */
  identityPath?: string | false;
  /** Where to go once signed in, when the login request named no `returnTo`. Default `/`. */
  afterLogin?: string;
  /** Where to go once signed out. Default `/`. */
  afterLogout?: string;
  /** Name of the anti-forgery field of a POSTed login or logout form. Default `csrf`. */
  csrfField?: string;
  /** Called after a successful sign-in, before the redirect (to record the person, log, …). */
  onLogin?: (result: LoginResult, request: IncomingMessage) => void | Promise<void>;
  /**
   * Answers a refused sign-in. Default: a short French page with the error's message and a link to start
   * again, with the error's HTTP status.
   */
  onError?: (error: IdentityError, request: IncomingMessage, response: ServerResponse) => void | Promise<void>;
}

/** Requests handled by the routes carry at most this much body (a login form). */
const BODY_LIMIT = 16 * 1024;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/** A path of this site only (`/demande?x=1`), never another host (`//evil.example`, `https:…`). */
function localPath(value: string | null | undefined): string | undefined {
  return value && /^\/(?![/\\])/.test(value) ? value : undefined;
}

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  const type = request.headers['content-type'] ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded')) return new URLSearchParams();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > BODY_LIMIT) throw new IdentityError('csrf-invalid');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function redirect(response: ServerResponse, location: string): void {
  response.statusCode = 303;
  response.setHeader('location', location);
  response.setHeader('cache-control', 'no-store');
  response.end();
}

function defaultOnError(loginPath: string) {
  return (error: IdentityError, _request: IncomingMessage, response: ServerResponse) => {
    response.statusCode = error.status;
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.setHeader('cache-control', 'no-store');
    response.end(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Connexion impossible</title></head><body><main><h1>Connexion impossible</h1><p>${escapeHtml(error.message)}</p>
<p><a href="${escapeHtml(loginPath)}">Recommencer la connexion</a> · <a href="/">Revenir à l’accueil</a></p></main></body></html>`);
  };
}

/** The routes and helpers a service mounts (see `IdentityRoutesOptions`). */
export class IdentityRoutes {
  readonly sessions: CookieSessions;
  readonly #clients: readonly IdentityClient[];
  readonly #options: IdentityRoutesOptions;
  readonly #loginPath: string;
  readonly #logoutPath: string;
  readonly #identityPath: string | false;
  readonly #csrfField: string;

  constructor(options: IdentityRoutesOptions) {
    this.#options = options;
    this.#clients = Array.isArray(options.clients) ? options.clients : [options.clients as IdentityClient];
    if (this.#clients.length === 0) throw new TypeError('IdentityRoutes: at least one client is needed.');
    this.sessions = new CookieSessions(options);
    this.#loginPath = options.loginPath ?? '/connexion';
    this.#logoutPath = options.logoutPath ?? '/deconnexion';
    this.#identityPath = options.identityPath ?? '/connexion/identite';
    this.#csrfField = options.csrfField ?? 'csrf';
  }

  /** The person signed in on this request, if any (identity, provider, acr). */
  async user(request: IncomingMessage): Promise<SignedInUser | undefined> {
    return (await this.sessions.read(request)).user;
  }

  /**
   * The anti-forgery token to put in a POSTed login or logout form (`<input type="hidden" name="csrf">`);
   * made once per session, so call it while rendering the page (it may set the cookie).
   */
  async csrfToken(request: IncomingMessage, response: ServerResponse): Promise<string> {
    const session = await this.sessions.read(request);
    if (!session.csrf) {
      session.csrf = randomBytes(24).toString('base64url');
      await this.sessions.write(request, response, session);
    }
    return session.csrf;
  }

  /** Handles the request if it is one of the routes; `false` lets the service answer it. */
  async handle(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
    const url = new URL(request.url ?? '/', 'http://service.invalid');
    const path = url.pathname;
    if (path === this.#identityPath) {
      await this.#identity(request, response);
      return true;
    }
    const callback = this.#clients.find((client) => new URL(client.redirectUri).pathname === path);
    const logoutReturn = this.#clients.find((client) => client.postLogoutRedirectUri && new URL(client.postLogoutRedirectUri).pathname === path);
    if (path !== this.#loginPath && path !== this.#logoutPath && !callback && !logoutReturn) return false;
    const session = await this.sessions.read(request);
    try {
      if (path === this.#loginPath) await this.#login(request, response, url, session);
      else if (path === this.#logoutPath) await this.#logout(request, response, url, session);
      else if (callback) await this.#callback(request, response, url, callback, session);
      else if (logoutReturn) await this.#logoutReturn(request, response, url, logoutReturn, session);
    } catch (error) {
      const refusal = toIdentityError(error);
      await this.sessions.write(request, response, session);
      await (this.#options.onError ?? defaultOnError(this.#loginPath))(refusal, request, response);
    }
    return true;
  }

  /** The same routes as an Express-style middleware (mount it at the root of the site). */
  middleware(): (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => void {
    return (request, response, next) => {
      this.handle(request, response).then((handled) => {
        if (!handled) next();
      }, next);
    };
  }

  #checkCsrf(session: IdentitySession, form: URLSearchParams): void {
    const sent = Buffer.from(form.get(this.#csrfField) ?? '');
    const expected = Buffer.from(session.csrf ?? '');
    if (!expected.length || sent.length !== expected.length || !timingSafeEqual(sent, expected)) throw new IdentityError('csrf-invalid');
  }

  #client(name: string | null): IdentityClient {
    const client = name ? this.#clients.find((candidate) => candidate.provider === (name as ProviderName)) : this.#clients[0];
    if (!client) throw new IdentityError('provider-error', { providerDescription: `unknown provider ${name ?? ''}` });
    return client;
  }

  async #login(request: IncomingMessage, response: ServerResponse, url: URL, session: IdentitySession): Promise<void> {
    let parameters = url.searchParams;
    if (request.method === 'POST') {
      parameters = await readForm(request);
      this.#checkCsrf(session, parameters);
    } else if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.statusCode = 405;
      response.setHeader('allow', 'GET, POST');
      response.end();
      return;
    }
    const client = this.#client(parameters.get('provider'));
    const returnTo = localPath(parameters.get('returnTo')) ?? this.#options.afterLogin ?? '/';
    const authorizationUrl = await client.startLogin(session, { returnTo });
    await this.sessions.write(request, response, session);
    redirect(response, authorizationUrl.href);
  }

  async #identity(request: IncomingMessage, response: ServerResponse): Promise<void> {
    response.setHeader('cache-control', 'no-store');
    response.setHeader('vary', 'Cookie');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.statusCode = 405;
      response.setHeader('allow', 'GET');
      response.end();
      return;
    }
    const user = await this.user(request);
    if (!user) {
      response.statusCode = 204;
      response.end();
      return;
    }
    response.statusCode = 200;
    response.setHeader('content-type', 'application/json; charset=utf-8');
    response.setHeader('x-content-type-options', 'nosniff');
    response.end(JSON.stringify({ provider: user.provider, identity: user.identity, acr: user.acr }));
  }

  async #callback(request: IncomingMessage, response: ServerResponse, url: URL, client: IdentityClient, session: IdentitySession): Promise<void> {
    const result = await client.finishLogin(new URL(url.pathname + url.search, client.redirectUri), session);
    // A new session id for the signed-in person (no fixation), and a new anti-forgery token.
    session.csrf = randomBytes(24).toString('base64url');
    await this.sessions.write(request, response, session, { renew: true });
    await this.#options.onLogin?.(result, request);
    redirect(response, result.returnTo ?? this.#options.afterLogin ?? '/');
  }

  async #logout(request: IncomingMessage, response: ServerResponse, url: URL, session: IdentitySession): Promise<void> {
    if (request.method === 'POST') this.#checkCsrf(session, await readForm(request));
    const returnTo = localPath(url.searchParams.get('returnTo')) ?? this.#options.afterLogout ?? '/';
    const provider = session.user?.provider;
    const client = provider ? this.#clients.find((candidate) => candidate.provider === provider) : undefined;
    const endSession = client ? await client.logoutUrl(session, { returnTo }) : undefined;
    delete session.user;
    await this.sessions.write(request, response, session);
    redirect(response, endSession?.href ?? returnTo);
  }

  async #logoutReturn(request: IncomingMessage, response: ServerResponse, url: URL, client: IdentityClient, session: IdentitySession): Promise<void> {
    const { returnTo } = client.finishLogout(new URL(url.pathname + url.search, client.redirectUri), session);
    await this.sessions.write(request, response, session);
    redirect(response, returnTo ?? this.#options.afterLogout ?? '/');
  }
}

/** The sign-in routes of a service (see `IdentityRoutesOptions`). */
export function createIdentityRoutes(options: IdentityRoutesOptions): IdentityRoutes {
  return new IdentityRoutes(options);
}
