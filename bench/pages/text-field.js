// In-page part of the text-field benchmark: builds N rows, either <socle-text-field> or the native
// <label> + <input> a hand-written form would use, and times insertion until everything has rendered.
import '@socle/forms/text-field';

function socleRow(i) {
  const field = document.createElement('socle-text-field');
  field.setAttribute('name', `champ-${i}`);
  field.setAttribute('label', `Champ numéro ${i}`);
  field.setAttribute('hint', 'Une aide pour remplir ce champ');
  field.toggleAttribute('required', i % 2 === 0);
  return field;
}

function nativeRow(i) {
  const row = document.createElement('div');
  const label = document.createElement('label');
  label.htmlFor = `champ-${i}`;
  label.textContent = `Champ numéro ${i}`;
  const hint = document.createElement('div');
  hint.id = `aide-${i}`;
  hint.textContent = 'Une aide pour remplir ce champ';
  const input = document.createElement('input');
  input.id = `champ-${i}`;
  input.name = `champ-${i}`;
  input.required = i % 2 === 0;
  input.setAttribute('aria-describedby', hint.id);
  row.append(label, hint, input);
  return row;
}

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Inserts `count` rows of `kind` and resolves with the milliseconds until they have all rendered. */
window.renderRows = async (kind, count) => {
  const root = document.getElementById('root');
  const make = kind === 'socle' ? socleRow : nativeRow;
  const start = performance.now();
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < count; i += 1) fragment.append(make(i));
  root.append(fragment);
  if (kind === 'socle') await Promise.all(Array.from(root.children, (el) => el.updateComplete));
  await frames();
  return performance.now() - start;
};
window.benchReady = customElements.whenDefined('socle-text-field');
