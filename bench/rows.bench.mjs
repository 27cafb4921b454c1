// Rows of Socle elements against the native HTML they replace: N rows rendered in a fresh page per sample,
// in the same Chromium run, samples of the kinds interleaved. Reports medians of wall time and of the main
// thread's CPU time, their ratios to native, and the JS heap retained by the rows (after a forced GC).
import { pageWithImportMap } from '../scripts/importmap.mjs';
import { median, printTable, round } from './lib.mjs';

const SIZES = [50, 200, 1000];
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 11);

/**
 * CPU time of the page's main thread, in ms. On a shared machine wall time varies by ± 15 % between runs
 * (other tenants take the CPU); the main thread's own CPU time varies far less, so both are reported.
 */
async function threadTime(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? 0) * 1000;
}

async function sample(browser, url, page_, kind, count) {
  const page = await browser.newPage();
  try {
    // The page itself is served from memory; its modules come from the static server.
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: page_ }));
    await page.goto(url);
    await page.evaluate(() => window.benchReady);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const before = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const cpuBefore = await threadTime(cdp);
    const ms = await page.evaluate(([k, n]) => window.renderRows(k, n), [kind, count]);
    const cpu = (await threadTime(cdp)) - cpuBefore;
    await cdp.send('HeapProfiler.collectGarbage');
    const after = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    await cdp.detach();
    return { ms, cpu, heap: after - before };
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
    const stat = (kind) => ({
      ms: median(samples[kind].map((s) => s.ms)),
      cpu: median(samples[kind].map((s) => s.cpu)),
      heap: median(samples[kind].map((s) => s.heap)),
    });
    const native = stat('native');
    for (const kind of kinds) {
      const socle = stat(kind);
      // Each round measures native then Socle a few seconds apart: the median of the ratios of a round's two
      // samples cancels the slow drifts of a shared machine better than the ratio of the two medians.
      const paired = median(samples[kind].map((s, i) => s.ms / samples.native[i].ms));
      results.push({
        rows: count,
        kind,
        samples: SAMPLES,
        nativeMs: round(native.ms),
        socleMs: round(socle.ms),
        ratio: round(socle.ms / native.ms),
        pairedRatio: round(paired),
        nativeCpuMs: round(native.cpu),
        socleCpuMs: round(socle.cpu),
        cpuRatio: round(socle.cpu / native.cpu),
        nativeHeapKiB: round(native.heap / 1024, 0),
        socleHeapKiB: round(socle.heap / 1024, 0),
        extraHeapKiB: round((socle.heap - native.heap) / 1024, 0),
      });
    }
  }
  printTable(`${title} (médianes ; ratio = socle / natif, temps écoulé ; pairedRatio = médiane des ratios de chaque tour ; cpuRatio = temps CPU du fil principal)`, results);
  return results;
}
