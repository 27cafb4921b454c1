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
