// The routes and sessions against the local provider: mounted in a real Express app and in node:http, the
// session in the encrypted cookie or in a store, and the cookie's flags.
import { type IncomingMessage, type Server, type ServerResponse, createServer, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalProvider, fcClient, startLocalProvider } from '../../../test/servers/oidc-provider.js';
import { UserAgent } from '../../../test/support/user-agent.js';
import { createIdentityClient } from './client.js';
import type { IdentityError } from './errors.js';
import { type IdentityRoutes, createIdentityRoutes } from './routes.js';
import { type SessionStore, memorySessionStore } from './session.js';

const SECRET = 'secret-du-service-de-test-0123456789';
const COOKIE_SECRET = 'une-cle-de-session-tres-longue-0123456789';
let provider: LocalProvider;
const servers: Server[] = [];

/** A server on 127.0.0.1 whose handler is set once its origin is known (the provider needs the redirect URIs first). */
async function listen(handler: (origin: string) => (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server = createServer();
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  server.on('request', handler(origin));
  return origin;
}

const origins: string[] = [];
const pending = new Map<string, (origin: string) => (req: IncomingMessage, res: ServerResponse) => void>();

beforeAll(async () => {
  // Three services, each with its own registration at the provider.
  for (let i = 0; i < 3; i++) {
    const key = String(i);
    origins.push(await listen((origin) => (req, res) => pending.get(key)?.(origin)(req, res)));
  }
  provider = await startLocalProvider({ clients: origins.map((origin, i) => fcClient(`service-${i}`, SECRET, origin)) });
});

afterAll(async () => {
  await provider.close();
  for (const server of servers) {
    server.closeAllConnections();
    server.close();
  }
});

function routesFor(index: number, options: { store?: SessionStore; onError?: (error: IdentityError, req: IncomingMessage, res: ServerResponse) => void } = {}): IdentityRoutes {
  const origin = origins[index]!;
  const client = createIdentityClient({
    provider: 'franceconnect',
    discoveryUrl: provider.discoveryUrl,
    clientId: `service-${index}`,
    clientSecret: SECRET,
    redirectUri: `${origin}/connexion/retour`,
    postLogoutRedirectUri: `${origin}/deconnexion/retour`,
  });
  return createIdentityRoutes({ clients: client, secret: COOKIE_SECRET, afterLogin: '/demande', ...options });
}

/** Signs in through the service's routes; returns the agent (its cookies) and where the service sent it. */
async function signIn(origin: string, account = 'angela') {
  const agent = new UserAgent();
  const start = await agent.send(`${origin}/connexion`);
  expect(start.status).toBe(303);
  const callback = await agent.signIn(new URL(start.headers.get('location')!), { account });
  const back = await agent.send(callback);
  return { agent, back };
}

describe('the routes in an Express app', () => {
  it('signs in through the middleware, and the app reads the person from its own routes; other paths go on', async () => {
    const routes = routesFor(0);
    const app = express();
    app.use(routes.middleware());
    // The anti-forgery token a page renders in its sign-out form.
    app.get('/jeton', (req, res, next) => {
      routes.csrfToken(req, res).then((token) => res.type('text').send(token), next);
    });
    app.get('/demande', (req, res, next) => {
      routes.user(req).then((user) => res.type('text').send(user ? `Bonjour ${(user.identity as { given_name: string }).given_name}` : 'Anonyme'), next);
    });
    pending.set('0', () => app);
    const origin = origins[0]!;
    const anonymous = await fetch(`${origin}/demande`);
    expect(await anonymous.text()).toBe('Anonyme');
    // The identity route for static pages: nobody signed in yet.
    const nobody = await fetch(`${origin}/connexion/identite`);
    expect(nobody.status).toBe(204);
    expect(nobody.headers.get('cache-control')).toBe('no-store');
    const { agent, back } = await signIn(origin);
    expect(back.status).toBe(303);
    expect(back.headers.get('location')).toBe('/demande');
    const page = await agent.send(`${origin}/demande`);
    expect(await page.text()).toBe('Bonjour Angela Claire Louise');
    // Signed in: the identity as JSON, never cached, no CORS header, and no token in it.
    const identity = await agent.send(`${origin}/connexion/identite`);
    expect(identity.status).toBe(200);
    expect(identity.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(identity.headers.get('cache-control')).toBe('no-store');
    expect(identity.headers.get('access-control-allow-origin')).toBeNull();
    const text = await identity.text();
    expect(text).not.toMatch(/eyJ|idToken/);
    expect(JSON.parse(text)).toMatchObject({ provider: 'franceconnect', acr: 'eidas1', identity: { family_name: 'DUBOIS', given_name: 'Angela Claire Louise', birthplace: '75107' } });
    expect((await agent.send(`${origin}/connexion/identite`, { method: 'POST' })).status).toBe(405);
    // Signing out: the provider's end-session URL with the ID token hint; the service forgets the person at once.
    const csrf = await (await agent.send(`${origin}/jeton`)).text();
    const refused = await agent.send(`${origin}/deconnexion`, { form: { csrf: 'faux' } });
    expect(refused.status).toBe(400);
    const out = await agent.send(`${origin}/deconnexion`, { form: { csrf } });
    expect(out.status).toBe(303);
    const endSession = new URL(out.headers.get('location')!);
    expect(endSession.href.startsWith(`${provider.issuer}/session/end?`)).toBe(true);
    expect(endSession.searchParams.get('id_token_hint')).toMatch(/^eyJ/);
    expect(await (await agent.send(`${origin}/demande`)).text()).toBe('Anonyme');
    expect((await agent.send(`${origin}/connexion/identite`)).status).toBe(204);
  });
});

describe('sessions', () => {
  it('in a store, the cookie holds only an id, renewed when the person signs in', async () => {
    const store = memorySessionStore();
    const ids: string[] = [];
    const recording: SessionStore = {
      get: (id) => store.get(id),
      set: (id, session, maxAge) => {
        ids.push(id);
        return store.set(id, session, maxAge);
      },
      destroy: (id) => store.destroy(id),
    };
    const routes = routesFor(1, { store: recording });
    pending.set('1', () => (req, res) => void routes.handle(req, res).then((handled) => handled || res.end('page')));
    const { agent, back } = await signIn(origins[1]!, 'karima');
    expect(back.headers.get('location')).toBe('/demande');
    const [before, after] = [ids[0]!, ids.at(-1)!];
    expect(before).not.toBe(after);
    expect(await store.get(before)).toBeUndefined();
    expect((await store.get(after))?.user?.identity).toMatchObject({ family_name: 'BENALI' });
    const cookie = agent.cookies.get('socle_session')!.value;
    expect(cookie.split('.')).toHaveLength(5);
    expect(cookie).not.toContain(after);
  });

  it('a tampered cookie is no session; the default refusal page is French, escaped, with a way to start again', async () => {
    let refused: IdentityError | undefined;
    const routes = routesFor(2, {
      onError: (error, _req, res) => {
        refused = error;
        res.statusCode = error.status;
        res.end(error.message);
      },
    });
    pending.set('2', () => (req, res) => void routes.handle(req, res));
    const origin = origins[2]!;
    const agent = new UserAgent();
    const start = await agent.send(`${origin}/connexion`);
    const callback = await agent.signIn(new URL(start.headers.get('location')!), { account: 'yves' });
    const sealed = agent.cookies.get('socle_session')!;
    sealed.value = `${sealed.value.slice(0, -3)}AAA`;
    const back = await agent.send(callback);
    expect(back.status).toBe(400);
    expect(refused?.code).toBe('state-missing');

    const plain = routesFor(2);
    pending.set('2', () => (req, res) => void plain.handle(req, res));
    const page = await fetch(`${origin}/connexion/retour?state=<script>&code=x`);
    expect(page.status).toBe(400);
    const text = await page.text();
    expect(text).toContain('<html lang="fr">');
    expect(text).toContain('Aucune connexion n’était en cours');
    expect(text).toContain('<a href="/connexion">Recommencer la connexion</a>');
    expect(text).not.toContain('<script>');
  });

  it('the cookie is HttpOnly and SameSite=Lax everywhere, Secure except on 127.0.0.1', async () => {
    const routes = routesFor(2);
    pending.set('2', () => (req, res) => void routes.handle(req, res));
    const local = await fetch(`${origins[2]!}/connexion`, { redirect: 'manual' });
    const localCookie = local.headers.getSetCookie().find((line) => line.startsWith('socle_session='))!;
    expect(localCookie).toMatch(/; Path=\/; HttpOnly; SameSite=Lax; Max-Age=3600$/);
    // The same service behind its public name (a reverse proxy passes the Host on).
    const url = new URL(`${origins[2]!}/connexion`);
    const publicName = await new Promise<string>((resolve, reject) => {
      get({ host: url.hostname, port: url.port, path: url.pathname, headers: { host: 'demarches.ma-commune.fr' } }, (res) => {
        res.resume();
        resolve(String(res.headers['set-cookie']?.find((line) => line.startsWith('socle_session='))));
      }).on('error', reject);
    });
    expect(publicName).toMatch(/; HttpOnly; SameSite=Lax; Max-Age=3600; Secure$/);
  });
});
