// The sign-in flow against a real OpenID Provider on 127.0.0.1 (test/servers/oidc-provider.ts): the whole
// flow for FranceConnect and FranceConnect+ (encrypted tokens), then each refusal triggered for real.
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_IDENTITIES, testIdentity } from '../../../test/servers/identites-test.js';
import { type LocalProvider, fcClient, startLocalProvider } from '../../../test/servers/oidc-provider.js';
import { UserAgent } from '../../../test/support/user-agent.js';
import { type IdentityClientOptions, type IdentitySession, createIdentityClient } from './client.js';
import { IdentityError } from './errors.js';
import type { PivotIdentity as BrowserPivotIdentity } from '@socle/identity';
import type { PivotIdentity } from './identity.js';

const SERVICE = 'http://127.0.0.1:9'; // never contacted: the callback URL is handed over by the test
const SECRET = 'secret-du-service-de-test-0123456789';
let provider: LocalProvider;
let encryptionKey: JWK;
let signingKey: JWK;

beforeAll(async () => {
  const { privateKey, publicKey } = await generateKeyPair('RSA-OAEP-256', { extractable: true });
  encryptionKey = { ...(await exportJWK(privateKey)), kid: 'chiffrement-1', alg: 'RSA-OAEP-256', use: 'enc' };
  const publicJwk = { ...(await exportJWK(publicKey)), kid: 'chiffrement-1', alg: 'RSA-OAEP-256', use: 'enc' };
  const signing = await generateKeyPair('RS256', { extractable: true });
  signingKey = { ...(await exportJWK(signing.privateKey)), kid: 'signature-service', alg: 'RS256', use: 'sig' };
  const signingPublic = { ...(await exportJWK(signing.publicKey)), kid: 'signature-service', alg: 'RS256', use: 'sig' };
  provider = await startLocalProvider({
    clients: [
      fcClient('service-cle', '', SERVICE, {
        client_secret: undefined,
        token_endpoint_auth_method: 'private_key_jwt',
        token_endpoint_auth_signing_alg: 'RS256',
        jwks: { keys: [signingPublic] },
      }),
      fcClient('service-fc', SECRET, SERVICE),
      fcClient('service-fc-plus', SECRET, SERVICE, {
        id_token_encrypted_response_alg: 'RSA-OAEP-256',
        id_token_encrypted_response_enc: 'A256GCM',
        userinfo_encrypted_response_alg: 'RSA-OAEP-256',
        userinfo_encrypted_response_enc: 'A256GCM',
        jwks: { keys: [publicJwk] },
      }),
      fcClient('service-agents', SECRET, SERVICE),
    ],
  });
});

afterAll(async () => {
  await provider.close();
});

function client(overrides: Partial<IdentityClientOptions> = {}) {
  return createIdentityClient({
    provider: 'franceconnect',
    discoveryUrl: provider.discoveryUrl,
    clientId: 'service-fc',
    clientSecret: SECRET,
    redirectUri: `${SERVICE}/connexion/retour`,
    postLogoutRedirectUri: `${SERVICE}/deconnexion/retour`,
    ...overrides,
  });
}

/** Starts a sign-in and has `account` log in; returns the callback URL the browser is sent back to. */
async function signIn(session: IdentitySession, identityClient = client(), account = 'angela') {
  const authorizationUrl = await identityClient.startLogin(session, { returnTo: '/demande' });
  const callbackUrl = await new UserAgent().signIn(authorizationUrl, { account });
  return { authorizationUrl, callbackUrl };
}

async function refusal(promise: Promise<unknown>): Promise<IdentityError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(IdentityError);
  return error as IdentityError;
}

describe('the FranceConnect flow against the local provider', () => {
  it('sends FranceConnect’s parameters: scopes, acr eidas1, state and nonce of at least 32 characters', async () => {
    const session: IdentitySession = {};
    const url = await client().startLogin(session);
    expect(url.origin + url.pathname).toBe(`${provider.issuer}/authorize`);
    const params = url.searchParams;
    expect(params.get('response_type')).toBe('code');
    expect(params.get('client_id')).toBe('service-fc');
    expect(params.get('redirect_uri')).toBe(`${SERVICE}/connexion/retour`);
    expect(params.get('scope')).toBe('openid identite_pivot preferred_username email');
    expect(params.get('acr_values')).toBe('eidas1');
    expect(params.get('state')!.length).toBeGreaterThanOrEqual(32);
    expect(params.get('nonce')!.length).toBeGreaterThanOrEqual(32);
    expect(params.has('client_secret')).toBe(false);
    expect(session.pendingLogin).toMatchObject({ state: params.get('state'), nonce: params.get('nonce') });
  });

  it('signs in: code exchanged, tokens and the userinfo JWT verified, the pivot identity typed', async () => {
    const session: IdentitySession = {};
    const { callbackUrl } = await signIn(session);
    expect(callbackUrl.searchParams.get('code')).toBeTruthy();
    const result = await client().finishLogin(callbackUrl, session);
    const identity = result.identity as PivotIdentity;
    expect(identity).toMatchObject({
      kind: 'pivot',
      given_name: 'Angela Claire Louise',
      given_name_array: ['Angela', 'Claire', 'Louise'],
      family_name: 'DUBOIS',
      birthdate: '1962-08-24',
      gender: 'female',
      birthplace: '75107',
      birthcountry: '99100',
      email: 'angela.dubois@exemple.fr',
    });
    expect(identity.preferred_username).toBeUndefined();
    // Pairwise: not the account id.
    expect(identity.sub).toMatch(/^[0-9a-f]{64}$/);
    expect(result.acr).toBe('eidas1');
    expect(result.returnTo).toBe('/demande');
    expect(session.pendingLogin).toBeUndefined();
    expect(session.user?.identity).toEqual(identity);
    expect(session.user?.idToken.split('.')).toHaveLength(3);
    // What the server returns is what the browser's fieldset takes, as it is.
    const forTheBrowser: BrowserPivotIdentity = identity;
    expect(forTheBrowser.birthplace).toBe('75107');
  });

  it('returns every seeded identity as received: partial birthdates, abroad, a former commune, usage names', async () => {
    for (const person of TEST_IDENTITIES) {
      const session: IdentitySession = {};
      const { callbackUrl } = await signIn(session, client(), person.id);
      const { identity } = await client().finishLogin(callbackUrl, session);
      expect(identity).toMatchObject({
        given_name: person.given_name,
        family_name: person.family_name,
        birthdate: person.birthdate,
        birthplace: person.birthplace,
        birthcountry: person.birthcountry,
      });
      expect((identity as PivotIdentity).preferred_username).toBe(person.preferred_username || undefined);
    }
  });

  it('FranceConnect+: acr eidas2, ID token and userinfo encrypted to the service’s own key and decrypted', async () => {
    const plus = client({ provider: 'franceconnect-plus', clientId: 'service-fc-plus', encryptionKeys: [encryptionKey] });
    const session: IdentitySession = {};
    const { authorizationUrl, callbackUrl } = await signIn(session, plus, 'karima');
    expect(authorizationUrl.searchParams.get('acr_values')).toBe('eidas2');
    const result = await plus.finishLogin(callbackUrl, session);
    expect(result.acr).toBe('eidas2');
    expect(result.identity).toMatchObject({ family_name: 'BENALI', birthdate: '1962-05-00', birthplace: '', birthcountry: '99352' });
    // The ID token kept for the sign-out is the JWE the provider sent (five parts).
    expect(session.user?.idToken.split('.')).toHaveLength(5);
    expect(plus.publicJwks().keys[0]).toEqual({ kty: 'RSA', n: encryptionKey.n, e: encryptionKey.e, kid: 'chiffrement-1', alg: 'RSA-OAEP-256', use: 'enc' });
  });

  it('authenticates the service with its private key instead of a secret (private_key_jwt)', async () => {
    const keyed = client({ clientId: 'service-cle', clientSecret: undefined, privateKey: signingKey });
    const session: IdentitySession = {};
    const { callbackUrl } = await signIn(session, keyed, 'yves');
    const { identity } = await keyed.finishLogin(callbackUrl, session);
    expect(identity).toMatchObject({ family_name: 'LEFÈVRE', birthdate: '1948-00-00', birthplace: '50001' });
    // The same code exchange with a secret the provider does not know for this client is refused.
    const session2: IdentitySession = {};
    const second = await signIn(session2, keyed, 'yves');
    const error = await refusal(client({ clientId: 'service-cle', clientSecret: 'pas-le-bon' }).finishLogin(second.callbackUrl, session2));
    expect(error.code).toBe('provider-error');
    expect(session2.user).toBeUndefined();
  });

  it('ProConnect: the agent’s claims', async () => {
    const agents = client({ provider: 'proconnect', clientId: 'service-agents' });
    const session: IdentitySession = {};
    const { authorizationUrl, callbackUrl } = await signIn(session, agents, 'jean-pierre');
    expect(authorizationUrl.searchParams.get('scope')).toBe('openid given_name usual_name email uid siret idp_id');
    expect(authorizationUrl.searchParams.has('acr_values')).toBe(false);
    const { identity } = await agents.finishLogin(callbackUrl, session);
    expect(identity).toMatchObject({ kind: 'agent', given_name: 'Jean-Pierre Marie', usual_name: 'ROSSI', uid: 'jpsantoni', siret: '21750001600019' });
  });

  it('signs out: the end-session URL carries id_token_hint and state, and the return is checked', async () => {
    const session: IdentitySession = {};
    const { callbackUrl } = await signIn(session);
    const identityClient = client();
    await identityClient.finishLogin(callbackUrl, session);
    const idToken = session.user!.idToken;
    const url = await identityClient.logoutUrl(session, { returnTo: '/au-revoir' });
    expect(session.user).toBeUndefined();
    expect(url!.origin + url!.pathname).toBe(`${provider.issuer}/session/end`);
    expect(url!.searchParams.get('id_token_hint')).toBe(idToken);
    expect(url!.searchParams.get('post_logout_redirect_uri')).toBe(`${SERVICE}/deconnexion/retour`);
    const state = url!.searchParams.get('state')!;
    expect(state.length).toBeGreaterThanOrEqual(32);
    const tampered = { ...session, pendingLogout: { ...session.pendingLogout! } };
    expect(identityClient.finishLogout(`${SERVICE}/deconnexion/retour?state=${state}`, session)).toEqual({ returnTo: '/au-revoir' });
    expect((() => { try { identityClient.finishLogout(`${SERVICE}/deconnexion/retour?state=autre`, tampered); } catch (error) { return (error as IdentityError).code; } })()).toBe('logout-state-mismatch');
    expect(await identityClient.logoutUrl({})).toBeUndefined();
  });
});

describe('every refusal, triggered for real, leaves no half-signed-in session', () => {
  function expectSignedOut(session: IdentitySession) {
    expect(session.user).toBeUndefined();
    expect(session.pendingLogin).toBeUndefined();
  }

  it('a tampered state', async () => {
    const session: IdentitySession = {};
    const { callbackUrl } = await signIn(session);
    callbackUrl.searchParams.set('state', `${callbackUrl.searchParams.get('state')!.slice(0, -1)}x`);
    const error = await refusal(client().finishLogin(callbackUrl, session));
    expect(error.code).toBe('state-mismatch');
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/ne correspond pas à la connexion demandée/);
    expectSignedOut(session);
  });

  it('a missing state, and a callback with no sign-in under way (opened twice)', async () => {
    const session: IdentitySession = {};
    const { callbackUrl } = await signIn(session);
    const withoutState = new URL(callbackUrl);
    withoutState.searchParams.delete('state');
    expect((await refusal(client().finishLogin(withoutState, { ...session }))).code).toBe('state-missing');
    expect((await refusal(client().finishLogin(callbackUrl, {}))).code).toBe('state-missing');
  });

  it('a replayed code', async () => {
    const session: IdentitySession = {};
    const { callbackUrl } = await signIn(session);
    const copy = structuredClone(session);
    await client().finishLogin(callbackUrl, session);
    const error = await refusal(client().finishLogin(callbackUrl, copy));
    expect(error.code).toBe('code-invalid');
    expect(error.message).toMatch(/déjà servi ou il a expiré/);
    expectSignedOut(copy);
  });

  it('a wrong nonce (the tokens were issued for another sign-in)', async () => {
    const session: IdentitySession = {};
    const { callbackUrl } = await signIn(session);
    session.pendingLogin!.nonce = 'n'.repeat(43);
    const error = await refusal(client().finishLogin(callbackUrl, session));
    expect(error.code).toBe('nonce-mismatch');
    expectSignedOut(session);
  });

  it('a token signed with another key than the provider publishes', async () => {
    const session: IdentitySession = {};
    const { callbackUrl } = await signIn(session);
    provider.setMode('rogue-keys');
    try {
      const error = await refusal(client().finishLogin(callbackUrl, session));
      expect(error.code).toBe('signature-invalid');
      expect(error.status).toBe(502);
    } finally {
      provider.setMode('normal');
    }
    expectSignedOut(session);
  });

  it('an expired token (checked two hours after it was issued)', async () => {
    const session: IdentitySession = {};
    const { callbackUrl } = await signIn(session);
    const error = await refusal(client({ clockSkew: 2 * 3600 }).finishLogin(callbackUrl, session));
    expect(error.code).toBe('token-expired');
    expectSignedOut(session);
  });

  it('the person cancels at the provider (access_denied)', async () => {
    const session: IdentitySession = {};
    const authorizationUrl = await client().startLogin(session);
    const callbackUrl = await new UserAgent().signIn(authorizationUrl, { cancel: true });
    expect(callbackUrl.searchParams.get('error')).toBe('access_denied');
    const error = await refusal(client().finishLogin(callbackUrl, session));
    expect(error.code).toBe('access-denied');
    expect(error.message).toBe('Vous avez annulé la connexion. Vous pouvez recommencer, ou continuer sans vous identifier.');
    expectSignedOut(session);
  });

  it('an authentication weaker than required (acr)', async () => {
    const session: IdentitySession = {};
    // The service asks for eidas1 but requires eidas3 of what comes back.
    const { callbackUrl } = await signIn(session);
    const error = await refusal(client({ acrValues: ['eidas3'] }).finishLogin(callbackUrl, session));
    expect(error.code).toBe('acr-insufficient');
    expectSignedOut(session);
  });

  it('a provider that does not answer', async () => {
    const error = await refusal(client({ discoveryUrl: 'http://127.0.0.1:9/api/v2/.well-known/openid-configuration', timeout: 2 }).startLogin({}));
    expect(error.code).toBe('provider-unreachable');
  });

  it('a userinfo without the pivot identity', async () => {
    // A service configured with scopes that leave the birth claims out gets a clear refusal, not a half identity.
    const session: IdentitySession = {};
    const narrow = client({ scopes: ['openid', 'given_name', 'family_name'] });
    const { callbackUrl } = await signIn(session, narrow, testIdentity('angela').id);
    const error = await refusal(narrow.finishLogin(callbackUrl, session));
    expect(error.code).toBe('userinfo-invalid');
    expectSignedOut(session);
  });
});
