// People typing a commune's name in a combobox, and stopping part-way: the queries a look-up answers most.
// Shared by the commune-search bench and the ranking test (same simulation, same seed, same figures).
//
// Each simulated person is drawn in proportion to population among actual communes, types the name in
// lower case, without accents 60 % of the time, with hyphens and apostrophes as spaces half the time, and
// stops after a number of characters drawn uniformly between 3 and min(length, 12). Every prefix they
// type is a query (latency); the text at which they stop is the one whose answer counts (accuracy).

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const stripAccents = (text) => text.replace(/œ/g, 'oe').replace(/æ/g, 'ae').normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** The folded form both the reference rule and its data use: no case, no accents, separators as spaces. */
export const foldForRule = (text) => stripAccents(text.toLowerCase()).replace(/[^a-z0-9]/g, ' ');

/**
 * `count` people typing: `{ code, nom, typed, stop }` where `typed` is the whole name as this person types it
 * and `stop` how many characters they typed. `communes`: `{ code, nom, population }` of actual communes.
 */
export function simulateTypists(communes, count, seed = 20261207) {
  const next = random(seed);
  const weighted = communes.filter((c) => c.population > 0);
  const cumulative = new Float64Array(weighted.length);
  let total = 0;
  weighted.forEach((c, i) => (cumulative[i] = total += c.population));
  const people = [];
  for (let n = 0; n < count; n++) {
    const target = next() * total;
    let low = 0;
    let high = weighted.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (cumulative[mid] <= target) low = mid + 1;
      else high = mid;
    }
    const commune = weighted[low];
    let typed = commune.nom.toLowerCase();
    if (next() < 0.6) typed = stripAccents(typed);
    if (next() < 0.5) typed = typed.replace(/[-'’]/g, ' ');
    const longest = Math.min(typed.length, 12);
    const stop = longest <= 3 ? typed.length : 3 + Math.floor(next() * (longest - 2));
    people.push({ code: commune.code, nom: commune.nom, typed, stop });
  }
  return people;
}

/** The reference rule: names that start with the text, most populous first (actual communes only). */
export function populationFirstRule(communes) {
  const byPopulation = [...communes].sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
  const names = byPopulation.map((c) => foldForRule(c.nom));
  return (query, limit = 10) => {
    const text = foldForRule(query);
    const codes = [];
    for (let i = 0; i < names.length && codes.length < limit; i++) if (names[i].startsWith(text)) codes.push(byPopulation[i].code);
    return codes;
  };
}

/** Top-1, top-10 and mean reciprocal rank (within the first 10) of `search(text) → codes` at each person's stop. */
export function scoreTypists(people, search) {
  let top1 = 0;
  let top10 = 0;
  let reciprocal = 0;
  for (const person of people) {
    const rank = search(person.typed.slice(0, person.stop)).slice(0, 10).indexOf(person.code);
    if (rank === 0) top1++;
    if (rank >= 0) {
      top10++;
      reciprocal += 1 / (rank + 1);
    }
  }
  return { top1: top1 / people.length, top10: top10 / people.length, mrr: reciprocal / people.length };
}

/** Every text typed on the way, keystroke by keystroke (the one- and two-letter prefixes included). */
export function keystrokes(people) {
  const texts = [];
  for (const person of people) for (let length = 1; length <= person.stop; length++) texts.push(person.typed.slice(0, length));
  return texts;
}
