// The kit row (text field + 20-option list + checkbox) inserted with innerHTML, 1,000 rows, then cleared and
// inserted again in the same page: native HTML, the HTML-first markup before its script (socle.css only),
// the same enhanced (HTML first), Socle's attribute markup, and the Lit floor — in one Chromium run, a fresh
// page per sample, kinds interleaved. Goals: HTML first ≤ 1.3 × native on the first render and ≤ 1.5 × on
// the second; attribute markup ≤ 1.5 × and ≤ 2 ×.
import { pageWithImportMap } from '../scripts/importmap.mjs';
import { median, printTable, round } from './lib.mjs';

const KINDS = ['native', 'socle-css', 'socle-html-first', 'socle', 'lit-floor'];
const SIZES = [200, 1000];
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 9);

async function sample(browser, url, body, kind, count) {
  const page = await browser.newPage();
  try {
    const path = new URL(url).pathname;
    await page.route((address) => address.pathname === path, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
    await page.goto(`${url}?kind=${kind}`);
    await page.evaluate(() => window.benchReady);
    return await page.evaluate(([k, n]) => window.renderTwice(k, n), [kind, count]);
  } finally {
    await page.close();
  }
}

export async function run({ browser, server }) {
  const url = `${server.url}/bench/html-first.html`;
  const body = pageWithImportMap({ title: 'HTML d’abord : insertion et réinsertion', moduleUrl: '/bench/pages/html-first.js', body: '<form id="root"></form>' });
  for (const kind of KINDS) await sample(browser, url, body, kind, 50);
  const results = [];
  for (const count of SIZES) {
    const samples = Object.fromEntries(KINDS.map((kind) => [kind, []]));
    for (let i = 0; i < SAMPLES; i += 1) for (const kind of KINDS) samples[kind].push(await sample(browser, url, body, kind, count));
    const native = samples.native;
    for (const kind of KINDS) {
      const own = samples[kind];
      // Paired: each round's sample over the native one of the same round (cancels a shared machine's drifts).
      const paired = (key) => round(median(own.map((s, i) => s[key] / native[i][key])));
      results.push({
        rows: count,
        kind,
        firstMs: round(median(own.map((s) => s.first))),
        firstRatio: paired('first'),
        againMs: round(median(own.map((s) => s.again))),
        againRatio: paired('again'),
        againOverFirst: round(median(own.map((s) => s.again / s.first))),
        nodesPerRow: round(median(own.map((s) => s.nodes)), 0),
      });
    }
  }
  printTable('Insertion par innerHTML puis réinsertion dans la même page (médianes ; ratios appariés à natif, tour par tour)', results);
  return results;
}
