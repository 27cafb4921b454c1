// People stopping part-way through a commune's name (bench/typing.mjs): the index must put what they were
// typing first at least as often as the simplest rule, « names that start with the text, most populous first ».
import { describe, expect, it } from 'vitest';
import { populationFirstRule, scoreTypists, simulateTypists } from '../../../../bench/typing.mjs';
import { loadCommuneIndex } from '../index.js';

describe('ranking while people type', () => {
  it('beats or equals the population-first prefix rule on top-1, top-10 and mean reciprocal rank', async () => {
    const index = await loadCommuneIndex();
    const communes = Array.from({ length: index.size }, (_, id) => index.commune(id)).filter((c) => c.type === 'commune-actuelle');
    const people = simulateTypists(communes, 2000);
    expect(new Set(people.map((p) => p.code)).size).toBeGreaterThan(500);
    const rule = scoreTypists(people, populationFirstRule(communes));
    const socle = scoreTypists(people, (text) => index.search(text).map((c) => c.code));
    expect(socle.top1).toBeGreaterThanOrEqual(rule.top1);
    expect(socle.top10).toBeGreaterThanOrEqual(rule.top10);
    expect(socle.mrr).toBeGreaterThanOrEqual(rule.mrr);
  });

  it('proposes the commune being typed among the answers at every keystroke from the second character', async () => {
    const index = await loadCommuneIndex();
    const communes = Array.from({ length: index.size }, (_, id) => index.commune(id)).filter((c) => c.type === 'commune-actuelle');
    const missing: string[] = [];
    for (const person of simulateTypists(communes, 300, 7)) {
      for (let length = 2; length <= person.stop; length++) {
        const text = person.typed.slice(0, length);
        // Some texts match thousands of names: all of them are asked for.
        const answers = index.search(text, { limit: 50000 }).map((c) => c.code);
        if (!answers.includes(person.code)) missing.push(`${text} (${person.nom})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
