import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '@socle/forms/button';
import { testIdentity } from '../../../../test/servers/identites-test.js';
import '../define.js';
import type { SocleIdentityFieldset } from './identity-fieldset.js';
import type { PivotIdentity } from './pivot.js';

interface Args {
  identity?: PivotIdentity;
  provider: 'franceconnect' | 'franceconnect-plus' | 'proconnect';
}

const meta: Meta<Args> = {
  title: 'Identité/Identité',
  component: 'socle-identity-fieldset',
  args: { provider: 'franceconnect' },
  render: (args) => html`<form action="/demande" method="post" @submit=${(event: Event) => event.preventDefault()}>
    <socle-identity-fieldset .identity=${args.identity} provider=${args.provider}></socle-identity-fieldset>
    <p><socle-button>Envoyer</socle-button></p>
  </form>`,
  parameters: {
    docs: {
      description: {
        component:
          'Civilité, noms, prénoms, date et lieu de naissance. Avec `identity` (l’identité pivot reçue par le serveur), les champs sont remplis et verrouillés sous la mention du fournisseur, et envoyés tels que reçus ; sans elle, ce sont des champs du kit à remplir. Les brouillons ne gardent jamais ce qui vient du fournisseur. / Identity fieldset.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Waits until the birthplace has its name from the embedded data. */
const birthplace = (text: string): Story['play'] => async ({ canvasElement }) => {
  const fieldset = canvasElement.querySelector<SocleIdentityFieldset>('socle-identity-fieldset')!;
  await waitFor(() => {
    const shown = Array.from(fieldset.querySelectorAll('socle-text-field'), (field) => field.shadowRoot?.querySelector('input')?.value);
    void expect(shown).toContain(text);
    // The commune data are a chunk loaded on first use: a busy machine takes its time.
  }, { timeout: 10_000 });
};

export const ParisArrondissement: Story = {
  name: 'FranceConnect : née à Paris 7e',
  args: { identity: testIdentity('angela') },
  play: birthplace('Paris 7e Arrondissement (75)'),
};
export const NeeALEtranger: Story = {
  name: 'FranceConnect : née à l’étranger, jour inconnu',
  args: { identity: testIdentity('karima') },
  play: birthplace('Algérie'),
};
export const CommuneFusionnee: Story = {
  name: 'FranceConnect : né dans une commune fusionnée, année seule',
  args: { identity: testIdentity('yves') },
  play: birthplace('Acqueville (50), aujourd’hui La Hague'),
};
export const CorseEtNomDUsage: Story = {
  name: 'FranceConnect+ : né en Corse, nom d’usage',
  args: { identity: testIdentity('jean-pierre'), provider: 'franceconnect-plus' },
  play: birthplace('Ajaccio (2A)'),
};
export const ASaisir: Story = { name: 'Sans identité : à saisir' };
export const ASaisirEnErreur: Story = {
  name: 'Sans identité : envoi sans réponse',
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('form')!.requestSubmit();
    const fieldset = canvasElement.querySelector<SocleIdentityFieldset>('socle-identity-fieldset')!;
    await waitFor(() => void expect(fieldset.querySelector('socle-text-field[name="nom_naissance"]')?.matches(':state(user-invalid)')).toBe(true));
  },
};
