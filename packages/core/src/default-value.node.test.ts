import { describe, expect, it } from 'vitest';
import { DefaultValue } from './default-value.js';

describe('DefaultValue (the dirty value flag)', () => {
  it('the default drives the value until the value is set; a reset makes it drive again', () => {
    const pair = new DefaultValue();
    expect(pair.set('Martin')).toBe(true);
    pair.markDirty();
    expect(pair.set('Durand')).toBe(false);
    expect(pair.value).toBe('Durand');
    expect(pair.reset()).toBe('Durand');
    expect(pair.dirty).toBe(false);
    expect(pair.set(null)).toBe(true);
    expect(pair.value).toBe('');
  });
});
