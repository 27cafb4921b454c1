import { describe, expect, it } from 'vitest';
import { formatBirthdate } from './pivot.js';

describe('formatBirthdate', () => {
  it('shows a whole date, a month and year, or a year alone, as received', () => {
    expect(formatBirthdate('1962-08-24', 'fr')).toBe('24 août 1962');
    expect(formatBirthdate('1962-05-00', 'fr')).toBe('mai 1962');
    expect(formatBirthdate('1962-00-00', 'fr')).toBe('1962');
    expect(formatBirthdate('1962-05-00', 'en')).toBe('May 1962');
    expect(formatBirthdate('1962-08-01', 'fr')).toBe('1er août 1962');
    expect(formatBirthdate('1962-08-01', 'en')).toBe('August 1, 1962');
  });

  it('leaves what is not such a date as it is', () => {
    expect(formatBirthdate('1962-02-30', 'fr')).toBe('1962-02-30');
    expect(formatBirthdate('24/08/1962', 'fr')).toBe('24/08/1962');
    expect(formatBirthdate('', 'fr')).toBe('');
  });
});
