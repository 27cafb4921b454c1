// Commune search: index build time, query latency (p50/p99) and top-1 accuracy on the labelled query set
// (test/data/communes-requetes.json), for @socle/referentiels beside fuse.js, MiniSearch and FlexSearch
// indexing the same records in the same Node process. Peers get the records largest first (so their ties
// favour larger communes, as ours do), names with postal and INSEE codes, and their documented prefix and
// fuzzy options; the query's options (arrondissements, former communes, département) filter their results.
import { readFileSync } from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';
import { Charset, Index } from 'flexsearch';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { CommuneIndex, loadCommuneIndex, listDepartements } from '@socle/referentiels';
import { COMMUNES } from '../packages/referentiels/dist/data/communes.js';
import { median, printTable, round } from './lib.mjs';

const BUILDS = Number(process.env.BENCH_BUILDS ?? 11);
const WARMUP = 3;
// A full garbage collection before each build, for every library: the previous index's garbage must not
// be collected during the next build's timing.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');
const REPEATS = Number(process.env.BENCH_REPEATS ?? 20);
const queries = JSON.parse(readFileSync(new URL('../test/data/communes-requetes.json', import.meta.url), 'utf8'));

const fold = (text) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

/**
 * Build times: the first (cold: the engine has not compiled the code yet, as on a page's first search), then
 * the median of BUILDS more after WARMUP untimed ones (warm). The last index is kept.
 */
function timeBuild(build) {
  const times = [];
  let index;
  let cold = 0;
  for (let i = 0; i < 1 + WARMUP + BUILDS; i++) {
    // eslint-disable-next-line no-useless-assignment -- drops the previous index so that gc() frees it
    index = undefined;
    gc();
    const start = performance.now();
    index = build();
    const elapsed = performance.now() - start;
    if (i === 0) cold = elapsed;
    else if (i > WARMUP) times.push(elapsed);
  }
  return { index, coldMs: cold, buildMs: median(times) };
}

/** Latencies and top-1 accuracy of `search(query, options) → codes`. */
function measure(search) {
  const times = [];
  let hits = 0;
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    for (const { query, expected, options } of queries) {
      const start = performance.now();
      const codes = search(query, options ?? {});
      times.push(performance.now() - start);
      if (repeat === 0 && codes[0] === expected) hits++;
    }
  }
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99), accuracy: hits / queries.length };
}

export async function run() {
  const regions = new Map((await listDepartements()).map((d) => [d.code, d.region]));
  const regionOf = (departement) => regions.get(departement) ?? '';
  const socle = timeBuild(() => new CommuneIndex(COMMUNES, regionOf));
  const records = Array.from({ length: socle.index.size }, (_, id) => socle.index.commune(id)).map((c, id) => ({
    id,
    code: c.code,
    nom: c.nom,
    type: c.type,
    departement: c.departement,
    text: `${c.nom} ${c.codesPostaux.join(' ')} ${c.code}`,
  }));
  const accepts = (record, options) =>
    (record.type !== 'arrondissement-municipal' || options.includeArrondissements) &&
    (!['commune-deleguee', 'commune-associee'].includes(record.type) || options.includeHistorical) &&
    (!options.departement || record.departement === options.departement);
  const keep = (ids, options) => ids.map((id) => records[id]).filter((r) => accepts(r, options)).slice(0, 10).map((r) => r.code);

  const fuse = timeBuild(() => new Fuse(records, { keys: ['text'], threshold: 0.3, ignoreLocation: true, getFn: (r) => fold(r.text) }));
  const mini = timeBuild(() => {
    const index = new MiniSearch({
      fields: ['text'],
      processTerm: (term) => fold(term),
      searchOptions: { prefix: true, fuzzy: 0.2, combineWith: 'AND' },
    });
    index.addAll(records);
    return index;
  });
  const flex = timeBuild(() => {
    const index = new Index({ tokenize: 'forward', encoder: Charset.LatinBalance });
    for (const r of records) index.add(r.id, r.text);
    return index;
  });

  const results = {
    '@socle/referentiels': { cold: socle.coldMs, build: socle.buildMs, ...measure((q, o) => socle.index.search(q, o).map((c) => c.code)) },
    'fuse.js': { cold: fuse.coldMs, build: fuse.buildMs, ...measure((q, o) => keep(fuse.index.search(fold(q), { limit: 200 }).map((r) => r.item.id), o)) },
    minisearch: { cold: mini.coldMs, build: mini.buildMs, ...measure((q, o) => keep(mini.index.search(q).slice(0, 200).map((r) => r.id), o)) },
    flexsearch: { cold: flex.coldMs, build: flex.buildMs, ...measure((q, o) => keep(flex.index.search(q, { limit: 200, suggest: true }), o)) },
  };
  const ours = results['@socle/referentiels'];
  const rows = Object.entries(results).map(([library, r]) => ({
    bibliothèque: library,
    '1re construction (ms)': round(r.cold, 1),
    'construction (ms)': round(r.build, 1),
    'p50 (ms)': round(r.p50, 3),
    'p99 (ms)': round(r.p99, 3),
    'top-1': `${round(r.accuracy * 100, 1)} %`,
    'p99 / socle': library === '@socle/referentiels' ? 1 : round(r.p99 / ours.p99, 1),
    'construction / socle': library === '@socle/referentiels' ? 1 : round(r.build / ours.build, 1),
  }));
  printTable(`Recherche de communes — ${queries.length} requêtes étiquetées, ${records.length} lieux (Node ${process.version})`, rows);
  await loadCommuneIndex();
  return { queries: queries.length, records: records.length, results };
}
