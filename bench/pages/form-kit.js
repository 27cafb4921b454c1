// In-page part of the form-kit benchmark: N rows of a text field, a list of 20 options and a checkbox,
// either Socle's elements or the native HTML a careful hand-written form would use (labels, hints linked).
// Kinds: `native`; `socle` (the list's options as <option> children); `socle-property` (as the `options`
// property, as an application passing a list it loaded would); `lit-floor` (the same markup in bare Lit
// elements, options as children: see lit-floor.js).
import '@socle/forms/text-field';
import '@socle/forms/select';
import '@socle/forms/checkbox';
import './lit-floor.js';

const OPTIONS = Array.from({ length: 20 }, (_, i) => [`v${i}`, `Option numéro ${i}`]);
// The same list as data, for the `options` property (an application passing a list it loaded).
const CHOICES = OPTIONS.map(([value, label]) => ({ value, label }));

function options(select) {
  for (const [value, text] of OPTIONS) {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = text;
    select.append(option);
  }
}

function socleRow(i, { property = false, prefix = 'socle' } = {}) {
  const row = document.createElement('div');
  const field = document.createElement(`${prefix}-text-field`);
  field.setAttribute('name', `nom-${i}`);
  field.setAttribute('label', `Nom numéro ${i}`);
  field.setAttribute('hint', 'Une aide pour remplir ce champ');
  field.toggleAttribute('required', i % 2 === 0);
  const select = document.createElement(`${prefix}-select`);
  select.setAttribute('name', `choix-${i}`);
  select.setAttribute('label', `Choix numéro ${i}`);
  if (property) select.options = CHOICES;
  else options(select);
  const checkbox = document.createElement(`${prefix}-checkbox`);
  checkbox.setAttribute('name', `accord-${i}`);
  checkbox.setAttribute('label', `J’accepte, ligne ${i}`);
  row.append(field, select, checkbox);
  return row;
}

function nativeRow(i) {
  const row = document.createElement('div');
  const label = document.createElement('label');
  label.htmlFor = `nom-${i}`;
  label.textContent = `Nom numéro ${i}`;
  const hint = document.createElement('div');
  hint.id = `aide-${i}`;
  hint.textContent = 'Une aide pour remplir ce champ';
  const input = document.createElement('input');
  input.id = `nom-${i}`;
  input.name = `nom-${i}`;
  input.required = i % 2 === 0;
  input.setAttribute('aria-describedby', hint.id);
  const selectLabel = document.createElement('label');
  selectLabel.htmlFor = `choix-${i}`;
  selectLabel.textContent = `Choix numéro ${i}`;
  const select = document.createElement('select');
  select.id = `choix-${i}`;
  select.name = `choix-${i}`;
  options(select);
  const checkbox = document.createElement('input');
  checkbox.type = 'checkbox';
  checkbox.id = `accord-${i}`;
  checkbox.name = `accord-${i}`;
  const checkboxLabel = document.createElement('label');
  checkboxLabel.htmlFor = checkbox.id;
  checkboxLabel.textContent = `J’accepte, ligne ${i}`;
  row.append(label, hint, input, selectLabel, select, checkbox, checkboxLabel);
  return row;
}

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Inserts `count` rows of `kind` and resolves with the milliseconds until they have all rendered. */
window.renderRows = async (kind, count) => {
  const root = document.getElementById('root');
  const make = {
    socle: socleRow,
    'socle-property': (i) => socleRow(i, { property: true }),
    'lit-floor': (i) => socleRow(i, { prefix: 'floor' }),
  }[kind] ?? nativeRow;
  const start = performance.now();
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < count; i += 1) fragment.append(make(i));
  root.append(fragment);
  if (kind !== 'native') await Promise.all(Array.from(root.querySelectorAll('div > *'), (el) => el.updateComplete));
  await frames();
  return performance.now() - start;
};
window.benchReady = Promise.all(['socle-text-field', 'socle-select', 'socle-checkbox'].map((tag) => customElements.whenDefined(tag)));
