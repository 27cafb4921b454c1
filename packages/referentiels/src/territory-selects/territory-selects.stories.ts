import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../departement-select/define.js';
import '../region-select/define.js';

interface Args {
  label: string;
  hint: string;
  error: string;
  required: boolean;
  disabled: boolean;
  region: string;
  includeCom: boolean;
}

const meta: Meta<Args> = {
  title: 'Référentiels/Département et région',
  component: 'socle-departement-select',
  args: { label: 'Département', hint: '', error: '', required: false, disabled: false, region: '', includeCom: false },
  render: (args) => html`<socle-departement-select
    name="departement"
    label=${args.label}
    hint=${ifDefined(args.hint || undefined)}
    error=${ifDefined(args.error || undefined)}
    region=${ifDefined(args.region || undefined)}
    ?include-com=${args.includeCom}
    ?required=${args.required}
    ?disabled=${args.disabled}
  ></socle-departement-select>`,
  parameters: {
    docs: {
      description: {
        component:
          'Listes déroulantes natives des départements (« 33 – Gironde ») et des régions, remplies depuis les données embarquées ' +
          'du COG. Envoient le code. / Native selects of départements and régions; submit the code.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Departement: Story = { name: 'Département' };
export const DepartementObligatoire: Story = { name: 'Département obligatoire, en erreur', args: { required: true, error: 'Choisissez votre département' } };
export const DepartementsDUneRegion: Story = { name: 'Départements d’une région (Nouvelle-Aquitaine)', args: { region: '75' } };
export const Region: Story = {
  name: 'Région',
  render: (args) => html`<socle-region-select
    name="region"
    label="Région"
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?include-com=${args.includeCom}
  ></socle-region-select>`,
};
