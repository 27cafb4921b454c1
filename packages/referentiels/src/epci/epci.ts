// EPCI (intercommunalités à fiscalité propre) of the embedded COG data, loaded on first use.
import { lazy } from '../shared/lazy.js';

export interface Epci {
  /** SIREN of the EPCI. */
  code: string;
  nom: string;
  /** CC, CA, CU or ME (Métropole). */
  type: string;
  populationMunicipale?: number;
  /** INSEE codes of the member communes. */
  membres: string[];
}

const loadEpcis: () => Promise<Epci[]> = lazy(() =>
  import('../data/epci.js').then(({ EPCI }) =>
    EPCI.split('\n').map((line) => {
      const [code, nom, type, population, members] = line.split(';') as [string, string, string, string, string];
      const epci: Epci = { code, nom, type, membres: members ? members.split(',') : [] };
      if (population) epci.populationMunicipale = Number(population);
      return epci;
    }),
  ),
);

export async function listEpcis(): Promise<Epci[]> {
  return (await loadEpcis()).map((e) => ({ ...e, membres: [...e.membres] }));
}

/** The EPCI a commune (INSEE code) belongs to. */
export async function getEpciOfCommune(code: string): Promise<Epci | undefined> {
  const found = (await loadEpcis()).find((e) => e.membres.includes(code));
  return found && { ...found, membres: [...found.membres] };
}
