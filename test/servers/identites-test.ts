/**
 * The test identities of the local provider: the people that naive identity forms get wrong. Shared by
 * the provider, the server tests, the browser tests and the catalogue's stories.
 */

/** FranceConnect's claims for one person (and a ProConnect agent's, for the same account). */
export interface TestIdentity {
  /** The account's id at the provider (not the `sub`, which is pairwise). */
  id: string;
  /** What the test provider's login page shows. */
  description: string;
  given_name: string;
  family_name: string;
  preferred_username: string;
  birthdate: string;
  gender: 'female' | 'male';
  birthplace: string;
  birthcountry: string;
  email: string;
  /** ProConnect's agent claims. */
  usual_name: string;
  uid: string;
  siret: string;
  /** How the identity fieldset must show the birthdate and the birthplace. */
  shown: { birthdate: string; birthplace: string };
}

export const TEST_IDENTITIES: readonly TestIdentity[] = [
  {
    id: 'angela',
    description: 'née à Paris 7e (arrondissement 75107), prénoms composés',
    given_name: 'Angela Claire Louise',
    family_name: 'DUBOIS',
    preferred_username: '',
    birthdate: '1962-08-24',
    gender: 'female',
    birthplace: '75107',
    birthcountry: '99100',
    email: 'angela.dubois@exemple.fr',
    usual_name: 'DUBOIS',
    uid: 'adubois',
    siret: '21750001600019',
    shown: { birthdate: '24 août 1962', birthplace: 'Paris 7e Arrondissement (75)' },
  },
  {
    id: 'jean-pierre',
    description: 'né en Corse-du-Sud (2A004), prénom composé, nom d’usage',
    given_name: 'Jean-Pierre Marie',
    family_name: 'SANTONI',
    preferred_username: 'ROSSI',
    birthdate: '1975-03-14',
    gender: 'male',
    birthplace: '2A004',
    birthcountry: '99100',
    email: 'jp.santoni@exemple.fr',
    usual_name: 'ROSSI',
    uid: 'jpsantoni',
    siret: '21750001600019',
    shown: { birthdate: '14 mars 1975', birthplace: 'Ajaccio (2A)' },
  },
  {
    id: 'karima',
    description: 'née à l’étranger (Algérie, 99352), mois et année seuls connus',
    given_name: 'Karima',
    family_name: 'BENALI',
    preferred_username: 'MARTIN',
    birthdate: '1962-05-00',
    gender: 'female',
    birthplace: '',
    birthcountry: '99352',
    email: 'karima.benali@exemple.fr',
    usual_name: 'MARTIN',
    uid: 'kbenali',
    siret: '21750001600019',
    shown: { birthdate: 'mai 1962', birthplace: 'Algérie' },
  },
  {
    id: 'yves',
    description: 'né dans une commune fusionnée depuis (Acqueville, 50001), année seule connue',
    given_name: 'Yves',
    family_name: 'LEFÈVRE',
    preferred_username: '',
    birthdate: '1948-00-00',
    gender: 'male',
    birthplace: '50001',
    birthcountry: '99100',
    email: 'yves.lefevre@exemple.fr',
    usual_name: 'LEFÈVRE',
    uid: 'ylefevre',
    siret: '21750001600019',
    shown: { birthdate: '1948', birthplace: 'Acqueville (50), aujourd’hui La Hague' },
  },
];

/** A test identity by its account id. */
export function testIdentity(id: string): TestIdentity {
  const found = TEST_IDENTITIES.find((identity) => identity.id === id);
  if (!found) throw new Error(`No test identity ${id}`);
  return found;
}
