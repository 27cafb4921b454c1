import { describe, expect, it } from 'vitest';
import { formatCondition, parseCondition } from './conditions.js';

describe('show-when conditions', () => {
  it('reads the four forms', () => {
    expect(parseCondition('situation=marie')).toEqual({ name: 'situation', negate: false, values: ['marie'] });
    expect(parseCondition(' situation = marie | pacse ')).toEqual({ name: 'situation', negate: false, values: ['marie', 'pacse'] });
    expect(parseCondition('situation!=celibataire')).toEqual({ name: 'situation', negate: true, values: ['celibataire'] });
    expect(parseCondition(' enfants[0][allergie] ')).toEqual({ name: 'enfants[0][allergie]', negate: false, values: undefined });
  });

  it('writes back what it reads, so a repeated group can rename the field a condition points at', () => {
    for (const text of ['situation=marie', 'situation=marie|pacse', 'situation!=celibataire', 'allergie', 'note=']) {
      expect(formatCondition(parseCondition(text))).toBe(text);
    }
    expect(formatCondition({ ...parseCondition('allergie=oui'), name: 'enfants[1][allergie]' })).toBe('enfants[1][allergie]=oui');
  });
});
