import '@socle/forms/text-field';
const sheet = new CSSStyleSheet();
sheet.replaceSync(`:host{display:block;margin-bottom:1.5rem;font-family:system-ui}.label{display:block;font-weight:700}.hint{color:#555}.input{display:block;width:100%;min-height:2.5rem;border:1px solid #333;padding:.5rem}`);
const lightSheet = new CSSStyleSheet();
lightSheet.replaceSync(`x-light{display:block;margin-bottom:1.5rem;font-family:system-ui}x-light .label{display:block;font-weight:700}x-light .hint{color:#555}x-light .input{display:block;width:100%;min-height:2.5rem;border:1px solid #333;padding:.5rem}`);
document.adoptedStyleSheets = [lightSheet];
const tpl = document.createElement('template');
tpl.innerHTML = `<div class="field"><label id="label" class="label" for="input"><slot name="label"></slot></label><div id="hint" class="hint"><slot name="hint"></slot></div><div id="error" class="error" aria-live="polite"></div><input id="input" class="input" aria-describedby="hint"></div>`;
class XShadow extends HTMLElement {
  static formAssociated = true;
  constructor(){ super(); this.i = this.attachInternals(); }
  connectedCallback(){ if (this.shadowRoot) return; const r = this.attachShadow({mode:'open', delegatesFocus:true}); r.adoptedStyleSheets=[sheet]; r.append(tpl.content.cloneNode(true)); r.querySelector('slot[name=label]').textContent=this.getAttribute('label'); r.querySelector('slot[name=hint]').textContent=this.getAttribute('hint'); this.i.setFormValue(''); }
}
customElements.define('x-shadow', XShadow);
let uid=0;
class XLight extends HTMLElement {
  static formAssociated = true;
  constructor(){ super(); this.i = this.attachInternals(); }
  connectedCallback(){ if (this.firstChild) return; const id='x'+(uid++); const l=document.createElement('label'); l.className='label'; l.htmlFor=id; l.textContent=this.getAttribute('label'); const h=document.createElement('div'); h.className='hint'; h.id=id+'h'; h.textContent=this.getAttribute('hint'); const e=document.createElement('div'); e.className='error'; e.setAttribute('aria-live','polite'); const inp=document.createElement('input'); inp.className='input'; inp.id=id; inp.setAttribute('aria-describedby', h.id); this.append(l,h,e,inp); this.i.setFormValue(''); }
}
customElements.define('x-light', XLight);
function row(tag, i){ const f=document.createElement(tag); f.setAttribute('name','c'+i); f.setAttribute('label','Champ numéro '+i); f.setAttribute('hint','Une aide pour remplir ce champ'); f.toggleAttribute('required', i%2===0); return f; }
function nativeRow(i){const row=document.createElement('div');const label=document.createElement('label');label.htmlFor=`champ-${i}`;label.textContent=`Champ numéro ${i}`;const hint=document.createElement('div');hint.id=`aide-${i}`;hint.textContent='Une aide pour remplir ce champ';const input=document.createElement('input');input.id=`champ-${i}`;input.name=`champ-${i}`;input.required=i%2===0;input.setAttribute('aria-describedby',hint.id);row.append(label,hint,input);return row;}
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
window.renderRows = async (kind, count) => {
  const root = document.getElementById('root');
  const start = performance.now();
  const fr = document.createDocumentFragment();
  for (let i=0;i<count;i++) fr.append(kind==='native'?nativeRow(i):row(kind,i));
  root.append(fr);
  if (kind==='socle-text-field'||kind==='x-lit') await Promise.all(Array.from(root.children, (el) => el.updateComplete));
  await frames();
  return performance.now()-start;
};
window.benchReady = customElements.whenDefined('socle-text-field');
const { SocleTextField } = await import('@socle/forms');
const full = [SocleTextField.styles].flat(9).map(c => { const s = new CSSStyleSheet(); s.replaceSync(c.cssText); return s; });
window.fullCount = full.length;
class XShadowFull extends XShadow { connectedCallback(){ super.connectedCallback(); this.shadowRoot.adoptedStyleSheets = full; } }
customElements.define('x-shadow-full', XShadowFull);
const { LitElement, html, nothing } = await import('lit');
class XLit extends LitElement {
  static formAssociated = true;
  static properties = { label: {}, hint: {}, name: {}, required: { type: Boolean } };
  static styles = [sheet];
  static shadowRootOptions = { mode: 'open', delegatesFocus: true };
  constructor(){ super(); this.i = this.attachInternals(); }
  render(){ return html`<div class="field"><label id="label" class="label" for="input"><slot name="label">${this.label}</slot>${this.required ? html`<span aria-hidden="true">*</span>` : nothing}</label><div id="hint" class="hint"><slot name="hint">${this.hint}</slot></div><div id="error" class="error" aria-live="polite"></div><input id="input" class="input" aria-describedby="hint" .value=${''} ?required=${this.required} aria-invalid="false"></div>`; }
}
customElements.define('x-lit', XLit);
