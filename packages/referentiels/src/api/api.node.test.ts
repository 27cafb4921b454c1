// The address and company clients against the stand-in server on 127.0.0.1: the documented contracts and
// every failure mode, sorted into what a field can say.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ApiServer, startApiServer } from '../../../../test/servers/referentiels-api.js';
import { addressQuery, searchAddresses } from './adresse.js';
import { companyQuery, searchCompanies } from './entreprises.js';
import { retryAfterMs } from './http.js';

let server: ApiServer;
beforeAll(async () => {
  server = await startApiServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.setMode('ok');
  server.requests.length = 0;
});

const addressEndpoint = () => `${server.url}/geocodage/search`;
const companyEndpoint = () => `${server.url}/entreprises/search`;

describe('address search (Géoplateforme contract)', () => {
  it('reads a GeoCodeJSON reply into structured addresses, lat/lon from the geometry', async () => {
    const reply = await searchAddresses('8 bd du port amiens'.replace('bd', 'boulevard'), { endpoint: addressEndpoint() });
    expect(reply.kind).toBe('ok');
    if (reply.kind !== 'ok') return;
    expect(reply.addresses[0]).toEqual({
      label: '8 Boulevard du Port 80000 Amiens',
      housenumber: '8',
      street: 'Boulevard du Port',
      postcode: '80000',
      citycode: '80021',
      city: 'Amiens',
      id: '80021_6590_00008',
      lon: 2.290084,
      lat: 49.897443,
      licence: 'ETALAB-2.0',
      source: 'ban',
    });
    expect(server.requests[0]?.params).toMatchObject({ q: '8 boulevard du port amiens', autocomplete: '1', limit: '10' });
  });

  it('sends nothing for fewer than 3 characters or text not starting with a letter or digit', async () => {
    expect(addressQuery('ab')).toBeUndefined();
    expect(addressQuery('  -- 8 rue')).toBe('8 rue');
    expect(await searchAddresses('ab', { endpoint: addressEndpoint() })).toEqual({ kind: 'ok', addresses: [] });
    expect(server.requests).toHaveLength(0);
  });

  it('sorts every failure: 400, 429 with Retry-After, 500, timeout, malformed JSON, network down', async () => {
    const endpoint = addressEndpoint();
    server.setMode('bad-request');
    expect(await searchAddresses('rue de', { endpoint })).toEqual({ kind: 'bad-request', message: 'Failed parsing query' });
    server.setMode('rate-limited', 7);
    expect(await searchAddresses('rue de', { endpoint })).toEqual({ kind: 'rate-limited', retryAfter: 7000 });
    server.setMode('server-error');
    expect(await searchAddresses('rue de', { endpoint })).toEqual({ kind: 'unavailable', reason: 'server' });
    server.setMode('malformed');
    expect(await searchAddresses('rue de', { endpoint })).toEqual({ kind: 'unavailable', reason: 'malformed' });
    server.setMode('slow');
    expect(await searchAddresses('rue de', { endpoint, timeout: 300 })).toEqual({ kind: 'unavailable', reason: 'timeout' });
    expect(await searchAddresses('rue de', { endpoint: 'http://127.0.0.1:9/geocodage/search' })).toEqual({ kind: 'unavailable', reason: 'network' });
  });

  it('reports a cancelled request as aborted', async () => {
    server.setMode('slow');
    const controller = new AbortController();
    const pending = searchAddresses('rue de', { endpoint: addressEndpoint(), signal: controller.signal });
    controller.abort();
    expect(await pending).toEqual({ kind: 'aborted' });
  });

  it('reports a request cancelled while its reply is still arriving as aborted, not as a broken reply', async () => {
    // A newer search cancels the previous one once its headers came but before its body did: on a slow
    // connection that is common, and it must not be read as a faulty service (which means manual entry).
    server.setMode('trickle');
    const controller = new AbortController();
    const fetchThenCancel: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      controller.abort();
      return response;
    };
    const reply = await searchAddresses('rue de', { endpoint: addressEndpoint(), signal: controller.signal, fetch: fetchThenCancel });
    expect(reply).toEqual({ kind: 'aborted' });
    server.setMode('trickle');
    expect((await searchAddresses('8 boulevard du port', { endpoint: addressEndpoint() })).kind).toBe('ok');
  });

  it('reads Retry-After in seconds or as an HTTP date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(null)).toBe(1000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(retryAfterMs('soon')).toBe(1000);
  });
});

describe('company search (Recherche d’entreprises contract)', () => {
  it('finds by name, by SIREN and by SIRET, and says when an establishment is closed', async () => {
    const endpoint = companyEndpoint();
    const byName = await searchCompanies('la poste', { endpoint });
    expect(byName).toMatchObject({ kind: 'ok', companies: [{ siren: '356000000', siret: '35600000000048', nom: 'LA POSTE', ferme: false, estSiege: true, codePostal: '75015' }] });
    expect((await searchCompanies('130 025 265', { endpoint })).kind).toBe('ok');
    const closed = await searchCompanies('732 829 320 00074', { endpoint });
    expect(closed).toMatchObject({ kind: 'ok', companies: [{ siret: '73282932000074', ferme: true }] });
    expect(server.requests.filter((r) => r.path.endsWith('/entreprises/search')).map((r) => r.q)).toEqual(['la poste', '130025265', '73282932000074']);
  });

  it('checks a SIREN or SIRET locally and sends nothing when it is wrong', async () => {
    expect(companyQuery('73282932000075')).toMatchObject({ identifier: 'siret', error: 'checksum' });
    expect(await searchCompanies('73282932000075', { endpoint: companyEndpoint() })).toEqual({ kind: 'invalid-identifier', code: 'checksum' });
    expect(await searchCompanies('1234567890', { endpoint: companyEndpoint() })).toEqual({ kind: 'invalid-identifier', code: 'length' });
    expect(await searchCompanies('la', { endpoint: companyEndpoint() })).toEqual({ kind: 'ok', companies: [] });
    expect(companyQuery('7328 29')).toBeUndefined(); // a number being typed
    expect(server.requests).toHaveLength(0);
  });

  it('sorts the failures as for addresses', async () => {
    const endpoint = companyEndpoint();
    server.setMode('bad-request');
    expect(await searchCompanies('la poste', { endpoint })).toEqual({ kind: 'bad-request', message: 'Veuillez indiquer au moins 3 caractères.' });
    server.setMode('rate-limited', 1);
    expect(await searchCompanies('la poste', { endpoint })).toEqual({ kind: 'rate-limited', retryAfter: 1000 });
    server.setMode('malformed');
    expect(await searchCompanies('la poste', { endpoint })).toEqual({ kind: 'unavailable', reason: 'malformed' });
  });
});
