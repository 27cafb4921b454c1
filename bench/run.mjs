// `npm run bench`: runs every benchmark suite in one Chromium, prints tables and writes JSON to
// bench/results/. Figures are ratios to a reference measured in the same run; nothing here is a test.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../scripts/chromium.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';
import * as communeSearch from './commune-search.bench.mjs';
import * as formKit from './form-kit.bench.mjs';
import * as htmlFirst from './html-first.bench.mjs';
import * as textField from './text-field.bench.mjs';
import * as validators from './validators.bench.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SUITES = { validators, 'commune-search': communeSearch, 'text-field': textField, 'form-kit': formKit, 'html-first': htmlFirst };
// `npm run bench -- form-kit` runs one suite.
const only = process.argv.slice(2);

const server = await startStaticServer(root);
const browser = await launchChromium();
const report = { date: new Date().toISOString(), chromium: browser.version(), node: process.version, suites: {} };
try {
  for (const [name, suite] of Object.entries(SUITES)) if (only.length === 0 || only.includes(name)) report.suites[name] = await suite.run({ browser, server });
} finally {
  await browser.close();
  await server.close();
}
mkdirSync(join(root, 'bench/results'), { recursive: true });
const file = join(root, 'bench/results/latest.json');
writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nRésultats écrits dans ${file}`);
