// A stand-in for the Géoplateforme geocoder and the Recherche d'entreprises API, on 127.0.0.1, serving the
// documented contracts from fixtures and, on demand, their failure modes: 400, 429 + Retry-After, 500, a
// reply slower than the fields' timeout, malformed JSON, out-of-order replies, hostile markup in names, a
// body that trickles in (headers at once, the rest 1 s later: a bad mobile connection).
// Started and stopped by the tests (node tests directly, browser tests through vitest commands); it
// answers at most MAX_REQUESTS requests, then only 503.
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ApiMode = 'ok' | 'bad-request' | 'rate-limited' | 'server-error' | 'slow' | 'malformed' | 'out-of-order' | 'hostile' | 'trickle';

export interface ApiRequest {
  path: string;
  q: string;
  params: Record<string, string>;
  at: number;
  /** How far the reply has gone: not started, headers sent (the body still to come), sent in full, or the client gave up. */
  reply: 'waiting' | 'headers' | 'answered' | 'cancelled';
}

const MAX_REQUESTS = 2000;
const HOSTILE = '<img src=x onerror="window.__pwned=1">';

interface AddressFixture {
  label: string;
  housenumber?: string;
  name: string;
  street?: string;
  postcode: string;
  citycode: string;
  city: string;
  context: string;
  type: string;
  id: string;
  coordinates: [number, number];
}

const ADDRESSES: AddressFixture[] = [
  { label: '8 Boulevard du Port 80000 Amiens', housenumber: '8', name: '8 Boulevard du Port', street: 'Boulevard du Port', postcode: '80000', citycode: '80021', city: 'Amiens', context: '80, Somme, Hauts-de-France', type: 'housenumber', id: '80021_6590_00008', coordinates: [2.290084, 49.897443] },
  { label: '10 Boulevard du Port 80000 Amiens', housenumber: '10', name: '10 Boulevard du Port', street: 'Boulevard du Port', postcode: '80000', citycode: '80021', city: 'Amiens', context: '80, Somme, Hauts-de-France', type: 'housenumber', id: '80021_6590_00010', coordinates: [2.290311, 49.897612] },
  { label: 'Rue de Romainville 93230 Romainville', name: 'Rue de Romainville', street: 'Rue de Romainville', postcode: '93230', citycode: '93063', city: 'Romainville', context: '93, Seine-Saint-Denis, Île-de-France', type: 'street', id: '93063_8160', coordinates: [2.43542, 48.88497] },
  { label: 'Impasse des Cocotiers 97125 Bouillante', name: 'Impasse des Cocotiers', street: 'Impasse des Cocotiers', postcode: '97125', citycode: '97106', city: 'Bouillante', context: '971, Guadeloupe', type: 'street', id: '97106_481ggv', coordinates: [-61.77, 16.13] },
  { label: '20 Avenue de Ségur 75007 Paris', housenumber: '20', name: '20 Avenue de Ségur', street: 'Avenue de Ségur', postcode: '75007', citycode: '75107', city: 'Paris', context: '75, Paris, Île-de-France', type: 'housenumber', id: '75107_8909_00020', coordinates: [2.308417, 48.850531] },
];

interface CompanyFixture {
  siren: string;
  nom_complet: string;
  etat_administratif: 'A' | 'C';
  siege: { siret: string; adresse: string; code_postal: string; commune: string; libelle_commune: string; etat_administratif: 'A' | 'F'; activite_principale: string };
}

const COMPANIES: CompanyFixture[] = [
  { siren: '356000000', nom_complet: 'LA POSTE', etat_administratif: 'A', siege: { siret: '35600000000048', adresse: '9 RUE DU COLONEL PIERRE AVIA 75015 PARIS', code_postal: '75015', commune: '75115', libelle_commune: 'PARIS', etat_administratif: 'A', activite_principale: '53.10Z' } },
  { siren: '130025265', nom_complet: 'DIRECTION INTERMINISTERIELLE DU NUMERIQUE (DINUM)', etat_administratif: 'A', siege: { siret: '13002526500013', adresse: '20 AVENUE DE SEGUR 75007 PARIS', code_postal: '75007', commune: '75107', libelle_commune: 'PARIS', etat_administratif: 'A', activite_principale: '84.11Z' } },
  { siren: '732829320', nom_complet: 'ANCIENNE BOULANGERIE DE LA PLACE', etat_administratif: 'C', siege: { siret: '73282932000074', adresse: '1 PLACE DE LA MAIRIE 80000 AMIENS', code_postal: '80000', commune: '80021', libelle_commune: 'AMIENS', etat_administratif: 'F', activite_principale: '10.71C' } },
];

/** A Base Adresse Locale file (format BAL 1.4, abridged) of the commune of Y (80829). */
const BAL_Y = [
  'uid_adresse;cle_interop;commune_insee;commune_nom;commune_deleguee_insee;commune_deleguee_nom;voie_nom;lieudit_complement_nom;numero;suffixe;position;x;y;long;lat;cad_parcelles;source;date_der_maj;certification_commune',
  ';80829_0005_00001;80829;Y;;;Rue de l’Église;;1;;entrée;690000;6967000;2.9876;49.8012;;commune;2025-03-01;1',
  ';80829_0005_00003;80829;Y;;;Rue de l’Église;;3;bis;entrée;690010;6967010;2.9878;49.8013;;commune;2025-03-01;1',
  ';80829_0010_00002;80829;Y;;;"Chemin de la Ferme; dite « du Moulin »";;2;;entrée;690100;6967100;2.9890;49.8020;;commune;2025-03-01;1',
  ';80829_0020_99999;80829;Y;;;Place du Village;;99999;;segment;690200;6967200;2.9900;49.8030;;commune;2025-03-01;1',
].join('\n');

/** A BAL file of La Hague (50041), a commune nouvelle with three postal codes, addresses in its délégations. */
const BAL_LA_HAGUE = [
  BAL_Y.split('\n')[0],
  ';50041_0100_00004;50041;La Hague;50001;Acqueville;Rue du Moulin;;4;;entrée;360000;6960000;-1.7512;49.6201;;commune;2025-03-01;1',
  ';50041_0200_00012;50041;La Hague;50257;Jobourg;Route du Nez;;12;;entrée;355000;6961000;-1.9021;49.6802;;commune;2025-03-01;1',
].join('\n');

const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

function geocode(q: string, limit: number, hostile: boolean) {
  const words = fold(q).split(/\s+/).filter(Boolean);
  const found = ADDRESSES.filter((a) => words.every((w) => fold(a.label).split(/\s+/).some((token) => token.startsWith(w)))).slice(0, limit);
  const features = found.map((a) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: a.coordinates },
    properties: {
      label: hostile ? `${a.label} ${HOSTILE}` : a.label,
      score: 0.9,
      ...(a.housenumber ? { housenumber: a.housenumber } : {}),
      id: a.id,
      name: a.name,
      postcode: a.postcode,
      citycode: a.citycode,
      x: 649000,
      y: 6862000,
      city: hostile ? HOSTILE : a.city,
      context: a.context,
      type: a.type,
      importance: 0.6,
      street: hostile ? HOSTILE : a.street,
    },
  }));
  return { type: 'FeatureCollection', version: 'draft', features, attribution: 'BAN', licence: 'ETALAB-2.0', query: q, limit };
}

function companies(q: string, hostile: boolean) {
  const compact = q.replace(/\s/g, '');
  const digits = /^\d+$/.test(compact);
  const found = COMPANIES.filter((c) =>
    digits ? c.siren === compact || c.siege.siret === compact : fold(c.nom_complet).includes(fold(q)),
  );
  const results = found.map((c) => ({
    siren: c.siren,
    nom_complet: hostile ? HOSTILE : c.nom_complet,
    nom_raison_sociale: c.nom_complet,
    siege: { ...c.siege, est_siege: true },
    etat_administratif: c.etat_administratif,
    activite_principale: c.siege.activite_principale,
    matching_etablissements: [],
  }));
  return { results, total_results: results.length, page: 1, per_page: 10, total_pages: 1 };
}

export interface ApiServer {
  url: string;
  requests: ApiRequest[];
  setMode(mode: ApiMode, retryAfter?: number): void;
  close(): Promise<void>;
}

/** The stand-in as a request handler, with its mode and log: served on a port of its own, or under a path of a dev server. */
export interface ApiHandler {
  handle(req: IncomingMessage, res: ServerResponse): void;
  requests: ApiRequest[];
  setMode(mode: ApiMode, retryAfter?: number): void;
}

export function createApiHandler(): ApiHandler {
  let mode: ApiMode = 'ok';
  let retryAfter = 2;
  const requests: ApiRequest[] = [];
  const head = (res: ServerResponse, status: number, type = 'application/json; charset=utf-8', headers: Record<string, string> = {}) =>
    res.writeHead(status, { 'Content-Type': type, 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'Retry-After', ...headers });
  const send = (res: ServerResponse, status: number, body: string, type?: string, headers?: Record<string, string>) => {
    head(res, status, type, headers);
    res.end(body);
  };
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'OPTIONS') return send(res, 204, '');
    if (requests.length >= MAX_REQUESTS) return send(res, 503, '{}');
    const q = url.searchParams.get('q') ?? '';
    const request: ApiRequest = { path: url.pathname, q, params: Object.fromEntries(url.searchParams), at: Date.now(), reply: 'waiting' };
    requests.push(request);
    res.on('finish', () => {
      request.reply = 'answered';
    });
    res.on('close', () => {
      if (request.reply !== 'answered') request.reply = 'cancelled';
    });
    if (url.pathname.endsWith('/bal-80829.csv')) return send(res, 200, BAL_Y, 'text/csv; charset=utf-8');
    if (url.pathname.endsWith('/bal-50041.csv')) return send(res, 200, BAL_LA_HAGUE, 'text/csv; charset=utf-8');
    const isAddress = url.pathname.endsWith('/geocodage/search');
    const isCompany = url.pathname.endsWith('/entreprises/search');
    if (!isAddress && !isCompany) return send(res, 404, '{"message":"Not found"}');
    const reply = () => {
      switch (mode) {
        case 'bad-request':
          return isAddress
            ? send(res, 400, JSON.stringify({ code: 400, message: 'Failed parsing query', detail: ['q: must contain between 3 and 200 chars and start with a number or a letter'] }))
            : send(res, 400, JSON.stringify({ erreur: 'Veuillez indiquer au moins 3 caractères.' }));
        case 'rate-limited':
          return send(res, 429, JSON.stringify({ message: 'Too many requests' }), undefined, { 'Retry-After': String(retryAfter) });
        case 'server-error':
          return send(res, 500, '<html><body>Internal Server Error</body></html>', 'text/html');
        case 'malformed':
          return send(res, 200, '{"type":"FeatureCollection","features":[{"properties":');
        default: {
          const hostile = mode === 'hostile';
          const limit = Number(url.searchParams.get('limit') ?? 10);
          const body = JSON.stringify(isAddress ? geocode(q, limit, hostile) : companies(q, hostile));
          if (mode !== 'trickle') return send(res, 200, body);
          head(res, 200);
          request.reply = 'headers';
          const half = Math.floor(body.length / 2);
          res.write(body.slice(0, half));
          setTimeout(() => res.end(body.slice(half)), 1000);
          return;
        }
      }
    };
    // Slow: longer than the fields' 3 s timeout. Out of order: the shorter (older) query answers last.
    const delay = mode === 'slow' ? 4500 : mode === 'out-of-order' ? Math.max(0, 1500 - q.length * 70) : 0;
    if (delay) setTimeout(reply, delay);
    else reply();
  };
  return {
    handle,
    requests,
    setMode(next, seconds = 2) {
      mode = next;
      retryAfter = seconds;
    },
  };
}

export async function startApiServer(): Promise<ApiServer> {
  const { handle, requests, setMode } = createApiHandler();
  const server: Server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    setMode,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
