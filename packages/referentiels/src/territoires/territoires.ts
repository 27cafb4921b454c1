// Départements and régions from the embedded COG data (a small chunk, loaded on first use).
import type { Departement, Region } from '../communes/types.js';
import { lazy } from '../shared/lazy.js';

export interface Territoires {
  departements: Departement[];
  regions: Region[];
  regionOf(departement: string): string;
}

/** The départements and régions, loaded once (again if that failed). */
export const loadTerritoires: () => Promise<Territoires> = lazy(() =>
  import('../data/territoires.js').then(({ DEPARTEMENTS, REGIONS }) => {
    const departements = DEPARTEMENTS.split('\n').map((line): Departement => {
      const [code, nom, region, chefLieu, zone] = line.split(';') as [string, string, string, string, Departement['zone']];
      return { code, nom, region, chefLieu, zone };
    });
    const regions = REGIONS.split('\n').map((line): Region => {
      const [code, nom, chefLieu, zone] = line.split(';') as [string, string, string, Region['zone']];
      return { code, nom, chefLieu, zone };
    });
    const regionByDepartement = new Map(departements.map((d) => [d.code, d.region]));
    return { departements, regions, regionOf: (departement) => regionByDepartement.get(departement) ?? '' };
  }),
);

/** Every département (101, then the 8 overseas collectivities), in COG order; copies, safe to change. */
export async function listDepartements(): Promise<Departement[]> {
  return (await loadTerritoires()).departements.map((d) => ({ ...d }));
}

/** Every région (18, then the 8 overseas collectivities), in COG order. */
export async function listRegions(): Promise<Region[]> {
  return (await loadTerritoires()).regions.map((r) => ({ ...r }));
}

export async function getDepartement(code: string): Promise<Departement | undefined> {
  const found = (await loadTerritoires()).departements.find((d) => d.code === code.trim().toUpperCase());
  return found && { ...found };
}

export async function getRegion(code: string): Promise<Region | undefined> {
  const found = (await loadTerritoires()).regions.find((r) => r.code === code.trim());
  return found && { ...found };
}
