// socle-text-field against native <label> + <input>, N rows (see rows.bench.mjs).
import { runRows } from './rows.bench.mjs';

export function run(context) {
  return runRows(context, {
    name: 'text-field',
    pageModule: '/bench/pages/text-field.js',
    title: 'socle-text-field vs <label> + <input> natifs',
  });
}
