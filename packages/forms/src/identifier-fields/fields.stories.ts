import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../define.js';

const meta: Meta = {
  title: 'Formulaires/Saisir du texte/Identifiants',
  parameters: {
    docs: {
      description: {
        component:
          'Champs d’identifiants vérifiés par `@socle/validators`, avec leurs messages précis : téléphone (mis en forme pendant ' +
          'la saisie, envoyé en +33…), SIRET, numéro de sécurité sociale et IBAN (sensibles : jamais gardés en brouillon), ' +
          'code postal, adresse électronique (correction des fautes de frappe proposée). La mise en forme ne perd ni ne ' +
          'déplace jamais un caractère, même collé ou tapé au milieu. / Identifier fields with precise messages.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

export const Telephone: Story = {
  name: 'Téléphone',
  render: () => html`<socle-phone-field name="tel" label="Numéro de téléphone" hint="Pour vous joindre si besoin, par exemple 06 12 34 56 78"></socle-phone-field>`,
};
export const Siret: Story = {
  name: 'SIRET',
  render: () => html`<socle-siret-field name="siret" label="Numéro SIRET de l’établissement" hint="14 chiffres, sur le Kbis ou l’avis de situation Sirene"></socle-siret-field>`,
};
export const Nir: Story = {
  name: 'Numéro de sécurité sociale',
  render: () => html`<socle-nir-field name="nir" label="Numéro de sécurité sociale" hint="15 caractères, sur votre carte Vitale"></socle-nir-field>`,
};
export const Iban: Story = {
  name: 'IBAN',
  render: () => html`<socle-iban-field name="iban" label="IBAN du compte à créditer" hint="Sur votre relevé d’identité bancaire (RIB)"></socle-iban-field>`,
};
export const CodePostal: Story = {
  name: 'Code postal',
  render: () => html`<socle-postal-code-field name="cp" label="Code postal"></socle-postal-code-field>`,
};
export const Courriel: Story = {
  name: 'Adresse électronique',
  render: () => html`<socle-email-field name="courriel" label="Adresse électronique" value="jean@gmial.com" hint="Nous vous enverrons l’accusé de réception"></socle-email-field>`,
};
export const EnErreur: Story = {
  name: 'En erreur',
  render: () => html`<socle-siret-field name="siret" label="Numéro SIRET" value="732 829 320 00075" error="Ce numéro SIRET n’existe pas : vérifiez les chiffres"></socle-siret-field>`,
};

export const HtmlDAbord: Story = {
  name: 'HTML d’abord',
  parameters: {
    docs: {
      description: {
        story:
          'Les champs d’identifiants (courriel, téléphone, SIRET, NIR, IBAN, code postal) s’écrivent comme un champ de texte : `<label>` et `<input>` natifs. / HTML-first markup.',
      },
    },
  },
  render: () => html`<socle-phone-field>
    <label for="ht-tel">Téléphone</label>
    <input id="ht-tel" name="telephone" type="tel" autocomplete="tel" />
  </socle-phone-field>`,
};
