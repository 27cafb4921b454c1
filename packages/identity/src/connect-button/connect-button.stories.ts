import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../define.js';

interface Args {
  provider: 'franceconnect' | 'franceconnect-plus' | 'proconnect';
  variant: 'light' | 'dark';
  href: string;
}

const meta: Meta<Args> = {
  title: 'Identité/Bouton de connexion',
  component: 'socle-connect-button',
  args: { provider: 'franceconnect', variant: 'light', href: '/connexion' },
  argTypes: {
    provider: { control: 'inline-radio', options: ['franceconnect', 'franceconnect-plus', 'proconnect'] },
    variant: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: (args) => html`<div style=${args.variant === 'dark' ? 'background:#161616;padding:1.5rem' : 'padding:1.5rem'}>
    <socle-connect-button provider=${args.provider} variant=${args.variant} href=${ifDefined(args.href || undefined)}></socle-connect-button>
  </div>`,
  parameters: {
    docs: {
      description: {
        component:
          'Le bouton officiel des fournisseurs (libellé, couleurs, proportions, lien « Qu’est-ce que… ? » dans une nouvelle fenêtre). Il ne fait que lancer la connexion : un lien vers la route du service (`href`), ou le bouton d’envoi du formulaire POST du service, avec son jeton anti-CSRF. Le serveur fait le reste (`@socle/identity-server`). / The providers’ official sign-in button.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const FranceConnect: Story = { name: 'FranceConnect' };
export const FranceConnectSombre: Story = { name: 'FranceConnect, variante sombre', args: { variant: 'dark' } };
export const FranceConnectPlus: Story = { name: 'FranceConnect+', args: { provider: 'franceconnect-plus' } };
export const ProConnect: Story = { name: 'ProConnect', args: { provider: 'proconnect' } };
export const ProConnectSombre: Story = { name: 'ProConnect, variante sombre', args: { provider: 'proconnect', variant: 'dark' } };

/** The POST form of the service: the CSRF token is its own hidden field; the button sends `provider=franceconnect`. */
export const DansUnFormulaire: Story = {
  name: 'Bouton d’envoi d’un formulaire POST',
  render: () => html`<form method="post" action="/connexion" @submit=${(event: Event) => event.preventDefault()}>
    <input type="hidden" name="csrf" value="jeton-de-la-session" />
    <socle-connect-button></socle-connect-button>
  </form>`,
};
