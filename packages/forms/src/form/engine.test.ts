/** The form engine's declarative features, driven by keyboard and mouse: conditions, repeats, steps, review. */
import { fixture } from '@open-wc/testing-helpers/pure';
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { accessibilityNode, axeViolations, deepActiveElement, nextFrames } from '../../../../test/browser/helpers.js';
import { ManualClock } from '../../../../test/support/manual-clock.js';
import { SAVE_DELAY } from './draft-controller.js';
import '../define.js';
import type { SocleRadioGroup } from '../radio-group/radio-group.js';
import type { SocleRepeat } from '../repeat/repeat.js';
import type { SocleStep } from '../step/step.js';
import type { SocleTextField } from '../text-field/text-field.js';
import type { SocleForm, SocleSubmitEvent } from './form.js';

async function engine(template: ReturnType<typeof html>) {
  const el = await fixture<SocleForm>(template);
  await el.ready;
  await nextFrames();
  return el;
}

const button = (step: SocleStep, text: string) =>
  Array.from(step.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent.trim() === text)!;
const radio = (group: SocleRadioGroup, value: string) => group.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!;
const summaryLinks = (el: SocleForm) => Array.from(el.shadowRoot!.querySelectorAll('[part="error-summary"] a'), (a) => a.textContent.trim());

describe('show-when: conditional fields', () => {
  const template = html`<socle-form><form @submit=${(e: Event) => e.preventDefault()}>
    <socle-radio-group name="situation" label="Situation familiale" required>
      <option value="celibataire">Célibataire</option><option value="marie">Marié(e)</option><option value="pacse">Pacsé(e)</option>
    </socle-radio-group>
    <socle-fieldset show-when="situation=marie|pacse" legend="Votre conjoint">
      <socle-text-field name="conjoint" label="Nom du conjoint" required></socle-text-field>
    </socle-fieldset>
    <socle-text-field name="commentaire" label="Commentaire" show-when="situation!=celibataire"></socle-text-field>
    <button>Envoyer</button>
  </form></socle-form>`;

  it('hidden fields are neither validated nor submitted; shown ones are, and showing is announced', async () => {
    const el = await engine(template);
    const form = el.form!;
    const block = el.querySelector('socle-fieldset')!;
    expect(block.hidden).toBe(true);
    form.requestSubmit();
    await el.updateComplete;
    expect(summaryLinks(el)).toEqual(['Sélectionnez une réponse à «\u202fSituation familiale\u202f»']);
    const group = el.querySelector<SocleRadioGroup>('socle-radio-group')!;
    await userEvent.click(radio(group, 'marie'));
    await el.updateComplete;
    expect(block.hidden).toBe(false);
    expect(el.shadowRoot!.querySelector('.visually-hidden[role="status"]')!.textContent).toBe('Nouvelles questions affichées\u202f: Votre conjoint');
    const conjoint = el.querySelector<SocleTextField>('[name="conjoint"]')!;
    expect(conjoint.checkValidity()).toBe(false);
    await conjoint.updateComplete;
    conjoint.focus();
    await userEvent.keyboard('Durand');
    expect(new FormData(form).get('conjoint')).toBe('Durand');
    await userEvent.click(radio(group, 'celibataire'));
    expect(block.hidden).toBe(true);
    expect(new FormData(form).has('conjoint')).toBe(false);
    expect(new FormData(form).has('commentaire')).toBe(false);
    expect(conjoint.willValidate).toBe(false);
    // What was typed comes back with the block.
    await userEvent.click(radio(group, 'pacse'));
    expect(new FormData(form).get('conjoint')).toBe('Durand');
  });
});

describe('show-when across socle-repeat groups', () => {
  it('a condition inside a group reads its own group’s field; one on a field outside reads that field', async () => {
    const el = await engine(html`<socle-form><form @submit=${(e: Event) => e.preventDefault()}>
      <socle-radio-group name="cantine" label="Cantine ?" required><option value="oui">Oui</option><option value="non">Non</option></socle-radio-group>
      <socle-repeat name="enfants" min="2" max="3" item-label="Enfant">
        <template>
          <socle-radio-group name="allergie" label="Allergie ?"><option value="oui">Oui</option><option value="non">Non</option></socle-radio-group>
          <socle-text-field name="detail" label="Précisez" show-when="allergie=oui" required></socle-text-field>
          <socle-text-field name="menu" label="Menu" show-when="cantine=oui"></socle-text-field>
        </template>
      </socle-repeat>
      <socle-text-field name="remarque" label="Remarque" show-when="allergie=oui"></socle-text-field>
      <button>Envoyer</button>
    </form></socle-form>`);
    const at = (name: string) => el.querySelector<HTMLElement>(`[name="${name}"]`)!;
    const group = (name: string) => el.querySelector<SocleRadioGroup>(`socle-radio-group[name="${name}"]`)!;
    const detail = (index: number) => at(`enfants[${index}][detail]`);
    expect([detail(0).hidden, detail(1).hidden]).toEqual([true, true]);
    await userEvent.click(radio(group('enfants[1][allergie]'), 'oui'));
    await expect.poll(() => [detail(0).hidden, detail(1).hidden]).toEqual([true, false]);
    // Outside the groups, "allergie" is nobody's field: the block outside stays hidden.
    expect(at('remarque').hidden).toBe(true);
    expect([at('enfants[0][menu]').hidden, at('enfants[1][menu]').hidden]).toEqual([true, true]);
    await userEvent.click(radio(group('cantine'), 'oui'));
    await expect.poll(() => [at('enfants[0][menu]').hidden, at('enfants[1][menu]').hidden]).toEqual([false, false]);
    // A group added later, and the groups renumbered after a removal, keep reading their own field.
    const repeat = el.querySelector<SocleRepeat>('socle-repeat')!;
    await userEvent.click(repeat.shadowRoot!.querySelector<HTMLButtonElement>('[part="add"]')!);
    await nextFrames();
    expect(detail(2).hidden).toBe(true);
    await userEvent.click(repeat.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="remove"]')[0]!);
    await nextFrames();
    await expect.poll(() => [detail(0).hidden, detail(1).hidden]).toEqual([false, true]);
    expect(detail(0).getAttribute('show-when')).toBe('enfants[0][allergie]=oui');
  });
});

describe('socle-repeat', () => {
  const template = html`<socle-form mode="json"><form>
    <socle-repeat name="enfants" min="1" max="3" item-label="Enfant" add-label="Ajouter un enfant" remove-label="Supprimer cet enfant">
      <template>
        <socle-text-field name="prenom" label="Prénom" required></socle-text-field>
        <socle-text-field name="age" label="Âge" type="number"></socle-text-field>
      </template>
    </socle-repeat>
    <socle-button>Envoyer</socle-button>
  </form></socle-form>`;

  it('adds and removes groups with unique names, focus management, announcements and nested JSON', async () => {
    const el = await engine(template);
    const repeat = el.querySelector<SocleRepeat>('socle-repeat')!;
    const counts: number[] = [];
    repeat.addEventListener('socle-repeat-change', (event) => counts.push(event.detail.count));
    const form = el.form!;
    const add = () => repeat.shadowRoot!.querySelector<HTMLButtonElement>('[part="add"]')!;
    expect(repeat.length).toBe(1);
    // At the minimum, a group cannot be removed.
    expect(repeat.shadowRoot!.querySelector('[part="remove"]')).toBeNull();
    el.querySelector<SocleTextField>('[name="enfants[0][prenom]"]')!.focus();
    await userEvent.keyboard('Lina');
    add().focus();
    await userEvent.keyboard('{Enter}');
    await nextFrames();
    expect(deepActiveElement()).toBe(el.querySelector('[name="enfants[1][prenom]"]')!.shadowRoot!.querySelector('input'));
    expect(repeat.shadowRoot!.querySelector('[role="status"]')!.textContent).toBe('Enfant 2 ajouté');
    await userEvent.keyboard('Noé');
    await userEvent.click(add());
    await nextFrames();
    await userEvent.keyboard('Zoé');
    // The maximum is reached: no more "Ajouter".
    expect(repeat.shadowRoot!.querySelector('[part="add"]')).toBeNull();
    expect(counts).toEqual([2, 3]);
    expect(new FormData(form).getAll('enfants[2][prenom]')).toEqual(['Zoé']);

    // Remove the second child: the third becomes enfants[1], announced, focus on "Ajouter un enfant".
    const removes = repeat.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="remove"]');
    expect((await accessibilityNode(removes[1]!)).name).toBe('Supprimer cet enfant (Enfant 2)');
    removes[1]!.focus();
    await userEvent.keyboard('{Enter}');
    await nextFrames();
    expect(repeat.shadowRoot!.querySelector('[role="status"]')!.textContent).toBe('Enfant 2 supprimé');
    expect(deepActiveElement()).toBe(add());
    expect(Array.from(new FormData(form).keys())).toEqual(['enfants[0][prenom]', 'enfants[0][age]', 'enfants[1][prenom]', 'enfants[1][age]']);
    expect(el.querySelectorAll('[data-socle-item]')[1]!.getAttribute('legend')).toBe('Enfant 2');

    let data: unknown;
    el.addEventListener('socle-submit', (event: SocleSubmitEvent) => (data = event.detail.data));
    form.requestSubmit();
    expect(data).toEqual({ enfants: [{ prenom: 'Lina', age: null }, { prenom: 'Zoé', age: null }] });
    expect(await axeViolations(el)).toEqual([]);
  });
});

describe('multi-step forms and "Vérifier vos réponses"', () => {
  const template = html`<socle-form mode="json" id="demarche"><form>
    <socle-step heading="Vous">
      <socle-text-field name="nom" label="Nom" required></socle-text-field>
      <socle-email-field name="courriel" label="Adresse électronique"></socle-email-field>
    </socle-step>
    <socle-step heading="Vos enfants">
      <socle-text-field name="enfant" label="Prénom de l’enfant" required></socle-text-field>
      <socle-select name="ecole" label="École" placeholder="Choisir"><option value="jaures">École Jean-Jaurès</option></socle-select>
    </socle-step>
    <socle-step heading="Vérifier vos réponses" review></socle-step>
  </form></socle-form>`;

  const steps = (el: SocleForm) => Array.from(el.querySelectorAll<SocleStep>('socle-step'));

  it('validates the current step only, moves focus to the next heading, keeps data going back', async () => {
    const el = await engine(template);
    const [one, two] = steps(el) as [SocleStep, SocleStep, SocleStep];
    const shown: number[] = [];
    el.addEventListener('socle-step-change', (event) => shown.push(event.detail.step));
    expect([one.hidden, two.hidden]).toEqual([false, true]);
    expect(one.shadowRoot!.querySelector('h2')!.textContent.replace(/\s+/g, ' ').trim()).toBe('Étape 1 sur 3 : Vous');
    expect(one.shadowRoot!.querySelector('[part="next"]')!.textContent).toBe('Étape suivante\u202f: vos enfants');
    await userEvent.click(button(one, 'Continuer'));
    await el.updateComplete;
    // Only this step's error, not the next step's required field.
    expect(summaryLinks(el)).toEqual(['Renseignez le champ «\u202fNom\u202f»']);
    expect(one.hidden).toBe(false);
    el.querySelector<SocleTextField>('[name="nom"]')!.focus();
    await userEvent.keyboard('Martin{Enter}');
    await nextFrames();
    expect(two.hidden).toBe(false);
    expect(one.hidden).toBe(true);
    expect(deepActiveElement()).toBe(two.shadowRoot!.querySelector('h2'));
    expect((await accessibilityNode(two.shadowRoot!.querySelector('h2')!)).name).toBe('Étape 2 sur 3 : Vos enfants');
    expect(summaryLinks(el)).toEqual([]);
    await userEvent.click(button(two, 'Précédent'));
    await nextFrames();
    expect(one.hidden).toBe(false);
    expect(el.querySelector<SocleTextField>('[name="nom"]')!.value).toBe('Martin');
    expect(shown).toEqual([1, 0]);
  });

  it('the browser’s back button goes to the previous step', async () => {
    const el = await engine(template);
    const [one, two] = steps(el) as [SocleStep, SocleStep, SocleStep];
    el.querySelector<SocleTextField>('[name="nom"]')!.value = 'Martin';
    await userEvent.click(button(one, 'Continuer'));
    await nextFrames();
    expect(two.hidden).toBe(false);
    history.back();
    await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    await nextFrames();
    expect(one.hidden).toBe(false);
    expect(el.step).toBe(0);
    expect(el.querySelector<SocleTextField>('[name="nom"]')!.value).toBe('Martin');
  });

  it('the review lists labels and readable values by step; "Modifier" goes to the field and comes back', async () => {
    const el = await engine(template);
    const [one, two, review] = steps(el) as [SocleStep, SocleStep, SocleStep];
    el.querySelector<SocleTextField>('[name="nom"]')!.value = 'Martin';
    await userEvent.click(button(one, 'Continuer'));
    el.querySelector<SocleTextField>('[name="enfant"]')!.value = 'Lina';
    el.querySelector<SocleTextField>('[name="ecole"]')!.value = 'jaures';
    await userEvent.click(button(two, 'Continuer'));
    await nextFrames();
    expect(review.hidden).toBe(false);
    const sections = Array.from(review.shadowRoot!.querySelectorAll('h3'), (h) => h.textContent);
    expect(sections).toEqual(['Vous', 'Vos enfants']);
    const rows = Array.from(review.shadowRoot!.querySelectorAll('.row'), (row) => [
      row.querySelector('dt')!.textContent.trim(),
      row.querySelector('dd')!.textContent.trim(),
    ]);
    expect(rows).toEqual([
      ['Nom', 'Martin'],
      ['Adresse électronique', 'Non renseigné'],
      ['Prénom de l’enfant', 'Lina'],
      ['École', 'École Jean-Jaurès'],
    ]);
    expect(await axeViolations(el)).toEqual([]);
    const change = review.shadowRoot!.querySelectorAll<HTMLButtonElement>('.change')[2]!;
    expect((await accessibilityNode(change)).name).toBe('Modifier Prénom de l’enfant');
    await userEvent.click(change);
    await nextFrames();
    expect(two.hidden).toBe(false);
    expect(deepActiveElement()).toBe(el.querySelector('[name="enfant"]')!.shadowRoot!.querySelector('input'));
    await userEvent.keyboard('{End}-Rose');
    await userEvent.click(button(two, 'Continuer'));
    await nextFrames();
    expect(review.hidden).toBe(false);
    expect(review.shadowRoot!.querySelectorAll('.row dd')[4]!.textContent.trim()).toBe('Lina-Rose');
    let data: unknown;
    el.addEventListener('socle-submit', (event: SocleSubmitEvent) => (data = event.detail.data));
    await userEvent.click(button(review, 'Envoyer'));
    expect(data).toEqual({ nom: 'Martin', courriel: '', enfant: 'Lina-Rose', ecole: 'jaures' });
  });
});

describe('"Vérifier vos réponses" with read-only answers', () => {
  it('shows a read-only control (an identity from the provider, nameless, submitted by a hidden field) with no « Modifier »', async () => {
    const el = await engine(html`<socle-form mode="json"><form>
      <socle-step heading="Vous">
        <socle-text-field label="Nom de naissance" readonly value="DUBOIS"></socle-text-field>
        <input type="hidden" name="nom_naissance" value="DUBOIS" />
        <socle-text-field name="courriel" label="Adresse électronique" value="a@exemple.fr"></socle-text-field>
      </socle-step>
      <socle-step heading="Vérifier vos réponses" review></socle-step>
    </form></socle-form>`);
    const [one, review] = Array.from(el.querySelectorAll<SocleStep>('socle-step')) as [SocleStep, SocleStep];
    await userEvent.click(Array.from(one.shadowRoot!.querySelectorAll('button')).find((b) => b.textContent.trim() === 'Continuer')!);
    await nextFrames();
    const rows = Array.from(review.shadowRoot!.querySelectorAll('.row'), (row) => [
      row.querySelector('dt')!.textContent.trim(),
      row.querySelector('dd')!.textContent.trim(),
      row.querySelector('.change') ? 'Modifier' : '',
    ]);
    expect(rows).toEqual([
      ['Nom de naissance', 'DUBOIS', ''],
      ['Adresse électronique', 'a@exemple.fr', 'Modifier'],
    ]);
    expect(await axeViolations(el)).toEqual([]);
  });
});

describe('"Vérifier vos réponses" layout', () => {
  it('keeps the question, the answer and « Modifier » on one row; narrow, the answer and « Modifier » share the line under the question', async () => {
    const el = await engine(html`<socle-form mode="json"><form>
      <socle-step heading="Vous"><socle-text-field name="nom" label="Nom de famille" value="Martin"></socle-text-field></socle-step>
      <socle-step heading="Vérifier vos réponses" review></socle-step>
    </form></socle-form>`);
    const [one, review] = Array.from(el.querySelectorAll<SocleStep>('socle-step')) as [SocleStep, SocleStep];
    await userEvent.click(button(one, 'Continuer'));
    await nextFrames();
    const lines = () => {
      const row = review.shadowRoot!.querySelector('.row')!;
      const [question, answer, change] = [row.querySelector('dt')!, row.querySelector('.value')!, row.querySelector('.change')!].map((part) => part.getBoundingClientRect());
      return { question: question!, answer: answer!, change: change! };
    };
    el.style.width = '40rem';
    await nextFrames();
    let { question, answer, change } = lines();
    expect(answer.top).toBe(question.top);
    expect(change.top).toBeLessThan(question.bottom);
    expect(answer.left).toBeGreaterThan(question.right);
    el.style.width = '20rem';
    await nextFrames();
    ({ question, answer, change } = lines());
    expect(answer.top).toBeGreaterThanOrEqual(question.bottom);
    expect(change.top).toBeLessThan(answer.bottom);
    expect(change.left).toBeGreaterThan(answer.right);
  });
});

describe('leaving a form', () => {
  it('without a draft, asks before losing what was typed; with a draft, does not', async () => {
    const plain = await engine(html`<socle-form><form><socle-text-field name="nom" label="Nom"></socle-text-field></form></socle-form>`);
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);
    plain.querySelector<SocleTextField>('socle-text-field')!.focus();
    await userEvent.keyboard('Martin');
    expect(leave()).toBe(true);
    plain.remove();
    const drafted = await engine(html`<socle-form draft="test-depart"><form><socle-text-field name="nom" label="Nom"></socle-text-field></form></socle-form>`);
    drafted.querySelector<SocleTextField>('socle-text-field')!.focus();
    await userEvent.keyboard('Martin');
    expect(leave()).toBe(false);
    localStorage.removeItem('socle-brouillon:test-depart');
  });
});

describe('drafts in the browser', () => {
  const KEY = 'socle-brouillon:test-expiration';
  const DAY = 24 * 60 * 60 * 1000;
  const draft = (ageDays: number, days = 7) => {
    const savedAt = Date.now() - ageDays * DAY;
    return JSON.stringify({ version: 1, savedAt, expiresAt: savedAt + days * DAY, tab: 'autre', step: 0, repeats: {}, fields: { nom: 'Martin' } });
  };
  const render = (days?: number, storage = 'ask') =>
    engine(html`<socle-form draft="test-expiration" draft-days=${days ?? 7} draft-storage=${storage}><form><socle-text-field name="nom" label="Nom"></socle-text-field></form></socle-form>`);
  const keepBox = (el: SocleForm) => el.shadowRoot!.querySelector<HTMLInputElement>('[part="draft-choice"] input');
  const forgetAll = () => {
    localStorage.removeItem(KEY);
    sessionStorage.removeItem(KEY);
  };
  /** Types into the name field, and lets the draft's pause pass on the test's own clock. */
  const typeAndSave = async (el: SocleForm, text: string) => {
    const clock = new ManualClock();
    el.clock = clock;
    el.querySelector<SocleTextField>('socle-text-field')!.focus();
    await userEvent.keyboard(text);
    await clock.advance(SAVE_DELAY);
  };

  it('restores a recent draft with a notice, and drops an expired one', async () => {
    forgetAll();
    localStorage.setItem(KEY, draft(2));
    let el = await render();
    expect(el.querySelector<SocleTextField>('socle-text-field')!.value).toBe('Martin');
    expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).toMatch(/Vos réponses du .* ont été restaurées/);
    // Kept on the device: the person had ticked the box, which stays ticked.
    expect(keepBox(el)!.checked).toBe(true);
    el.remove();
    localStorage.setItem(KEY, draft(8));
    el = await render();
    expect(el.querySelector<SocleTextField>('socle-text-field')!.value).toBe('');
    expect(el.shadowRoot!.querySelector('[part="notice"]')).toBeNull();
    expect(localStorage.getItem(KEY)).toBeNull();
    forgetAll();
  });

  it('keeps the answers in the tab unless the person asks to keep them on the device, for the configured days', async () => {
    forgetAll();
    const el = await render(3);
    const box = keepBox(el)!;
    expect(box.checked).toBe(false);
    const node = await accessibilityNode(box);
    expect(node).toMatchObject({ role: 'checkbox', name: 'Garder mes réponses sur cet appareil' });
    expect(node.description).toContain('Ne cochez pas sur un ordinateur partagé');
    const until = new Date(Date.now() + 3 * DAY).toLocaleDateString('fr', { day: 'numeric', month: 'long' }).replace(/^1 /, '1er ');
    expect(node.description).toContain(`jusqu’au ${until}`);
    await typeAndSave(el, 'Durand');
    expect(localStorage.getItem(KEY)).toBeNull();
    expect((JSON.parse(sessionStorage.getItem(KEY) ?? '{}') as { fields?: Record<string, string> }).fields?.nom).toBe('Durand');

    // Ticked by keyboard: the draft moves to the device, for 3 days, and the tab's copy goes.
    box.focus();
    await userEvent.keyboard(' ');
    const kept = JSON.parse(localStorage.getItem(KEY) ?? '{}') as { savedAt: number; expiresAt: number; fields: Record<string, string> };
    expect(kept.fields.nom).toBe('Durand');
    expect(Math.round((kept.expiresAt - kept.savedAt) / DAY)).toBe(3);
    expect(sessionStorage.getItem(KEY)).toBeNull();

    // Unticked: erased from the device at once, kept in the tab only.
    await userEvent.keyboard(' ');
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(sessionStorage.getItem(KEY)).toContain('Durand');
    // The box is the engine's own: never submitted, never in the data.
    expect(Array.from(new FormData(el.form!).keys())).toEqual(['nom']);
    expect(await axeViolations(el)).toEqual([]);
    forgetAll();
  });

  it('saves a pause after the last key, 7 days by default', async () => {
    forgetAll();
    const el = await engine(html`<socle-form draft="test-expiration" draft-storage="device"><form><socle-text-field name="nom" label="Nom"></socle-text-field></form></socle-form>`);
    expect(keepBox(el)).toBeNull();
    const clock = new ManualClock();
    el.clock = clock;
    el.querySelector<SocleTextField>('socle-text-field')!.focus();
    await userEvent.keyboard('Durand');
    await clock.advance(SAVE_DELAY - 1);
    expect(localStorage.getItem(KEY)).toBeNull();
    await clock.advance(1);
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as { savedAt: number; expiresAt: number; fields: Record<string, string> };
    expect(saved.fields.nom).toBe('Durand');
    expect(Math.round((saved.expiresAt - saved.savedAt) / DAY)).toBe(7);
    forgetAll();
  });

  it('draft-storage="session": no choice offered, never on the device, and an old device draft is erased', async () => {
    forgetAll();
    localStorage.setItem(KEY, draft(1));
    const el = await render(7, 'session');
    expect(keepBox(el)).toBeNull();
    expect(el.querySelector<SocleTextField>('socle-text-field')!.value).toBe('');
    expect(localStorage.getItem(KEY)).toBeNull();
    await typeAndSave(el, 'Durand');
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(sessionStorage.getItem(KEY)).toContain('Durand');
    forgetAll();
  });

  it('never keeps a field marked sensitive, or any field of a group marked sensitive', async () => {
    const el = await engine(html`<socle-form draft="test-sensible"><form>
      <socle-text-field name="nom" label="Nom"></socle-text-field>
      <socle-textarea name="remarque" label="Remarque sur la santé de l’enfant" sensitive></socle-textarea>
      <socle-fieldset legend="Santé" sensitive>
        <socle-text-field name="medecin" label="Médecin traitant"></socle-text-field>
        <socle-radio-group name="allergie" label="Allergie" layout="inline"><option value="oui">Oui</option><option value="non">Non</option></socle-radio-group>
      </socle-fieldset>
      <fieldset sensitive><legend>Traitement</legend><input name="traitement" aria-label="Traitement" /></fieldset>
      <socle-text-field><label for="t">Taille</label><input id="t" name="taille" sensitive /></socle-text-field>
    </form></socle-form>`);
    const form = el.form!;
    for (const name of ['nom', 'remarque', 'medecin', 'traitement', 'taille']) {
      const field = form.elements.namedItem(name) as HTMLInputElement;
      field.value = `valeur-${name}`;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    radio(el.querySelector<SocleRadioGroup>('socle-radio-group')!, 'oui').click();
    const { collectFields } = await import('./draft.js');
    expect(collectFields(form)).toEqual({ nom: 'valeur-nom' });
    sessionStorage.removeItem('socle-brouillon:test-sensible');
  });

  it('the restored notice can be dismissed, focus moving on to the choice; it goes once the person moves to another step', async () => {
    forgetAll();
    localStorage.setItem(KEY, draft(1));
    let el = await render();
    const notice = () => el.shadowRoot!.querySelector('[part="notice"]');
    expect(await axeViolations(el)).toEqual([]);
    const dismiss = Array.from(notice()!.querySelectorAll('button')).find((button) => button.textContent.trim() === 'Masquer ce message')!;
    dismiss.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(notice()).toBeNull();
    expect(deepActiveElement()).toBe(keepBox(el));
    // What was restored stays.
    expect(el.querySelector<SocleTextField>('socle-text-field')!.value).toBe('Martin');
    el.remove();

    const steps = JSON.stringify({ ...(JSON.parse(draft(1)) as object), step: 0 });
    localStorage.setItem(KEY, steps);
    el = await engine(html`<socle-form draft="test-expiration"><form @submit=${(e: Event) => e.preventDefault()}>
      <socle-step><h2>Vous</h2><socle-text-field name="nom" label="Nom" required></socle-text-field></socle-step>
      <socle-step><h2>Votre demande</h2><socle-text-field name="objet" label="Objet"></socle-text-field></socle-step>
    </form></socle-form>`);
    expect(notice()).not.toBeNull();
    await userEvent.click(button(el.querySelector<SocleStep>('socle-step')!, 'Continuer'));
    await nextFrames();
    expect(el.step).toBe(1);
    expect(notice()).toBeNull();
    forgetAll();
  });
});
