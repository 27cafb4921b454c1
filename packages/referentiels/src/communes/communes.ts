// The commune look-ups. The data (≈ 317 KB brotli) and the index are loaded and built on first use only.
import { lazy } from '../shared/lazy.js';
import { loadTerritoires } from '../territoires/territoires.js';
import type { CommuneIndex } from './commune-index.js';
import type { Commune, SearchCommunesOptions } from './types.js';

/** The commune index, built once (the data chunk is fetched on the first call, again if that failed). */
export const loadCommuneIndex: () => Promise<CommuneIndex> = lazy(() =>
  // The search code comes with the data it searches, not in the page's first script.
  // The data come in two halves, so that no chunk of an application's build passes the bundlers' 500 kB warning.
  Promise.all([import('../data/communes-1.js'), import('../data/communes-2.js'), import('./commune-index.js'), loadTerritoires()]).then(
    ([{ COMMUNES_1 }, { COMMUNES_2 }, { CommuneIndex }, territoires]) => new CommuneIndex(`${COMMUNES_1}\n${COMMUNES_2}`, territoires.regionOf),
  ),
);

/**
 * Communes matching what a person typed, best first: a name in any case, with or without accents, hyphens
 * or apostrophes, "st"/"ste" for "saint"/"sainte", words in any order and unfinished, one typo forgiven in
 * words of 5 letters or more; a postal code (or its beginning) or an INSEE code.
 */
export async function searchCommunes(query: string, options?: SearchCommunesOptions): Promise<Commune[]> {
  return (await loadCommuneIndex()).search(query, options);
}

/**
 * The commune with this INSEE code; also resolves arrondissements, former codes and delegated communes.
 * With `includeHistorical`, a former commune's code gives that former commune (its parent in `parent`)
 * rather than the commune it merged into.
 */
export async function getCommune(code: string, options?: { includeHistorical?: boolean }): Promise<Commune | undefined> {
  return (await loadCommuneIndex()).get(code, options);
}

/** The communes a postal code serves, largest first ("01400" → 10 communes). */
export async function getCommunesByPostalCode(postalCode: string): Promise<Commune[]> {
  return (await loadCommuneIndex()).byPostalCode(postalCode);
}

/** "Sainte-Colombe (33)": the name with its département, which tells homonyms apart. */
export function communeLabel(commune: Pick<Commune, 'nom' | 'departement'>): string {
  return `${commune.nom} (${commune.departement})`;
}
