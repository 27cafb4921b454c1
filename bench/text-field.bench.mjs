// socle-text-field against native <label> + <input>: N rows rendered in a fresh page per sample, in the
// same Chromium run, samples of the two kinds interleaved. Reports medians, the ratio to native and the
// JS heap retained by the rows (after a forced garbage collection).
import { pageWithImportMap } from '../scripts/importmap.mjs';
import { median, printTable, round } from './lib.mjs';

const SIZES = [50, 200, 1000];
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 9);
const KINDS = ['native', 'socle'];

const PAGE = pageWithImportMap({
  title: 'Banc d’essai : socle-text-field contre label + input natifs',
  moduleUrl: '/bench/pages/text-field.js',
  body: '<form id="root"></form>',
});

async function sample(browser, url, kind, count) {
  const page = await browser.newPage();
  try {
    // The page itself is served from memory; its modules come from the static server.
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGE }));
    await page.goto(url);
    await page.evaluate(() => window.benchReady);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const before = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const ms = await page.evaluate(([k, n]) => window.renderRows(k, n), [kind, count]);
    await cdp.send('HeapProfiler.collectGarbage');
    const after = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    await cdp.detach();
    return { ms, heap: after - before };
  } finally {
    await page.close();
  }
}

export async function run({ browser, server }) {
  const url = `${server.url}/bench/text-field.html`;
  // One warm-up per kind so that the first measured page does not pay for compiling the modules.
  for (const kind of KINDS) await sample(browser, url, kind, 50);
  const results = [];
  for (const count of SIZES) {
    const samples = { native: [], socle: [] };
    for (let i = 0; i < SAMPLES; i += 1) for (const kind of KINDS) samples[kind].push(await sample(browser, url, kind, count));
    const stat = (kind) => ({ ms: median(samples[kind].map((s) => s.ms)), heap: median(samples[kind].map((s) => s.heap)) });
    const native = stat('native');
    const socle = stat('socle');
    results.push({
      rows: count,
      samples: SAMPLES,
      nativeMs: round(native.ms),
      socleMs: round(socle.ms),
      ratio: round(socle.ms / native.ms),
      nativeHeapKiB: round(native.heap / 1024, 0),
      socleHeapKiB: round(socle.heap / 1024, 0),
      extraHeapKiB: round((socle.heap - native.heap) / 1024, 0),
    });
  }
  printTable('socle-text-field vs <label> + <input> natifs (médianes ; ratio = socle / natif)', results);
  return results;
}
