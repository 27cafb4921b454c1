// How people type must not matter: case, accents, ligatures, hyphens, apostrophes and spaces are folded
// away, "st"/"ste" mean "saint"/"sainte", and ordinals ("1er", "15e", "3ème") become plain numbers.

const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss' };
const ABBREVIATIONS: Record<string, string> = { st: 'saint', ste: 'sainte', sts: 'saints', stes: 'saintes' };
const ORDINAL = /^(\d+)(?:er|re|e|eme|em|nd|nde)$/;

const folded = new Map<string, string>();

/** One non-ASCII character, folded (remembered: names use few distinct ones). */
function foldChar(ch: string): string {
  let result = folded.get(ch);
  if (result === undefined) {
    result = (LIGATURES[ch] ?? ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '')).toLowerCase();
    folded.set(ch, result);
  }
  return result;
}

/**
 * Lower case, no accents, no ligatures (other characters kept). Character by character through a small
 * table rather than `normalize('NFD')` over the whole text: twice as fast on the 930 KB of commune names.
 */
export function foldLetters(text: string): string {
  return text.replace(/[^\t-~]/g, foldChar).toLowerCase();
}

/** Lower case, no accents, no ligatures; every run of other characters becomes one space. */
export function foldText(text: string): string {
  return foldLetters(text).replace(/[^a-z0-9]+/g, ' ').trim();
}

/** One word as the index stores it: abbreviations spelled out, ordinals reduced to their number. */
export function canonicalWord(word: string): string {
  const first = word.charCodeAt(0);
  if (first < 58) {
    const ordinal = ORDINAL.exec(word);
    return ordinal ? String(Number(ordinal[1])) : word;
  }
  return (first === 115 && word.length <= 4 && ABBREVIATIONS[word]) || word;
}

/** The words of a text, folded and canonical. */
export function searchWords(text: string): string[] {
  const folded = foldText(text);
  return folded ? folded.split(' ').map(canonicalWord) : [];
}

/**
 * Whether `word` is within one edit (insertion, deletion, substitution or swap of two neighbours) of a
 * prefix of `token`: what a person typing "marsielle" or "bordaux" meant.
 */
export function nearPrefix(word: string, token: string): boolean {
  const n = word.length;
  let i = 0;
  while (i < n && i < token.length && word.charCodeAt(i) === token.charCodeAt(i)) i++;
  if (i === n) return true; // an exact prefix
  if (i + 1 === n) return true; // only the last typed letter differs (or is extra)
  // Substitution: skip one on both; insertion: skip one in the word; deletion: skip one in the token.
  return (
    sameFrom(word, i + 1, token, i + 1) ||
    sameFrom(word, i + 1, token, i) ||
    sameFrom(word, i, token, i + 1) ||
    (word.charCodeAt(i) === token.charCodeAt(i + 1) &&
      word.charCodeAt(i + 1) === token.charCodeAt(i) &&
      sameFrom(word, i + 2, token, i + 2))
  );
}

function sameFrom(word: string, from: number, token: string, tokenFrom: number): boolean {
  const length = word.length - from;
  if (tokenFrom + length > token.length) return false;
  for (let k = 0; k < length; k++) if (word.charCodeAt(from + k) !== token.charCodeAt(tokenFrom + k)) return false;
  return true;
}
