// Base Adresse Nationale through the Géoplateforme geocoding contract (GET /geocodage/search, GeoCodeJSON).
// `endpoint` is configurable, so an authority can go through its own proxy.
import { type GetJsonOptions, type JsonReply, type OptionalText, getJson, isRecord, pageUrl, text } from './http.js';

export const DEFAULT_ADDRESS_ENDPOINT = 'https://data.geopf.fr/geocodage/search';

/** A structured address, as the field submits it. */
export interface Address {
  /** Full line, e.g. "8 Boulevard du Port 80000 Amiens". */
  label: string;
  housenumber?: string;
  /** Street (or locality) name. */
  street?: string;
  postcode?: string;
  /** INSEE code of the commune. */
  citycode?: string;
  city?: string;
  /** WGS84 latitude and longitude. */
  lat?: number;
  lon?: number;
  /** BAN id (interoperability key), e.g. "80021_6590_00008". */
  id?: string;
  /** BAN, BAL, manual entry, or abroad. */
  source: 'ban' | 'bal' | 'manuelle' | 'etranger';
  /** Address abroad: COG country code (99xxx) and country name. */
  country?: string;
  countryName?: string;
  /** Extra line (building, floor…), manual and abroad entries. */
  complement?: string;
  /** The service's licence, as its reply states it ("ETALAB-2.0", "ODbL 1.0"). */
  licence?: string;
}

export type AddressReply =
  | { kind: 'ok'; addresses: Address[] }
  | Exclude<JsonReply, { kind: 'ok' }>;

export interface SearchAddressOptions extends GetJsonOptions {
  endpoint?: string;
  limit?: number;
  /** Only addresses of this commune (INSEE code) or postal code. */
  citycode?: string;
  postcode?: string;
  type?: 'housenumber' | 'street' | 'locality' | 'municipality';
}

/** What the service accepts as `q`: 3 to 200 characters, starting with a letter or a digit. */
export function addressQuery(text: string): string | undefined {
  const q = text.replace(/^[^\p{L}\p{N}]+/u, '').replace(/\s+/g, ' ').trim().slice(0, 200);
  return q.length >= 3 ? q : undefined;
}

export async function searchAddresses(query: string, options: SearchAddressOptions = {}): Promise<AddressReply> {
  const q = addressQuery(query);
  if (!q) return { kind: 'ok', addresses: [] };
  const url = new URL(options.endpoint ?? DEFAULT_ADDRESS_ENDPOINT, pageUrl());
  url.searchParams.set('q', q);
  url.searchParams.set('limit', String(Math.min(20, Math.max(1, options.limit ?? 10))));
  url.searchParams.set('autocomplete', '1');
  if (options.citycode) url.searchParams.set('citycode', options.citycode);
  if (options.postcode) url.searchParams.set('postcode', options.postcode);
  if (options.type) url.searchParams.set('type', options.type);
  const reply = await getJson(url.href, options);
  if (reply.kind !== 'ok') return reply;
  const addresses = parseGeoCodeJson(reply.data);
  return addresses ? { kind: 'ok', addresses } : { kind: 'unavailable', reason: 'malformed' };
}

/** GeoCodeJSON → addresses; undefined when the reply is not a FeatureCollection of the documented shape. */
export function parseGeoCodeJson(data: unknown): Address[] | undefined {
  if (!isRecord(data) || !Array.isArray(data.features)) return undefined;
  const licence = typeof data.licence === 'string' ? data.licence : undefined;
  const addresses: Address[] = [];
  for (const feature of data.features) {
    if (!isRecord(feature) || !isRecord(feature.properties)) return undefined;
    const p = feature.properties;
    const label = text(p, 'label');
    if (!label) continue;
    const address: Address = { label, source: 'ban' };
    const fields: [OptionalText<Address>, string][] = [
      ['housenumber', text(p, 'housenumber')],
      ['street', text(p, 'street') || (text(p, 'type') === 'street' || text(p, 'type') === 'locality' ? text(p, 'name') : '')],
      ['postcode', text(p, 'postcode')],
      ['citycode', text(p, 'citycode')],
      ['city', text(p, 'city')],
      ['id', text(p, 'banId') || text(p, 'id')],
    ];
    for (const [key, value] of fields) if (value) address[key] = value;
    const coordinates = isRecord(feature.geometry) ? feature.geometry.coordinates : undefined;
    if (Array.isArray(coordinates) && typeof coordinates[0] === 'number' && typeof coordinates[1] === 'number') {
      address.lon = coordinates[0];
      address.lat = coordinates[1];
    }
    if (licence) address.licence = licence;
    addresses.push(address);
  }
  return addresses;
}
