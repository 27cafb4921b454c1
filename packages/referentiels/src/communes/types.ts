/** Types of places the commune data hold (as in the COG). */
export type CommuneType = 'commune-actuelle' | 'arrondissement-municipal' | 'commune-deleguee' | 'commune-associee';

/** A commune, a municipal arrondissement, or a delegated or associated commune. */
export interface Commune {
  /** INSEE code (COG), e.g. "75056", "2A004". */
  code: string;
  nom: string;
  /** La Poste postal codes; delegated and associated communes carry their parent's. */
  codesPostaux: string[];
  /** Code of the département, e.g. "01", "2A", "974". */
  departement: string;
  /** Code of the région, e.g. "84". */
  region: string;
  /** Legal municipal population (absent for a few overseas places). */
  population?: number;
  type: CommuneType;
  /** For an arrondissement, the commune; for a delegated or associated commune, its chef-lieu. */
  parent?: string;
  /** Codes of former communes merged into this one. */
  anciensCodes?: string[];
}

export interface SearchCommunesOptions {
  /** Most results returned (default 10). */
  limit?: number;
  /** Only communes of this département ("33", "2A", "974"). */
  departement?: string;
  /** Also return the municipal arrondissements of Paris, Lyon and Marseille. */
  includeArrondissements?: boolean;
  /** Also return delegated and associated communes (former communes, e.g. for a birthplace). */
  includeHistorical?: boolean;
}

export interface Departement {
  code: string;
  nom: string;
  region: string;
  chefLieu: string;
  zone: 'metro' | 'drom' | 'com';
}

export interface Region {
  code: string;
  nom: string;
  chefLieu: string;
  zone: 'metro' | 'drom' | 'com';
}
