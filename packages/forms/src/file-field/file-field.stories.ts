import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import './define.js';

interface Args {
  label: string;
  hint: string;
  accept: string;
  maxSize: string;
  multiple: boolean;
  required: boolean;
  error: string;
}

const meta: Meta<Args> = {
  title: 'Formulaires/Joindre des fichiers/Champ de fichiers',
  component: 'socle-file-field',
  args: {
    label: 'Justificatif de domicile',
    hint: 'Formats PDF ou JPEG, 5 Mo au plus par fichier',
    accept: '.pdf,image/jpeg',
    maxSize: '5 Mo',
    multiple: true,
    required: false,
    error: '',
  },
  render: (args) => html`<socle-file-field
    name="justificatifs"
    label=${args.label}
    hint=${ifDefined(args.hint || undefined)}
    accept=${ifDefined(args.accept || undefined)}
    max-size=${ifDefined(args.maxSize || undefined)}
    ?multiple=${args.multiple}
    ?required=${args.required}
    error=${ifDefined(args.error || undefined)}
  ></socle-file-field>`,
  parameters: {
    docs: {
      description: {
        component:
          'Ajout de fichiers : le bouton natif (clavier, lecteurs d’écran, appareil photo des téléphones) dans une zone de ' +
          'glisser-déposer, la liste des fichiers choisis avec un bouton « Supprimer » chacun, et des messages précis pour le ' +
          'format, la taille et le nombre. Les fichiers partent avec le formulaire ; ils ne sont jamais gardés en brouillon. ' +
          '/ A file field.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const ParDefaut: Story = { name: 'Par défaut' };
export const EnErreur: Story = { name: 'En erreur', args: { required: true, error: 'Ajoutez un fichier pour « Justificatif de domicile »' } };
