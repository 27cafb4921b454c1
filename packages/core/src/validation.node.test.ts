import { describe, expect, it } from 'vitest';
import { checkTextConstraints } from './validation.js';

describe('checkTextConstraints', () => {
  it('reports a missing required value, and nothing else on an empty value', () => {
    expect(checkTextConstraints('', { required: true, minlength: 3, type: 'email' })).toEqual({ key: 'required' });
    expect(checkTextConstraints('', { minlength: 3, pattern: '[0-9]+' })).toBeNull();
  });

  it('counts length in UTF-16 code units, like minlength and maxlength', () => {
    expect(checkTextConstraints('ab', { minlength: 3 })).toEqual({ key: 'minlength', params: { minlength: 3, length: 2 } });
    expect(checkTextConstraints('abc', { minlength: 3 })).toBeNull();
    expect(checkTextConstraints('abcd', { maxlength: 3 })).toEqual({ key: 'maxlength', params: { maxlength: 3, length: 4 } });
    expect(checkTextConstraints('é😀', { maxlength: 3 })).toBeNull();
    expect(checkTextConstraints('é😀😀', { maxlength: 3 })?.key).toBe('maxlength');
  });

  it('anchors pattern on the whole value and compiles it with the v flag, as browsers do', () => {
    expect(checkTextConstraints('75001', { pattern: '[0-9]{5}' })).toBeNull();
    expect(checkTextConstraints('750012', { pattern: '[0-9]{5}' })?.key).toBe('pattern');
    expect(checkTextConstraints('a|b', { pattern: 'a|b' })?.key).toBe('pattern');
    expect(checkTextConstraints('b', { pattern: 'a|b' })).toBeNull();
    // An invalid pattern is ignored rather than blocking the person.
    expect(checkTextConstraints('x', { pattern: '(' })).toBeNull();
  });

  it('checks e-mail addresses with the HTML standard rule', () => {
    for (const ok of ['nom@exemple.fr', 'a.b+c@sous.domaine.gouv.fr', 'x@localhost']) {
      expect(checkTextConstraints(ok, { type: 'email' }), ok).toBeNull();
    }
    for (const bad of ['nom', 'nom@', '@exemple.fr', 'nom@exemple..fr', 'nom @exemple.fr', 'nom@-exemple.fr']) {
      expect(checkTextConstraints(bad, { type: 'email' }), bad).toEqual({ key: 'type-email' });
    }
  });

  it('checks URLs and telephone characters', () => {
    expect(checkTextConstraints('https://www.mairie.fr/demarches', { type: 'url' })).toBeNull();
    expect(checkTextConstraints('www.mairie.fr', { type: 'url' })).toEqual({ key: 'type-url' });
    expect(checkTextConstraints('+33 (0)6 12-34.56/78', { type: 'tel' })).toBeNull();
    expect(checkTextConstraints('06 12 ab', { type: 'tel' })).toEqual({ key: 'type-tel' });
  });

  it('checks numbers: format, min, max and step from min', () => {
    expect(checkTextConstraints('douze', { type: 'number' })).toEqual({ key: 'type-number' });
    expect(checkTextConstraints('1e3', { type: 'number', max: '999' })).toEqual({ key: 'max', params: { max: '999' } });
    expect(checkTextConstraints('-1', { type: 'number', min: '0' })).toEqual({ key: 'min', params: { min: '0' } });
    expect(checkTextConstraints('0.3', { type: 'number', step: '0.1' })).toBeNull();
    expect(checkTextConstraints('7', { type: 'number', min: '1', step: '2' })).toBeNull();
    expect(checkTextConstraints('6', { type: 'number', min: '1', step: '2' })).toEqual({
      key: 'step',
      params: { step: '2', lower: '5', upper: '7' },
    });
    expect(checkTextConstraints('2.5', { type: 'number' })?.key).toBe('step');
    expect(checkTextConstraints('2.5', { type: 'number', step: 'any' })).toBeNull();
  });

  it('never throws on hostile input', () => {
    const long = 'a'.repeat(100_000);
    expect(() => checkTextConstraints(long, { type: 'email', pattern: '(a+)+b', maxlength: 5 })).not.toThrow();
    expect(() => checkTextConstraints('\u0000\u202e😀', { type: 'url', pattern: '[' })).not.toThrow();
  });
});
