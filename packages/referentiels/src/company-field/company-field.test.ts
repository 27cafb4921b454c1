import { fixture } from '@open-wc/testing-helpers/pure';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { nativeTextInput, runFormControlConformance } from '../../../../test/conformance/form-control.js';
import { axeViolations } from '../../../../test/browser/helpers.js';
import { comboInput, paste, proposals, typeAndChooseFirst, typeAndWait } from '../../../../test/browser/combobox-helpers.js';
import { applyFields, collectFields } from '@socle/forms';
import './define.js';
import type { SocleCompanyField } from './company-field.js';

let api = '';
// A fresh path per test: the field caches replies per endpoint and query.
let run = 0;
const endpoint = () => `${api}/t${run}/entreprises/search`;
beforeEach(async () => {
  api = await commands.apiStart();
  run++;
});
afterAll(() => commands.apiStop());

// The service's time limit is raised: these checks are about the form control, and a busy test machine can
// answer slower than the default 3 s (the field would then rightly switch to manual entry).
runFormControlConformance({
  tag: 'socle-company-field',
  render: ({ name, label, hint, required, value }) =>
    html`<socle-company-field name=${name} label=${label} hint=${ifDefined(hint)} ?required=${required} value=${ifDefined(value)} endpoint=${endpoint()} debounce="50" timeout="15000"></socle-company-field>`,
  typeValue: () => typeAndChooseFirst('la poste'),
  typedValue: '35600000000048',
  defaultValue: '13002526500013',
  inner: comboInput,
  role: 'combobox',
  native: nativeTextInput(true),
});

async function render(timeout = 3000) {
  const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
    <socle-company-field name="siret" label="Votre entreprise" endpoint=${endpoint()} debounce="250" timeout=${timeout}></socle-company-field>
  </form>`);
  const field = form.querySelector<SocleCompanyField>('socle-company-field')!;
  await field.updateComplete;
  return { form, field, input: comboInput(field) };
}
const requests = async () => (await commands.apiRequests()).filter((r) => r.path.endsWith('/entreprises/search'));
const empty = (field: SocleCompanyField) => field.shadowRoot!.querySelector('[part="empty"]')?.textContent;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('socle-company-field', () => {
  it('finds by name or number, shows name, SIRET and address, and submits the SIRET', async () => {
    const { form, field, input } = await render();
    input.focus();
    expect(await proposals(await typeAndWait('direction interministerielle'))).toEqual([
      'DIRECTION INTERMINISTERIELLE DU NUMERIQUE (DINUM) SIRET 130 025 265 00013 · 20 AVENUE DE SEGUR 75007 PARIS',
    ]);
    await typeAndChooseFirst('356 000 000');
    expect(new FormData(form).get('siret')).toBe('35600000000048');
    expect(field.company).toMatchObject({ siren: '356000000', nom: 'LA POSTE', codePostal: '75015' });
  });

  it('says "Établissement fermé" for a closed one', async () => {
    const { field, input } = await render();
    input.focus();
    const [text] = await proposals(await typeAndWait('73282932000074'));
    expect(text).toContain('ANCIENNE BOULANGERIE DE LA PLACE — Établissement fermé');
    expect(field.shadowRoot!.querySelector('.closed')?.textContent).toBe('Établissement fermé');
  });

  it('checks a SIRET or SIREN locally and sends nothing when it is wrong', async () => {
    const { field, input } = await render();
    input.focus();
    // Neither the number nor its beginnings is valid (a valid SIREN typed on the way would be searched).
    await userEvent.keyboard('12345678901234');
    await expect.poll(() => empty(field)).toBe('Le numéro SIRET «\u202f12345678901234\u202f» n’est pas valide\u202f: vérifiez les 14 chiffres');
    await userEvent.keyboard('{Control>}a{/Control}123456789');
    await expect.poll(() => empty(field)).toBe('Le numéro SIREN «\u202f123456789\u202f» n’est pas valide\u202f: vérifiez les 9 chiffres');
    expect(await requests()).toHaveLength(0);
  });

  it('renders a hostile name as text', async () => {
    await commands.apiMode('hostile');
    const { field, input } = await render();
    input.focus();
    const [text] = await proposals(await typeAndWait('356000000'));
    expect(text).toContain('<img src=x onerror="window.__pwned=1">');
    expect(field.shadowRoot!.querySelector('img')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('keeps at most one request in flight per pause and honours 429 + Retry-After', async () => {
    await commands.apiMode('rate-limited', 3); // long enough for a busy machine to type the rest meanwhile
    const { field, input } = await render();
    input.focus();
    await userEvent.keyboard('la p');
    await expect.poll(() => field.shadowRoot!.querySelector('[part="notice"]')?.textContent).toBe('Trop de recherches en même temps\u202f: nouvel essai dans 3 s.');
    const refused = (await requests()).length;
    await commands.apiMode('ok');
    await userEvent.keyboard('oste');
    expect(await proposals(field)).toHaveLength(1);
    const sent = (await requests()).map((r) => r.q);
    expect(sent).toHaveLength(refused + 1); // nothing sent while the service asked to wait
    expect(sent.at(-1)).toBe('la poste');
  });

  it('answers a repeated query from its cache', async () => {
    const { field, input } = await render();
    const search = async (text: string, found: string) => {
      input.focus();
      paste(text); // one search
      await expect.poll(async () => (await proposals(field))[0], { timeout: 5000 }).toContain(found);
    };
    await search('la poste', 'LA POSTE');
    await search('dinum', 'DINUM');
    await search('la poste', 'LA POSTE');
    expect((await requests()).map((r) => r.q)).toEqual(['la poste', 'dinum']);
  });

  it('keeps a number being typed when the service fails: the SIREN is the start of the SIRET', async () => {
    await commands.apiMode('server-error');
    const { form, field, input } = await render(500);
    input.focus();
    await userEvent.keyboard('356 000 000');
    await expect.poll(() => field.shadowRoot!.activeElement?.id, { timeout: 5000 }).toBe('siret');
    await userEvent.keyboard('00048');
    expect(new FormData(form).get('siret')).toBe('35600000000048');
  });

  for (const mode of ['server-error', 'slow', 'malformed'] as const) {
    it(`switches to typing the SIRET when the service fails (${mode}), and checks it locally`, async () => {
      await commands.apiMode(mode);
      const { form, field, input } = await render(500);
      input.focus();
      await userEvent.keyboard('la poste');
      await expect.poll(() => field.mode, { timeout: 5000 }).toBe('manuelle');
      expect(field.shadowRoot!.querySelector('[part="notice"]')?.textContent).toBe(
        'La recherche d’entreprises ne répond pas pour le moment\u202f: saisissez le numéro SIRET ci-dessous.',
      );
      await expect.poll(() => field.shadowRoot!.activeElement?.id).toBe('siret');
      await userEvent.keyboard('35600000000049');
      form.requestSubmit();
      await field.updateComplete;
      expect(field.validationMessage).toBe('Le numéro SIRET n’est pas valide\u202f: vérifiez les 14 chiffres');
      await userEvent.keyboard('{Control>}a{/Control}35600000000048');
      expect(new FormData(form).get('siret')).toBe('35600000000048');
      expect(await axeViolations(field)).toEqual([]);
    });
  }

  it('shows a SIRET set by script by its name once one request has found it; the number stays when the service cannot answer', async () => {
    const { field, input } = await render();
    field.value = '35600000000048';
    await expect.poll(() => input.value).toBe('LA POSTE');
    expect((await requests()).map((r) => r.q)).toEqual(['35600000000048']);
    expect(field.value).toBe('35600000000048');

    const down = await fixture<HTMLElement>(html`<socle-company-field name="siret" label="Entreprise" endpoint="http://127.0.0.1:9/search" value="35600000000048"></socle-company-field>`);
    const downInput = comboInput(down);
    await expect.poll(() => downInput.value).toBe('356 000 000 00048');
    await wait(200);
    expect(downInput.value).toBe('356 000 000 00048');
  });

  it('keeps a chosen company in a draft with its name and puts it back without a request', async () => {
    const { form, input } = await render();
    input.focus();
    await typeAndChooseFirst('356 000 000');
    const draft = collectFields(form);
    expect(draft.siret).toMatchObject({ text: 'LA POSTE', value: '35600000000048' });

    const fresh = await render();
    applyFields(fresh.form, draft);
    await expect.poll(() => fresh.input.value).toBe('LA POSTE');
    expect(new FormData(fresh.form).get('siret')).toBe('35600000000048');
    expect(fresh.field.company).toMatchObject({ siren: '356000000', nom: 'LA POSTE' });
    await wait(100);
    // Looking the name up again would ask for the SIRET itself; the first field only asked for « 356 000 000 »
    // and its prefixes (one may reach the stand-in late on a busy machine: no count).
    expect((await requests()).map((r) => r.q)).not.toContain('35600000000048');
  });
});
