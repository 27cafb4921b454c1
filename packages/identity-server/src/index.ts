/**
 * @socle/identity-server — FranceConnect, FranceConnect+ and ProConnect on the service's server (Node ≥ 20):
 * the OpenID Connect flow with openid-client, the normalised identity, typed refusals, sessions in an
 * encrypted cookie or a store, and routes for node:http and Express. Nothing here runs in a browser.
 */
export {
  IdentityClient,
  createIdentityClient,
  PROVIDER_PRESETS,
  type IdentityClientOptions,
  type IdentitySession,
  type LoginResult,
  type PendingLogin,
  type ProviderName,
  type SignedInUser,
} from './client.js';
export { IdentityError, toIdentityError, type IdentityErrorCode } from './errors.js';
export { normaliseIdentity, type AgentIdentity, type Gender, type GenericIdentity, type Identity, type IdentityKind, type PivotIdentity } from './identity.js';
export { CookieSessions, memorySessionStore, readCookie, type CookieSessionOptions, type SessionStore } from './session.js';
export { IdentityRoutes, createIdentityRoutes, type IdentityRoutesOptions } from './routes.js';
