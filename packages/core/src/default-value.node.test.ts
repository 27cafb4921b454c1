import { describe, expect, it } from 'vitest';
import { DefaultValue } from './default-value.js';

describe('DefaultValue (the dirty value flag)', () => {
  it('the default drives the value until the value is set; a reset makes it drive again', () => {
    const applied: string[] = [];
    const pair = new DefaultValue((value) => applied.push(value));
    pair.setDefault('Martin');
    pair.setValue('Durand');
    pair.setDefault('Dupont'); // ignored: the value was set
    expect(applied).toEqual(['Martin', 'Durand']);
    expect(pair.value).toBe('Dupont');
    expect(pair.reset()).toBe('Dupont');
    expect(pair.dirty).toBe(false);
    pair.setDefault(null);
    expect(applied).toEqual(['Martin', 'Durand', '']);
    pair.markDirty();
    pair.setDefault('Leroy');
    expect(applied).toHaveLength(3);
  });
});
