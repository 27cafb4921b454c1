/** The texts of the identity elements, in French and English: registered as catalogue defaults by the first element created. */
import type { MessageBundle } from '@socle/core';

export const messages: MessageBundle = {
  fr: {
    'connect-login': 'S’identifier avec',
    'connect-what': 'Qu’est-ce que {provider}\u202f?',
    'connect-new-window': '(nouvelle fenêtre)',
    'login-or': 'ou',
    'login-signed-in': 'Vous êtes identifié(e) avec {provider}.',
    'identity-legend': 'Votre identité',
    'identity-notice': 'Ces informations sont transmises par {provider}.',
    'identity-locked': 'Elles ne peuvent pas être modifiées ici.',
    'identity-report': 'Signaler une erreur dans ces informations',
    'identity-civilite': 'Civilité',
    'identity-female': 'Madame',
    'identity-male': 'Monsieur',
    'identity-nom-naissance': 'Nom de naissance',
    'identity-nom-naissance-hint': 'Le nom inscrit sur votre acte de naissance',
    'identity-nom-usage': 'Nom d’usage (facultatif)',
    'identity-nom-usage-locked': 'Nom d’usage',
    'identity-nom-usage-hint': 'Par exemple le nom d’époux ou d’épouse\u202f; laissez vide si vous n’en avez pas',
    'identity-prenoms': 'Prénoms',
    'identity-prenoms-hint': 'Tous vos prénoms, dans l’ordre de l’état civil, séparés par des espaces',
    'identity-date-naissance': 'Date de naissance',
    'identity-date-naissance-hint': 'Par exemple 27 3 1962',
    'identity-naissance-en-france': 'Lieu de naissance',
    'identity-en-france': 'En France',
    'identity-a-l-etranger': 'À l’étranger',
    'identity-lieu-naissance': 'Commune de naissance',
    'identity-lieu-naissance-hint': 'Les anciennes communes et les arrondissements de Paris, Lyon et Marseille sont proposés',
    'identity-pays-naissance': 'Pays de naissance',
    'identity-lieu-naissance-locked': 'Lieu de naissance',
    'identity-merged-commune': '{commune}, aujourd’hui {parent}',
  },
  en: {
    'connect-login': 'Sign in with',
    'connect-what': 'What is {provider}?',
    'connect-new-window': '(new window)',
    'login-or': 'or',
    'login-signed-in': 'You are signed in with {provider}.',
    'identity-legend': 'Your identity',
    'identity-notice': 'This information comes from {provider}.',
    'identity-locked': 'It cannot be changed here.',
    'identity-report': 'Report a mistake in this information',
    'identity-civilite': 'Title',
    'identity-female': 'Madam',
    'identity-male': 'Sir',
    'identity-nom-naissance': 'Surname at birth',
    'identity-nom-naissance-hint': 'The surname on your birth certificate',
    'identity-nom-usage': 'Usual surname (optional)',
    'identity-nom-usage-locked': 'Usual surname',
    'identity-nom-usage-hint': 'For example a married name; leave empty if you have none',
    'identity-prenoms': 'Given names',
    'identity-prenoms-hint': 'All your given names, in the order of your birth certificate, separated by spaces',
    'identity-date-naissance': 'Date of birth',
    'identity-date-naissance-hint': 'For example 27 3 1962',
    'identity-naissance-en-france': 'Place of birth',
    'identity-en-france': 'In France',
    'identity-a-l-etranger': 'Abroad',
    'identity-lieu-naissance': 'Commune of birth',
    'identity-lieu-naissance-hint': 'Former communes and the arrondissements of Paris, Lyon and Marseille are included',
    'identity-pays-naissance': 'Country of birth',
    'identity-lieu-naissance-locked': 'Place of birth',
    'identity-merged-commune': '{commune}, now {parent}',
  },
};

/** The providers whose button and notice Socle draws. */
export type IdentityProvider = 'franceconnect' | 'franceconnect-plus' | 'proconnect';

export const PROVIDERS: Readonly<Record<IdentityProvider, { name: string; info: string }>> = {
  franceconnect: { name: 'FranceConnect', info: 'https://franceconnect.gouv.fr/' },
  'franceconnect-plus': { name: 'FranceConnect+', info: 'https://franceconnect.gouv.fr/' },
  proconnect: { name: 'ProConnect', info: 'https://www.proconnect.gouv.fr/' },
};

/** The provider named by an attribute, FranceConnect when it names none Socle knows. */
export function providerOf(value: string | undefined): IdentityProvider {
  return value && value in PROVIDERS ? (value as IdentityProvider) : 'franceconnect';
}
