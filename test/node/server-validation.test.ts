/** The server guide's example, run for real: a form posted to a node:http server re-checked by the validators. */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain JavaScript example file, shown as-is in docs/validation-serveur.md
import { createServer } from '../../examples/serveur/serveur.mjs';

let server: import('node:http').Server;
let url: string;

beforeAll(async () => {
  server = (createServer as () => import('node:http').Server)();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/demande`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const post = (fields: Record<string, string>) =>
  fetch(url, { method: 'POST', body: new URLSearchParams(fields) }).then(async (r) => ({ status: r.status, body: (await r.json()) as unknown }));

describe('re-checking a form on the server', () => {
  it('accepts what people type and returns normalised values', async () => {
    const reply = await post({ siret: '732 829 320 00074', iban: 'fr76 3000 6000 0112 3456 7890 189', courriel: 'Jeanne@Exemple.FR' });
    expect(reply).toEqual({
      status: 200,
      body: { values: { siret: '73282932000074', iban: 'FR7630006000011234567890189', courriel: 'Jeanne@exemple.fr' } },
    });
  });

  it('refuses wrong values with the same French messages as the browser', async () => {
    const reply = await post({ siret: '73282932000075', iban: 'FR76 3000', courriel: '' });
    expect(reply).toEqual({
      status: 422,
      body: {
        errors: {
          siret: 'Ce numéro SIRET n’existe pas\u202f: vérifiez les chiffres',
          iban: 'Cet IBAN est trop court\u202f: vérifiez qu’il est complet (27 caractères pour un IBAN français)',
          courriel: 'Renseignez ce champ',
        },
      },
    });
  });
});
