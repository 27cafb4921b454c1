/**
 * The identity demo: an example service of a commune that signs people in with the local FranceConnect-shaped
 * provider, through @socle/identity-server. Two procedures: « Inscription à la cantine », rendered by the
 * server with the identity written into the page (the one-tag bundle), and the complete example procedure
 * docs/examples/inscription-restauration-scolaire.html, a static file served as it is (the autoloader),
 * which reads the identity from the session route. Every server listens on 127.0.0.1; started by
 * `npm start` and by the end-to-end tests, under a strict Content-Security-Policy.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type IdentitySession, type PivotIdentity, createIdentityClient, createIdentityRoutes } from '@socle/identity-server';
import { type LocalProvider, fcClient, startLocalProvider } from '../../test/servers/oidc-provider.js';
import { type ApiServer, startApiServer } from '../../test/servers/referentiels-api.js';
import { IDENTITY_FIELDS, type Registration, readRegistration } from './inscription.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const ELEMENTS = join(root, 'packages/elements/dist');
const PROCEDURE = join(root, 'docs/examples/inscription-restauration-scolaire.html');
const CLIENT_ID = 'demo-cantine';

export interface IdentityDemo {
  serviceUrl: string;
  provider: LocalProvider;
  /** The forms the service received, newest last (for the tests). */
  received: Record<string, string>[];
  /** The school-canteen registrations received (docs/examples/inscription-restauration-scolaire.html), newest last. */
  registrations: Registration[];
  /** The stand-in geocoder behind the page's address relay (its requests, for the tests). */
  geocoder: ApiServer;
  close(): Promise<void>;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)} — Commune de Saint-Exemple</title>
<script type="module" src="/socle.js"></script>
<link rel="stylesheet" href="/exemple.css">
</head>
<body>
<header><p><strong>Commune de Saint-Exemple</strong> — service de démonstration de Socle</p></header>
<main>
${body}
</main>
</body>
</html>`;
}

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 64 * 1024) break;
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function serveFile(response: ServerResponse, base: string, path: string): boolean {
  const file = normalize(join(base, path));
  if (!file.startsWith(base + sep)) return false;
  try {
    if (!statSync(file).isFile()) return false;
  } catch {
    return false;
  }
  const types: Record<string, string> = {
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.map': 'application/json',
    '.html': 'text/html; charset=utf-8',
  };
  response.setHeader('content-type', types[extname(file)] ?? 'application/octet-stream');
  createReadStream(file).pipe(response);
  return true;
}

export async function startIdentityDemo(options: { servicePort?: number; providerPort?: number } = {}): Promise<IdentityDemo> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(options.servicePort ?? 0, '127.0.0.1', resolve));
  const serviceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A secret of the service's server only: the browser never sees it.
  const clientSecret = randomBytes(32).toString('base64url');
  const provider = await startLocalProvider({ clients: [fcClient(CLIENT_ID, clientSecret, serviceUrl)], port: options.providerPort ?? 0 });
  const client = createIdentityClient({
    provider: 'franceconnect',
    discoveryUrl: provider.discoveryUrl,
    clientId: CLIENT_ID,
    clientSecret,
    redirectUri: `${serviceUrl}/connexion/retour`,
    postLogoutRedirectUri: `${serviceUrl}/deconnexion/retour`,
  });
  const routes = createIdentityRoutes({
    clients: client,
    secret: randomBytes(32).toString('base64url'),
    afterLogin: '/demande',
    afterLogout: '/?deconnecte',
  });
  const received: Record<string, string>[] = [];
  const registrations: Registration[] = [];
  // The Géoplateforme geocoder, as a stand-in on 127.0.0.1 (the demo runs offline); a commune's server relays to the real one.
  const geocoder = await startApiServer();
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    // The sign-in and sign-out forms end at the provider (Chromium applies form-action to their redirects).
    `form-action 'self' ${provider.origin}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');

  function send(response: ServerResponse, status: number, html: string): void {
    response.statusCode = status;
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.setHeader('content-security-policy', csp);
    response.setHeader('cache-control', 'no-store');
    response.end(html);
  }

  async function home(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const csrf = await routes.csrfToken(request, response);
    const signedOut = url.searchParams.has('deconnecte') ? '<p role="status">Vous êtes déconnecté(e).</p>' : '';
    send(
      response,
      200,
      page(
        'Inscription à la cantine',
        `<h1>Inscription à la cantine scolaire</h1>${signedOut}
<p>Identifiez-vous pour que vos nom, prénoms, date et lieu de naissance soient remplis pour vous.</p>
<socle-login-choice>
  <form slot="provider" method="post" action="/connexion">
    <input type="hidden" name="csrf" value="${escapeHtml(csrf)}">
    <socle-connect-button provider="franceconnect"></socle-connect-button>
  </form>
  <p><a href="/demande">Continuer sans FranceConnect</a></p>
</socle-login-choice>
<p class="warning">Le bouton mène au fournisseur d’identité de test de Socle (${escapeHtml(provider.origin)}), pas à FranceConnect.</p>`,
      ),
    );
  }

  async function form(request: IncomingMessage, response: ServerResponse, session: IdentitySession): Promise<void> {
    const csrf = await routes.csrfToken(request, response);
    const identity = session.user?.identity;
    // The identity as JSON in an attribute, escaped: the element reads it, no inline script needed.
    const fieldset = identity
      ? `<socle-identity-fieldset identity="${escapeHtml(JSON.stringify(identity))}" legend="L’enfant à inscrire"></socle-identity-fieldset>`
      : '<socle-identity-fieldset legend="L’enfant à inscrire"></socle-identity-fieldset>';
    const signOut = identity
      ? `<form method="post" action="/deconnexion" class="signout"><input type="hidden" name="csrf" value="${escapeHtml(csrf)}"><socle-button variant="secondary">Se déconnecter</socle-button></form>`
      : '<p><a href="/">Revenir à l’accueil</a></p>';
    send(
      response,
      200,
      page(
        'Inscription à la cantine',
        `<h1>Inscription à la cantine scolaire</h1>
<socle-form draft="cantine-demo">
  <form method="post" action="/demande">
    ${fieldset}
    <socle-select name="ecole" label="École" required placeholder="Sélectionnez une école">
      <option value="jules-ferry">École Jules-Ferry</option>
      <option value="louise-michel">École Louise-Michel</option>
    </socle-select>
    <socle-text-field name="allergies" label="Allergies ou régime (facultatif)"></socle-text-field>
    <socle-button type="submit">Envoyer l’inscription</socle-button>
  </form>
</socle-form>
${signOut}`,
      ),
    );
  }

  async function submit(request: IncomingMessage, response: ServerResponse, session: IdentitySession): Promise<void> {
    const data = await readForm(request);
    const entries = Object.fromEntries(data);
    received.push(entries);
    // The service trusts the identity in its session, never the copy that came back through the browser.
    const identity = session.user?.identity as PivotIdentity | undefined;
    const matches = identity ? Object.entries(IDENTITY_FIELDS).every(([field, claim]) => entries[field] === identity[claim]) : undefined;
    const verdict =
      matches === undefined
        ? '<p>Identité saisie par la personne (sans FranceConnect) : à vérifier par le service.</p>'
        : matches
          ? '<p>Identité transmise par FranceConnect : le formulaire reçu lui est identique.</p>'
          : '<p>Attention : le formulaire reçu ne correspond pas à l’identité transmise par FranceConnect ; c’est celle de la session qui fait foi.</p>';
    const rows = [...data].map(([name, value]) => `<tr><th scope="row">${escapeHtml(name)}</th><td>${escapeHtml(value)}</td></tr>`).join('\n');
    send(
      response,
      200,
      page('Demande reçue', `<h1>Demande reçue</h1>${verdict}<table><caption>Ce que le serveur de la commune a reçu</caption>${rows}</table><p><a href="/demande">Revenir au formulaire</a></p>`),
    );
  }

  /** The page's address look-up, relayed to the geocoder (here the stand-in): same origin for the page, a bounded wait. */
  async function relayGeocoder(url: URL, response: ServerResponse): Promise<void> {
    try {
      const reply = await fetch(`${geocoder.url}/geocodage/search${url.search}`, { signal: AbortSignal.timeout(5000) });
      response.statusCode = reply.status;
      response.setHeader('content-type', reply.headers.get('content-type') ?? 'application/json');
      const retryAfter = reply.headers.get('retry-after');
      if (retryAfter) response.setHeader('retry-after', retryAfter);
      response.end(Buffer.from(await reply.arrayBuffer()));
    } catch {
      response.statusCode = 502;
      response.setHeader('content-type', 'application/json');
      response.end('{"message":"Géocodeur injoignable"}');
    }
  }

  /** The school-canteen registration: read (multipart), checked again on the server, acknowledged. */
  async function register(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const session = await routes.sessions.read(request);
    const identity = session.user?.identity as PivotIdentity | undefined;
    const registration = await readRegistration(request, identity);
    registrations.push(registration);
    const errors = Object.entries(registration.errors);
    if (errors.length) {
      const list = errors.map(([name, message]) => `<li><strong>${escapeHtml(name)}</strong> : ${escapeHtml(message)}</li>`).join('\n');
      send(response, 422, page('Demande incomplète', `<h1>Demande incomplète</h1><p>Le serveur de la commune a refusé la demande :</p><ul>${list}</ul><p><a href="/inscription">Revenir au formulaire</a> (vos réponses y sont gardées)</p>`));
      return;
    }
    const rows = registration.entries
      .map(([name, value]) => `<tr><th scope="row">${escapeHtml(name)}</th><td>${escapeHtml(value)}</td></tr>`)
      .join('\n');
    const verdict = registration.identityMatches === undefined
      ? 'Identité saisie par la personne (sans FranceConnect) : à vérifier par le service.'
      : registration.identityMatches
        ? 'Identité transmise par FranceConnect : le formulaire reçu lui est identique.'
        : 'Attention : le formulaire reçu ne correspond pas à l’identité transmise par FranceConnect ; c’est celle de la session qui fait foi.';
    send(
      response,
      200,
      page('Demande reçue', `<h1>Demande reçue</h1><p>${verdict}</p><table><caption>Ce que le serveur de la commune a reçu</caption>${rows}</table>`),
    );
  }

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    void (async () => {
      if (await routes.handle(request, response)) return;
      const url = new URL(request.url ?? '/', serviceUrl);
      if (request.method === 'GET' && url.pathname === '/') return home(request, response, url);
      if (url.pathname === '/demande') {
        const session = await routes.sessions.read(request);
        return request.method === 'POST' ? submit(request, response, session) : form(request, response, session);
      }
      if (url.pathname === '/inscription' && (request.method === 'GET' || request.method === 'POST')) {
        if (request.method === 'POST') return register(request, response);
        response.setHeader('content-security-policy', csp);
        response.setHeader('cache-control', 'no-store');
        if (serveFile(response, dirname(PROCEDURE), 'inscription-restauration-scolaire.html')) return;
      }
      if (request.method === 'GET' && url.pathname === '/adresse/search') return relayGeocoder(url, response);
      if (request.method === 'GET' && url.pathname.startsWith('/socle/') && serveFile(response, ELEMENTS, url.pathname.slice('/socle/'.length))) return;
      if (request.method === 'GET' && url.pathname === '/socle.js' && serveFile(response, ELEMENTS, 'socle.js')) return;
      if (request.method === 'GET' && url.pathname.startsWith('/chunks/') && serveFile(response, ELEMENTS, url.pathname)) return;
      if (request.method === 'GET' && url.pathname === '/exemple.css' && serveFile(response, join(root, 'examples'), 'exemple.css')) return;
      send(response, 404, page('Page introuvable', '<h1>Page introuvable</h1><p><a href="/">Revenir à l’accueil</a></p>'));
    })().catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) send(response, 500, page('Erreur', '<h1>Erreur du service</h1>'));
    });
  });

  return {
    serviceUrl,
    provider,
    received,
    registrations,
    geocoder,
    close: async () => {
      await provider.close();
      await geocoder.close();
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}
