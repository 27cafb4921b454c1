/**
 * Formatting as the person types, without ever losing or reordering a character: the formatter only adds
 * or removes separators between the significant characters, and the caret stays after the same number of
 * significant characters — at the end, in the middle, after a paste.
 */

/** A typed text turned into its display form, or left alone when it holds unexpected characters. */
export interface Formatter {
  /** Characters that carry the value (digits, letters…). */
  significant: RegExp;
  /** Characters the person may type as separators; they are dropped and put back in the right places. */
  separators: RegExp;
  /** The display form of the significant characters, e.g. groups of 2. */
  layout(chars: string): string;
  /** Case or similar normalisation of one significant character (never removes it). */
  normalise?(char: string): string;
}

/** Splits `chars` into groups of the given sizes (the last size repeats), joined by a space. */
export function groups(chars: string, sizes: readonly number[]): string {
  const out: string[] = [];
  let index = 0;
  let size = 0;
  while (index < chars.length) {
    size = sizes[out.length] ?? size;
    out.push(chars.slice(index, index + size));
    index += size;
  }
  return out.join(' ');
}

/** The display form of `raw`, or `raw` itself when it holds a character that is neither significant nor a separator. */
export function formatTyped(raw: string, formatter: Formatter): string {
  let chars = '';
  for (const char of raw) {
    if (formatter.significant.test(char)) chars += formatter.normalise ? formatter.normalise(char) : char;
    else if (!formatter.separators.test(char)) return raw;
  }
  return formatter.layout(chars);
}

/** How many significant characters `text` holds. */
export function countSignificant(text: string, formatter: Formatter): number {
  let count = 0;
  for (const char of text) if (formatter.significant.test(char)) count += 1;
  return count;
}

/** The caret position in `formatted` right after its `count`-th significant character. */
export function caretAfter(formatted: string, count: number, formatter: Formatter): number {
  if (count === 0) return 0;
  let seen = 0;
  for (let index = 0; index < formatted.length; index += 1) {
    if (formatter.significant.test(formatted.charAt(index))) seen += 1;
    if (seen === count) return index + 1;
  }
  return formatted.length;
}
