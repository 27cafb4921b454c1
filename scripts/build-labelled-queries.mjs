// Resolves the labelled commune queries (test/data/communes-requetes.src.tsv: query, expected commune by
// exact name and département, options) to INSEE codes from the source data, into communes-requetes.json.
// The expectation is written by a person; only the code is looked up. Fails on an unknown or ambiguous name.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const communes = createRequire(import.meta.url)('@etalab/decoupage-administratif/data/communes.json');
const rows = readFileSync(join(root, 'test/data/communes-requetes.src.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'));

const queries = rows.map((row) => {
  const [query, expected, options = ''] = row.split('\t');
  const match = /^(.*) \((\w+)\)$/.exec(expected);
  if (!match) throw new Error(`Bad expectation: ${row}`);
  const [, nom, departement] = match;
  const found = communes.filter(
    (c) => c.nom === nom && c.departement === departement && (c.type === 'commune-actuelle' || c.type === 'arrondissement-municipal'),
  );
  if (found.length !== 1) throw new Error(`${found.length} communes named ${expected}`);
  const entry = { query, expected: found[0].code, nom: expected };
  const opts = {};
  for (const option of options.split(' ').filter(Boolean)) {
    if (option === 'arr') opts.includeArrondissements = true;
    else if (option === 'hist') opts.includeHistorical = true;
    else if (option.startsWith('dep=')) opts.departement = option.slice(4);
    else throw new Error(`Unknown option ${option}`);
  }
  if (Object.keys(opts).length) entry.options = opts;
  return entry;
});
writeFileSync(join(root, 'test/data/communes-requetes.json'), `${JSON.stringify(queries, null, 1)}\n`);
console.log(`${queries.length} labelled queries`);
