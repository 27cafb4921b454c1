/**
 * A real OpenID Provider on 127.0.0.1, shaped like FranceConnect v2, for the tests and the demo only —
 * never for production (its page says so). Built on oidc-provider (FranceConnect's own core runs on it):
 * discovery, authorize, token, userinfo as a signed (and, for a FranceConnect+ client, encrypted) JWT,
 * end-session and jwks under `/api/v2`, acr `eidas1`–`eidas3`, pairwise `sub`, FranceConnect's scopes and
 * claims. Its login page lists the test identities as buttons a test can press, and a « Annuler » button.
 */
import { createHash, randomBytes } from 'node:crypto';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider, { type ClientMetadata, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { TEST_IDENTITIES } from './identites-test.js';

export const PREFIX = '/api/v2';

/** `rogue-keys`: the published keys are not the ones that sign (a token signed with another key). */
export type ProviderMode = 'normal' | 'rogue-keys';

export interface LocalProvider {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** `http://127.0.0.1:PORT/api/v2` */
  issuer: string;
  discoveryUrl: string;
  setMode(mode: ProviderMode): void;
  close(): Promise<void>;
}

export interface LocalProviderOptions {
  clients: ClientMetadata[];
  port?: number;
}

const SCOPE_CLAIMS: Record<string, string[]> = {
  openid: ['sub'],
  given_name: ['given_name', 'given_name_array'],
  family_name: ['family_name'],
  preferred_username: ['preferred_username'],
  birthdate: ['birthdate'],
  gender: ['gender'],
  birthplace: ['birthplace'],
  birthcountry: ['birthcountry'],
  email: ['email'],
  profile: ['given_name', 'given_name_array', 'family_name', 'preferred_username', 'birthdate', 'gender'],
  birth: ['birthplace', 'birthcountry'],
  identite_pivot: ['given_name', 'given_name_array', 'family_name', 'birthdate', 'gender', 'birthplace', 'birthcountry'],
  // ProConnect's agent claims, for a ProConnect-shaped client of the same provider.
  usual_name: ['usual_name'],
  uid: ['uid'],
  siret: ['siret'],
  idp_id: ['idp_id'],
};

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

const PAGE_STYLE = `body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#161616}
.warning{border-left:4px solid #b34000;background:#fff4f0;padding:.75rem 1rem}
button{font:inherit;display:block;width:100%;text-align:left;margin:.5rem 0;padding:.75rem 1rem;border:1px solid #000091;background:#f5f5fe;color:#000091;cursor:pointer}
button:focus-visible{outline:3px solid #0a76f6;outline-offset:2px}.cancel{border-color:#666;background:#fff;color:#161616}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>${escapeHtml(title)} — fournisseur d’identité de test</title><style>${PAGE_STYLE}</style></head><body><main>
<p class="warning"><strong>Fournisseur d’identité de test.</strong> Il sert aux tests et à la démonstration de Socle, sur cette machine
seulement : ce n’est pas FranceConnect, et il ne doit jamais servir en production.</p>${body}</main></body></html>`;
}

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 16_384) break;
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** The highest eIDAS level asked for (FranceConnect+ asks `eidas2`), `eidas1` by default. */
function acrFor(requested: unknown): string {
  const levels = typeof requested === 'string' ? requested.split(' ').filter((acr) => /^eidas[1-3]$/.test(acr)) : [];
  return levels.sort().at(-1) ?? 'eidas1';
}

export async function startLocalProvider(options: LocalProviderOptions): Promise<LocalProvider> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = `${origin}${PREFIX}`;
  let mode: ProviderMode = 'normal';

  const signing = await generateKeyPair('RS256', { extractable: true });
  const signingJwk: JWK = { ...(await exportJWK(signing.privateKey)), kid: 'signature-1', alg: 'RS256', use: 'sig' };
  // Same key id, another key: what a client sees when a token was signed by a key the provider never published.
  const rogue = await generateKeyPair('RS256', { extractable: true });
  const rogueJwks = { keys: [{ ...(await exportJWK(rogue.publicKey)), kid: 'signature-1', alg: 'RS256', use: 'sig' }] };
  const salt = randomBytes(16).toString('hex');

  const configuration: Configuration = {
    clients: options.clients,
    jwks: { keys: [signingJwk] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    routes: { authorization: '/authorize', token: '/token', userinfo: '/userinfo', end_session: '/session/end', jwks: '/jwks' },
    scopes: Object.keys(SCOPE_CLAIMS),
    claims: SCOPE_CLAIMS,
    acrValues: ['eidas1', 'eidas2', 'eidas3'],
    subjectTypes: ['public', 'pairwise'],
    pairwiseIdentifier: (_ctx, accountId, client) =>
      createHash('sha256').update(`${accountId}|${client.clientId}|${salt}`).digest('hex'),
    ttl: { AuthorizationCode: 30, AccessToken: 60, IdToken: 3600, Interaction: 600, Session: 3600, Grant: 3600 },
    features: {
      devInteractions: { enabled: false },
      jwtUserinfo: { enabled: true },
      encryption: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx: KoaContextWithOIDC, form: string) => {
          ctx.type = 'html';
          ctx.body = page(
            'Déconnexion',
            `<h1>Se déconnecter du fournisseur d’identité de test ?</h1>${form}
<button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Se déconnecter</button>`,
          );
        },
      },
    },
    enabledJWA: {
      idTokenEncryptionAlgValues: ['RSA-OAEP-256'],
      idTokenEncryptionEncValues: ['A256GCM'],
      userinfoEncryptionAlgValues: ['RSA-OAEP-256'],
      userinfoEncryptionEncValues: ['A256GCM'],
    },
    interactions: { url: (_ctx, interaction) => `${PREFIX}/interaction/${interaction.uid}` },
    // The test provider consents on the person's behalf: the scopes asked for are granted.
    loadExistingGrant: async (ctx) => {
      const { Grant } = ctx.oidc.provider;
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session?.grantIdFor(ctx.oidc.client!.clientId);
      if (grantId) return Grant.find(grantId);
      if (!ctx.oidc.session?.accountId) return undefined;
      const grant = new Grant({ accountId: ctx.oidc.session.accountId, clientId: ctx.oidc.client!.clientId });
      const scope = ctx.oidc.params?.scope;
      grant.addOIDCScope(typeof scope === 'string' ? scope : 'openid');
      await grant.save();
      return grant;
    },
    findAccount: (_ctx, id) => {
      const person = TEST_IDENTITIES.find((identity) => identity.id === id);
      if (!person) return undefined;
      return {
        accountId: id,
        claims: () => ({
          sub: id,
          given_name: person.given_name,
          given_name_array: person.given_name.split(' '),
          family_name: person.family_name,
          preferred_username: person.preferred_username,
          birthdate: person.birthdate,
          gender: person.gender,
          birthplace: person.birthplace,
          birthcountry: person.birthcountry,
          email: person.email,
          usual_name: person.usual_name,
          uid: person.uid,
          siret: person.siret,
          idp_id: 'fia1v2',
        }),
      };
    },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = page('Erreur', `<h1>Erreur du fournisseur d’identité</h1><p>${escapeHtml(out.error)} : ${escapeHtml(out.error_description ?? '')}</p>`);
    },
  };

  const provider = new Provider(issuer, configuration);
  provider.on('server_error', (_ctx, error) => console.error('oidc-provider:', error));
  const callback = provider.callback();

  async function interaction(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const details = await provider.interactionDetails(request, response);
    if (request.method === 'POST') {
      const form = await readForm(request);
      const account = form.get('compte');
      if (!account || !TEST_IDENTITIES.some((identity) => identity.id === account)) {
        await provider.interactionFinished(request, response, { error: 'access_denied', error_description: 'User auth aborted' }, { mergeWithLastSubmission: false });
        return;
      }
      await provider.interactionFinished(request, response, { login: { accountId: account, acr: acrFor(details.params.acr_values), amr: ['pwd'] } }, { mergeWithLastSubmission: false });
      return;
    }
    const buttons = TEST_IDENTITIES.map(
      (identity) =>
        `<button type="submit" name="compte" value="${escapeHtml(identity.id)}"><strong>${escapeHtml(identity.given_name)} ${escapeHtml(identity.family_name)}</strong> — ${escapeHtml(identity.description)}</button>`,
    ).join('\n');
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(
      page(
        'Connexion',
        `<h1>Choisissez une identité de test</h1><form method="post" action="${PREFIX}/interaction/${escapeHtml(details.uid)}">
${buttons}
<button class="cancel" type="submit" name="annuler" value="1">Annuler et revenir au service</button></form>`,
      ),
    );
  }

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const url = request.url ?? '/';
    if (!url.startsWith(`${PREFIX}/`)) {
      response.statusCode = 404;
      response.end();
      return;
    }
    if (url.startsWith(`${PREFIX}/interaction/`)) {
      interaction(request, response).catch((error: unknown) => {
        response.statusCode = 400;
        response.setHeader('content-type', 'text/html; charset=utf-8');
        response.end(page('Erreur', `<h1>Connexion impossible</h1><p>${escapeHtml(String(error))}</p>`));
      });
      return;
    }
    if (mode === 'rogue-keys' && url === `${PREFIX}/jwks`) {
      response.setHeader('content-type', 'application/jwk-set+json');
      response.end(JSON.stringify(rogueJwks));
      return;
    }
    // Mounted under the prefix, as in oidc-provider's guide for plain node:http.
    const mounted = request as IncomingMessage & { originalUrl?: string };
    mounted.originalUrl = url;
    mounted.url = url.slice(PREFIX.length);
    void callback(request, response);
  });

  return {
    origin,
    issuer,
    discoveryUrl: `${issuer}/.well-known/openid-configuration`,
    setMode(next) {
      mode = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A FranceConnect-like client registration for the local provider. */
export function fcClient(clientId: string, secret: string, serviceOrigin: string, extra: Partial<ClientMetadata> = {}): ClientMetadata {
  return {
    client_id: clientId,
    client_secret: secret,
    redirect_uris: [`${serviceOrigin}/connexion/retour`],
    post_logout_redirect_uris: [`${serviceOrigin}/deconnexion/retour`],
    token_endpoint_auth_method: 'client_secret_post',
    id_token_signed_response_alg: 'RS256',
    userinfo_signed_response_alg: 'RS256',
    subject_type: 'pairwise',
    grant_types: ['authorization_code'],
    response_types: ['code'],
    ...extra,
  };
}
