import { describe, expect, it } from 'vitest';
import { lazy } from './lazy.js';

describe('lazy', () => {
  it('loads once for concurrent and later calls', async () => {
    let calls = 0;
    const load = lazy(async () => ++calls);
    await expect(Promise.all([load(), load()])).resolves.toEqual([1, 1]);
    await expect(load()).resolves.toBe(1);
    expect(calls).toBe(1);
  });

  it('does not keep a failure: the next call loads again', async () => {
    let calls = 0;
    const load = lazy(async () => {
      calls += 1;
      if (calls === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return 'données';
    });
    await expect(load()).rejects.toThrow(TypeError);
    await expect(load()).resolves.toBe('données');
    await expect(load()).resolves.toBe('données');
    expect(calls).toBe(2);
  });
});
