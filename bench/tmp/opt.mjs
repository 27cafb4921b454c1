import { launchChromium } from '../../scripts/chromium.mjs';
const browser = await launchChromium();
const page = await browser.newPage();
await page.setContent('<div id="root"></div>');
const r = await page.evaluate(() => {
  const N = 1000, O = 20;
  const src = document.createElement('div'); document.body.append(src);
  for (let i = 0; i < O; i++) { const o = document.createElement('option'); o.value = 'v' + i; o.textContent = 'Option numéro ' + i; src.append(o); }
  const t = (f) => { const s = performance.now(); f(); return +(performance.now() - s).toFixed(1); };
  const out = {};
  out.createDetached = t(() => { for (let n = 0; n < N; n++) { const s = document.createElement('select'); for (let i = 0; i < O; i++) { const o = document.createElement('option'); o.value = 'v' + i; o.textContent = 'Option numéro ' + i; s.append(o); } } });
  out.cloneDetached = t(() => { for (let n = 0; n < N; n++) { const s = document.createElement('select'); for (const c of src.children) s.append(c.cloneNode(true)); } });
  out.cloneFragDetached = t(() => { for (let n = 0; n < N; n++) { const s = document.createElement('select'); const f = document.createDocumentFragment(); for (const c of src.children) f.append(c.cloneNode(true)); s.append(f); } });
  const holder = document.getElementById('root');
  out.cloneConnected = t(() => { for (let n = 0; n < N; n++) { const s = document.createElement('select'); holder.append(s); for (const c of src.children) s.append(c.cloneNode(true)); } });
  holder.replaceChildren();
  out.cloneConnectedShadow = t(() => { for (let n = 0; n < N; n++) { const h = document.createElement('div'); holder.append(h); const root = h.attachShadow({mode:'open'}); const s = document.createElement('select'); root.append(s); const f = document.createDocumentFragment(); for (const c of src.children) f.append(c.cloneNode(true)); s.replaceChildren(f); } });
  holder.replaceChildren();
  out.newOptionConnected = t(() => { for (let n = 0; n < N; n++) { const s = document.createElement('select'); holder.append(s); for (let i = 0; i < O; i++) s.append(new Option('Option numéro ' + i, 'v' + i)); } });
  return out;
});
console.log(r);
await browser.close();
