// Commune search: index build time, query latency (p50/p99) and top-1 accuracy on the labelled query set
// (test/data/communes-requetes.json), and ranking while people type (bench/typing.mjs: top-1, top-10, mean
// reciprocal rank at the point where each simulated person stops, latency over every keystroke), for
// @socle/referentiels beside the population-first prefix rule, fuse.js, MiniSearch and FlexSearch
// indexing the same records in the same Node process; and the index's first build in a page. Peers get the records largest first (so their ties
// favour larger communes, as ours do), names with postal and INSEE codes, and their documented prefix and
// fuzzy options; the query's options (arrondissements, former communes, département) filter their results.
import { readFileSync } from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';
import { Charset, Index } from 'flexsearch';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { loadCommuneIndex, listDepartements } from '@socle/referentiels';
import { CommuneIndex } from '../packages/referentiels/dist/communes/commune-index.js';
import { COMMUNES } from '../packages/referentiels/dist/data/communes.js';
import { pageWithImportMap } from '../scripts/importmap.mjs';
import { median, printTable, round } from './lib.mjs';
import { keystrokes, populationFirstRule, scoreTypists, simulateTypists } from './typing.mjs';

const BUILDS = Number(process.env.BENCH_BUILDS ?? 11);
const WARMUP = 3;
// A full garbage collection before each build, for every library: the previous index's garbage must not
// be collected during the next build's timing.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');
const REPEATS = Number(process.env.BENCH_REPEATS ?? 20);
// fuse.js takes some 80 ms a query: fewer repeats, and in the typing run only the texts where people stop.
const FUSE_REPEATS = 2;
const TYPISTS = Number(process.env.BENCH_TYPISTS ?? 2000);
const PAGE_BUILDS = Number(process.env.BENCH_PAGE_BUILDS ?? 7);
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
function measure(search, repeats = REPEATS) {
  const times = [];
  let hits = 0;
  for (let repeat = 0; repeat < repeats; repeat++) {
    for (const { query, expected, options } of queries) {
      const start = performance.now();
      const codes = search(query, options ?? {});
      times.push(performance.now() - start);
      if (repeat === 0 && codes[0] === expected) hits++;
    }
  }
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99), accuracy: hits / queries.length };
}

export async function run(context) {
  const regions = new Map((await listDepartements()).map((d) => [d.code, d.region]));
  const regionOf = (departement) => regions.get(departement) ?? '';
  const socle = timeBuild(() => new CommuneIndex(COMMUNES, regionOf));
  const records = Array.from({ length: socle.index.size }, (_, id) => socle.index.commune(id)).map((c, id) => ({
    id,
    code: c.code,
    nom: c.nom,
    type: c.type,
    departement: c.departement,
    population: c.population ?? 0,
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

  const searchers = {
    socle: (q, o = {}) => socle.index.search(q, o).map((c) => c.code),
    fuse: (q, o = {}) => keep(fuse.index.search(fold(q), { limit: 200 }).map((r) => r.item.id), o),
    minisearch: (q, o = {}) => keep(mini.index.search(q).slice(0, 200).map((r) => r.id), o),
    flexsearch: (q, o = {}) => keep(flex.index.search(q, { limit: 200, suggest: true }), o),
  };
  const results = {
    '@socle/referentiels': { cold: socle.coldMs, build: socle.buildMs, ...measure((q, o) => socle.index.search(q, o).map((c) => c.code)) },
    'fuse.js': { cold: fuse.coldMs, build: fuse.buildMs, ...measure(searchers.fuse, FUSE_REPEATS) },
    minisearch: { cold: mini.coldMs, build: mini.buildMs, ...measure(searchers.minisearch) },
    flexsearch: { cold: flex.coldMs, build: flex.buildMs, ...measure(searchers.flexsearch) },
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
  const typing = typingRun(records, searchers);
  const page = await pageBuilds(context);
  printTable(`Première construction de l’index dans une page (Chromium ${context.browser.version()}, ${PAGE_BUILDS} pages neuves)`, [
    { mesure: '1re construction (ms), médiane', valeur: round(page.cold, 1) },
    { mesure: '1re construction (ms), pire', valeur: round(page.coldMax, 1) },
    { mesure: 'construction suivante (ms), médiane', valeur: round(page.warm, 1) },
  ]);
  await loadCommuneIndex();
  return { queries: queries.length, records: records.length, results, typing, page };
}

/** Per-text median of three runs of `search` over `texts`: p50, p99 and max, and the slowest text. */
function keystrokeLatency(search, texts) {
  const times = texts.map((text) => {
    const runs = [];
    for (let r = 0; r < 3; r++) {
      const start = performance.now();
      search(text);
      runs.push(performance.now() - start);
    }
    return median(runs);
  });
  const slowest = times.indexOf(Math.max(...times));
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99), max: times[slowest], slowest: texts[slowest] };
}

/** People typing and stopping part-way: accuracy where they stop, latency at every keystroke. */
function typingRun(records, searchers) {
  const communes = records.filter((r) => r.type === 'commune-actuelle');
  const people = simulateTypists(communes, TYPISTS);
  const texts = keystrokes(people);
  const stops = people.map((p) => p.typed.slice(0, p.stop));
  const rule = populationFirstRule(communes);
  const engines = {
    '@socle/referentiels': searchers.socle,
    'règle « commence par, plus peuplée d’abord »': rule,
    'fuse.js': searchers.fuse,
    minisearch: searchers.minisearch,
    flexsearch: searchers.flexsearch,
  };
  const results = {};
  for (const [name, search] of Object.entries(engines)) {
    const score = scoreTypists(people, (text) => search(text));
    const latency = keystrokeLatency(search, name === 'fuse.js' ? stops : texts);
    results[name] = { ...score, ...latency };
  }
  const ruleScore = results['règle « commence par, plus peuplée d’abord »'];
  printTable(
    `Recherche pendant la frappe — ${people.length} personnes, ${texts.length} frappes (fuse.js : ${stops.length} textes d’arrêt seulement)`,
    Object.entries(results).map(([name, r]) => ({
      moteur: name,
      'top-1': `${round(r.top1 * 100, 1)} %`,
      'top-10': `${round(r.top10 * 100, 1)} %`,
      MRR: round(r.mrr, 3),
      'top-1 / règle': round(r.top1 / ruleScore.top1, 3),
      'p50 (ms)': round(r.p50, 3),
      'p99 (ms)': round(r.p99, 3),
      'max (ms)': round(r.max, 2),
      'frappe la plus lente': JSON.stringify(r.slowest),
    })),
  );
  return { people: people.length, keystrokes: texts.length, results };
}

/** The index built in fresh pages: the first build of each (cold) and the one after (warm). */
async function pageBuilds({ browser, server }) {
  const url = `${server.url}/bench/commune-index.html`;
  const html = pageWithImportMap({ title: 'Index des communes', moduleUrl: '/bench/pages/commune-index.js' });
  const cold = [];
  const warm = [];
  for (let i = 0; i < PAGE_BUILDS; i++) {
    const page = await browser.newPage();
    try {
      await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
      await page.goto(url);
      await page.evaluate(() => window.benchReady);
      cold.push(await page.evaluate(() => window.buildIndex()));
      warm.push(await page.evaluate(() => window.buildIndex()));
    } finally {
      await page.close();
    }
  }
  return { cold: median(cold), coldMax: Math.max(...cold), warm: median(warm) };
}
