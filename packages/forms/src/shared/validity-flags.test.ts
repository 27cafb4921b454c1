// Each control's own issues set the ValidityState flag the native constraint would: a page script reading
// `validity.valueMissing` or `rangeOverflow` learns what a native control would have told it.
import { fixture } from '@open-wc/testing-helpers/pure';
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import '../define.js';
import type { SocleCheckbox } from '../checkbox/checkbox.js';
import type { SocleCheckboxGroup } from '../checkbox-group/checkbox-group.js';
import type { SocleDateField } from '../date-field/date-field.js';
import type { SocleRadioGroup } from '../radio-group/radio-group.js';
import type { SocleSelect } from '../select/select.js';

const flagsOf = (validity: ValidityState) =>
  (['valueMissing', 'typeMismatch', 'rangeUnderflow', 'rangeOverflow', 'badInput', 'customError'] as const).filter((flag) => validity[flag]);

describe('validity flags of the controls’ own issues', () => {
  it('required: valueMissing, for a box, a list, a choice and a group', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <socle-checkbox name="a" label="Accord" required></socle-checkbox>
      <socle-select name="b" label="Liste" placeholder="Choisissez" required><option value="1">Un</option></socle-select>
      <socle-radio-group name="c" label="Choix" required><option value="1">Un</option></socle-radio-group>
      <socle-checkbox-group name="d" label="Jours" required><option value="1">Lundi</option></socle-checkbox-group>
    </form>`);
    for (const control of form.querySelectorAll<SocleCheckbox | SocleSelect | SocleRadioGroup | SocleCheckboxGroup>('[name]')) {
      expect(flagsOf(control.validity), control.localName).toEqual(['valueMissing']);
    }
  });

  it('a group: rangeUnderflow and rangeOverflow for too few or too many', async () => {
    const group = await fixture<SocleCheckboxGroup>(html`<socle-checkbox-group name="d" label="Jours" min="2" max="2">
      <option value="1">Lundi</option><option value="2">Mardi</option><option value="3">Jeudi</option>
    </socle-checkbox-group>`);
    group.value = ['1'];
    expect(flagsOf(group.validity)).toEqual(['rangeUnderflow']);
    group.value = ['1', '2', '3'];
    expect(flagsOf(group.validity)).toEqual(['rangeOverflow']);
  });

  it('a date: badInput for a date that does not exist, a range flag for one out of bounds', async () => {
    const date = await fixture<SocleDateField>(html`<socle-date-field name="e" label="Date" past></socle-date-field>`);
    date.setTypedParts({ day: '31', month: '4', year: '2020' });
    expect(flagsOf(date.validity)).toEqual(['badInput']);
    date.setTypedParts({ day: '1', month: '1', year: '2999' });
    expect(flagsOf(date.validity)).toEqual(['rangeOverflow']);
  });

  it('a message from elsewhere (the server, setCustomValidity) is a customError', async () => {
    const box = await fixture<SocleCheckbox>(html`<socle-checkbox name="a" label="Accord"></socle-checkbox>`);
    box.setCustomValidity('Refusé');
    expect(flagsOf(box.validity)).toEqual(['customError']);
  });
});
