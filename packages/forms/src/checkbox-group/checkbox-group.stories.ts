import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import './define.js';
import { states } from '../../../../.storybook/states.js';

interface Args {
  label: string;
  hint: string;
  layout: 'stacked' | 'inline' | 'tiles';
  error: string;
  required: boolean;
}

const meta: Meta<Args> = {
  title: 'Formulaires/Faire choisir/Cases à cocher',
  component: 'socle-checkbox-group',
  args: { label: 'Jours de présence à la cantine', hint: 'Sélectionnez tous les jours qui s’appliquent', layout: 'stacked', error: '', required: false },
  argTypes: { layout: { control: 'inline-radio', options: ['stacked', 'inline', 'tiles'] } },
  render: (args) => html`<socle-checkbox-group
    name="jours"
    label=${args.label}
    hint=${ifDefined(args.hint || undefined)}
    layout=${args.layout}
    error=${ifDefined(args.error || undefined)}
    ?required=${args.required}
  >
    <option value="lundi">Lundi</option>
    <option value="mardi">Mardi</option>
    <option value="jeudi">Jeudi</option>
    <option value="vendredi">Vendredi</option>
  </socle-checkbox-group>`,
  parameters: {
    docs: { description: { component: 'Cases à cocher dans un groupe avec légende ; `required` = au moins une, `min` / `max`. / Checkboxes.' } },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const ParDefaut: Story = { name: 'Par défaut' };
export const EnLigne: Story = { name: 'En ligne', args: { layout: 'inline' } };
export const EnErreur: Story = { name: 'En erreur', args: { required: true, error: 'Sélectionnez au moins une option dans « Jours de présence à la cantine »' } };

export const HtmlDAbord: Story = {
  name: 'HTML d’abord',
  parameters: {
    docs: {
      description: {
        story:
          'Un `<fieldset>` de cases natives qui gardent leur nom ; `required`, `min` et `max` se posent sur la balise Socle. / HTML-first markup.',
      },
    },
  },
  render: () => html`<socle-checkbox-group required max="2">
    <fieldset>
      <legend>Jours de cantine (deux au plus)<span class="socle-required" aria-hidden="true">&nbsp;*</span></legend>
      <div class="socle-option"><input type="checkbox" id="ht-lundi" name="jours" value="lundi" /><label for="ht-lundi">Lundi</label></div>
      <div class="socle-option"><input type="checkbox" id="ht-mardi" name="jours" value="mardi" /><label for="ht-mardi">Mardi</label></div>
      <div class="socle-option"><input type="checkbox" id="ht-jeudi" name="jours" value="jeudi" /><label for="ht-jeudi">Jeudi</label></div>
    </fieldset>
  </socle-checkbox-group>`,
};

const jours = html`<option value="lundi">Lundi</option><option value="mardi">Mardi</option><option value="jeudi">Jeudi</option>`;

export const Etats: Story = {
  name: 'États côte à côte',
  render: () =>
    states(
      ['Par défaut', html`<socle-checkbox-group label="Jours de cantine" name="jours-vide">${jours}</socle-checkbox-group>`],
      ['Rempli', html`<socle-checkbox-group label="Jours de cantine" name="jours-remplis" .value=${['lundi', 'jeudi']}>${jours}</socle-checkbox-group>`],
      ['En erreur', html`<socle-checkbox-group label="Jours de cantine" name="jours-erreur" required error="Sélectionnez au moins un jour">${jours}</socle-checkbox-group>`],
      ['Désactivé', html`<socle-checkbox-group label="Jours de cantine" name="jours-desactives" .value=${['mardi']} disabled>${jours}</socle-checkbox-group>`],
    ),
};
