import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../define.js';

interface Args {
  legend: string;
  hint: string;
  error: string;
  disabled: boolean;
}

const meta: Meta<Args> = {
  title: 'Formulaires/Organiser et envoyer/Groupe de champs',
  component: 'socle-fieldset',
  args: { legend: 'Comment vous joindre ?', hint: 'Indiquez au moins un moyen', error: '', disabled: false },
  render: (args) => html`<socle-fieldset name="contact" legend=${args.legend} hint=${ifDefined(args.hint || undefined)} error=${ifDefined(args.error || undefined)} ?disabled=${args.disabled}>
    <socle-text-field name="tel" label="Téléphone" type="tel" autocomplete="tel"></socle-text-field>
    <socle-text-field name="courriel" label="Adresse électronique" type="email" autocomplete="email"></socle-text-field>
  </socle-fieldset>`,
  parameters: { docs: { description: { component: 'Groupe de champs avec légende, aide et erreur de groupe. / A group of fields.' } } },
};
export default meta;
type Story = StoryObj<Args>;

export const ParDefaut: Story = { name: 'Par défaut' };
export const EnErreur: Story = { name: 'En erreur', args: { error: 'Indiquez un téléphone ou une adresse électronique' } };
export const Desactive: Story = { name: 'Désactivé', args: { disabled: true } };
