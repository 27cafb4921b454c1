import { fixture } from '@open-wc/testing-helpers/pure';
import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { accessibilityNode, axeViolations, deepActiveElement, nextFrames } from '../../../../test/browser/helpers.js';
import '../define.js';
import type { SocleForm, SocleSubmitEvent } from './form.js';
import type { SocleTextField } from '../text-field/text-field.js';

const TITLE = 'Inscription à la cantine – Mairie';

const summaryOf = (form: SocleForm) => form.shadowRoot!.querySelector<HTMLElement>('[part="error-summary"]');
const links = (form: SocleForm) => Array.from(form.shadowRoot!.querySelectorAll('[part="error-summary"] a'), (a) => a.textContent.trim());

async function render(mode: 'native' | 'json' = 'native') {
  document.title = TITLE;
  const engine = await fixture<SocleForm>(html`<socle-form mode=${mode}>
    <form action="/inscription" method="post">
      <socle-text-field name="nom" label="Nom de l’enfant" required></socle-text-field>
      <socle-text-field name="age" label="Âge" type="number" min="3" max="11"></socle-text-field>
      <socle-checkbox name="accord" label="J’accepte le règlement de la cantine" required></socle-checkbox>
      <socle-button>Envoyer la demande</socle-button>
    </form>
  </socle-form>`);
  await Promise.all(Array.from(engine.querySelectorAll<SocleTextField>('*'), (el) => el.updateComplete));
  const native = engine.form!;
  const submitted: SubmitEvent[] = [];
  // A page listener that stands for the real navigation (which would leave the test page).
  native.addEventListener('submit', (event) => {
    submitted.push(event);
    event.preventDefault();
  });
  return { engine, native, submitted };
}

afterEach(() => {
  document.title = TITLE;
});

describe('socle-form: the error summary', () => {
  it('on an invalid submit: a focused summary with one link per error in page order, "Erreur : " in the title', async () => {
    const { engine, submitted } = await render();
    await userEvent.click(engine.querySelector('socle-button')!);
    await engine.updateComplete;
    expect(submitted).toHaveLength(0);
    const summary = summaryOf(engine)!;
    expect(summary.querySelector('h2')!.textContent).toBe('Il y a un problème');
    expect(links(engine)).toEqual([
      'Renseignez le champ «\u202fNom de l’enfant\u202f»',
      'Cochez la case «\u202fJ’accepte le règlement de la cantine\u202f»',
    ]);
    expect(engine.shadowRoot!.activeElement).toBe(summary);
    expect(document.title).toBe(`Erreur\u202f: ${TITLE}`);
    // Each field shows its own message too.
    const nom = engine.querySelector<SocleTextField>('[name="nom"]')!;
    expect(nom.shadowRoot!.querySelector('[part~="error-text"]')!.textContent).toContain('Renseignez le champ «\u202fNom de l’enfant\u202f»');
    // What a screen reader is given: a named region with the list of links.
    const node = await accessibilityNode(summary);
    expect(node.role).toBe('region');
    expect(node.name).toBe('Il y a un problème');
    expect(await axeViolations(engine)).toEqual([]);
  });

  it('each link focuses its field; fixing errors updates the summary, then removes it and restores the title', async () => {
    const { engine, submitted } = await render();
    engine.form!.requestSubmit();
    await engine.updateComplete;
    await userEvent.click(engine.shadowRoot!.querySelectorAll('[part="error-summary"] a')[1]!);
    expect(deepActiveElement()).toBe(engine.querySelector('socle-checkbox')!.shadowRoot!.querySelector('input'));
    await userEvent.keyboard(' ');
    await engine.updateComplete;
    expect(links(engine)).toEqual(['Renseignez le champ «\u202fNom de l’enfant\u202f»']);
    // Keyboard: Shift+Tab back to the summary's link, Enter follows it.
    summaryOf(engine)!.focus();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(deepActiveElement()).toBe(engine.querySelector('socle-text-field')!.shadowRoot!.querySelector('input'));
    await userEvent.keyboard('Lina');
    await engine.updateComplete;
    expect(summaryOf(engine)).toBeNull();
    expect(document.title).toBe(TITLE);
    await userEvent.keyboard('{Enter}');
    expect(submitted).toHaveLength(1);
  });

  it('shows server errors the same way, and lets the person correct them', async () => {
    const { engine } = await render();
    const nom = engine.querySelector<SocleTextField>('[name="nom"]')!;
    nom.value = 'Lina';
    engine.setErrors({ nom: 'Cet enfant est déjà inscrit', inconnu: 'Le service est fermé le mercredi' });
    await engine.updateComplete;
    expect(links(engine)).toEqual(['Cet enfant est déjà inscrit', 'Cochez la case «\u202fJ’accepte le règlement de la cantine\u202f»']);
    expect(summaryOf(engine)!.textContent).toContain('Le service est fermé le mercredi');
    await nom.updateComplete;
    expect(nom.shadowRoot!.querySelector('[part~="error-text"]')!.textContent).toContain('Cet enfant est déjà inscrit');
    nom.focus();
    await userEvent.keyboard('e');
    await engine.updateComplete;
    expect(links(engine)).toEqual(['Cochez la case «\u202fJ’accepte le règlement de la cantine\u202f»']);
  });
});

describe('socle-form: submission', () => {
  it('native mode lets a valid submission through to the page', async () => {
    const { engine, submitted } = await render();
    engine.querySelector<SocleTextField>('[name="nom"]')!.value = 'Lina';
    engine.querySelector('socle-checkbox')!.checked = true;
    await userEvent.click(engine.querySelector('socle-button')!);
    expect(submitted).toHaveLength(1);
    expect(new FormData(engine.form!).get('nom')).toBe('Lina');
    // The page cancelled this one (a script handles it): the form is not left busy.
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(engine.busy).toBe(false);
  });

  it('native mode: while the browser is submitting, a second click is ignored and the button says so', async () => {
    // `javascript:` keeps the test page in place while the native submission really goes ahead.
    const engine = await fixture<SocleForm>(html`<socle-form><form action="javascript:void 0"><socle-text-field name="x" label="X"></socle-text-field><socle-button>Envoyer</socle-button></form></socle-form>`);
    let submits = 0;
    engine.form!.addEventListener('submit', () => (submits += 1));
    const button = engine.querySelector('socle-button')!;
    await button.updateComplete;
    button.click();
    await new Promise((resolve) => setTimeout(resolve, 10));
    button.click();
    expect(submits).toBe(1);
    expect(button.loading).toBe(true);
    await button.updateComplete;
    expect(button.shadowRoot!.querySelector('[role="status"]')!.textContent).toBe('Envoi en cours, veuillez patienter…');
    expect(button.shadowRoot!.querySelector('button')!.getAttribute('aria-disabled')).toBe('true');
  });

  it('json mode sends typed, nested JSON in socle-submit and stays busy until the app is done', async () => {
    const engine = await fixture<SocleForm>(html`<socle-form mode="json"><form>
      <socle-text-field name="responsable.nom" label="Nom" value="Martin"></socle-text-field>
      <socle-text-field name="enfants[0][prenom]" label="Prénom" value="Lina"></socle-text-field>
      <socle-text-field name="enfants[0][age]" label="Âge" type="number" value="7"></socle-text-field>
      <socle-text-field name="enfants[1][prenom]" label="Prénom" value="Noé"></socle-text-field>
      <socle-checkbox-group name="jours" label="Jours"><option value="lundi" selected>Lundi</option><option value="mardi">Mardi</option></socle-checkbox-group>
      <socle-checkbox name="photo" label="Droit à l’image"></socle-checkbox>
      <socle-button>Envoyer</socle-button>
    </form></socle-form>`);
    const events: SocleSubmitEvent[] = [];
    let finish: () => void = () => undefined;
    engine.addEventListener('socle-submit', (event) => {
      events.push(event);
      event.detail.waitUntil(new Promise<void>((resolve) => (finish = resolve)));
    });
    const button = engine.querySelector('socle-button')!;
    await button.updateComplete;
    button.click();
    button.click();
    expect(events).toHaveLength(1);
    expect(events[0]!.detail.data).toEqual({
      responsable: { nom: 'Martin' },
      enfants: [{ prenom: 'Lina', age: 7 }, { prenom: 'Noé' }],
      jours: ['lundi'],
      photo: false,
    });
    expect(events[0]!.detail.formData.get('enfants[0][age]')).toBe('7');
    expect(button.loading).toBe(true);
    finish();
    await nextFrames();
    expect(button.loading).toBe(false);
    button.click();
    expect(events).toHaveLength(2);
  });

  it('socle-button type="reset" resets the form, and is reachable and usable by keyboard', async () => {
    const engine = await fixture<SocleForm>(html`<socle-form><form>
      <socle-text-field name="nom" label="Nom" value="Martin"></socle-text-field>
      <socle-button type="reset" variant="secondary">Effacer</socle-button>
    </form></socle-form>`);
    const field = engine.querySelector<SocleTextField>('socle-text-field')!;
    await field.updateComplete;
    field.focus();
    await userEvent.keyboard('{End}ot');
    expect(field.value).toBe('Martinot');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(field.value).toBe('Martin');
    const node = await accessibilityNode(engine.querySelector('socle-button')!.shadowRoot!.querySelector('button')!);
    expect(node.role).toBe('button');
    expect(node.name).toBe('Effacer');
  });
});
