/**
 * Suggests a correction for common typos in the domain of an e-mail address (`gmial.com`, `hotmial.fr`,
 * `orange.fe`), to offer it to the person ("Vouliez-vous dire … ?") rather than reject the address.
 */
import { text } from './result.js';

const DOMAINS = [
  'gmail.com', 'hotmail.fr', 'hotmail.com', 'yahoo.fr', 'yahoo.com', 'orange.fr', 'wanadoo.fr', 'free.fr',
  'sfr.fr', 'laposte.net', 'outlook.fr', 'outlook.com', 'live.fr', 'icloud.com', 'neuf.fr', 'bbox.fr',
  'aol.com', 'gmx.fr', 'msn.com', 'numericable.fr', 'club-internet.fr', 'protonmail.com', 'proton.me',
];

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions), capped. */
function distance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, previous2[j - 2]! + 1);
      current.push(best);
    }
    previous2 = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** The corrected address, or undefined when the domain looks right (or is unknown and far from any). */
export function suggestEmailFix(input: string): string | undefined {
  const value = text(input).trim();
  const at = value.lastIndexOf('@');
  if (at <= 0 || value.length > 254) return undefined;
  const domain = value.slice(at + 1).toLowerCase();
  if (domain === '' || DOMAINS.includes(domain)) return undefined;
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of DOMAINS) {
    const d = distance(domain, candidate, 2);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best === undefined ? undefined : `${value.slice(0, at)}@${best}`;
}
