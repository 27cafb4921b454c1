import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import './define.js';
import { states } from '../../../../.storybook/states.js';

interface Args {
  label: string;
  hint: string;
  birthdate: boolean;
  value: string;
  error: string;
  required: boolean;
}

const meta: Meta<Args> = {
  title: 'Formulaires/Saisir du texte/Date',
  component: 'socle-date-field',
  args: { label: 'Date de naissance', hint: 'Par exemple : 27 3 2007', birthdate: true, value: '', error: '', required: false },
  render: (args) => html`<socle-date-field
    name="naissance"
    label=${args.label}
    hint=${ifDefined(args.hint || undefined)}
    ?birthdate=${args.birthdate}
    value=${ifDefined(args.value || undefined)}
    error=${ifDefined(args.error || undefined)}
    ?required=${args.required}
  ></socle-date-field>`,
  parameters: {
    docs: {
      description: {
        component:
          'Une date connue de la personne (naissance, événement) en trois champs jour / mois / année : pas de calendrier à ' +
          'parcourir, des messages précis (« La date de naissance doit être une date réelle ») et seule la partie fausse est ' +
          'signalée. Valeur envoyée : `AAAA-MM-JJ`. Coller « 24/08/1962 » dans un champ remplit les trois. / A date in three inputs.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const DateDeNaissance: Story = { name: 'Date de naissance' };
export const Remplie: Story = { name: 'Remplie', args: { value: '1962-08-24' } };
export const EnErreur: Story = { name: 'En erreur', args: { required: true, error: 'La date de naissance doit être une date réelle' } };

export const HtmlDAbord: Story = {
  name: 'HTML d’abord',
  parameters: {
    docs: {
      description: {
        story:
          'Un `<fieldset>` et trois champs natifs, dans l’ordre jour, mois, année : sans script le serveur reçoit les trois parties ; avec, la date ISO aussi, sous le `name` de la balise. / HTML-first markup.',
      },
    },
  },
  render: () => html`<socle-date-field name="naissance" birthdate>
    <fieldset role="group" aria-describedby="ht-naissance-aide">
      <legend>Date de naissance<span class="socle-required" aria-hidden="true">&nbsp;*</span></legend>
      <p class="socle-hint" id="ht-naissance-aide">Par exemple : 27 3 2007</p>
      <div class="socle-date-parts">
        <div><label for="ht-jour">Jour</label><input id="ht-jour" name="naissance-jour" inputmode="numeric" maxlength="2" required /></div>
        <div><label for="ht-mois">Mois</label><input id="ht-mois" name="naissance-mois" inputmode="numeric" maxlength="2" required /></div>
        <div class="socle-year"><label for="ht-annee">Année</label><input id="ht-annee" name="naissance-annee" inputmode="numeric" maxlength="4" required /></div>
      </div>
    </fieldset>
  </socle-date-field>`,
};

export const Etats: Story = {
  name: 'États côte à côte',
  render: () =>
    states(
      ['Par défaut', html`<socle-date-field label="Date de naissance" name="naissance-vide" birthdate></socle-date-field>`],
      ['Remplie', html`<socle-date-field label="Date de naissance" name="naissance-remplie" value="2016-03-27" birthdate></socle-date-field>`],
      ['En erreur', html`<socle-date-field label="Date de naissance" name="naissance-erreur" birthdate required error="Saisissez la date de naissance"></socle-date-field>`],
      ['Désactivée', html`<socle-date-field label="Date de naissance" name="naissance-desactivee" value="2016-03-27" disabled></socle-date-field>`],
    ),
};
