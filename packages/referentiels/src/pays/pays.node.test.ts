// The INSEE COG country list: codes FranceConnect uses for birthplaces abroad.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FRANCE_CODE, getCountry, listCountries, searchCountries } from '../index.js';

describe('countries of the COG', () => {
  it('puts France first, then current countries and territories by name', async () => {
    const countries = await listCountries();
    expect(countries[0]).toMatchObject({ code: FRANCE_CODE, nom: 'France', iso2: 'FR', statut: 'etat' });
    expect(countries.some((c) => c.statut === 'historique')).toBe(false);
    expect(countries.length).toBeGreaterThan(220);
    const withHistory = await listCountries({ includeHistorical: true });
    expect(withHistory.find((c) => c.code === '99115')).toMatchObject({ nom: 'Tchécoslovaquie', statut: 'historique' });
  });

  it('has unique 99xxx codes and unique ISO codes', async () => {
    const countries = await listCountries({ includeHistorical: true });
    expect(countries.every((c) => /^99\d{3}$/.test(c.code))).toBe(true);
    expect(new Set(countries.map((c) => c.code)).size).toBe(countries.length);
    const iso = countries.flatMap((c) => (c.iso2 ? [c.iso2] : []));
    expect(new Set(iso).size).toBe(iso.length);
    const tsv = readFileSync(new URL('../../data-sources/pays.tsv', import.meta.url), 'utf8').trim().split('\n');
    expect(countries).toHaveLength(tsv.length - 1);
  });

  it('finds countries as typed, and by other names', async () => {
    expect((await searchCountries('algerie'))[0]).toMatchObject({ code: '99352', iso2: 'DZ' });
    expect((await searchCountries('MAROC'))[0]?.code).toBe('99350');
    expect((await searchCountries('portu'))[0]?.code).toBe('99139');
    expect((await searchCountries('angleterre'))[0]?.code).toBe('99132');
    expect((await searchCountries('cote d ivoire'))[0]?.code).toBe('99326');
    expect((await searchCountries('etats unis'))[0]?.code).toBe('99404');
    expect((await searchCountries('allemagne'))[0]?.code).toBe('99109');
    expect((await searchCountries('allemagne', { includeHistorical: true })).map((c) => c.code)).toEqual(['99109', '99141', '99142']);
    expect((await searchCountries(''))[0]?.code).toBe(FRANCE_CODE);
    expect(await searchCountries('zzz')).toEqual([]);
  });

  it('gets a country by COG or ISO code', async () => {
    expect(await getCountry('99100')).toMatchObject({ nom: 'France' });
    expect(await getCountry('pt')).toMatchObject({ code: '99139' });
    expect(await getCountry('99999')).toBeUndefined();
  });
});
