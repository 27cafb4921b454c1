import { pageWithImportMap } from '../../scripts/importmap.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { median } from '../lib.mjs';
const server = await startStaticServer(process.cwd());
const browser = await launchChromium();
const PAGE = pageWithImportMap({ title: 'x', moduleUrl: process.env.MOD ?? '/bench/tmp/kit.js', body: '<form id="root"></form>' });
const url = `${server.url}/bench/x.html`;
async function sample(kind, n){ const page = await browser.newPage(); await page.route(url, r=>r.fulfill({contentType:'text/html', body: PAGE})); await page.goto(url); await page.evaluate(()=>window.benchReady); const ms = await page.evaluate(([k,n])=>window.renderRows(k,n),[kind,n]); await page.close(); return ms; }
const kinds = (process.env.KINDS ?? 'native,socle,nosel,onlysel').split(',');
for (const k of kinds) await sample(k, 50);
const res = Object.fromEntries(kinds.map(k=>[k,[]]));
for (let i=0;i<(+process.env.S||5);i++) for (const k of kinds) res[k].push(await sample(k, +process.env.N || 1000));
for (const k of kinds) console.log(k, 'med', median(res[k]).toFixed(0), (median(res[k])/median(res.native)).toFixed(2), 'min', Math.min(...res[k]).toFixed(0), (Math.min(...res[k])/Math.min(...res.native)).toFixed(2));
await browser.close(); await server.close();
