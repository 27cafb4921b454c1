import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import './define.js';
import type { SocleCommuneField } from './commune-field.js';
import { states } from '../../../../.storybook/states.js';

interface Args {
  label: string;
  hint: string;
  error: string;
  required: boolean;
  disabled: boolean;
  departement: string;
  postalCode: string;
  includeArrondissements: boolean;
  includeHistorical: boolean;
}

const meta: Meta<Args> = {
  title: 'Référentiels/Commune',
  component: 'socle-commune-field',
  args: {
    label: 'Commune de résidence',
    hint: 'Nom, code postal ou code INSEE',
    error: '',
    required: false,
    disabled: false,
    departement: '',
    postalCode: '',
    includeArrondissements: false,
    includeHistorical: false,
  },
  render: (args) => html`<socle-commune-field
    name="commune"
    postal-code-name="code_postal"
    label=${args.label}
    hint=${ifDefined(args.hint || undefined)}
    error=${ifDefined(args.error || undefined)}
    departement=${ifDefined(args.departement || undefined)}
    postal-code=${ifDefined(args.postalCode || undefined)}
    ?include-arrondissements=${args.includeArrondissements}
    ?include-historical=${args.includeHistorical}
    ?required=${args.required}
    ?disabled=${args.disabled}
  ></socle-commune-field>`,
  parameters: {
    docs: {
      description: {
        component:
          'Recherche de commune sur les données embarquées du COG (aucun appel réseau) : casse, accents, tirets, apostrophes, ' +
          '« st »/« ste », ordre des mots et une faute de frappe sont tolérés ; un code postal liste ses communes. Envoie le code ' +
          'INSEE (et le code postal avec `postal-code-name`). / Commune look-up on embedded COG data; submits the INSEE code.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const ParDefaut: Story = { name: 'Par défaut' };
export const Obligatoire: Story = { name: 'Obligatoire', args: { required: true } };
export const EnErreur: Story = { name: 'En erreur', args: { required: true, error: 'Choisissez votre commune de résidence dans la liste' } };
export const Desactive: Story = { name: 'Désactivé', args: { disabled: true } };
export const UnDepartement: Story = { name: 'Limité à un département (Gironde)', args: { departement: '33', label: 'Commune de Gironde' } };
export const ParCodePostal: Story = { name: 'Communes d’un code postal', args: { postalCode: '01400', label: 'Commune', hint: 'Code postal 01400' } };
export const LieuDeNaissance: Story = {
  name: 'Lieu de naissance (anciennes communes et arrondissements)',
  args: { label: 'Commune de naissance', hint: 'Les communes fusionnées depuis sont proposées', includeArrondissements: true, includeHistorical: true },
};
export const ListeOuverte: Story = {
  name: 'Liste ouverte, au clavier',
  play: async ({ canvasElement }) => {
    const field = canvasElement.querySelector<SocleCommuneField>('socle-commune-field')!;
    field.focus();
    await userEvent.keyboard('ste colombe');
    const input = field.shadowRoot!.querySelector('input')!;
    await waitFor(() => expect(input.getAttribute('aria-expanded')).toBe('true'), { timeout: 5000 });
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await waitFor(() => expect(input.getAttribute('aria-activedescendant')).toBe('option-1'));
  },
};
export const AucunResultat: Story = {
  name: 'Aucune commune ne correspond',
  play: async ({ canvasElement }) => {
    const field = canvasElement.querySelector<SocleCommuneField>('socle-commune-field')!;
    field.focus();
    await userEvent.keyboard('Xyzzy');
    await waitFor(() => expect(field.shadowRoot!.textContent).toContain('Aucune commune ne correspond à «\u202fXyzzy\u202f»'), { timeout: 5000 });
  },
};

export const HtmlDAbord: Story = {
  name: 'HTML d’abord',
  parameters: {
    docs: {
      description: {
        story:
          'Un `<label>` et un champ de texte natifs : sans script, le serveur reçoit le nom tapé ; avec, le champ devient la recherche de communes et envoie le code INSEE. / HTML-first markup.',
      },
    },
  },
  render: () => html`<socle-commune-field>
    <label for="ht-commune">Commune de résidence<span class="socle-required" aria-hidden="true">&nbsp;*</span></label>
    <p class="socle-hint" id="ht-commune-aide">Son nom ou son code postal</p>
    <input id="ht-commune" name="commune" aria-describedby="ht-commune-aide" required />
  </socle-commune-field>`,
};

export const Etats: Story = {
  name: 'États côte à côte',
  render: () =>
    states(
      ['Par défaut', html`<socle-commune-field label="Commune de résidence" name="commune-vide"></socle-commune-field>`],
      ['Remplie', html`<socle-commune-field label="Commune de résidence" name="commune-remplie" value="33063"></socle-commune-field>`],
      ['En erreur', html`<socle-commune-field label="Commune de résidence" name="commune-erreur" required error="Choisissez votre commune dans la liste"></socle-commune-field>`],
      ['Désactivée', html`<socle-commune-field label="Commune de résidence" name="commune-desactivee" value="33063" disabled></socle-commune-field>`],
    ),
};
