/**
 * The identity of the person signed in on this site, asked of the service's own route
 * (`/connexion/identite` of `@socle/identity-server`) for a static page that cannot have it written in by
 * the server. Same origin, with the session cookie; one request per address and page, shared by every
 * element that asks. Signed out, refused, unreachable or malformed: no identity, and the page stays a form
 * to fill in by hand — never a dead end.
 */
import type { PivotIdentity } from './identity-fieldset/pivot.js';
import { type IdentityProvider, PROVIDERS } from './messages.js';

export interface SessionIdentity {
  provider: IdentityProvider;
  identity: PivotIdentity;
}

/** How long the page waits for the service before going on without the identity. */
const TIMEOUT_MS = 10_000;

const asked = new Map<string, Promise<SessionIdentity | undefined>>();

function isStringRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The reply's body as a session identity, or `undefined` when it is not one. */
export function parseSessionIdentity(body: unknown): SessionIdentity | undefined {
  if (!isStringRecord(body) || !isStringRecord(body.identity)) return undefined;
  const provider = typeof body.provider === 'string' && body.provider in PROVIDERS ? (body.provider as IdentityProvider) : undefined;
  if (!provider) return undefined;
  const identity: PivotIdentity = {};
  for (const [claim, value] of Object.entries(body.identity)) {
    if (typeof value === 'string') (identity as Record<string, string>)[claim] = value;
  }
  return identity.family_name || identity.given_name ? { provider, identity } : undefined;
}

async function ask(url: string): Promise<SessionIdentity | undefined> {
  try {
    const response = await fetch(url, {
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    // 204: nobody is signed in.
    if (response.status === 204) return undefined;
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const found = parseSessionIdentity(await response.json());
    if (!found) throw new Error('not a session identity');
    return found;
  } catch (error) {
    console.warn(`Socle : l’identité de la session n’a pas pu être lue à ${url} ; le formulaire reste à remplir. / The session identity could not be read.`, error);
    return undefined;
  }
}

/** The signed-in person's identity from the route at `src` (relative to the page), asked once per page. */
export function sessionIdentity(src: string): Promise<SessionIdentity | undefined> {
  const url = new URL(src, document.baseURI);
  if (url.origin !== location.origin) {
    console.warn(`Socle : ${url.href} n’est pas sur ce site ; l’identité ne se lit qu’à une route du service. / The identity is read from this site only.`);
    return Promise.resolve(undefined);
  }
  let answer = asked.get(url.href);
  if (!answer) {
    answer = ask(url.href);
    asked.set(url.href, answer);
  }
  return answer;
}

/** Forgets the answers (tests; a page that signs out without reloading). */
export function forgetSessionIdentity(): void {
  asked.clear();
}
