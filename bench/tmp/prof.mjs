import { pageWithImportMap } from '../../scripts/importmap.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
const server = await startStaticServer(process.cwd());
const browser = await launchChromium();
const PAGE = pageWithImportMap({ title: 'x', moduleUrl: process.env.MOD ?? '/bench/tmp/exp.js', body: '<form id="root"></form>' });
const url = `${server.url}/bench/x.html`;
const page = await browser.newPage(); await page.route(url, r=>r.fulfill({contentType:'text/html', body: PAGE})); await page.goto(url); await page.evaluate(()=>window.benchReady);
const KIND = process.env.KIND ?? 'socle';
await page.evaluate((k)=>window.renderRows(k,50), KIND);
await page.evaluate(()=>document.getElementById('root').replaceChildren());
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval',{interval:100}); await cdp.send('Profiler.start');
const ms = await page.evaluate((k)=>window.renderRows(k,1000), KIND);
const { profile } = await cdp.send('Profiler.stop');
console.log('ms', ms);
const self = new Map(); const byId = new Map(profile.nodes.map(n=>[n.id,n]));
const dt = profile.timeDeltas; const counts = new Map();
profile.samples.forEach((id,i)=>counts.set(id,(counts.get(id)??0)+(dt[i]??0)));
for (const [id,t] of counts){ const n=byId.get(id); const key=`${n.callFrame.functionName||'(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`; self.set(key,(self.get(key)??0)+t); }
const parent=new Map(); for (const n of profile.nodes) for (const c of n.children??[]) parent.set(c,n.id);
const incl=new Map(); for (const [id,t] of counts){ const seen=new Set(); let cur=id; while(cur!==undefined){ const n=byId.get(cur); const key=`${n.callFrame.functionName||'(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`; if(!seen.has(key)){seen.add(key); incl.set(key,(incl.get(key)??0)+t);} cur=parent.get(cur);} }
console.log('--- inclusive'); [...incl].sort((a,b)=>b[1]-a[1]).slice(0,45).forEach(([k,t])=>console.log((t/1000).toFixed(1).padStart(7),k));
console.log('--- self');[...self].sort((a,b)=>b[1]-a[1]).slice(0,30).forEach(([k,t])=>console.log((t/1000).toFixed(1).padStart(7),k));
await browser.close(); await server.close();
