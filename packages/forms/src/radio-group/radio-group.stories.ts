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
  disabled: boolean;
}

const meta: Meta<Args> = {
  title: 'Formulaires/Faire choisir/Boutons radio',
  component: 'socle-radio-group',
  args: { label: 'Comment souhaitez-vous recevoir la réponse ?', hint: '', layout: 'stacked', error: '', required: false, disabled: false },
  argTypes: { layout: { control: 'inline-radio', options: ['stacked', 'inline', 'tiles'] } },
  render: (args) => html`<socle-radio-group
    name="reponse"
    label=${args.label}
    hint=${ifDefined(args.hint || undefined)}
    layout=${args.layout}
    error=${ifDefined(args.error || undefined)}
    ?required=${args.required}
    ?disabled=${args.disabled}
  >
    <option value="courriel" data-hint="Le plus rapide">Par courriel</option>
    <option value="courrier">Par courrier postal</option>
    <option value="guichet" data-hint="Sur rendez-vous">Au guichet de la mairie</option>
  </socle-radio-group>`,
  parameters: {
    docs: {
      description: {
        component:
          'Boutons radio dans un groupe avec légende. Les flèches du clavier déplacent et sélectionnent comme pour des radios ' +
          'natifs ; chaque choix peut avoir son aide (`data-hint`). Dispositions : empilée, en ligne, en tuiles. / Radio buttons.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const ParDefaut: Story = { name: 'Par défaut' };
export const EnLigne: Story = {
  name: 'En ligne (Oui / Non)',
  render: () => html`<socle-radio-group name="oui-non" label="Votre enfant a-t-il une allergie alimentaire ?" layout="inline" required>
    <option value="oui">Oui</option><option value="non">Non</option>
  </socle-radio-group>`,
};
export const Tuiles: Story = { name: 'Tuiles', args: { layout: 'tiles' } };
export const EnErreur: Story = { name: 'En erreur', args: { required: true, error: 'Sélectionnez une réponse à « Comment souhaitez-vous recevoir la réponse ? »' } };

export const HtmlDAbord: Story = {
  name: 'HTML d’abord',
  parameters: {
    docs: {
      description: {
        story:
          'Un `<fieldset>` avec sa `<legend>` et un `<div class="socle-option">` par radio ; les radios gardent leur nom et s’envoient elles-mêmes. `required` sur une radio rend le groupe obligatoire. / HTML-first markup.',
      },
    },
  },
  render: () => html`<socle-radio-group>
    <fieldset>
      <legend>Comment souhaitez-vous recevoir la réponse ?<span class="socle-required" aria-hidden="true">&nbsp;*</span></legend>
      <div class="socle-option">
        <input type="radio" id="ht-courriel" name="reponse" value="courriel" aria-describedby="ht-courriel-aide" required /><label for="ht-courriel"
          >Par courriel</label
        >
        <p class="socle-hint" id="ht-courriel-aide">Le plus rapide</p>
      </div>
      <div class="socle-option"><input type="radio" id="ht-courrier" name="reponse" value="courrier" /><label for="ht-courrier">Par courrier postal</label></div>
    </fieldset>
  </socle-radio-group>`,
};

const reponses = html`<option value="courriel">Par courriel</option><option value="courrier">Par courrier postal</option>`;

export const Etats: Story = {
  name: 'États côte à côte',
  render: () =>
    states(
      ['Par défaut', html`<socle-radio-group label="Recevoir la réponse" name="reponse-vide">${reponses}</socle-radio-group>`],
      ['Rempli', html`<socle-radio-group label="Recevoir la réponse" name="reponse-remplie" value="courrier">${reponses}</socle-radio-group>`],
      ['En erreur', html`<socle-radio-group label="Recevoir la réponse" name="reponse-erreur" required error="Indiquez comment recevoir la réponse">${reponses}</socle-radio-group>`],
      ['Désactivé', html`<socle-radio-group label="Recevoir la réponse" name="reponse-desactivee" value="courriel" disabled>${reponses}</socle-radio-group>`],
    ),
};
