// Rows of Socle elements against the native HTML they replace (here socle-text-field vs <label> + <input>): N rows rendered in a fresh page per sample, in the
// same Chromium run, samples of the two kinds interleaved. Reports medians, the ratio to native and the
// JS heap retained by the rows (after a forced garbage collection).
import { pageWithImportMap } from '../scripts/importmap.mjs';
import { median, printTable, round } from './lib.mjs';

const SIZES = [50, 200, 1000];
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 9);

async function sample(browser, url, page_, kind, count) {
  const page = await browser.newPage();
  try {
    // The page itself is served from memory; its modules come from the static server.
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: page_ }));
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

/**
 * Measures `pageModule` (which defines `window.renderRows(kind, count)`) at each size, for `native` and each
 * of `kinds` (default: `socle`); `title` heads the printed table. One table row per size and Socle kind.
 */
export async function runRows({ browser, server }, { name, pageModule, title, kinds = ['socle'] }) {
  const url = `${server.url}/bench/${name}.html`;
  const html = pageWithImportMap({ title, moduleUrl: pageModule, body: '<form id="root"></form>' });
  const sample_ = (kind, count) => sample(browser, url, html, kind, count);
  const all = ['native', ...kinds];
  // One warm-up per kind so that the first measured page does not pay for compiling the modules.
  for (const kind of all) await sample_(kind, 50);
  const results = [];
  for (const count of SIZES) {
    const samples = Object.fromEntries(all.map((kind) => [kind, []]));
    for (let i = 0; i < SAMPLES; i += 1) for (const kind of all) samples[kind].push(await sample_(kind, count));
    const stat = (kind) => ({ ms: median(samples[kind].map((s) => s.ms)), heap: median(samples[kind].map((s) => s.heap)) });
    const native = stat('native');
    for (const kind of kinds) {
      const socle = stat(kind);
      results.push({
        rows: count,
        kind,
        samples: SAMPLES,
        nativeMs: round(native.ms),
        socleMs: round(socle.ms),
        ratio: round(socle.ms / native.ms),
        nativeHeapKiB: round(native.heap / 1024, 0),
        socleHeapKiB: round(socle.heap / 1024, 0),
        extraHeapKiB: round((socle.heap - native.heap) / 1024, 0),
      });
    }
  }
  printTable(`${title} (médianes ; ratio = socle / natif)`, results);
  return results;
}
