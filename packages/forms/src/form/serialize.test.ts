import { fixture } from '@open-wc/testing-helpers/pure';
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { parseName, serialize } from './serialize.js';

describe('serialize', () => {
  it('parses bracket and dot paths', () => {
    expect(parseName('a')).toEqual(['a']);
    expect(parseName('a.b.c')).toEqual(['a', 'b', 'c']);
    expect(parseName('enfants[0][prenom]')).toEqual(['enfants', 0, 'prenom']);
    expect(parseName('enfants.1.prenom')).toEqual(['enfants', 1, 'prenom']);
    expect(parseName('tags[]')).toEqual(['tags', '']);
  });

  it('nests native controls, turns repeated names into arrays and keeps files', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <input name="adresse.ville" value="Lyon" />
      <input name="tags[]" value="a" /><input name="tags[]" value="b" />
      <input name="x" value="1" /><input name="x" value="2" />
      <input name="n" type="number" value="12.5" />
      <input name="piece" type="file" />
      <input name="vide" type="number" value="" />
      <input name="ok" type="checkbox" />
      <input name="desactive" value="non" disabled />
      <select name="multi" multiple><option selected>u</option><option>v</option></select>
    </form>`);
    const file = new File(['%PDF'], 'justificatif.pdf', { type: 'application/pdf' });
    const transfer = new DataTransfer();
    transfer.items.add(file);
    form.querySelector<HTMLInputElement>('[name="piece"]')!.files = transfer.files;
    const data = serialize(form);
    expect(data.piece).toBe(file);
    expect(data).toEqual({
      piece: file,
      adresse: { ville: 'Lyon' },
      tags: ['a', 'b'],
      x: ['1', '2'],
      n: 12.5,
      vide: null,
      ok: false,
      multi: ['u'],
    });
  });
});
