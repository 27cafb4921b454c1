import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import './define.js';
import type { SocleCompanyField } from './company-field.js';

interface Args {
  label: string;
  hint: string;
  error: string;
  required: boolean;
  disabled: boolean;
  mode: 'recherche' | 'manuelle';
  endpoint: string;
}

/** The catalogue's stand-in for the Recherche d'entreprises API (.storybook/demo-services.ts): never the public API. */
const DEMO_ENDPOINT = '/services-demo/entreprises/search';

const meta: Meta<Args> = {
  title: 'Référentiels/Entreprise',
  component: 'socle-company-field',
  args: { label: 'Votre entreprise', hint: 'Nom, SIREN ou SIRET', error: '', required: false, disabled: false, mode: 'recherche', endpoint: DEMO_ENDPOINT },
  argTypes: { mode: { control: 'inline-radio', options: ['recherche', 'manuelle'] } },
  render: (args) => html`<socle-company-field
    name="siret"
    label=${args.label}
    hint=${ifDefined(args.hint || undefined)}
    error=${ifDefined(args.error || undefined)}
    mode=${args.mode}
    endpoint=${ifDefined(args.endpoint || undefined)}
    ?required=${args.required}
    ?disabled=${args.disabled}
  ></socle-company-field>`,
  parameters: {
    docs: {
      description: {
        component:
          'Recherche d’entreprise (API Recherche d’entreprises ; `endpoint` pour un proxy) par nom, SIREN ou SIRET. Un numéro ' +
          'est vérifié sur place avant tout appel ; les établissements fermés sont signalés ; si le service ne répond pas, on ' +
          'saisit le SIRET, vérifié aussi. Envoie le SIRET. Dans ce catalogue, le service est une doublure locale (« La Poste », ' +
          '« DINUM », une boulangerie fermée) : rien ne part vers Internet. / Company field; submits the SIRET.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const ParDefaut: Story = { name: 'Recherche (par défaut)' };
export const Obligatoire: Story = { name: 'Obligatoire, en erreur', args: { required: true, error: 'Indiquez votre entreprise' } };
export const SaisieDuSiret: Story = { name: 'Saisie du SIRET', args: { mode: 'manuelle' } };
export const Desactive: Story = { name: 'Désactivé', args: { disabled: true } };
export const NumeroInvalide: Story = {
  name: 'Numéro SIRET invalide (vérifié sur place)',
  play: async ({ canvasElement }) => {
    const field = canvasElement.querySelector<SocleCompanyField>('socle-company-field')!;
    field.focus();
    await userEvent.keyboard('73282932000075');
    await waitFor(() => expect(field.shadowRoot!.textContent).toContain('n’est pas valide\u202f: vérifiez les 14 chiffres'), { timeout: 5000 });
  },
};
export const ServiceIndisponible: Story = {
  name: 'Service injoignable : saisie du SIRET',
  args: { endpoint: 'http://127.0.0.1:9/search' },
  play: async ({ canvasElement }) => {
    const field = canvasElement.querySelector<SocleCompanyField>('socle-company-field')!;
    field.focus();
    await userEvent.keyboard('la poste');
    await waitFor(() => expect(field.mode).toBe('manuelle'), { timeout: 5000 });
  },
};
