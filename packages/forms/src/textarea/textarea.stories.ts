import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import './define.js';
import { states } from '../../../../.storybook/states.js';

interface Args {
  label: string;
  hint: string;
  maxlength: number | undefined;
  count: boolean;
  value: string;
  error: string;
  required: boolean;
  disabled: boolean;
}

const meta: Meta<Args> = {
  title: 'Formulaires/Saisir du texte/Zone de texte',
  component: 'socle-textarea',
  args: { label: 'Motif de votre demande', hint: '', maxlength: undefined, count: false, value: '', error: '', required: false, disabled: false },
  render: (args) => html`<socle-textarea
    name="motif"
    label=${args.label}
    hint=${ifDefined(args.hint || undefined)}
    maxlength=${ifDefined(args.maxlength)}
    ?count=${args.count}
    value=${ifDefined(args.value || undefined)}
    error=${ifDefined(args.error || undefined)}
    ?required=${args.required}
    ?disabled=${args.disabled}
  ></socle-textarea>`,
  parameters: {
    docs: {
      description: {
        component:
          'Zone de texte sur plusieurs lignes. Avec `maxlength` et `count`, un compteur « Il vous reste N caractères » ' +
          's’affiche et est lu aux lecteurs d’écran quand la personne marque une pause ; le texte n’est jamais tronqué. ' +
          '/ A multi-line field with a politely announced character count; never truncates.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const ParDefaut: Story = { name: 'Par défaut' };
export const AvecCompteur: Story = { name: 'Avec compteur', args: { maxlength: 200, count: true, hint: 'Quelques phrases suffisent' } };
export const LimiteDepassee: Story = {
  name: 'Limite dépassée',
  args: { maxlength: 20, count: true, value: 'Un texte un peu trop long pour la limite', error: '« Motif de votre demande » doit contenir au plus 20 caractères (actuellement 40)' },
};
export const Desactivee: Story = { name: 'Désactivée', args: { disabled: true, value: 'Texte figé' } };

export const HtmlDAbord: Story = {
  name: 'HTML d’abord',
  parameters: {
    docs: {
      description: {
        story:
          'Un `<label>` et un `<textarea>` natifs ; `maxlength` devient un compteur de caractères avec le script. / HTML-first markup.',
      },
    },
  },
  render: () => html`<socle-textarea count>
    <label for="ht-message">Votre message<span class="socle-required" aria-hidden="true">&nbsp;*</span></label>
    <textarea id="ht-message" name="message" rows="5" maxlength="500" required></textarea>
  </socle-textarea>`,
};

export const Etats: Story = {
  name: 'États côte à côte',
  render: () =>
    states(
      ['Par défaut', html`<socle-textarea label="Motif de votre demande" name="motif-vide"></socle-textarea>`],
      ['Rempli', html`<socle-textarea label="Motif de votre demande" name="motif-rempli" value="Déménagement dans la commune en septembre."></socle-textarea>`],
      ['En erreur', html`<socle-textarea label="Motif de votre demande" name="motif-erreur" required error="Saisissez le motif de votre demande"></socle-textarea>`],
      ['Désactivé', html`<socle-textarea label="Motif de votre demande" name="motif-desactive" value="Déménagement" disabled></socle-textarea>`],
    ),
};
