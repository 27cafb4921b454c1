import { fixture } from '@open-wc/testing-helpers/pure';
import { html, type TemplateResult } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { nativeDateInput, nativeTextInput, runFormControlConformance } from '../../../../test/conformance/form-control.js';
import { accessibilityNode, axeViolations, nextFrames } from '../../../../test/browser/helpers.js';
import { comboInput, typeAndChooseFirst } from '../../../../test/browser/combobox-helpers.js';
import { TEST_IDENTITIES, testIdentity } from '../../../../test/servers/identites-test.js';
import '@socle/forms/form';
import './define.js';
import type { IdentityFields, IdentityRole, SocleIdentityFieldset } from './identity-fieldset.js';
import type { PivotIdentity } from './pivot.js';
import { forgetSessionIdentity } from '../session-identity.js';

/** The fieldset showing one field only, with the conformance suite's name, label, hint, required and value. */
function alone(role: IdentityRole, props: { name: string; label: string; hint?: string; required?: boolean; value?: string }): IdentityFields {
  const roles: IdentityRole[] = ['civilite', 'nomNaissance', 'nomUsage', 'prenoms', 'dateNaissance', 'naissanceEnFrance'];
  const fields: IdentityFields = Object.fromEntries(roles.map((other) => [other, { omit: true }]));
  fields[role] = { name: props.name, label: props.label, hint: props.hint, required: props.required ?? false, value: props.value };
  return fields;
}

const textInput = (el: HTMLElement) => el.shadowRoot!.querySelector('input')!;

runFormControlConformance({
  tag: 'socle-identity-fieldset — nom de naissance',
  render: (props) => html`<socle-identity-fieldset .fields=${alone('nomNaissance', props)}></socle-identity-fieldset>`,
  typeValue: () => userEvent.keyboard('Dubois'),
  typedValue: 'Dubois',
  defaultValue: 'Martin',
  inner: textInput,
  role: 'textbox',
  native: nativeTextInput(),
});

runFormControlConformance({
  tag: 'socle-identity-fieldset — prénoms',
  render: (props) => html`<socle-identity-fieldset .fields=${alone('prenoms', props)}></socle-identity-fieldset>`,
  typeValue: () => userEvent.keyboard('Jean-Pierre Marie'),
  typedValue: 'Jean-Pierre Marie',
  defaultValue: 'Angela',
  inner: textInput,
  role: 'textbox',
  native: nativeTextInput(),
});

runFormControlConformance({
  tag: 'socle-identity-fieldset — date de naissance',
  render: (props) => html`<socle-identity-fieldset .fields=${alone('dateNaissance', props)}></socle-identity-fieldset>`,
  typeValue: async () => {
    await userEvent.keyboard('24');
    await userEvent.tab();
    await userEvent.keyboard('8');
    await userEvent.tab();
    await userEvent.keyboard('1962');
  },
  typedValue: '1962-08-24',
  defaultValue: '1975-03-14',
  inner: (el) => el.shadowRoot!.querySelector<HTMLInputElement>('#day')!,
  named: (el) => el.shadowRoot!.querySelector('fieldset')!,
  role: 'group',
  requiredInTree: false,
  native: nativeDateInput('1962-08-24'),
});

runFormControlConformance({
  tag: 'socle-identity-fieldset — civilité',
  render: (props) => html`<socle-identity-fieldset .fields=${alone('civilite', props)}></socle-identity-fieldset>`,
  typeValue: () => userEvent.keyboard(' '),
  typedValue: 'female',
  defaultValue: 'male',
  inner: (el) => {
    const radios = Array.from(el.shadowRoot!.querySelectorAll('input'));
    return radios.find((radio) => radio.checked) ?? radios[0]!;
  },
  named: (el) => el.shadowRoot!.querySelector('fieldset')!,
  role: 'radiogroup',
});

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

async function render(template: TemplateResult) {
  const form = await fixture<HTMLFormElement>(html`<form @submit=${(event: Event) => event.preventDefault()}>${template}<button>Envoyer</button></form>`);
  const fieldset = form.querySelector<SocleIdentityFieldset>('socle-identity-fieldset')!;
  await fieldset.updateComplete;
  await nextFrames();
  return { form, fieldset };
}

/** The read-only lines: label → what a person reads. */
function shown(fieldset: SocleIdentityFieldset): Record<string, string> {
  return Object.fromEntries(
    Array.from(fieldset.querySelectorAll<HTMLElement & { label: string }>('socle-text-field'), (field) => [field.label, textInput(field).value]),
  );
}

/** Waits until the birthplace's name has come from the embedded data. */
async function birthplaceShown(fieldset: SocleIdentityFieldset, text: string) {
  await vi.waitFor(() => expect(shown(fieldset)['Lieu de naissance']).toBe(text), { timeout: 5000 });
}

describe('socle-identity-fieldset with a pivot identity', () => {
  it('shows each seeded identity honestly and locked, and submits it as received', async () => {
    for (const person of TEST_IDENTITIES) {
      const identity: PivotIdentity = { ...person };
      const { form, fieldset } = await render(html`<socle-identity-fieldset .identity=${identity}></socle-identity-fieldset>`);
      await birthplaceShown(fieldset, person.shown.birthplace);
      const lines = shown(fieldset);
      expect(lines).toMatchObject({
        Civilité: person.gender === 'female' ? 'Madame' : 'Monsieur',
        'Nom de naissance': person.family_name,
        Prénoms: person.given_name,
        'Date de naissance': person.shown.birthdate,
      });
      expect(lines['Nom d’usage']).toBe(person.preferred_username || undefined);
      expect(Object.fromEntries(new FormData(form))).toEqual({
        civilite: person.gender,
        nom_naissance: person.family_name,
        nom_usage: person.preferred_username,
        prenoms: person.given_name,
        date_naissance: person.birthdate,
        lieu_naissance: person.birthplace,
        pays_naissance: person.birthcountry,
        naissance_en_france: person.birthcountry === '99100' ? 'oui' : 'non',
      });
      for (const field of fieldset.querySelectorAll('socle-text-field')) expect(textInput(field).readOnly).toBe(true);
    }
  });

  it('says where the information comes from, with a link to report a mistake, and is read as locked', async () => {
    const { fieldset } = await render(
      html`<socle-identity-fieldset .identity=${testIdentity('karima')} report-href="/signaler"></socle-identity-fieldset>`,
    );
    await birthplaceShown(fieldset, 'Algérie');
    const notice = fieldset.shadowRoot!.querySelector('[part="notice"]')!;
    expect(notice.textContent).toContain('Ces informations sont transmises par FranceConnect.');
    const link = notice.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('/signaler');
    expect(link.target).toBe('_blank');
    expect((await accessibilityNode(link)).name).toBe('Signaler une erreur dans ces informations (nouvelle fenêtre)');
    const group = await accessibilityNode(fieldset.shadowRoot!.querySelector('fieldset')!);
    expect(group.name).toBe('Votre identité');
    expect(group.description).toContain('transmises par FranceConnect');
    const birthdate = Array.from(fieldset.querySelectorAll<HTMLElement & { label: string }>('socle-text-field')).find((f) => f.label === 'Date de naissance')!;
    const node = await accessibilityNode(textInput(birthdate));
    expect(node.name).toBe('Date de naissance');
    expect(node.value).toBe('mai 1962');
    expect(node.properties.readonly).toBe(true);
    expect(await axeViolations(fieldset)).toEqual([]);
  });

  it('takes the identity as a JSON attribute, names ProConnect, and ignores malformed JSON with a warning', async () => {
    const json = JSON.stringify(testIdentity('jean-pierre'));
    const { fieldset } = await render(html`<socle-identity-fieldset identity=${json} provider="proconnect"></socle-identity-fieldset>`);
    await birthplaceShown(fieldset, 'Ajaccio (2A)');
    expect(fieldset.shadowRoot!.querySelector('[part="notice"]')!.textContent).toContain('transmises par ProConnect');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const broken = await render(html`<socle-identity-fieldset identity="{pas du json"></socle-identity-fieldset>`);
      expect(broken.fieldset.locked).toBe(false);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('identity'));
      expect(broken.fieldset.querySelector('socle-text-field[name="nom_naissance"]')).not.toBeNull();
    } finally {
      warn.mockRestore();
    }
  });

  it('never puts what came from the provider in a draft', async () => {
    const form = await fixture<HTMLElement>(html`<socle-form draft="identite-test"
      ><form @submit=${(event: Event) => event.preventDefault()}>
        <socle-identity-fieldset .identity=${testIdentity('angela')}></socle-identity-fieldset>
        <socle-text-field name="motif" label="Motif de la demande"></socle-text-field>
        <button>Envoyer</button>
      </form></socle-form
    >`);
    await nextFrames();
    const motif = form.querySelector<HTMLElement>('socle-text-field[name="motif"]')!;
    textInput(motif).focus();
    await userEvent.keyboard('Inscription');
    await vi.waitFor(() => expect(Object.keys(sessionStorage).length).toBeGreaterThan(0), { timeout: 3000 });
    const stored = Object.values(sessionStorage).join('\n');
    expect(stored).toContain('Inscription');
    for (const secret of ['DUBOIS', 'Angela', '1962', '75107', '99100', 'female']) expect(stored).not.toContain(secret);
  });
});

describe('socle-identity-fieldset without an identity', () => {
  it('is the kit’s fields, which validate as usual: nothing typed, the submit is blocked field by field', async () => {
    const { form, fieldset } = await render(html`<socle-identity-fieldset></socle-identity-fieldset>`);
    expect(fieldset.shadowRoot!.querySelector('[part="notice"]')).toBeNull();
    const names = Array.from(fieldset.querySelectorAll('[name]'), (field) => field.getAttribute('name'));
    expect(names).toEqual(['civilite', 'nom_naissance', 'nom_usage', 'prenoms', 'date_naissance', 'naissance_en_france', 'lieu_naissance', 'pays_naissance', 'pays_naissance', 'lieu_naissance']);
    expect(form.checkValidity()).toBe(false);
    const invalid = Array.from(fieldset.querySelectorAll<HTMLElement & { checkValidity(): boolean }>('[name]'))
      .filter((field) => !field.matches(':disabled') && 'checkValidity' in field && !field.checkValidity())
      .map((field) => field.getAttribute('name'));
    expect(invalid).toEqual(['civilite', 'nom_naissance', 'prenoms', 'date_naissance', 'naissance_en_france']);
    expect(await axeViolations(form)).toEqual([]);
  });

  it('asks for a commune when born in France, a country when abroad, and keeps both answers when switching', async () => {
    const { form, fieldset } = await render(html`<socle-identity-fieldset name-prefix="enfant_"></socle-identity-fieldset>`);
    const commune = fieldset.querySelector<HTMLElement>('socle-commune-field')!;
    const country = fieldset.querySelector<HTMLElement>('socle-country-field')!;
    expect(commune.closest('[hidden]')).not.toBeNull();
    expect(country.closest('[hidden]')).not.toBeNull();
    const place = fieldset.querySelector<HTMLElement>('socle-radio-group[name="enfant_naissance_en_france"]')!;
    const [france, abroad] = Array.from(place.shadowRoot!.querySelectorAll('input'));
    await userEvent.click(france!);
    await nextFrames();
    expect(commune.closest('[hidden]')).toBeNull();
    expect(country.closest('[hidden]')).not.toBeNull();

    comboInput(commune).focus();
    await typeAndChooseFirst('boce');
    expect(new FormData(form).get('enfant_lieu_naissance')).toBe('49031');
    expect(new FormData(form).getAll('enfant_pays_naissance')).toEqual(['99100']);
    await userEvent.click(abroad!);
    await nextFrames();
    expect(commune.closest('[hidden]')).not.toBeNull();
    comboInput(country).focus();
    await typeAndChooseFirst('algerie');
    const data = new FormData(form);
    expect(data.getAll('enfant_pays_naissance')).toEqual(['99352']);
    expect(data.getAll('enfant_lieu_naissance')).toEqual(['']);
    await userEvent.click(france!);
    await nextFrames();
    expect(new FormData(form).getAll('enfant_lieu_naissance')).toEqual(['49031']);
    // The reset puts the choice back, and the questions that depend on it.
    form.reset();
    await vi.waitFor(() => expect(commune.closest('[hidden]')).not.toBeNull());
    expect(await axeViolations(form)).toEqual([]);
  });

  it('renames, relabels and leaves out fields as the service needs', async () => {
    const fields: IdentityFields = { civilite: { omit: true }, nomUsage: { omit: true }, nomNaissance: { name: 'nom', label: 'Nom' } };
    const { fieldset } = await render(html`<socle-identity-fieldset legend="L’enfant" .fields=${fields}></socle-identity-fieldset>`);
    expect(fieldset.querySelector('socle-radio-group[name="civilite"]')).toBeNull();
    expect(fieldset.querySelector('[name="nom_usage"]')).toBeNull();
    expect(fieldset.querySelector<HTMLElement & { label: string }>('socle-text-field[name="nom"]')!.label).toBe('Nom');
    expect(fieldset.shadowRoot!.querySelector('legend')!.textContent).toBe('L’enfant');
  });
});

describe('socle-identity-fieldset reading the session (src), for a static page', () => {
  const route = (cas: string) => `/__socle-test/identite?cas=${cas}`;

  it('fills and locks the fields with the signed-in person’s identity, and names the provider', async () => {
    forgetSessionIdentity();
    const { form, fieldset } = await render(html`<socle-identity-fieldset src=${route('angela')}></socle-identity-fieldset>`);
    await vi.waitFor(() => expect(fieldset.locked).toBe(true));
    await birthplaceShown(fieldset, 'Paris 7e Arrondissement (75)');
    expect(new FormData(form).get('nom_naissance')).toBe('DUBOIS');
    expect(fieldset.shadowRoot!.querySelector('[part="notice"]')!.textContent).toContain('transmises par FranceConnect');
    const pro = await render(html`<socle-identity-fieldset src=${route('proconnect')}></socle-identity-fieldset>`);
    await vi.waitFor(() => expect(pro.fieldset.shadowRoot!.querySelector('[part="notice"]')?.textContent).toContain('transmises par ProConnect'));
  });

  it('stays a form to fill in when nobody is signed in, and when the route fails or answers nonsense (with a warning)', async () => {
    forgetSessionIdentity();
    const nobody = await render(html`<socle-identity-fieldset src=${route('personne')}></socle-identity-fieldset>`);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      for (const cas of ['panne', 'casse', 'pas-une-identite']) {
        const { fieldset } = await render(html`<socle-identity-fieldset src=${route(cas)}></socle-identity-fieldset>`);
        await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining(cas), expect.anything()));
        expect(fieldset.locked).toBe(false);
        expect(fieldset.querySelector('socle-text-field[name="nom_naissance"]')).not.toBeNull();
      }
      // Nobody signed in is no fault: no warning about it.
      expect(warn.mock.calls.some(([text]) => String(text).includes('personne'))).toBe(false);
    } finally {
      warn.mockRestore();
    }
    expect(nobody.fieldset.locked).toBe(false);
  });

  it('asks once per page however many elements ask, and never another site', async () => {
    forgetSessionIdentity();
    const count = async () => Number(await (await fetch('/__socle-test/identite?compte')).text());
    const before = await count();
    const first = await render(html`<socle-identity-fieldset src=${route('angela')}></socle-identity-fieldset>`);
    const second = await render(html`<socle-identity-fieldset src=${route('angela')} name-prefix="second_"></socle-identity-fieldset>`);
    await vi.waitFor(() => expect(first.fieldset.locked && second.fieldset.locked).toBe(true));
    expect((await count()) - before).toBe(1);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const elsewhere = await render(html`<socle-identity-fieldset src="https://ailleurs.example/connexion/identite"></socle-identity-fieldset>`);
      await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining('n’est pas sur ce site')));
      expect(elsewhere.fieldset.locked).toBe(false);
    } finally {
      warn.mockRestore();
    }
  });
});
