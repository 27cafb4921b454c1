import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import './define.js';
import type { SocleAddressField } from './address-field.js';

interface Args {
  label: string;
  hint: string;
  error: string;
  required: boolean;
  disabled: boolean;
  mode: 'recherche' | 'manuelle' | 'etranger';
  source: 'ban' | 'bal';
  src: string;
  endpoint: string;
}

/** The catalogue's stand-in for the Géoplateforme (.storybook/demo-services.ts): the catalogue never calls a public API. */
const DEMO_ENDPOINT = '/services-demo/geocodage/search';

const meta: Meta<Args> = {
  title: 'Référentiels/Adresse',
  component: 'socle-address-field',
  args: { label: 'Adresse du domicile', hint: 'Numéro, voie et commune', error: '', required: false, disabled: false, mode: 'recherche', source: 'ban', src: '', endpoint: DEMO_ENDPOINT },
  argTypes: { mode: { control: 'inline-radio', options: ['recherche', 'manuelle', 'etranger'] }, source: { control: 'inline-radio', options: ['ban', 'bal'] } },
  render: (args) => html`<socle-address-field
    name="adresse"
    label=${args.label}
    hint=${ifDefined(args.hint || undefined)}
    error=${ifDefined(args.error || undefined)}
    mode=${args.mode}
    source=${args.source}
    src=${ifDefined(args.src || undefined)}
    endpoint=${ifDefined(args.endpoint || undefined)}
    ?required=${args.required}
    ?disabled=${args.disabled}
  ></socle-address-field>`,
  parameters: {
    docs: {
      description: {
        component:
          'Recherche d’adresse dans la Base Adresse Nationale (contrat de la Géoplateforme ; `endpoint` pour passer par le proxy ' +
          'de la collectivité), toujours avec une issue : « Je ne trouve pas mon adresse » (voie, commune des données embarquées, ' +
          'code postal vérifié) et « Adresse à l’étranger ». Si le service ne répond pas, le champ passe de lui-même à la saisie ' +
          'manuelle et le dit. Aucune requête avant que la personne tape 3 caractères. Dans ce catalogue, le service est une ' +
          'doublure locale (quelques adresses, dont « 8 boulevard du Port, Amiens ») : rien ne part vers Internet. / Address field on the BAN.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const ParDefaut: Story = {
  name: 'Recherche (par défaut)',
  play: async ({ canvasElement }) => {
    const field = canvasElement.querySelector<SocleAddressField>('socle-address-field')!;
    field.focus();
    await userEvent.keyboard('8 boulevard du port');
    const input = field.shadowRoot!.querySelector('input')!;
    await waitFor(() => expect(input.getAttribute('aria-expanded')).toBe('true'), { timeout: 5000 });
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(field.address?.citycode).toBe('80021'));
  },
};
export const Obligatoire: Story = { name: 'Obligatoire, en erreur', args: { required: true, error: 'Indiquez l’adresse de votre domicile' } };
export const Manuelle: Story = { name: 'Saisie manuelle', args: { mode: 'manuelle' } };
export const Etranger: Story = { name: 'Adresse à l’étranger', args: { mode: 'etranger' } };
export const Desactive: Story = { name: 'Désactivé', args: { disabled: true } };
export const BaseAdresseLocale: Story = {
  name: 'Base Adresse Locale d’une commune, hors ligne',
  args: { source: 'bal', src: '/donnees/bal-80829.csv', label: 'Adresse à Y (Somme)', hint: 'Recherche dans la BAL de la commune, sans réseau' },
  play: async ({ canvasElement }) => {
    const field = canvasElement.querySelector<SocleAddressField>('socle-address-field')!;
    field.focus();
    await userEvent.keyboard('eglise');
    const input = field.shadowRoot!.querySelector('input')!;
    await waitFor(() => expect(input.getAttribute('aria-expanded')).toBe('true'), { timeout: 5000 });
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(field.address?.citycode).toBe('80829'));
  },
};
export const ServiceIndisponible: Story = {
  name: 'Service injoignable : saisie manuelle d’elle-même',
  args: { endpoint: 'http://127.0.0.1:9/geocodage/search', hint: 'Le service ne répond pas dans cet exemple' },
  play: async ({ canvasElement }) => {
    const field = canvasElement.querySelector<SocleAddressField>('socle-address-field')!;
    field.focus();
    await userEvent.keyboard('12 rue des Lilas');
    await waitFor(() => expect(field.mode).toBe('manuelle'), { timeout: 5000 });
    await expect(field.shadowRoot!.textContent).toContain('La recherche d’adresse ne répond pas pour le moment');
  },
};
