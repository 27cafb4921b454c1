import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

interface Args {
  variant: 'primary' | 'secondary' | 'tertiary';
  loading: boolean;
  disabled: boolean;
}

const meta: Meta<Args> = {
  title: 'Formulaires/Organiser et envoyer/Bouton',
  component: 'socle-button',
  args: { variant: 'primary', loading: false, disabled: false },
  argTypes: { variant: { control: 'inline-radio', options: ['primary', 'secondary', 'tertiary'] } },
  render: (args) => html`<socle-button type="button" variant=${args.variant} ?loading=${args.loading} ?disabled=${args.disabled}>Continuer</socle-button>`,
  parameters: {
    docs: {
      description: {
        component:
          'Bouton qui envoie (`type="submit"`, par défaut) ou réinitialise (`type="reset"`) vraiment son formulaire. Pendant ' +
          'l’envoi (`loading`), il l’annonce et ignore les clics : pas de double envoi. / A button that really submits or resets its form.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Principal: Story = { name: 'Principal' };
export const Secondaire: Story = { name: 'Secondaire', args: { variant: 'secondary' } };
export const Tertiaire: Story = { name: 'Tertiaire', args: { variant: 'tertiary' } };
export const EnvoiEnCours: Story = { name: 'Envoi en cours', args: { loading: true } };
