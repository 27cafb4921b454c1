import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import './define.js';
import { states } from '../../../../.storybook/states.js';

interface Args {
  label: string;
  hint: string;
  checked: boolean;
  error: string;
  required: boolean;
  disabled: boolean;
}

const meta: Meta<Args> = {
  title: 'Formulaires/Faire choisir/Case à cocher',
  component: 'socle-checkbox',
  args: { label: 'J’atteste sur l’honneur l’exactitude des informations', hint: '', checked: false, error: '', required: false, disabled: false },
  render: (args) => html`<socle-checkbox
    name="attestation"
    label=${args.label}
    hint=${ifDefined(args.hint || undefined)}
    ?checked=${args.checked}
    error=${ifDefined(args.error || undefined)}
    ?required=${args.required}
    ?disabled=${args.disabled}
  ></socle-checkbox>`,
  parameters: {
    docs: { description: { component: 'Case à cocher seule : consentement, attestation. / A single checkbox.' } },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const ParDefaut: Story = { name: 'Par défaut' };
export const AvecAide: Story = { name: 'Avec aide', args: { hint: 'Une fausse déclaration est passible de sanctions', required: true } };
export const EnErreur: Story = { name: 'En erreur', args: { required: true, error: 'Cochez la case « J’atteste sur l’honneur l’exactitude des informations »' } };
export const Cochee: Story = { name: 'Cochée', args: { checked: true } };

export const HtmlDAbord: Story = {
  name: 'HTML d’abord',
  parameters: {
    docs: {
      description: {
        story:
          'Une case et son `<label>` natifs (aide facultative en `<p class="socle-hint">`). / HTML-first markup.',
      },
    },
  },
  render: () => html`<socle-checkbox>
    <input type="checkbox" id="ht-accord" name="accord" aria-describedby="ht-accord-aide" required /><label for="ht-accord"
      >J’accepte d’être recontacté<span class="socle-required" aria-hidden="true">&nbsp;*</span></label
    >
    <p class="socle-hint" id="ht-accord-aide">Par courriel uniquement</p>
  </socle-checkbox>`,
};

export const Etats: Story = {
  name: 'États côte à côte',
  render: () =>
    states(
      ['Par défaut', html`<socle-checkbox label="J’accepte d’être recontacté(e)" name="contact-vide"></socle-checkbox>`],
      ['Cochée', html`<socle-checkbox label="J’accepte d’être recontacté(e)" name="contact-cochee" checked></socle-checkbox>`],
      ['En erreur', html`<socle-checkbox label="J’atteste sur l’honneur l’exactitude des informations" name="attestation-erreur" required error="Cochez la case pour attester l’exactitude des informations"></socle-checkbox>`],
      ['Désactivée', html`<socle-checkbox label="J’accepte d’être recontacté(e)" name="contact-desactivee" checked disabled></socle-checkbox>`],
    ),
};
