import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import './define.js';
import type { SocleTextField, TextFieldType } from './text-field.js';
import { states } from '../../../../.storybook/states.js';

interface TextFieldArgs {
  label: string;
  hint: string;
  name: string;
  type: TextFieldType;
  value: string;
  error: string;
  autocomplete: string;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
}

const meta: Meta<TextFieldArgs> = {
  title: 'Formulaires/Saisir du texte/Champ de texte',
  component: 'socle-text-field',
  args: {
    label: 'Nom de famille',
    hint: '',
    name: 'nom',
    type: 'text',
    value: '',
    error: '',
    autocomplete: 'family-name',
    required: false,
    disabled: false,
    readonly: false,
  },
  render: (args) => html`
    <socle-text-field
      label=${args.label}
      hint=${ifDefined(args.hint || undefined)}
      name=${args.name}
      type=${args.type}
      value=${ifDefined(args.value || undefined)}
      error=${ifDefined(args.error || undefined)}
      autocomplete=${ifDefined(args.autocomplete || undefined)}
      ?required=${args.required}
      ?disabled=${args.disabled}
      ?readonly=${args.readonly}
    ></socle-text-field>
  `,
  parameters: {
    docs: {
      description: {
        component:
          'Champ de saisie sur une ligne. Il s’envoie avec le `<form>` natif qui le contient, affiche ses erreurs en français ' +
          'quand la personne quitte un champ qu’elle a modifié ou tente d’envoyer le formulaire, et les relie au champ pour les ' +
          'lecteurs d’écran. / A single-line text field, submitted with its native form, with French error messages.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<TextFieldArgs>;

export const ParDefaut: Story = { name: 'Par défaut' };

export const AvecAide: Story = {
  name: 'Avec une aide',
  args: { hint: 'Tel qu’il figure sur votre pièce d’identité' },
};

export const Obligatoire: Story = {
  name: 'Obligatoire',
  args: { required: true, hint: 'Les champs marqués d’un astérisque (*) sont obligatoires.' },
};

export const EnErreur: Story = {
  name: 'En erreur',
  args: { required: true, error: 'Saisissez votre nom de famille' },
};

export const Desactive: Story = {
  name: 'Désactivé',
  args: { disabled: true, value: 'Martin' },
};

export const LectureSeule: Story = {
  name: 'En lecture seule',
  args: { readonly: true, label: 'Numéro de dossier', name: 'dossier', value: 'DOS-2026-00421', autocomplete: 'off' },
};

export const Courriel: Story = {
  name: 'Adresse électronique',
  args: {
    label: 'Adresse électronique',
    name: 'courriel',
    type: 'email',
    autocomplete: 'email',
    hint: 'Nous vous écrirons à cette adresse pour le suivi de votre demande',
  },
};

export const Telephone: Story = {
  name: 'Téléphone',
  args: { label: 'Numéro de téléphone', name: 'telephone', type: 'tel', autocomplete: 'tel' },
};

export const Nombre: Story = {
  name: 'Nombre',
  args: { label: 'Nombre d’enfants à charge', name: 'enfants', type: 'number', autocomplete: 'off' },
};

/** A whole form: submitting it empty shows the error, typing a name lets it through. */
export const DansUnFormulaire: Story = {
  name: 'Dans un formulaire',
  render: () => html`
    <form id="demo-form" action="#">
      <socle-text-field
        name="nom"
        label="Nom de famille"
        required
        autocomplete="family-name"
        messages='{"required": "Saisissez votre nom de famille"}'
      ></socle-text-field>
      <button type="submit" class="demo-button">Envoyer</button>
      <output name="resultat" aria-live="polite"></output>
    </form>
  `,
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector<HTMLFormElement>('#demo-form')!;
    const field = form.querySelector<SocleTextField>('socle-text-field')!;
    const output = form.querySelector('output')!;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const nom = new FormData(form).get('nom');
      output.value = `Envoyé : nom=${typeof nom === 'string' ? nom : ''}`;
    });
    form.requestSubmit();
    await waitFor(() => expect(field.shadowRoot?.textContent).toContain('Saisissez votre nom de famille'));
    field.focus();
    await userEvent.keyboard('Dupont{Enter}');
    await waitFor(() => expect(output.value).toBe('Envoyé : nom=Dupont'));
  },
};

export const HtmlDAbord: Story = {
  name: 'HTML d’abord',
  parameters: {
    docs: {
      description: {
        story:
          'Le même champ écrit « HTML d’abord » : un `<label>` et un `<input>` natifs dans la balise. Sans script (ou tant qu’il arrive), c’est un champ HTML ordinaire ; le script l’améliore sur place. / HTML-first markup.',
      },
    },
  },
  render: () => html`<socle-text-field>
    <label for="ht-nom">Nom de famille<span class="socle-required" aria-hidden="true">&nbsp;*</span></label>
    <p class="socle-hint" id="ht-nom-aide">Celui de votre pièce d’identité</p>
    <input id="ht-nom" name="nom" autocomplete="family-name" aria-describedby="ht-nom-aide" required />
  </socle-text-field>`,
};

export const Etats: Story = {
  name: 'États côte à côte',
  render: () =>
    states(
      ['Par défaut', html`<socle-text-field label="Nom de famille" name="nom-vide" autocomplete="family-name"></socle-text-field>`],
      ['Rempli', html`<socle-text-field label="Nom de famille" name="nom-rempli" value="Martin" autocomplete="family-name"></socle-text-field>`],
      ['En erreur', html`<socle-text-field label="Nom de famille" name="nom-erreur" required error="Saisissez votre nom de famille"></socle-text-field>`],
      ['Désactivé', html`<socle-text-field label="Nom de famille" name="nom-desactive" value="Martin" disabled></socle-text-field>`],
    ),
};

export const Largeurs: Story = {
  name: 'Largeur des réponses courtes (size)',
  render: () => html`
    <socle-text-field label="Nombre d’enfants à charge" name="enfants" inputmode="numeric" size="2"></socle-text-field>
    <socle-text-field label="Code postal" name="code-postal" autocomplete="postal-code" inputmode="numeric" size="5"></socle-text-field>
    <socle-text-field label="Numéro de téléphone" name="telephone" type="tel" autocomplete="tel" size="14"></socle-text-field>
    <socle-text-field label="Nom de la voie" name="voie" autocomplete="address-line1"></socle-text-field>
  `,
};
