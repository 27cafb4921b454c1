// Search semantics, look-ups and data integrity on the real embedded data.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import labelled from '../../../../test/data/communes-requetes.json' with { type: 'json' };
import {
  DATA_VINTAGE,
  communeLabel,
  getCommune,
  getCommunesByPostalCode,
  getDepartement,
  getEpciOfCommune,
  getRegion,
  listDepartements,
  listEpcis,
  listRegions,
  loadCommuneIndex,
  searchCommunes,
} from '../index.js';

interface SourceCommune {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  codesPostaux?: string[];
  population?: number;
  anciensCodes?: string[];
  chefLieu?: string;
  commune?: string;
}
const require = createRequire(import.meta.url);
const source = require('@etalab/decoupage-administratif/data/communes.json') as SourceCommune[];

const top = async (query: string, options?: Parameters<typeof searchCommunes>[1]) => (await searchCommunes(query, options))[0];
const names = async (query: string, options?: Parameters<typeof searchCommunes>[1]) =>
  (await searchCommunes(query, options)).map(communeLabel);

describe('how people type does not matter', () => {
  it.each(['l hay les roses', "L'HAY-LES-ROSES", "l'haÿ-les-roses", 'L  Hay   les roses', 'lhay les roses', 'roses hay'])('%j finds L’Haÿ-les-Roses', async (query) => {
    expect((await top(query))?.code).toBe('94038');
  });

  it('reads st/ste as saint/sainte and oe as œ', async () => {
    expect((await top('st etienne'))?.nom).toBe('Saint-Étienne');
    expect((await top('ste genevieve des bois'))?.nom).toBe('Sainte-Geneviève-des-Bois');
    expect((await top('marcq en baroeul'))?.nom).toBe('Marcq-en-Barœul');
  });

  it('matches every word as a prefix, in any order', async () => {
    expect((await top('provence aix'))?.code).toBe('13001');
    expect((await top('clermont fer'))?.code).toBe('63113');
    expect((await top('aix en p'))?.code).toBe('13001');
  });

  it('forgives one typo in words of five letters or more, and only then', async () => {
    expect((await top('marsielle'))?.code).toBe('13055');
    expect((await top('tuolouse'))?.code).toBe('31555');
    expect((await top('bordeuax'))?.code).toBe('33063');
    expect(await searchCommunes('lyom')).toEqual([]); // four letters: no typo forgiven
    expect(await searchCommunes('marsiellx')).toEqual([]); // two typos
  });

  it('ranks names that begin with the text by how likely a person stopped there, times population', async () => {
    const names = async (query: string, count = 2) => (await searchCommunes(query)).slice(0, count).map((c) => c.nom);
    // A short exact name does not beat a far more populous name it begins.
    expect(await names('toul', 3)).toEqual(['Toulouse', 'Toulon', 'Toul']);
    expect(await names('bry')).toEqual(['Bry-sur-Marne', 'Bry']);
    expect((await names('toulo')).slice(0, 2)).toEqual(['Toulouse', 'Toulon']);
    // A text ending in a separator says another word is coming.
    expect(await names('le blanc-')).toEqual(['Le Blanc-Mesnil', 'Le Blanc']);
    expect(await names('le blanc')).toEqual(['Le Blanc-Mesnil', 'Le Blanc']);
    expect(await names('sainte luce ')).toEqual(['Sainte-Luce-sur-Loire', 'Sainte-Luce']);
    // Typed accents were typed on purpose.
    expect(await names('mér', 3)).toEqual(['Mérignac', 'Méru', 'Méricourt']);
    expect((await names('mer', 2))[1]).toBe('Mer');
    // An exact name wins where it is far larger, and homonyms stay by population.
    const [first, second] = await searchCommunes('saint denis');
    expect([first?.code, second?.code].sort()).toEqual(['93066', '97411']);
    expect(await names('pau', 1)).toEqual(['Pau']);
    expect(await names('saint etienne', 1)).toEqual(['Saint-Étienne']);
  });

  it('reads a département or postal code after the name', async () => {
    const options = { includeHistorical: true };
    for (const query of ['acqueville 50', 'Acqueville (50)', 'acqueville 50440']) expect((await top(query, options))?.code, query).toBe('50001');
    expect((await top('acqueville 14', options))?.code).toBe('14002');
    expect((await top('saint denis 93'))?.code).toBe('93066');
    expect((await top('saint denis (974)'))?.code).toBe('97411');
    expect((await top('saint denis 2a'))?.code).toBeUndefined();
    // Arrondissements keep their number.
    expect((await top('paris 15', { includeArrondissements: true }))?.code).toBe('75115');
  });

  it('finds one- and two-letter communes by their exact name', async () => {
    for (const [query, code] of [
      ['y', '80829'],
      ['Y', '80829'],
      ['eu', '76255'],
      ['oo', '31404'],
      ['Bû', '28064'],
    ]) {
      expect((await top(query!))?.code, query).toBe(code);
    }
  });

  it('tells homonyms apart in labels', async () => {
    const labels = await names('sainte colombe', { limit: 50 });
    expect(labels).toContain('Sainte-Colombe (33)');
    expect(labels).toContain('Sainte-Colombe (69)');
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('reads a postal code (the whole of it, or its beginning) and an INSEE code', async () => {
    const communes = await searchCommunes('01400', { limit: 20 });
    expect(communes).toHaveLength(10);
    expect(communes.every((c) => c.codesPostaux.includes('01400'))).toBe(true);
    expect((await top('2A004'))?.nom).toBe('Ajaccio');
    expect((await top('75056'))?.nom).toBe('Paris'); // no postal code 75056: the INSEE code
    expect((await top('97411'))?.nom).toBe('Saint-Paul'); // postal code first (Saint-Denis is INSEE 97411)
    expect((await top('2b033'))?.nom).toBe('Bastia');
    expect((await top('750'))?.nom).toBe('Paris');
    expect((await searchCommunes('013')).every((c) => c.codesPostaux.some((p) => p.startsWith('013')))).toBe(true);
  });

  it('finds arrondissements when asked, and only then', async () => {
    expect((await top('paris 15', { includeArrondissements: true }))?.code).toBe('75115');
    expect((await top('lyon 3e', { includeArrondissements: true }))?.code).toBe('69383');
    expect((await top('marseille 1er', { includeArrondissements: true }))?.code).toBe('13201');
    expect((await top('marseille 1', { includeArrondissements: true }))?.code).toBe('13201');
    expect(await searchCommunes('paris 15')).toEqual([]);
    expect((await top('paris'))?.code).toBe('75056');
  });

  it('restricts to a département and includes former communes when asked', async () => {
    const gironde = await searchCommunes('sainte', { departement: '33', limit: 30 });
    expect(gironde.length).toBeGreaterThan(5);
    expect(gironde.every((c) => c.departement === '33')).toBe(true);
    // Arbignieu was merged into Arboys en Bugey (01015): a delegated commune.
    expect(await searchCommunes('arbignieu')).toEqual([]);
    const [arbignieu] = await searchCommunes('arbignieu', { includeHistorical: true });
    expect(arbignieu).toMatchObject({ nom: 'Arbignieu', type: 'commune-deleguee', parent: '01015', departement: '01', region: '84', codesPostaux: ['01300'] });
  });

  it('honours the limit and returns nothing for an empty or meaningless query', async () => {
    expect(await searchCommunes('saint', { limit: 3 })).toHaveLength(3);
    expect(await searchCommunes('   ')).toEqual([]);
    expect(await searchCommunes("'-’")).toEqual([]);
    expect(await searchCommunes('zzzzzzzz')).toEqual([]);
  });
});

describe('look-ups', () => {
  it('gets a commune with its postal codes, département, région and population', async () => {
    expect(await getCommune('75056')).toMatchObject({ nom: 'Paris', departement: '75', region: '11', type: 'commune-actuelle' });
    expect((await getCommune('75056'))?.codesPostaux).toHaveLength(21);
    expect(await getCommune('97411')).toMatchObject({ nom: 'Saint-Denis', departement: '974', region: '04' });
    expect(await getCommune('2a004')).toMatchObject({ nom: 'Ajaccio', departement: '2A', region: '94', codesPostaux: ['20000', '20090', '20167'] });
    expect(await getCommune('98411')).toMatchObject({ codesPostaux: [] });
    expect((await getCommune('98411'))?.population).toBeUndefined();
  });

  it('resolves former codes, arrondissements and delegated communes', async () => {
    expect(await getCommune('01340')).toMatchObject({ code: '01015', nom: 'Arboys en Bugey' });
    expect(await getCommune('20004')).toMatchObject({ code: '2A004' });
    expect(await getCommune('13201')).toMatchObject({ type: 'arrondissement-municipal', parent: '13055', codesPostaux: ['13001'] });
    // 01120 (Cordieux) is a former code of Montluel, where it is an associated commune.
    expect(await getCommune('01120')).toMatchObject({ code: '01262', nom: 'Montluel' });
    expect(await getCommune('01018')).toMatchObject({ code: '01033', nom: 'Valserhône' });
    const [cordieux] = await searchCommunes('cordieux', { includeHistorical: true });
    expect(cordieux).toMatchObject({ code: '01120', type: 'commune-associee', parent: '01262', departement: '01' });
    // An associated commune across a département border belongs to its chef-lieu's.
    const [escaufourt] = await searchCommunes('escaufourt', { includeHistorical: true });
    expect(escaufourt).toMatchObject({ code: '02285', departement: '59', region: '32' });
    expect(await getCommune('00000')).toBeUndefined();
  });

  it('with includeHistorical, gives a former commune as itself (a birthplace), its parent beside it', async () => {
    expect(await getCommune('50001')).toMatchObject({ code: '50041', nom: 'La Hague' });
    expect(await getCommune('50001', { includeHistorical: true })).toMatchObject({ code: '50001', nom: 'Acqueville', type: 'commune-deleguee', parent: '50041' });
    expect(await getCommune('01120', { includeHistorical: true })).toMatchObject({ nom: 'Cordieux', type: 'commune-associee', parent: '01262' });
    // Unchanged where there is no former commune of that code: actual communes, arrondissements, old Corsican codes.
    expect(await getCommune('75107', { includeHistorical: true })).toMatchObject({ nom: 'Paris 7e Arrondissement', type: 'arrondissement-municipal' });
    expect(await getCommune('2A004', { includeHistorical: true })).toMatchObject({ nom: 'Ajaccio', type: 'commune-actuelle' });
    expect(await getCommune('20004', { includeHistorical: true })).toMatchObject({ code: '2A004' });
  });

  it('lists the communes of a postal code, largest first', async () => {
    const communes = await getCommunesByPostalCode('01400');
    expect(communes).toHaveLength(10);
    const populations = communes.map((c) => c.population ?? 0);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
    expect(await getCommunesByPostalCode('1400')).toEqual([]);
  });

  it('lists départements and régions', async () => {
    const departements = await listDepartements();
    expect(departements).toHaveLength(109);
    expect(departements.find((d) => d.code === '2A')).toMatchObject({ nom: 'Corse-du-Sud', region: '94' });
    expect(await listRegions()).toHaveLength(26);
    expect(await getDepartement('974')).toMatchObject({ nom: 'La Réunion', zone: 'drom' });
    expect(await getRegion('84')).toMatchObject({ nom: 'Auvergne-Rhône-Alpes' });
    expect(await getDepartement('00')).toBeUndefined();
    expect(DATA_VINTAGE).toBe('COG 2026');
  });
});

describe('EPCI', () => {
  it('lists the 1,255 EPCI of the source and finds the one of a commune', async () => {
    const source = require('@etalab/decoupage-administratif/data/epci.json') as { code: string; membres: unknown[] }[];
    const epcis = await listEpcis();
    expect(epcis).toHaveLength(source.length);
    expect(epcis.reduce((sum, e) => sum + e.membres.length, 0)).toBe(source.reduce((sum, e) => sum + e.membres.length, 0));
    const bordeaux = await getEpciOfCommune('33063');
    expect(bordeaux?.type).toBe('METRO');
    expect(bordeaux?.membres).toContain('33281');
    expect(await getEpciOfCommune('00000')).toBeUndefined();
  });
});

describe('data integrity against @etalab/decoupage-administratif', () => {
  it('holds every place of the source, with the same fields', async () => {
    const index = await loadCommuneIndex();
    expect(index.size).toBe(source.length);
    const byType = new Map<string, number>();
    for (const c of source) byType.set(c.type, (byType.get(c.type) ?? 0) + 1);
    expect(byType.get('commune-actuelle')).toBe(34969);

    for (const c of source.filter((s) => s.type === 'commune-actuelle')) {
      const ours = index.get(c.code);
      expect(ours, c.code).toBeDefined();
      if (!ours) continue;
      expect([ours.nom, ours.departement, ours.population, ours.codesPostaux, ours.anciensCodes]).toEqual([
        c.nom,
        c.departement,
        c.population,
        c.codesPostaux ?? [],
        c.anciensCodes,
      ]);
    }
  });

  it('labelled queries: every one first', async () => {
    expect(labelled.length).toBeGreaterThanOrEqual(150);
    const misses: string[] = [];
    for (const { query, expected, options } of labelled as { query: string; expected: string; options?: object }[]) {
      const first = await top(query, options);
      if (first?.code !== expected) misses.push(`${query} → ${first?.code ?? 'rien'} (attendu ${expected})`);
    }
    expect(misses).toEqual([]);
  });
});
