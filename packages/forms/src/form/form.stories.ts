import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../define.js';

const meta: Meta = {
  title: 'Formulaires/Organiser et envoyer/Moteur de formulaire',
  component: 'socle-form',
  parameters: {
    docs: {
      description: {
        component:
          'Le moteur autour d’un `<form>` natif : à l’envoi d’un formulaire incomplet, un récapitulatif « Il y a un problème » ' +
          'apparaît en haut, prend le focus, liste les erreurs dans l’ordre de la page (chaque lien mène au champ), et le titre ' +
          'de la page commence par « Erreur : ». Les erreurs du serveur s’affichent de la même façon (`setErrors`). ' +
          '/ The form engine: error summary, server errors, native or JSON submission.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

const demande = html`<socle-form>
  <form action="#" method="post">
    <socle-text-field name="nom" label="Nom de l’enfant" autocomplete="family-name" required></socle-text-field>
    <socle-text-field name="prenom" label="Prénom de l’enfant" autocomplete="given-name" required></socle-text-field>
    <socle-select name="ecole" label="École" placeholder="Sélectionnez une école" required>
      <option value="jaures">École Jean-Jaurès</option>
      <option value="curie">École Marie-Curie</option>
    </socle-select>
    <socle-checkbox-group name="jours" label="Jours de cantine" required layout="inline">
      <option value="lundi">Lundi</option><option value="mardi">Mardi</option><option value="jeudi">Jeudi</option><option value="vendredi">Vendredi</option>
    </socle-checkbox-group>
    <socle-checkbox name="reglement" label="J’ai lu le règlement de la cantine" required></socle-checkbox>
    <socle-button>Envoyer la demande</socle-button>
  </form>
</socle-form>`;

export const Recapitulatif: Story = {
  name: 'Récapitulatif des erreurs',
  render: () => demande,
  play: async ({ canvasElement }) => {
    const engine = canvasElement.querySelector('socle-form')!;
    await userEvent.click(engine.querySelector('socle-button')!);
    await waitFor(() => expect(engine.shadowRoot!.querySelectorAll('[part="error-summary"] a')).toHaveLength(5));
    await expect(engine.shadowRoot!.activeElement).toBe(engine.shadowRoot!.querySelector('[part="error-summary"]'));
  },
};

/** « Continuer », the button of the step shown. */
function continueButton(root: ParentNode): HTMLButtonElement {
  const step = Array.from(root.querySelectorAll('socle-step')).find((candidate) => !candidate.hidden)!;
  return Array.from(step.shadowRoot!.querySelectorAll('button')).find((button) => button.textContent.trim() === 'Continuer')!;
}

const deuxEtapes = (review: boolean) => html`<socle-form>
  <form action="#" method="post" @submit=${(event: Event) => event.preventDefault()}>
    <socle-step>
      <h2>Vos coordonnées</h2>
      <socle-text-field name="nom" label="Nom de famille" autocomplete="family-name" required></socle-text-field>
      <socle-email-field name="courriel" label="Adresse électronique" required></socle-email-field>
    </socle-step>
    <socle-step>
      <h2>Votre demande</h2>
      <socle-radio-group name="reponse" label="Comment souhaitez-vous recevoir la réponse ?" required>
        <option value="courriel">Par courriel</option>
        <option value="courrier">Par courrier postal</option>
      </socle-radio-group>
    </socle-step>
    ${review
      ? html`<socle-step review>
          <h2>Vérifier vos réponses</h2>
          <socle-button>Envoyer ma demande</socle-button>
        </socle-step>`
      : ''}
  </form>
</socle-form>`;

export const Etapes: Story = {
  name: 'Étapes',
  render: () => deuxEtapes(false),
  play: async ({ canvasElement }) => {
    const first = canvasElement.querySelector('socle-step')!;
    await waitFor(() => expect(first.querySelector('h2')?.textContent).toContain('Étape 1 sur 2'));
    // Opens on the first step, without errors: nothing was sent yet.
    await expect(canvasElement.querySelector('socle-form')!.shadowRoot!.querySelector('[part="error-summary"]')).toBeNull();
  },
};

export const Verification: Story = {
  name: '« Vérifier vos réponses », avec « Modifier »',
  render: () => deuxEtapes(true),
  play: async ({ canvasElement }) => {
    const engine = canvasElement.querySelector('socle-form')!;
    await engine.ready;
    canvasElement.querySelector<HTMLElement>('socle-text-field')!.focus();
    await userEvent.keyboard('Martin');
    canvasElement.querySelector<HTMLElement>('socle-email-field')!.focus();
    await userEvent.keyboard('claire.martin@example.fr');
    await userEvent.click(continueButton(canvasElement));
    await waitFor(() => expect(canvasElement.querySelectorAll('socle-step')[1]!.hidden).toBe(false));
    await userEvent.click(canvasElement.querySelector('socle-radio-group')!.shadowRoot!.querySelector('input[value="courrier"]')!);
    await userEvent.click(continueButton(canvasElement));
    const review = canvasElement.querySelector('socle-step[review]')!;
    await waitFor(() => expect(review.shadowRoot!.textContent).toContain('claire.martin@example.fr'));
    await expect(review.shadowRoot!.textContent).toContain('Par courrier postal');
    await expect(Array.from(review.shadowRoot!.querySelectorAll('button')).filter((button) => button.textContent.includes('Modifier')).length).toBe(3);
  },
};

export const Repetition: Story = {
  name: 'Bloc répétable : ajouter, supprimer',
  render: () => html`<socle-form>
    <form action="#" method="post" @submit=${(event: Event) => event.preventDefault()}>
      <socle-repeat name="enfants" min="1" max="4" item-label="Enfant" add-label="Ajouter un enfant" remove-label="Supprimer cet enfant">
        <template>
          <socle-text-field name="prenom" label="Prénom de l’enfant" autocomplete="off" required></socle-text-field>
          <socle-date-field name="naissance" label="Date de naissance" birthdate autocomplete="off" required></socle-date-field>
        </template>
      </socle-repeat>
      <socle-button>Envoyer</socle-button>
    </form>
  </socle-form>`,
  play: async ({ canvasElement }) => {
    const repeat = canvasElement.querySelector('socle-repeat')!;
    const button = (part: string) => repeat.shadowRoot!.querySelector<HTMLButtonElement>(`[part="${part}"]`);
    await waitFor(() => expect(button('add')).not.toBeNull());
    await userEvent.click(button('add')!);
    await waitFor(() => expect(repeat.querySelectorAll('socle-text-field')).toHaveLength(2));
    // The person continues in the new child's first field.
    await waitFor(() => expect(document.activeElement).toBe(repeat.querySelectorAll('socle-text-field')[1]));
  },
};

export const Conditionnelle: Story = {
  name: 'Question qui apparaît selon une réponse (show-when)',
  render: () => html`<socle-form>
    <form action="#" method="post" @submit=${(event: Event) => event.preventDefault()}>
      <socle-radio-group name="foyer" label="Vivez-vous en couple ?" layout="inline" required>
        <option value="non">Non</option>
        <option value="oui">Oui</option>
      </socle-radio-group>
      <socle-fieldset legend="Le second parent" show-when="foyer=oui">
        <socle-text-field name="parent2-nom" label="Nom du second parent" autocomplete="off" required></socle-text-field>
      </socle-fieldset>
    </form>
  </socle-form>`,
  play: async ({ canvasElement }) => {
    const group = canvasElement.querySelector('socle-fieldset')!;
    await waitFor(() => expect(group.hidden).toBe(true));
    await userEvent.click(canvasElement.querySelector('socle-radio-group')!.shadowRoot!.querySelector('input[value="oui"]')!);
    await waitFor(() => expect(group.hidden).toBe(false));
  },
};

const DRAFT_KEY = 'catalogue-brouillon';

export const Brouillon: Story = {
  name: 'Brouillon restauré',
  render: () => {
    // A draft saved an hour ago on this device, as the engine writes it (packages/forms/src/form/draft.ts).
    const now = Date.now();
    localStorage.setItem(
      `socle-brouillon:${DRAFT_KEY}`,
      JSON.stringify({ version: 1, savedAt: now - 3_600_000, expiresAt: now + 86_400_000, tab: 'autre', repeats: {}, fields: { nom: 'Martin', ville: 'Bordeaux' } }),
    );
    return html`<socle-form draft=${DRAFT_KEY}>
      <form action="#" method="post" @submit=${(event: Event) => event.preventDefault()}>
        <socle-text-field name="nom" label="Nom de famille" autocomplete="family-name"></socle-text-field>
        <socle-text-field name="ville" label="Ville" autocomplete="address-level2"></socle-text-field>
        <socle-button>Envoyer</socle-button>
      </form>
    </socle-form>`;
  },
  play: async ({ canvasElement }) => {
    const engine = canvasElement.querySelector('socle-form')!;
    await waitFor(() => expect(engine.shadowRoot!.querySelector('[part="notice"]')?.textContent).toContain('ont été restaurées'));
    await expect(canvasElement.querySelector<HTMLInputElement & { value: string }>('socle-text-field')!.value).toBe('Martin');
  },
};

const PRIVATE_KEY = 'catalogue-brouillon-choix';

export const BrouillonChoix: Story = {
  name: 'Brouillon : garder sur cet appareil, jamais la santé',
  render: () => {
    localStorage.removeItem(`socle-brouillon:${PRIVATE_KEY}`);
    sessionStorage.removeItem(`socle-brouillon:${PRIVATE_KEY}`);
    return html`<socle-form draft=${PRIVATE_KEY}>
      <form action="#" method="post" @submit=${(event: Event) => event.preventDefault()}>
        <socle-text-field name="prenom" label="Prénom de l’enfant" autocomplete="off"></socle-text-field>
        <socle-fieldset legend="Santé de l’enfant" sensitive>
          <socle-textarea name="allergies" label="Allergies ou traitement" hint="Jamais gardé dans le brouillon"></socle-textarea>
        </socle-fieldset>
        <socle-button>Envoyer</socle-button>
      </form>
    </socle-form>`;
  },
  play: async ({ canvasElement }) => {
    const engine = canvasElement.querySelector('socle-form')!;
    const keep = await waitFor(() => {
      const box = engine.shadowRoot!.querySelector<HTMLInputElement>('[part="draft-choice"] input');
      if (!box) throw new Error('pas encore de case');
      return box;
    });
    const key = `socle-brouillon:${PRIVATE_KEY}`;
    const [prenom, allergies] = canvasElement.querySelectorAll<HTMLElement & { value: string }>('[name]');
    prenom!.value = 'Lina';
    allergies!.value = 'Arachide';
    prenom!.dispatchEvent(new Event('input', { bubbles: true }));
    await userEvent.click(keep);
    await waitFor(() => expect(localStorage.getItem(key)).toContain('Lina'));
    await expect(localStorage.getItem(key)).not.toContain('Arachide');
    await userEvent.click(keep);
    await expect(localStorage.getItem(key)).toBeNull();
    sessionStorage.removeItem(key);
  },
};
