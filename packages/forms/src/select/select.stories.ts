import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import './define.js';
import { states } from '../../../../.storybook/states.js';

interface Args {
  label: string;
  hint: string;
  placeholder: string;
  error: string;
  required: boolean;
  disabled: boolean;
}

const meta: Meta<Args> = {
  title: 'Formulaires/Faire choisir/Liste déroulante',
  component: 'socle-select',
  args: { label: 'Situation familiale', hint: '', placeholder: 'Sélectionnez une option', error: '', required: false, disabled: false },
  render: (args) => html`<socle-select
    name="situation"
    label=${args.label}
    hint=${ifDefined(args.hint || undefined)}
    placeholder=${ifDefined(args.placeholder || undefined)}
    error=${ifDefined(args.error || undefined)}
    ?required=${args.required}
    ?disabled=${args.disabled}
  >
    <option value="celibataire">Célibataire</option>
    <option value="marie">Marié(e)</option>
    <option value="pacse">Pacsé(e)</option>
    <option value="divorce">Divorcé(e)</option>
    <option value="veuf">Veuf ou veuve</option>
  </socle-select>`,
  parameters: {
    docs: {
      description: {
        component:
          'Liste déroulante : un `<select>` natif, le plus sûr sur téléphone et avec les technologies d’assistance. Les options ' +
          'sont des `<option>` (et `<optgroup>`) enfants, ou la propriété `options`. / A native drop-down list.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const ParDefaut: Story = { name: 'Par défaut' };
export const Obligatoire: Story = { name: 'Obligatoire, avec aide', args: { required: true, hint: 'Au 1er janvier de l’année' } };
export const EnErreur: Story = { name: 'En erreur', args: { required: true, error: 'Sélectionnez une option dans la liste « Situation familiale »' } };
export const Desactivee: Story = { name: 'Désactivée', args: { disabled: true } };

export const HtmlDAbord: Story = {
  name: 'HTML d’abord',
  parameters: {
    docs: {
      description: {
        story:
          'Un `<label>` et un `<select>` natifs ; la première option, vide, sert d’invite. Les options ne sont pas copiées. / HTML-first markup.',
      },
    },
  },
  render: () => html`<socle-select>
    <label for="ht-dep">Département<span class="socle-required" aria-hidden="true">&nbsp;*</span></label>
    <select id="ht-dep" name="departement" required>
      <option value="">Sélectionnez un département</option>
      <option value="01">01 – Ain</option>
      <option value="26">26 – Drôme</option>
      <option value="38">38 – Isère</option>
    </select>
  </socle-select>`,
};

const situations = html`<option value="celibataire">Célibataire</option><option value="marie">Marié(e)</option><option value="pacse">Pacsé(e)</option>`;

export const Etats: Story = {
  name: 'États côte à côte',
  render: () =>
    states(
      ['Par défaut', html`<socle-select label="Situation familiale" name="situation-vide" placeholder="Sélectionnez une option">${situations}</socle-select>`],
      ['Rempli', html`<socle-select label="Situation familiale" name="situation-remplie" value="pacse">${situations}</socle-select>`],
      ['En erreur', html`<socle-select label="Situation familiale" name="situation-erreur" placeholder="Sélectionnez une option" required error="Sélectionnez votre situation familiale">${situations}</socle-select>`],
      ['Désactivé', html`<socle-select label="Situation familiale" name="situation-desactivee" value="marie" disabled>${situations}</socle-select>`],
    ),
};
