/**
 * A stand-in for `@socle/identity-server`'s identity route (`/connexion/identite`), on the browser tests' own
 * origin (a Vite middleware), so that `src` is read same-origin as on a service: `?cas=` picks the reply —
 * a signed-in person (`angela`, `proconnect`), nobody (204), a failure (500), a body that is not JSON, or
 * JSON that is not an identity. Each request is counted, to check that elements share one request.
 */
import type { Plugin } from 'vite';
import { testIdentity } from '../servers/identites-test.js';

export const SESSION_ROUTE = '/__socle-test/identite';

export function sessionRouteStandIn(): Plugin {
  let count = 0;
  return {
    name: 'socle-session-route-stand-in',
    configureServer(server) {
      server.middlewares.use(SESSION_ROUTE, (request, response) => {
        const url = new URL(request.url ?? '/', 'http://127.0.0.1');
        if (url.searchParams.has('compte')) {
          response.setHeader('content-type', 'text/plain');
          response.end(String(count));
          return;
        }
        count++;
        response.setHeader('cache-control', 'no-store');
        const json = (status: number, body: unknown) => {
          response.statusCode = status;
          response.setHeader('content-type', 'application/json; charset=utf-8');
          response.end(JSON.stringify(body));
        };
        const angela = testIdentity('angela');
        const identity = {
          given_name: angela.given_name,
          family_name: angela.family_name,
          preferred_username: angela.preferred_username,
          birthdate: angela.birthdate,
          gender: angela.gender,
          birthplace: angela.birthplace,
          birthcountry: angela.birthcountry,
        };
        switch (url.searchParams.get('cas')) {
          case 'angela':
            return json(200, { provider: 'franceconnect', acr: 'eidas1', identity });
          case 'proconnect':
            return json(200, { provider: 'proconnect', identity });
          case 'personne':
            response.statusCode = 204;
            return response.end();
          case 'casse':
            response.setHeader('content-type', 'application/json');
            return response.end('{"provider": "franceconnect", "identity": {');
          case 'pas-une-identite':
            return json(200, { provider: 'ailleurs', identity: ['DUBOIS'] });
          default:
            return json(500, { error: 'panne' });
        }
      });
    },
  };
}
