import { fixture } from '@open-wc/testing-helpers/pure';
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { SocleCheckbox } from '../checkbox/checkbox.js';
import { SocleDateField } from '../date-field/date-field.js';
import { SocleTextField } from '../text-field/text-field.js';
import { applyFields, collectFields } from './draft.js';
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

// An authority's own controls, made by extending Socle's: the engine reads them by their class, not their tag.
class MairieCheckbox extends SocleCheckbox {}
class MairieDateField extends SocleDateField {}
class MairieTextField extends SocleTextField {}
customElements.define('mairie-checkbox', MairieCheckbox);
customElements.define('mairie-date-field', MairieDateField);
customElements.define('mairie-text-field', MairieTextField);

describe('controls that extend Socle’s', () => {
  const render = () =>
    fixture<HTMLFormElement>(html`<form>
      <mairie-checkbox name="accord" label="J’accepte"></mairie-checkbox>
      <mairie-date-field name="naissance" label="Date de naissance"></mairie-date-field>
      <mairie-text-field name="enfants" type="number" label="Nombre d’enfants"></mairie-text-field>
      <mairie-text-field name="secret" type="password" label="Mot de passe"></mairie-text-field>
    </form>`);

  it('keep their JSON types', async () => {
    const form = await render();
    form.querySelector<MairieTextField>('[name="enfants"]')!.value = '3';
    expect(serialize(form)).toEqual({ accord: false, naissance: '', enfants: 3, secret: '' });
    form.querySelector<MairieCheckbox>('mairie-checkbox')!.checked = true;
    expect(serialize(form)).toMatchObject({ accord: true });
  });

  it('keep their drafts: a tick, a date as typed, never a password', async () => {
    const form = await render();
    form.querySelector<MairieCheckbox>('mairie-checkbox')!.checked = true;
    form.querySelector<MairieDateField>('mairie-date-field')!.setTypedParts({ day: '31', month: '4', year: '' });
    form.querySelector<MairieTextField>('[name="enfants"]')!.value = '3';
    form.querySelector<MairieTextField>('[name="secret"]')!.value = 'hunter2';
    const draft = collectFields(form);
    expect(draft).toEqual({ accord: true, naissance: { day: '31', month: '4', year: '' }, enfants: '3' });
    const fresh = await render();
    applyFields(fresh, draft);
    expect(fresh.querySelector<MairieCheckbox>('mairie-checkbox')!.checked).toBe(true);
    expect(fresh.querySelector<MairieDateField>('mairie-date-field')!.typedParts).toEqual({ day: '31', month: '4', year: '' });
    expect(fresh.querySelector<MairieTextField>('[name="enfants"]')!.value).toBe('3');
  });
});
