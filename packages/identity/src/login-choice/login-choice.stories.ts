import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@socle/forms/text-field';
import '@socle/forms/button';
import '../define.js';

const meta: Meta = {
  title: 'Identité/Choix de connexion',
  component: 'socle-login-choice',
  parameters: {
    docs: {
      description: {
        component:
          'Les boutons des fournisseurs d’abord, puis « ou », puis la connexion propre au service, comme les fournisseurs le demandent. / The providers first, then “or”, then the service’s own sign-in.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

export const AvecCompteDuService: Story = {
  name: 'FranceConnect ou un compte du service',
  render: () => html`<socle-login-choice>
    <socle-connect-button slot="provider" href="/connexion"></socle-connect-button>
    <form method="post" action="/compte/connexion" @submit=${(event: Event) => event.preventDefault()}>
      <socle-text-field name="identifiant" label="Adresse électronique" type="email" autocomplete="username" required></socle-text-field>
      <socle-text-field name="mot_de_passe" label="Mot de passe" type="password" autocomplete="current-password" required></socle-text-field>
      <p><socle-button>Se connecter</socle-button></p>
    </form>
  </socle-login-choice>`,
};

export const DeuxFournisseurs: Story = {
  name: 'FranceConnect et ProConnect, ou sans compte',
  render: () => html`<socle-login-choice>
    <socle-connect-button slot="provider" href="/connexion?provider=franceconnect"></socle-connect-button>
    <socle-connect-button slot="provider" provider="proconnect" href="/connexion?provider=proconnect"></socle-connect-button>
    <p><a href="/demande">Continuer sans m’identifier</a></p>
  </socle-login-choice>`,
};

export const FournisseurSeul: Story = {
  name: 'Un fournisseur seul (pas de séparateur)',
  render: () => html`<socle-login-choice><socle-connect-button slot="provider" href="/connexion"></socle-connect-button></socle-login-choice>`,
};
