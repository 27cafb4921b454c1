import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Formatter, caretAfter, countSignificant, formatTyped, groups } from './format.js';

const phone: Formatter = { significant: /\d/, separators: /[\s.-]/, layout: (d) => groups(d, [2]) };
const iban: Formatter = { significant: /[\da-zA-Z]/, separators: /\s/, layout: (c) => groups(c, [4]), normalise: (c) => c.toUpperCase() };
const significant = (text: string, f: Formatter) => Array.from(text).filter((c) => f.significant.test(c)).join('');

describe('as-you-type formatting', () => {
  it('groups', () => {
    expect(groups('0612345678', [2])).toBe('06 12 34 56 78');
    expect(groups('73282932000074', [3, 3, 3, 5])).toBe('732 829 320 00074');
    expect(groups('', [2])).toBe('');
  });

  it('leaves a text with unexpected characters exactly as typed', () => {
    expect(formatTyped('06 12 a4', phone)).toBe('06 12 a4');
  });

  it('never loses, adds or reorders a significant character, whatever is typed or pasted', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789 .-'.split('')), maxLength: 40 }), (raw) => {
        expect(significant(formatTyped(raw, phone), phone)).toBe(significant(raw, phone));
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789abcXYZ '.split('')), maxLength: 40 }), (raw) => {
        expect(significant(formatTyped(raw, iban), iban)).toBe(significant(raw, iban).toUpperCase());
      }),
    );
  });

  it('keeps the caret after the same significant characters, anywhere in the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789 .'.split('')), maxLength: 30 }), fc.nat(), (raw, at) => {
        const caret = raw.length === 0 ? 0 : at % (raw.length + 1);
        const before = countSignificant(raw.slice(0, caret), phone);
        const formatted = formatTyped(raw, phone);
        const position = caretAfter(formatted, before, phone);
        expect(countSignificant(formatted.slice(0, position), phone)).toBe(before);
        expect(position).toBeLessThanOrEqual(formatted.length);
      }),
    );
  });
});
