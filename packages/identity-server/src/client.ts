/**
 * The OpenID Connect work of a sign-in, on the service's server: openid-client does the protocol and the
 * cryptography (discovery, code exchange, signatures, JWE); this module adds the providers' presets, the
 * session bookkeeping (state and nonce kept server-side, nothing half-done left behind) and typed refusals.
 */
import { timingSafeEqual } from 'node:crypto';
import { importJWK, type JWK } from 'jose';
import * as oidc from 'openid-client';
import { IdentityError, toIdentityError } from './errors.js';
import { type Identity, type IdentityKind, normaliseIdentity } from './identity.js';

export type ProviderName = 'franceconnect' | 'franceconnect-plus' | 'proconnect' | 'oidc';

interface Preset {
  kind: IdentityKind;
  scopes: string[];
  acrValues?: string[];
  /** Userinfo answered as a signed JWT (FranceConnect, ProConnect), verified with the provider's keys. */
  userinfoJwt: boolean;
}

/** What each provider expects by default (`../docs/identite.md`). */
export const PROVIDER_PRESETS: Readonly<Record<ProviderName, Readonly<Preset>>> = {
  franceconnect: {
    kind: 'pivot',
    scopes: ['openid', 'identite_pivot', 'preferred_username', 'email'],
    acrValues: ['eidas1'],
    userinfoJwt: true,
  },
  'franceconnect-plus': {
    kind: 'pivot',
    scopes: ['openid', 'identite_pivot', 'preferred_username', 'email'],
    acrValues: ['eidas2'],
    userinfoJwt: true,
  },
  proconnect: {
    kind: 'agent',
    scopes: ['openid', 'given_name', 'usual_name', 'email', 'uid', 'siret', 'idp_id'],
    userinfoJwt: true,
  },
  oidc: { kind: 'generic', scopes: ['openid'], userinfoJwt: false },
};

export interface IdentityClientOptions {
  /** Which provider: sets the default scopes, `acr_values` and the shape of the identity. */
  provider: ProviderName;
  /** The provider's discovery document (`…/.well-known/openid-configuration`) or its issuer URL. */
  discoveryUrl: string | URL;
  clientId: string;
  /** `client_secret_post` (FranceConnect, ProConnect). Never sent to the browser. */
  clientSecret?: string;
  /** Or `private_key_jwt`: the service's private signing key (a JWK with its `kid` and `alg`). */
  privateKey?: JWK;
  /** FranceConnect+: the service's private decryption keys (JWK, e.g. `RSA-OAEP-256`); their public halves are `publicJwks()`. */
  encryptionKeys?: JWK[];
  /** The callback URL registered with the provider, matched exactly. */
  redirectUri: string;
  /** Where the provider sends the person back after signing out (registered too). */
  postLogoutRedirectUri?: string;
  /** Replaces the preset's scopes (`openid` is always added). */
  scopes?: string[];
  /** Replaces the preset's `acr_values`; the returned `acr` must be at least as strong. */
  acrValues?: string[];
  /** Seconds to add to this server's clock when checking tokens (for a server whose clock is wrong). */
  clockSkew?: number;
  /** Seconds of tolerance on token timestamps (default 30). */
  clockTolerance?: number;
  /** Network timeout in seconds for each request to the provider (default 10). */
  timeout?: number;
}

/** What a service keeps between the start and the end of a sign-in. */
export interface PendingLogin {
  provider: ProviderName;
  state: string;
  nonce: string;
  returnTo?: string;
  startedAt: number;
}

/** The person signed in. */
export interface SignedInUser {
  provider: ProviderName;
  identity: Identity;
  acr?: string;
  /** Kept for the sign-out (`id_token_hint`); never sent to the browser. */
  idToken: string;
  signedInAt: number;
}

/** The part of a session this package reads and writes; the adapters persist it in a cookie or a store. */
export interface IdentitySession {
  pendingLogin?: PendingLogin;
  user?: SignedInUser;
  pendingLogout?: { provider: ProviderName; state: string; returnTo?: string };
  csrf?: string;
}

export interface LoginResult {
  identity: Identity;
  /** Every claim of the verified userinfo response. */
  claims: Readonly<Record<string, unknown>>;
  acr: string | undefined;
  returnTo: string | undefined;
}

/** The members of a JWK that hold its private part (RFC 7518 §6). */
const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'] as const;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** A sign-in left unfinished longer than this is refused (the provider's own interaction expires sooner). */
const PENDING_LIFETIME_MS = 15 * 60 * 1000;

/** eIDAS levels compare: a stronger authentication than asked for is accepted. */
function acrLevel(acr: string): number {
  const match = /^eidas([1-3])$/.exec(acr);
  return match ? Number(match[1]) : Number.NaN;
}

function acrSatisfies(received: string | undefined, wanted: readonly string[] | undefined): boolean {
  if (!wanted?.length) return true;
  if (!received) return false;
  if (wanted.includes(received)) return true;
  const level = acrLevel(received);
  return wanted.some((acr) => acrLevel(acr) <= level);
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** A client of one provider for one service. Discovery happens on first use and is kept. */
export class IdentityClient {
  readonly provider: ProviderName;
  readonly redirectUri: string;
  readonly postLogoutRedirectUri: string | undefined;
  readonly #options: IdentityClientOptions;
  readonly #preset: Preset;
  #config: Promise<oidc.Configuration> | undefined;

  constructor(options: IdentityClientOptions) {
    if (!options.clientSecret && !options.privateKey) {
      throw new TypeError('IdentityClient: clientSecret or privateKey is required (the token exchange authenticates the service).');
    }
    this.#options = options;
    this.#preset = PROVIDER_PRESETS[options.provider];
    this.provider = options.provider;
    this.redirectUri = options.redirectUri;
    this.postLogoutRedirectUri = options.postLogoutRedirectUri;
  }

  get scopes(): string[] {
    const scopes = this.#options.scopes ?? this.#preset.scopes;
    return scopes.includes('openid') ? [...scopes] : ['openid', ...scopes];
  }

  get acrValues(): string[] | undefined {
    return this.#options.acrValues ?? this.#preset.acrValues;
  }

  /** The provider's configuration (discovered once; a failed discovery is tried again on the next call). */
  configuration(): Promise<oidc.Configuration> {
    this.#config ??= this.#discover().catch((error: unknown) => {
      this.#config = undefined;
      throw toIdentityError(error);
    });
    return this.#config;
  }

  async #discover(): Promise<oidc.Configuration> {
    const options = this.#options;
    const url = new URL(options.discoveryUrl);
    const insecure = url.protocol === 'http:' && LOOPBACK.has(url.hostname);
    // Plain HTTP only for a provider on this machine (the local test provider); anything else must be HTTPS.
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- deprecated only as a warning sign; loopback only here
    const execute = insecure ? [oidc.allowInsecureRequests] : [];
    const timeout = options.timeout ?? 10;
    const discovered = await oidc.discovery(url, options.clientId, undefined, undefined, { execute, timeout });
    const server = discovered.serverMetadata();
    const signing = (supported: readonly string[] | undefined) => ['ES256', 'RS256'].find((alg) => supported?.includes(alg)) ?? 'RS256';
    const metadata: Partial<oidc.ClientMetadata> = {
      token_endpoint_auth_method: options.privateKey ? 'private_key_jwt' : 'client_secret_post',
      id_token_signed_response_alg: signing(server.id_token_signing_alg_values_supported),
      [oidc.clockSkew]: options.clockSkew ?? 0,
      [oidc.clockTolerance]: options.clockTolerance ?? 30,
    };
    if (options.clientSecret) metadata.client_secret = options.clientSecret;
    if (this.#preset.userinfoJwt) metadata.userinfo_signed_response_alg = signing(server.userinfo_signing_alg_values_supported);
    const auth = options.privateKey
      ? oidc.PrivateKeyJwt({ key: (await importJWK(options.privateKey, options.privateKey.alg ?? 'RS256')) as oidc.CryptoKey, kid: options.privateKey.kid })
      : oidc.ClientSecretPost(options.clientSecret);
    const config = new oidc.Configuration(server, options.clientId, metadata, auth);
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- as above: loopback only
    if (insecure) oidc.allowInsecureRequests(config);
    // Verify the signatures of the ID token and of the userinfo JWT against the provider's published keys,
    // as FranceConnect requires (openid-client skips this by default for responses received over TLS).
    oidc.enableNonRepudiationChecks(config);
    config.timeout = timeout;
    if (options.encryptionKeys?.length) {
      const keys = await Promise.all(
        options.encryptionKeys.map(async (jwk) => ({ key: (await importJWK(jwk, jwk.alg ?? 'RSA-OAEP-256')) as oidc.CryptoKey, kid: jwk.kid })),
      );
      oidc.enableDecryptingResponses(config, ['A256GCM', 'A128GCM', 'A256CBC-HS512', 'A128CBC-HS256'], ...keys);
    }
    return config;
  }

  /**
   * Starts a sign-in: keeps a fresh `state` and `nonce` (43 characters each) in the session and returns the
   * provider's authorization URL to redirect the browser to.
   */
  async startLogin(session: IdentitySession, options: { returnTo?: string; prompt?: 'login' | 'consent' } = {}): Promise<URL> {
    const config = await this.configuration();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    session.pendingLogin = { provider: this.provider, state, nonce, startedAt: Date.now() };
    if (options.returnTo) session.pendingLogin.returnTo = options.returnTo;
    const parameters: Record<string, string> = {
      redirect_uri: this.redirectUri,
      scope: this.scopes.join(' '),
      state,
      nonce,
    };
    const acr = this.acrValues;
    if (acr?.length) parameters.acr_values = acr.join(' ');
    if (options.prompt) parameters.prompt = options.prompt;
    return oidc.buildAuthorizationUrl(config, parameters);
  }

  /**
   * Ends a sign-in from the callback URL: checks `state`, exchanges the code, checks the ID token (issuer,
   * audience, signature, expiry, nonce, acr), fetches and verifies the userinfo JWT, and returns the typed
   * identity. Any refusal is an `IdentityError`; either way the pending sign-in is gone from the session,
   * and the person is signed in only when everything passed.
   */
  async finishLogin(callbackUrl: string | URL, session: IdentitySession): Promise<LoginResult> {
    const pending = session.pendingLogin;
    delete session.pendingLogin;
    try {
      const url = new URL(callbackUrl, this.redirectUri);
      const error = url.searchParams.get('error');
      if (!pending || pending.provider !== this.provider || Date.now() - pending.startedAt > PENDING_LIFETIME_MS) {
        throw new IdentityError(error === 'access_denied' ? 'access-denied' : 'state-missing');
      }
      const state = url.searchParams.get('state');
      if (!state) throw new IdentityError('state-missing');
      if (!sameText(state, pending.state)) throw new IdentityError('state-mismatch');
      const config = await this.configuration();
      const tokens = await oidc.authorizationCodeGrant(config, url, {
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims();
      if (!idClaims || !tokens.id_token) throw new IdentityError('provider-error');
      const acr = typeof idClaims.acr === 'string' ? idClaims.acr : undefined;
      if (!acrSatisfies(acr, this.acrValues)) throw new IdentityError('acr-insufficient', { providerDescription: acr ?? 'no acr' });
      const claims = await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub);
      const identity = normaliseIdentity(this.#preset.kind, claims);
      const user: SignedInUser = { provider: this.provider, identity, idToken: tokens.id_token, signedInAt: Date.now() };
      if (acr) user.acr = acr;
      session.user = user;
      return { identity, claims, acr, returnTo: pending.returnTo };
    } catch (error) {
      throw toIdentityError(error);
    }
  }

  /**
   * Signs the person out of the service at once and returns the provider's end-session URL (with
   * `id_token_hint` and a fresh `state`), or `undefined` when nobody was signed in with this provider.
   */
  async logoutUrl(session: IdentitySession, options: { returnTo?: string } = {}): Promise<URL | undefined> {
    const user = session.user;
    delete session.user;
    if (!user || user.provider !== this.provider) return undefined;
    const config = await this.configuration();
    const state = oidc.randomState();
    session.pendingLogout = { provider: this.provider, state };
    if (options.returnTo) session.pendingLogout.returnTo = options.returnTo;
    const parameters: Record<string, string> = { id_token_hint: user.idToken, state };
    if (this.postLogoutRedirectUri) parameters.post_logout_redirect_uri = this.postLogoutRedirectUri;
    return oidc.buildEndSessionUrl(config, parameters);
  }

  /** Checks the `state` the provider's sign-out comes back with; returns where to send the person. */
  finishLogout(callbackUrl: string | URL, session: IdentitySession): { returnTo: string | undefined } {
    const pending = session.pendingLogout;
    delete session.pendingLogout;
    const state = new URL(callbackUrl, this.redirectUri).searchParams.get('state');
    if (!pending || !state || !sameText(state, pending.state)) throw new IdentityError('logout-state-mismatch');
    return { returnTo: pending.returnTo };
  }

  /** The public halves of `encryptionKeys`, to publish at the URL registered as the service's `jwks_uri`. */
  publicJwks(): { keys: JWK[] } {
    const isPublic = ([member]: [string, unknown]) => !(PRIVATE_JWK_MEMBERS as readonly string[]).includes(member);
    const keys = (this.#options.encryptionKeys ?? []).map(
      (jwk): JWK => ({ ...(Object.fromEntries(Object.entries(jwk).filter(isPublic)) as JWK), use: 'enc', alg: jwk.alg ?? 'RSA-OAEP-256' }),
    );
    return { keys };
  }
}

/** A client of one provider for one service (see `IdentityClientOptions`). */
export function createIdentityClient(options: IdentityClientOptions): IdentityClient {
  return new IdentityClient(options);
}
