import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import './define.js';
import type { SocleCountryField } from './country-field.js';
import { states } from '../../../../.storybook/states.js';

interface Args {
  label: string;
  hint: string;
  error: string;
  required: boolean;
  disabled: boolean;
  excludeFrance: boolean;
  includeHistorical: boolean;
}

const meta: Meta<Args> = {
  title: 'Référentiels/Pays',
  component: 'socle-country-field',
  args: { label: 'Pays de naissance', hint: '', error: '', required: false, disabled: false, excludeFrance: false, includeHistorical: false },
  render: (args) => html`<socle-country-field
    name="pays"
    label=${args.label}
    hint=${ifDefined(args.hint || undefined)}
    error=${ifDefined(args.error || undefined)}
    ?exclude-france=${args.excludeFrance}
    ?include-historical=${args.includeHistorical}
    ?required=${args.required}
    ?disabled=${args.disabled}
  ></socle-country-field>`,
  parameters: {
    docs: {
      description: {
        component:
          'Pays et territoires du COG de l’INSEE (la France en premier). Envoie le code COG à cinq chiffres (99100 pour la France, ' +
          '99352 pour l’Algérie), celui des lieux de naissance à l’étranger de FranceConnect. / Country field; submits the COG code.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const ParDefaut: Story = { name: 'Par défaut' };
export const Obligatoire: Story = { name: 'Obligatoire', args: { required: true } };
export const EnErreur: Story = { name: 'En erreur', args: { required: true, error: 'Choisissez votre pays de naissance dans la liste' } };
export const Desactive: Story = { name: 'Désactivé', args: { disabled: true } };
export const NeALEtranger: Story = {
  name: 'Né(e) à l’étranger, pays disparus compris',
  args: { excludeFrance: true, includeHistorical: true, hint: 'Les pays qui n’existent plus sont proposés (Tchécoslovaquie…)' },
};
export const ListeOuverte: Story = {
  name: 'Liste ouverte : la France en premier',
  play: async ({ canvasElement }) => {
    const field = canvasElement.querySelector<SocleCountryField>('socle-country-field')!;
    field.focus();
    await userEvent.keyboard('{ArrowDown}');
    const input = field.shadowRoot!.querySelector('input')!;
    await waitFor(() => expect(input.getAttribute('aria-activedescendant')).toBe('option-0'), { timeout: 5000 });
    await expect(field.shadowRoot!.querySelector('#option-0')!.textContent).toContain('France');
  },
};

export const HtmlDAbord: Story = {
  name: 'HTML d’abord',
  parameters: {
    docs: {
      description: {
        story:
          'Un `<label>` et un champ de texte natifs, qui deviennent la recherche de pays (code COG envoyé). / HTML-first markup.',
      },
    },
  },
  render: () => html`<socle-country-field>
    <label for="ht-pays">Pays de naissance</label>
    <input id="ht-pays" name="pays" />
  </socle-country-field>`,
};

export const Etats: Story = {
  name: 'États côte à côte',
  render: () =>
    states(
      ['Par défaut', html`<socle-country-field label="Pays de naissance" name="pays-vide"></socle-country-field>`],
      ['Rempli', html`<socle-country-field label="Pays de naissance" name="pays-rempli" value="99100"></socle-country-field>`],
      ['En erreur', html`<socle-country-field label="Pays de naissance" name="pays-erreur" required error="Choisissez votre pays de naissance dans la liste"></socle-country-field>`],
      ['Désactivé', html`<socle-country-field label="Pays de naissance" name="pays-desactive" value="99100" disabled></socle-country-field>`],
    ),
};
