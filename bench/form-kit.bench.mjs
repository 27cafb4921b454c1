// The kit row — socle-text-field + socle-select (20 options) + socle-checkbox — against the native
// HTML a careful hand-written form uses, N rows (see rows.bench.mjs). Target: ≤ 1.5 × native at N = 1000.
import { runRows } from './rows.bench.mjs';

export function run(context) {
  return runRows(context, {
    name: 'form-kit',
    pageModule: '/bench/pages/form-kit.js',
    title: 'Ligne texte + liste (20 options) + case : Socle vs HTML natif',
    // Options as <option> children (`socle`) and as the `options` property (`socle-property`); `lit-floor`:
    // the same markup in bare Lit elements, the price of Lit and shadow DOM alone.
    kinds: ['socle', 'socle-property', 'lit-floor'],
  });
}
