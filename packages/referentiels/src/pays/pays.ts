// Countries and territories of the INSEE COG (99xxx codes, as FranceConnect uses for birthplaces abroad).
import { lazy } from '../shared/lazy.js';
import { searchWords } from '../text/normalize.js';

export type CountryStatus = 'etat' | 'territoire' | 'historique';

export interface Country {
  /** COG code, e.g. "99100" (France), "99352" (Algérie). */
  code: string;
  nom: string;
  /** ISO 3166-1 alpha-2, when one exists. */
  iso2?: string;
  /** A current state, a territory depending on one, or a former country (birthplaces of older people). */
  statut: CountryStatus;
  /** Other names people type ("Angleterre", "Eswatini"). */
  autresNoms?: string[];
}

export interface SearchCountriesOptions {
  limit?: number;
  /** Also return former countries (Tchécoslovaquie, Allemagne de l’Ouest…). */
  includeHistorical?: boolean;
}

const STATUS: Record<string, CountryStatus> = { E: 'etat', T: 'territoire', H: 'historique' };
export const FRANCE_CODE = '99100';

interface Entry {
  country: Country;
  names: string[];
}

const loadCountries: () => Promise<Entry[]> = lazy(() =>
  import('../data/pays.js').then(({ PAYS }) =>
    PAYS.split('\n')
      .map((line) => {
        const [code, iso2, status, nom, others] = line.split(';') as [string, string, string, string, string | undefined];
        const country: Country = { code, nom, statut: STATUS[status] ?? 'etat' };
        if (iso2) country.iso2 = iso2;
        if (others) country.autresNoms = others.split('|');
        return { country, names: [nom, ...(country.autresNoms ?? [])].map((name) => searchWords(name).join(' ')) };
      })
      .sort((a, b) => (a.country.code === FRANCE_CODE ? -1 : b.country.code === FRANCE_CODE ? 1 : a.names[0]!.localeCompare(b.names[0]!))),
  ),
);

/** Every country and territory (France first, then by name); former countries only when asked. */
export async function listCountries(options: { includeHistorical?: boolean } = {}): Promise<Country[]> {
  return (await loadCountries()).filter((entry) => options.includeHistorical || entry.country.statut !== 'historique').map((entry) => copy(entry.country));
}

/** The country with this COG code (e.g. "99100") or ISO alpha-2 code ("FR"). */
export async function getCountry(code: string): Promise<Country | undefined> {
  const wanted = code.trim().toUpperCase();
  const entry = (await loadCountries()).find((e) => e.country.code === wanted || e.country.iso2 === wanted);
  return entry && copy(entry.country);
}

/** Countries matching a name typed in any case, with or without accents, by any word's beginning; France first on an empty query. */
export async function searchCountries(query: string, options: SearchCountriesOptions = {}): Promise<Country[]> {
  const limit = options.limit ?? 10;
  const entries = (await loadCountries()).filter((e) => options.includeHistorical || e.country.statut !== 'historique');
  const full = searchWords(query).join(' ');
  if (!full) return entries.slice(0, limit).map((e) => copy(e.country));
  const code = query.trim().toUpperCase();
  const words = full.split(' ');
  const ranked: { entry: Entry; rank: number; order: number }[] = [];
  entries.forEach((entry, order) => {
    let best = Infinity;
    entry.names.forEach((name, alias) => {
      const own = name.split(' ');
      if (!words.every((word) => own.some((token) => token.startsWith(word)))) return;
      const rank = (name === full ? 0 : name.startsWith(full) ? 1 : 2) + (alias ? 0.5 : 0);
      best = Math.min(best, rank);
    });
    if (entry.country.code === code || entry.country.iso2 === code) best = -1;
    if (best < Infinity) ranked.push({ entry, rank: best + (entry.country.statut === 'etat' ? 0 : 3), order });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return ranked.slice(0, limit).map((r) => copy(r.entry.country));
}

function copy(country: Country): Country {
  return country.autresNoms ? { ...country, autresNoms: [...country.autresNoms] } : { ...country };
}
