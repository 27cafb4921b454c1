// The catalogue runs offline: the address and company stories talk to the project's stand-in services
// (test/servers/referentiels-api.ts: the Géoplateforme and Recherche d'entreprises contracts, from fixtures),
// served by the catalogue's own server under /services-demo/ — never to the public APIs. A static build of the
// catalogue has no server: there, the fields fall back to manual entry and say so, still without a request out.
import type { Plugin } from 'vite';
import { createApiHandler } from '../test/servers/referentiels-api.js';

export const DEMO_SERVICES = '/services-demo';

export function demoServices(): Plugin {
  const api = createApiHandler();
  return {
    name: 'socle-demo-services',
    configureServer(server) {
      server.middlewares.use(DEMO_SERVICES, (request, response) => {
        // A long-running catalogue keeps no log (the stand-in's cap is for the tests).
        api.requests.length = 0;
        api.handle(request, response);
      });
    },
  };
}
