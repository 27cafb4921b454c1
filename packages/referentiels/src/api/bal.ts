// A commune's Base Adresse Locale (BAL CSV: `;`-separated, UTF-8, with a header line), searched offline with
// the same folding as the commune search. The format is simple and the file small (one commune): a
// dozen lines of parsing here weigh less than a CSV library.
import { getCommune } from '../communes/communes.js';
import { foldText, searchWords } from '../text/normalize.js';
import type { Address } from './adresse.js';
import { lazy } from '../shared/lazy.js';
import { getText } from './http.js';

/** Splits one CSV line on `;`, honouring double quotes (`"a;b"`, `""` for a quote). */
export function splitCsvLine(line: string, separator = ';'): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

interface Entry {
  address: Address;
  words: string;
}

/**
 * The addresses of a BAL file, ready to search. A BAL has no postal code: it comes from the embedded commune
 * data, the commune's when it has one, else the délégation's (`commune_deleguee_insee`) when that has one;
 * otherwise it is left out, for the person to give (the address field asks, among the commune's codes).
 */
export async function parseBal(csv: string): Promise<Entry[]> {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim());
  const header = splitCsvLine(lines[0] ?? '').map((name) => name.trim());
  const column = (name: string) => header.indexOf(name);
  const [key, street, number, suffix, insee, city, lon, lat, delegated] = ['cle_interop', 'voie_nom', 'numero', 'suffixe', 'commune_insee', 'commune_nom', 'long', 'lat', 'commune_deleguee_insee'].map(column);
  if (street === undefined || street < 0 || insee === undefined || insee < 0) throw new Error('Not a BAL file');
  const postcodes = new Map<string, string>();
  const entries: Entry[] = [];
  for (const line of lines.slice(1)) {
    const fields = splitCsvLine(line);
    const at = (index: number | undefined) => (index !== undefined && index >= 0 ? (fields[index] ?? '').trim() : '');
    const citycode = at(insee);
    const place = `${citycode} ${at(delegated)}`;
    if (!postcodes.has(place)) postcodes.set(place, await postcodeOf(citycode, at(delegated)));
    const numero = at(number) === '99999' ? '' : at(number); // 99999: a street without numbers
    const housenumber = `${numero}${at(suffix)}`;
    const postcode = postcodes.get(place)!;
    const label = [housenumber, at(street), postcode, at(city)].filter(Boolean).join(' ');
    const address: Address = { label, street: at(street), citycode, city: at(city), source: 'bal' };
    if (housenumber) address.housenumber = housenumber;
    if (postcode) address.postcode = postcode;
    if (at(key)) address.id = at(key);
    const longitude = Number(at(lon));
    const latitude = Number(at(lat));
    if (at(lon) && at(lat) && Number.isFinite(longitude) && Number.isFinite(latitude)) {
      address.lon = longitude;
      address.lat = latitude;
    }
    entries.push({ address, words: ` ${searchWords(label).join(' ')} ` });
  }
  return entries;
}

/** The only postal code of the commune, else of its délégation; '' when neither has exactly one. */
async function postcodeOf(citycode: string, delegatedCode: string): Promise<string> {
  const commune = await getCommune(citycode);
  if (commune?.codesPostaux.length === 1) return commune.codesPostaux[0]!;
  if (!delegatedCode || !commune) return '';
  const delegated = await getCommune(delegatedCode, { includeHistorical: true });
  const codes = delegated?.parent === commune.code ? delegated.codesPostaux : [];
  return codes.length === 1 && commune.codesPostaux.includes(codes[0]!) ? codes[0]! : '';
}

/** The BAL addresses whose words start with every typed word, numbered ones in order. */
export function searchBal(entries: Entry[], query: string, limit = 10): Address[] {
  const words = searchWords(query);
  if (!foldText(query)) return [];
  return entries
    .filter((entry) => words.every((word) => entry.words.includes(` ${word}`)))
    .slice(0, limit)
    .map((entry) => entry.address);
}

const loaders = new Map<string, () => Promise<Entry[]>>();

/** Fetches and parses a BAL file once per URL (again after a failure); rejects when it cannot be read. */
export function loadBal(src: string, timeout = 3000): Promise<Entry[]> {
  let load = loaders.get(src);
  if (!load) {
    load = lazy(() =>
      getText(src, { timeout }).then((csv) => {
        if (csv === undefined) throw new Error('BAL unavailable');
        return parseBal(csv);
      }),
    );
    loaders.set(src, load);
  }
  return load();
}
