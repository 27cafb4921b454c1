// The commune search index, built in one pass over the embedded data and queried in well under a
// millisecond. Records are numbered by decreasing population, so "larger first" is "smaller id first".
// Each name is kept folded between spaces (" l hay les roses lhay "), and every word of every name is
// filed in a bucket by its first one, two and three characters, read straight off the folded text with
// charCodeAt: no per-word strings, no hashing, which keeps the build fast. A query word takes the bucket
// of its first characters, and each candidate is checked with `includes(" " + word)`.
import { canonicalWord, foldLetters, foldText, nearPrefix } from '../text/normalize.js';
import { departementOf } from './departement.js';
import type { Commune, CommuneType, SearchCommunesOptions } from './types.js';

const ACTUAL = 0;
const ARRONDISSEMENT = 1;
const DELEGATED = 2;
const ASSOCIATED = 3;
const TYPES: CommuneType[] = ['commune-actuelle', 'arrondissement-municipal', 'commune-deleguee', 'commune-associee'];
/** Shortest typed word for which one typo is forgiven. */
const TYPO_MIN_LENGTH = 5;
/** Characters of folded names: a–z, 0–9 (space is 0). */
const BASE = 37;

function charIndex(code: number): number {
  if (code >= 97 && code <= 122) return code - 96; // a–z: 1–26
  if (code >= 48 && code <= 57) return code - 21; // 0–9: 27–36
  return 0;
}

/** Bucket key of a word's first one, two or three characters (disjoint ranges per length). */
function keyOf(word: string, length: number): number {
  if (length === 1) return charIndex(word.charCodeAt(0));
  if (length === 2) return BASE + charIndex(word.charCodeAt(0)) * BASE + charIndex(word.charCodeAt(1));
  return BASE + BASE * BASE + (charIndex(word.charCodeAt(0)) * BASE + charIndex(word.charCodeAt(1))) * BASE + charIndex(word.charCodeAt(2));
}
const KEYS = BASE + BASE * BASE + BASE * BASE * BASE;

export class CommuneIndex {
  /** Number of records (communes, arrondissements, delegated and associated communes). */
  readonly size: number;
  /** The data lines, and for each record its line, code and kind. */
  private readonly lines: string[];
  private readonly lineOf: Int32Array;
  private readonly codes: string[];
  private readonly kinds: Uint8Array;
  /** Folded name between spaces, per record; its length (the name alone, without the joined forms); population. */
  private readonly padded: string[];
  private readonly nameLengths: Uint8Array;
  private readonly populations: Float64Array;
  /** Records whose name has at most three characters, ascending. */
  private readonly shortIds: number[] = [];
  /** Record ids of every bucket, one after the other (ascending within each), and where each bucket starts. */
  private readonly pairs: Uint32Array;
  /** Record id of each line, and the lines in code order: actual communes first, then the others. */
  private readonly idOfLine: Int32Array;
  private readonly actualLines: number;
  private postcodeKeys: Float64Array | undefined;
  private formerCodes: Map<string, number> | undefined;
  private readonly regionOf: (departement: string) => string;

  /** `data`: the embedded lines (see scripts/build-referentiels.mjs); `regionOf`: département → région. */
  constructor(data: string, regionOf: (departement: string) => string) {
    this.regionOf = regionOf;
    const lines = data.split('\n');
    // Folding the whole text at once is far cheaper than name by name; separators survive it.
    const folded = foldLetters(data).replace(/[^a-z0-9;,\n]+/g, ' ');
    const n = lines.length;
    this.size = n;
    this.lines = lines;

    // Line order is code order. Records are numbered by decreasing population (ties: line order), sorted
    // as numbers in a typed array: -population × 65536 + line.
    const lineCodes = new Array<string>(n);
    const foldedNames = new Array<string>(n);
    const keys = new Float64Array(n);
    let previous = '';
    let actualLines = 0;
    let position = 0;
    for (let line = 0; line < n; line++) {
      // The folded name: the second field of the line in the folded text (one slice, no split).
      const lineEnd = folded.indexOf('\n', position);
      const end1 = lineEnd < 0 ? folded.length : lineEnd;
      const nameStart = folded.indexOf(';', position) + 1;
      const nameEnd = folded.indexOf(';', nameStart);
      foldedNames[line] = folded.slice(nameStart, nameEnd < 0 || nameEnd > end1 ? end1 : nameEnd);
      position = end1 + 1;
      const text = lines[line]!;
      const end = text.indexOf(';');
      const other = text.charCodeAt(0) >= 97; // a type letter: a, d or s
      let code: string;
      if (other) code = text.slice(1, end);
      else {
        code = end === 0 ? nextCode(previous) : text.slice(0, end);
        previous = code;
        actualLines = line + 1;
      }
      lineCodes[line] = code;
      const population = numberField(text, other ? 4 : 3);
      keys[line] = (population < 0 ? 1 : -population) * 65536 + line;
    }
    keys.sort();
    this.actualLines = actualLines;

    this.lineOf = new Int32Array(n);
    this.idOfLine = new Int32Array(n);
    this.codes = new Array<string>(n);
    this.kinds = new Uint8Array(n);
    this.padded = new Array<string>(n);
    this.nameLengths = new Uint8Array(n);
    this.populations = new Float64Array(n);
    // Buckets, read off the folded names as they are made: every word start files the record under its
    // first 1, 2 and 3 characters, as one pair key × 65536 + id (each pair once). A native sort (below)
    // lays them out bucket by bucket: no array per bucket to grow, no second pass over the names.
    let pairs = new Uint32Array(n * 6);
    let pairCount = 0;
    const last = new Int32Array(KEYS).fill(-1);
    for (let id = 0; id < n; id++) {
      const population = Math.floor(keys[id]! / 65536);
      const line = keys[id]! - population * 65536;
      this.populations[id] = population > 0 ? 0 : -population;
      this.lineOf[id] = line;
      this.idOfLine[line] = id;
      this.codes[id] = lineCodes[line]!;
      const text = lines[line]!;
      const letter = text.charCodeAt(0);
      const kind = letter === 97 ? ARRONDISSEMENT : letter === 100 ? DELEGATED : letter === 115 ? ASSOCIATED : ACTUAL;
      this.kinds[id] = kind;
      let name = foldedNames[line]!;
      if (name.charCodeAt(0) === 32 || name.charCodeAt(name.length - 1) === 32) name = name.trim();
      // Only arrondissements have numbers in their names: "15e" → "15", as typed queries are read.
      if (kind === ARRONDISSEMENT) name = name.replace(/\b(\d+)(?:er|re|e|eme|nd|nde)\b/g, '$1');
      this.nameLengths[id] = Math.min(255, name.length);
      if (name.length <= FIRST_STOP) this.shortIds.push(id);
      // Elided articles are also found joined: "l hay" → "lhay".
      const joined = name.includes('l ') || name.includes('d ') ? name.match(/\b[ld] [a-z0-9]+/g) : null;
      const padded = joined ? ` ${name} ${joined.map((w) => w.replace(' ', '')).join(' ')} ` : ` ${name} `;
      this.padded[id] = padded;
      if (pairCount + padded.length * 3 > pairs.length) {
        const larger = new Uint32Array(pairs.length * 2);
        larger.set(pairs);
        pairs = larger;
      }
      // Word by word (indexOf jumps to the next space natively), not character by character.
      for (let i = padded.indexOf(' '); i >= 0 && i + 1 < padded.length; i = padded.indexOf(' ', i + 1)) {
        const a = charIndex(padded.charCodeAt(i + 1));
        if (a === 0) continue;
        if (last[a] !== id) {
          last[a] = id;
          pairs[pairCount++] = a * 65536 + id;
        }
        const b = charIndex(padded.charCodeAt(i + 2));
        if (b === 0) continue;
        const two = BASE + a * BASE + b;
        if (last[two] !== id) {
          last[two] = id;
          pairs[pairCount++] = two * 65536 + id;
        }
        const c = charIndex(padded.charCodeAt(i + 3));
        if (c === 0) continue;
        const three = BASE + BASE * BASE + (a * BASE + b) * BASE + c;
        if (last[three] !== id) {
          last[three] = id;
          pairs[pairCount++] = three * 65536 + id;
        }
      }
    }
    // Sorted (natively: no loop of ours over 400,000 pairs), the pairs are the buckets, one after the
    // other, ids ascending within each; a bucket is found by binary search.
    this.pairs = pairs.slice(0, pairCount).sort();
  }

  /**
   * Postal code × 65536 + record id of actual communes, sorted: a binary search finds a postal code or a
   * prefix. Made on the first postal-code query, not with the index: a name search never needs it.
   */
  #postcodes(): Float64Array {
    if (this.postcodeKeys) return this.postcodeKeys;
    const n = this.size;
    const lines = this.lines;
    // Read digit by digit: "400" after a code's first two characters, or five digits.
    // A typed array, not number[]: the keys exceed 2^31 and would each be a heap number.
    const postcodeKeys = new Float64Array(n * 2);
    let postcodeCount = 0;
    for (let line = 0; line < this.actualLines; line++) {
      const text = lines[line]!;
      let i = text.indexOf(';', text.indexOf(';') + 1) + 1;
      const id = this.idOfLine[line]!;
      const code = this.codes[id]!;
      const prefix = code.charCodeAt(1) > 57 ? 20 : (code.charCodeAt(0) - 48) * 10 + code.charCodeAt(1) - 48; // 2A, 2B: 20xxx
      let value = 0;
      let digits = 0;
      for (; i <= text.length; i++) {
        const c = i < text.length ? text.charCodeAt(i) : 59;
        if (c >= 48 && c <= 57) {
          value = value * 10 + c - 48;
          digits++;
          continue;
        }
        if (digits) postcodeKeys[postcodeCount++] = (digits === 3 ? prefix * 1000 + value : value) * 65536 + id;
        value = 0;
        digits = 0;
        if (c === 59) break;
      }
    }
    this.postcodeKeys = postcodeKeys.slice(0, postcodeCount).sort();
    return this.postcodeKeys;
  }

  /** The pairs of a bucket (key × 65536 + id, ids ascending): `pair & 0xffff` is the record id. */
  #bucket(key: number): Uint32Array {
    return this.pairs.subarray(this.#firstPair(key * 65536), this.#firstPair((key + 1) * 65536));
  }

  /** Index of the first pair not below `value`. */
  #firstPair(value: number): number {
    const pairs = this.pairs;
    let low = 0;
    let high = pairs.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (pairs[mid]! < value) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The whole record. */
  commune(id: number): Commune {
    const code = this.codes[id]!;
    const kind = this.kinds[id]!;
    const text = this.lines[this.lineOf[id]!]!;
    const actual = kind === ACTUAL;
    const parentCode = actual ? '' : field(text, 2);
    let postcodes = expandPostcodes(code, field(text, actual ? 2 : 3));
    if (!postcodes && !actual) {
      // Delegated and associated communes are served by their chef-lieu's postal codes.
      const parent = this.actualId(parentCode);
      if (parent !== undefined) postcodes = expandPostcodes(parentCode, field(this.lines[this.lineOf[parent]!]!, 2));
    }
    const departement = this.departement(id);
    const commune: Commune = {
      code,
      nom: field(text, 1),
      codesPostaux: postcodes ? postcodes.split(',') : [],
      departement,
      region: this.regionOf(departement),
      type: TYPES[kind]!,
    };
    const population = field(text, actual ? 3 : 4);
    if (population) commune.population = Number(population);
    if (!actual) commune.parent = parentCode;
    const former = actual ? field(text, 4) : '';
    if (former) commune.anciensCodes = former.split(',');
    return commune;
  }

  /**
   * The actual commune with this code, else the arrondissement, the commune a former code merged into, or
   * the delegated or associated commune. With `includeHistorical`, a former commune that lives on as a
   * delegated or associated commune is returned as itself (a birthplace: « Acqueville », not « La Hague »).
   */
  get(code: string, options: { includeHistorical?: boolean } = {}): Commune | undefined {
    const wanted = code.trim().toUpperCase();
    const id = (options.includeHistorical ? this.historicalId(wanted) : undefined) ?? this.idOfCode(wanted);
    return id === undefined ? undefined : this.commune(id);
  }

  /** The delegated or associated commune with exactly this code, if any. */
  private historicalId(code: string): number | undefined {
    if (this.actualId(code) !== undefined) return undefined;
    for (let line = this.actualLines; line < this.size; line++) {
      const id = this.idOfLine[line]!;
      if (this.codes[id] === code && this.commune(id).type !== 'arrondissement-municipal') return id;
    }
    return undefined;
  }

  /** Actual communes served by this postal code, largest first. */
  byPostalCode(postalCode: string): Commune[] {
    const wanted = postalCode.trim();
    if (!/^\d{5}$/.test(wanted)) return [];
    return this.postcodeIds(wanted).map((id) => this.commune(id));
  }

  search(query: string, options: SearchCommunesOptions = {}): Commune[] {
    return this.searchIds(query, options).map((id) => this.commune(id));
  }

  /** Ids of the best matches, best first. */
  searchIds(query: string, options: SearchCommunesOptions = {}): number[] {
    const limit = Math.max(0, options.limit ?? 10);
    const trimmed = query.trim();
    if (!trimmed || limit === 0) return [];
    const compact = trimmed.replace(/\s+/g, '').toUpperCase();
    if (/^\d[\dAB]\d{0,3}$/.test(compact)) return this.searchCode(compact, this.filter(options), limit);

    // The words as typed, then as the index reads them ("st" → "saint", "1er" → "1").
    const folded = foldText(trimmed);
    if (!folded) return [];
    const typed = folded.split(' ');
    const words = typed.map(canonicalWord);
    const accept = this.filter(options);
    // "st", "ste" being typed are "saint", "sainte" as whole words, and also the beginning of Strasbourg,
    // Stenay: both readings, merged.
    const literal = typed[typed.length - 1]!;
    const abbreviated = literal !== words[words.length - 1] && /^[a-z]+$/.test(literal) && !/[\s'’-]$/.test(query);
    let found = this.searchWordIds(words, abbreviated ? `${query} ` : query, accept, limit);
    if (abbreviated) found = merge(found, this.searchWordIds([...words.slice(0, -1), literal], query, accept, limit), limit);
    if (found.length > 0 || words.length < 2 || options.departement) return found.map((result) => result.id);
    // « acqueville 50 », « saint denis (93) », « acqueville 50440 »: a name, then its département or postal code.
    const last = words[words.length - 1]!;
    const name = words.slice(0, -1);
    if (/^\d{5}$/.test(last)) {
      const served = new Set(this.postcodeIds(last));
      found = this.searchWordIds(name, trimmed, (id) => accept(id) && (served.has(id) || this.servedBy(id, last)), limit);
    } else if (/^(?:\d{2}|2a|2b|9[78]\d)$/.test(last)) found = this.searchWordIds(name, trimmed, this.filter({ ...options, departement: last }), limit);
    return found.map((result) => result.id);
  }

  /** Whether a delegated or associated commune is served by this postal code (its own, or its chef-lieu's). */
  private servedBy(id: number, postcode: string): boolean {
    return this.kinds[id]! >= DELEGATED && this.commune(id).codesPostaux.includes(postcode);
  }

  private searchWordIds(words: string[], query: string, accept: (id: number) => boolean, limit: number): Scored[] {
    const typo = words.map(() => false);
    // The word with the smallest bucket gives the candidates; every word is then checked on each.
    let best: Uint32Array | undefined;
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const bucket = this.#bucket(keyOf(word, Math.min(3, word.length)));
      if (best === undefined || bucket.length < best.length) best = bucket;
    }
    let results = best ? this.collect(best, words, typo, query, accept, limit) : [];
    if (results.length === 0) {
      // Nothing matches as typed: forgive one typo in each word of 5 letters or more, first after the
      // third letter (the word's own bucket), then in the second or third.
      const fuzzy = words.map((word) => word.length >= TYPO_MIN_LENGTH);
      const index = fuzzy.indexOf(true);
      if (index >= 0) {
        const word = words[index]!;
        results = this.collect(this.#bucket(keyOf(word, 3)), words, fuzzy, query, accept, limit);
        if (results.length === 0) results = this.collect(this.typoCandidates(word), words, fuzzy, query, accept, limit);
      }
    }
    return results;
  }

  /**
   * The best `limit` of the candidates (ids ascending, so largest first) that hold every word, best first.
   * Names that begin with the text come first, ordered by how likely a person typing that name would have
   * stopped here, times its population ({@link stopWeight}); then names holding the words elsewhere.
   * Candidates come largest first and a weight is bounded, so the scan stops as soon as no later one can
   * enter the first `limit`: the short prefixes that match thousands of names are read only in part.
   */
  /** `candidates`: a bucket's pairs, or record ids. */
  private collect(candidates: ArrayLike<number>, words: string[], typo: boolean[], query: string, accept: (id: number) => boolean, limit: number): Scored[] {
    const ranking = rankingOf(words, typo, query);
    const prefixed: Scored[] = [];
    const others: Scored[] = [];
    // The best `limit` prefix scores so far, descending.
    const top = new Float64Array(limit);
    let count = 0;
    /** Files a candidate that holds every word and passes the filter (with `exactOnly`, only an exact name). */
    const consider = (id: number, exactOnly: boolean): void => {
      const padded = this.padded[id]!;
      for (let w = 0; w < words.length; w++) if (!matches(padded, words[w]!, words.length > 1, typo[w]!)) return;
      if (!accept(id)) return;
      const weight = stopWeight(padded, this.nameLengths[id]!, ranking);
      if (exactOnly && weight !== ranking.exact) return;
      if (weight === 0) {
        others.push({ id, prefix: false, score: -rank(padded, ranking) });
        return;
      }
      let score = weight * (this.populations[id]! + 1);
      if (count === limit && score <= top[limit - 1]!) return;
      score *= accentWeight(field(this.lines[this.lineOf[id]!]!, 1), ranking);
      prefixed.push({ id, prefix: true, score });
      if (count < limit || score > top[limit - 1]!) {
        let at = Math.min(count, limit - 1);
        while (at > 0 && top[at - 1]! < score) {
          top[at] = top[at - 1]!;
          at--;
        }
        top[at] = score;
        if (count < limit) count++;
      }
    };
    // Short texts: the few names of up to three characters are read first, so that the scan below stops
    // on the weight of longer names only (`eu` finds Eu without reading every name in "eu…").
    const short = ranking.typed <= FIRST_STOP;
    if (short) for (const id of this.shortIds) consider(id, true);
    for (let i = 0; i < candidates.length; i++) {
      const id = candidates[i]! & 0xffff; // a bucket's pair, or an id
      if (count === limit && top[limit - 1]! >= (this.populations[id]! + 1) * ranking.bound) break;
      if (short && this.nameLengths[id]! <= FIRST_STOP && stopWeight(this.padded[id]!, this.nameLengths[id]!, ranking) === ranking.exact) continue;
      consider(id, false);
    }
    prefixed.sort(byScore);
    if (prefixed.length >= limit) return prefixed.slice(0, limit);
    return prefixed.concat(others.sort(byScore).slice(0, limit - prefixed.length));
  }

  /** Records holding a word whose first three characters are one typo (after the first letter) from the word's. */
  private typoCandidates(word: string): number[] {
    const keys = new Set<number>();
    // Typos rarely hit the first letter: variants of the 2nd and 3rd characters only.
    const a = word.charAt(0);
    const b = word.charAt(1);
    const c = word.charAt(2);
    const d = word.charAt(3);
    keys.add(keyOf(a + c + b, 3)); // swap
    keys.add(keyOf(a + c + d, 3)); // 2nd deleted
    keys.add(keyOf(a + b + d, 3)); // 3rd deleted
    for (let code = 0; code < 36; code++) {
      const x = code < 26 ? String.fromCharCode(97 + code) : String(code - 26);
      keys.add(keyOf(a + x + c, 3)); // 2nd replaced
      keys.add(keyOf(a + b + x, 3)); // 3rd replaced
      keys.add(keyOf(a + x + b, 3)); // inserted before the 2nd
      keys.add(keyOf(a + b + x, 3)); // inserted before the 3rd
    }
    keys.delete(keyOf(word, 3));
    const ids: number[] = [];
    for (const key of keys) for (const pair of this.#bucket(key)) ids.push(pair & 0xffff);
    ids.sort((x, y) => x - y);
    return ids.filter((id, i) => i === 0 || ids[i - 1] !== id);
  }

  private searchCode(code: string, accept: (id: number) => boolean, limit: number): number[] {
    const ids: number[] = [];
    const push = (id: number | undefined): void => {
      if (id !== undefined && ids.length < limit && accept(id) && !ids.includes(id)) ids.push(id);
    };
    if (code.length === 5) {
      // Five digits are a postal code; an INSEE code when no commune has that postal code.
      if (/^\d{5}$/.test(code)) for (const id of this.postcodeIds(code)) push(id);
      if (ids.length === 0) push(this.idOfCode(code));
    } else if (/^\d+$/.test(code)) {
      // A postal code being typed: the communes whose postal codes start with it, largest first.
      const low = Number(code.padEnd(5, '0'));
      const high = Number(code.padEnd(5, '9'));
      for (const id of this.postcodeRange(low, high).sort((x, y) => x - y)) push(id);
    }
    return ids;
  }

  private postcodeIds(postcode: string): number[] {
    const value = Number(postcode);
    return this.postcodeRange(value, value);
  }

  /** Ids of the records with a postal code between `low` and `high` (numbers), in order of the keys. */
  private postcodeRange(low: number, high: number): number[] {
    const keys = this.#postcodes();
    let start = 0;
    let end = keys.length;
    while (start < end) {
      const mid = (start + end) >>> 1;
      if (keys[mid]! < low * 65536) start = mid + 1;
      else end = mid;
    }
    const ids: number[] = [];
    for (let i = start; i < keys.length && keys[i]! < (high + 1) * 65536; i++) ids.push(keys[i]! % 65536);
    return ids;
  }

  private idOfCode(code: string): number | undefined {
    const actual = this.actualId(code);
    if (actual !== undefined) return actual;
    if (!this.formerCodes) {
      this.formerCodes = new Map();
      for (let line = 0; line < this.actualLines; line++) {
        const former = field(this.lines[line]!, 4);
        if (former) for (const old of former.split(',')) this.formerCodes.set(old, this.idOfLine[line]!);
      }
    }
    const merged = this.formerCodes.get(code);
    if (merged !== undefined) return merged;
    // Arrondissements, then delegated and associated communes (lines after the actual ones, in code order).
    for (let line = this.actualLines; line < this.size; line++) if (this.codes[this.idOfLine[line]!] === code) return this.idOfLine[line]!;
    return undefined;
  }

  /** The actual commune with this code (binary search over the lines, which are in code order). */
  private actualId(code: string): number | undefined {
    let low = 0;
    let high = this.actualLines;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.codes[this.idOfLine[mid]!]! < code) low = mid + 1;
      else high = mid;
    }
    return low < this.actualLines && this.codes[this.idOfLine[low]!] === code ? this.idOfLine[low]! : undefined;
  }

  /** A delegated or associated commune belongs to its chef-lieu's département (a few lie across a border from their old code). */
  private departement(id: number): string {
    const kind = this.kinds[id]!;
    if (kind === DELEGATED || kind === ASSOCIATED) return departementOf(field(this.lines[this.lineOf[id]!]!, 2));
    return departementOf(this.codes[id]!);
  }

  private filter(options: SearchCommunesOptions): (id: number) => boolean {
    const departement = options.departement?.trim().toUpperCase();
    const arrondissements = options.includeArrondissements === true;
    const historical = options.includeHistorical === true;
    return (id) => {
      const kind = this.kinds[id]!;
      if (kind === ARRONDISSEMENT && !arrondissements) return false;
      if (kind >= DELEGATED && !historical) return false;
      return !departement || this.departement(id) === departement;
    };
  }
}

/** A result: names that begin with the text first, then by score (higher is better), then largest first. */
interface Scored {
  id: number;
  prefix: boolean;
  score: number;
}

function byScore(a: Scored, b: Scored): number {
  return Number(b.prefix) - Number(a.prefix) || b.score - a.score || a.id - b.id;
}

/** Two readings' results as one list, each record once with its better score. */
function merge(a: Scored[], b: Scored[], limit: number): Scored[] {
  const best = new Map<number, Scored>();
  for (const result of [...a, ...b]) {
    const known = best.get(result.id);
    if (!known || byScore(result, known) < 0) best.set(result.id, result);
  }
  return [...best.values()].sort(byScore).slice(0, limit);
}

/** Lower is better, for names that do not begin with the text: whole words count, then typos. */
function rank(padded: string, ranking: Ranking): number {
  // Whole words count, except the last one, which may still be being typed ("bord" is Bordeaux too).
  let missing = 0;
  for (const word of ranking.wholeWords) if (!padded.includes(word)) missing++;
  return 20 + missing + ranking.typoPenalty;
}

/** Prefixes shorter than this are rarely where a person stops typing a longer name. */
const FIRST_STOP = 3;
/** Beyond this many characters, people pick from the list rather than type on. */
const LAST_STOP = 12;

/**
 * How likely a person typing this name would have typed exactly this text and stopped: 0 for a name
 * that does not begin with it (ranked apart). A person stops anywhere from the third character to the
 * twelfth, or at the end of a shorter name, so an exact short name weighs more than a long name at the
 * same point, but not enough to beat one far more populous (`toul`: Toulouse before Toul); a text of one
 * or two characters is the whole name far more often than a stop (`eu`: Eu). A text that ends in a
 * separator is almost never a finished name (`le blanc-`: Le Blanc-Mesnil before Le Blanc).
 */
function stopWeight(padded: string, nameLength: number, ranking: Ranking): number {
  const { spaced, start } = ranking;
  const whole = padded.startsWith(spaced);
  if (!whole && !(ranking.lastIsPrefix && !ranking.unfinished && padded.startsWith(start))) return 0;
  if (whole && (padded.length === spaced.length || isJoinedTail(padded, spaced))) return ranking.exact;
  const stops = stopsOf(nameLength);
  return ranking.typed < FIRST_STOP ? 0.01 / stops : 1 / stops;
}

/** Where a person typing a name of this length may stop: from the third character to the twelfth, or at its end. */
function stopsOf(nameLength: number): number {
  return nameLength <= FIRST_STOP ? 1 : Math.min(nameLength, LAST_STOP) - FIRST_STOP + 1;
}

/** Lower case, ligatures spelled out, hyphens and apostrophes as spaces: a name or a text, character for character. */
function asTyped(text: string): string {
  return text.trimStart().toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/[-'’]/g, ' ');
}

/**
 * How well the accents of the text agree with the name's. Many people leave accents out, so a text
 * without any fits an accented name a little less than a plain one; a text with accents was typed with
 * all of them, so it hardly fits a name whose letters differ (`mér`: Mérignac and Méru, then Mer).
 */
function accentWeight(name: string, ranking: Ranking): number {
  const typed = ranking.text;
  const spelled = asTyped(name);
  const length = Math.min(typed.length, spelled.length);
  if (!ranking.accented) {
    for (let i = 0; i < length; i++) if (spelled.charCodeAt(i) > 126) return 0.6;
    return 1;
  }
  for (let i = 0; i < length; i++) {
    const a = typed.charCodeAt(i);
    const b = spelled.charCodeAt(i);
    if ((a > 126 || b > 126) && a !== b) return 0.05;
  }
  return 1;
}

/** What ranking needs from a query, computed once per query rather than once per candidate. */
interface Ranking {
  /** " saint denis ": the whole query between spaces. */
  spaced: string;
  /** " saint denis": the query as the beginning of a name. */
  start: string;
  /** Characters typed (folded). */
  typed: number;
  /** Every word but the last, between spaces. */
  wholeWords: string[];
  lastIsPrefix: boolean;
  /** The text ends in a separator: another word is coming. */
  unfinished: boolean;
  /** The text as typed ({@link asTyped}), and whether it has accents. */
  text: string;
  accented: boolean;
  typoPenalty: number;
  /** The weight of an exact name of this length, and the highest any name still to be read can have. */
  exact: number;
  bound: number;
}

function rankingOf(words: string[], typo: boolean[], query: string): Ranking {
  const full = words.join(' ');
  // What was typed, not what it stands for: "st" is two characters typed, though it reads "saint".
  const typed = Math.min(full.length, foldText(query).length);
  // A text ending in a space, hyphen or apostrophe says that another word is coming.
  const unfinished = /[\s'’-]$/.test(query);
  const exact = (unfinished ? 0.05 : 1) / stopsOf(typed);
  return {
    spaced: ` ${full} `,
    start: ` ${full}`,
    typed,
    wholeWords: words.slice(0, -1).map((word) => ` ${word} `),
    lastIsPrefix: isPrefixWord(words[words.length - 1]!, words.length > 1),
    unfinished,
    text: asTyped(query),
    accented: /[^\0-~]/.test(query),
    typoPenalty: typo.filter(Boolean).length * 5,
    exact,
    // Up to three characters, exact names are read apart: the bound is that of names that go on.
    bound: typed < FIRST_STOP ? 0.01 : typed === FIRST_STOP ? 1 / stopsOf(FIRST_STOP + 1) : Math.max(exact, 1 / stopsOf(typed + 1)),
  };
}

/** Whether what follows the name in `padded` is only the joined elided forms (" l hay lhay "). */
function isJoinedTail(padded: string, spaced: string): boolean {
  const tail = padded.slice(spaced.length).trim();
  return tail !== '' && tail.split(' ').every((word) => spaced.includes(` ${word.charAt(0)} ${word.slice(1)} `));
}

/** Whether a typed word matches a word of a name (`padded`): whole, as a prefix, or one typo away. */
function matches(padded: string, word: string, withOthers: boolean, typo: boolean): boolean {
  if (isPrefixWord(word, withOthers) ? padded.includes(` ${word}`) : padded.includes(` ${word} `)) return true;
  if (!typo) return false;
  // Words of the name starting with the same letter (typos rarely hit the first one), compared in place.
  const first = ` ${word.charAt(0)}`;
  for (let start = padded.indexOf(first); start >= 0; start = padded.indexOf(first, start + 1)) {
    const end = padded.indexOf(' ', start + 1);
    if (end - start - 1 >= word.length - 1 && nearPrefix(word, padded.slice(start + 1, end))) return true;
  }
  return false;
}

/** Numbers, and a one-letter query on its own, only match whole words ("1" is not "15", "y" is Y). */
function isPrefixWord(word: string, withOthers: boolean): boolean {
  return (word.length > 1 || withOthers) && !(word.charCodeAt(0) < 58 && /^\d+$/.test(word));
}

/** The `index`th ;-separated field of a line ('' when absent). */
function field(line: string, index: number): string {
  let start = 0;
  for (let i = 0; i < index; i++) {
    start = line.indexOf(';', start) + 1;
    if (start === 0) return '';
  }
  const end = line.indexOf(';', start);
  return end < 0 ? line.slice(start) : line.slice(start, end);
}

/** The `index`th field of a line read as a whole number, without slicing (-1 when absent). */
function numberField(line: string, index: number): number {
  let start = 0;
  for (let i = 0; i < index; i++) {
    start = line.indexOf(';', start) + 1;
    if (start === 0) return -1;
  }
  let value = 0;
  let digits = 0;
  for (let i = start; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c < 48 || c > 57) break;
    value = value * 10 + c - 48;
    digits++;
  }
  return digits ? value : -1;
}


/** Postal codes as stored ("400" after the code's first two characters) to full ones, comma-separated. */
function expandPostcodes(code: string, list: string): string {
  if (list.length !== 3 && !list.includes(',')) return list;
  const prefix = code.slice(0, 2);
  return list
    .split(',')
    .map((p) => (p.length === 3 ? prefix + p : p))
    .join(',');
}

function nextCode(previous: string): string {
  return String(Number(previous) + 1).padStart(5, '0');
}
