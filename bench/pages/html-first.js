// In-page part of the HTML-first benchmark: N rows of a text field, a list of 20 options and a checkbox,
// inserted with innerHTML (as a server-rendered page or a framework's template would), then cleared and
// inserted again in the same page. The page links socle.css, as an HTML-first page does. Kinds (`?kind=`):
// `native` (the hand-written HTML, which no rule of socle.css matches), `socle-css` (Socle's elements
// around that same HTML, no script: the page before or without it), `socle-html-first` (the same, enhanced
// by the script), `socle` (the attribute markup, options as children), `lit-floor` (the attribute markup in
// bare Lit elements: the price of Lit and shadow DOM alone, see lit-floor.js).
const pageKind = new URL(location.href).searchParams.get('kind');

const OPTIONS = Array.from({ length: 20 }, (_, i) => `<option value="v${i}">Option numéro ${i}</option>`).join('');
const HINT = 'Une aide pour remplir ce champ';

const nativeParts = (i) => ({
  text: `<label for="nom-${i}">Nom numéro ${i}</label><p class="socle-hint" id="aide-${i}">${HINT}</p><input id="nom-${i}" name="nom-${i}"${i % 2 === 0 ? ' required' : ''} aria-describedby="aide-${i}">`,
  select: `<label for="choix-${i}">Choix numéro ${i}</label><select id="choix-${i}" name="choix-${i}">${OPTIONS}</select>`,
  checkbox: `<input type="checkbox" id="accord-${i}" name="accord-${i}"><label for="accord-${i}">J’accepte, ligne ${i}</label>`,
});

const ROWS = {
  native: (i) => {
    const p = nativeParts(i);
    return `<div>${p.text}${p.select}${p.checkbox}</div>`;
  },
  'socle-css': (i) => ROWS['socle-html-first'](i),
  'socle-html-first': (i) => {
    const p = nativeParts(i);
    return `<div><socle-text-field>${p.text}</socle-text-field><socle-select>${p.select}</socle-select><socle-checkbox>${p.checkbox}</socle-checkbox></div>`;
  },
  socle: (i, prefix = 'socle') =>
    `<div><${prefix}-text-field name="nom-${i}" label="Nom numéro ${i}" hint="${HINT}"${i % 2 === 0 ? ' required' : ''}></${prefix}-text-field>` +
    `<${prefix}-select name="choix-${i}" label="Choix numéro ${i}">${OPTIONS}</${prefix}-select>` +
    `<${prefix}-checkbox name="accord-${i}" label="J’accepte, ligne ${i}"></${prefix}-checkbox></div>`,
  'lit-floor': (i) => ROWS.socle(i, 'floor'),
};

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Every node of the subtree, shadow trees included. */
function countNodes(node) {
  let count = 1;
  for (const child of node.childNodes) count += countNodes(child);
  if (node.shadowRoot) count += countNodes(node.shadowRoot);
  return count;
}

async function insert(root, markup, kind) {
  const start = performance.now();
  root.innerHTML = markup; // the rows already there (a re-render) are removed on the way, and that is counted
  if (kind !== 'native' && kind !== 'socle-css') await Promise.all(Array.from(root.querySelectorAll('div > *'), (el) => el.updateComplete));
  await frames();
  return performance.now() - start;
}

/**
 * Inserts `count` rows of `kind`, then replaces them with the same rows again (the old ones removed, new ones
 * inserted, as a framework re-rendering a list): resolves with the milliseconds of each (until rendered) and
 * the DOM nodes per row (shadow trees included).
 */
window.renderTwice = async (kind, count) => {
  const root = document.getElementById('root');
  const make = ROWS[kind];
  const markup = Array.from({ length: count }, (_, i) => make(i)).join('');
  const first = await insert(root, markup, kind);
  const nodes = (countNodes(root) - 1) / count;
  const again = await insert(root, markup, kind);
  return { first, again, nodes };
};
const styles = document.createElement('link');
styles.rel = 'stylesheet';
styles.href = '/packages/core/dist/socle.css';
const styled = new Promise((resolve) => styles.addEventListener('load', resolve, { once: true }));
document.head.append(styles);
window.benchReady = Promise.all([
  styled,
  pageKind === 'socle-css'
    ? undefined
    : Promise.all([import('@socle/forms/text-field'), import('@socle/forms/select'), import('@socle/forms/checkbox'), import('./lit-floor.js')]),
]);
