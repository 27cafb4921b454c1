// Catalogue-wide settings: component docs from the packages' custom-elements.json, axe with the WCAG 2.2
// A/AA tags on every story (a violation fails the story's test), French page. Each component's page is a
// French MDX page of its own (docs/catalogue/composants/), not Storybook's generated one.
import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview } from '@storybook/web-components-vite';
import { WCAG_TAGS } from '../test/wcag.js';
import { argTypesFor } from './arg-types.js';
import { manifest } from './manifest.js';
import './docs.css';

setCustomElementsManifest(manifest);
document.documentElement.lang = 'fr';

const preview: Preview = {
  parameters: {
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: WCAG_TAGS } },
    },
    controls: { expanded: true },
    // Every attribute in the controls, even when a slot or a part has the same name (.storybook/arg-types.ts).
    docs: { extractArgTypes: (tagName: string) => argTypesFor(manifest, tagName) },
    options: {
      storySort: {
        order: [
          'Bienvenue',
          'Guides',
          ['Démarrer', 'Construire une démarche', 'Thème et jetons', 'Sécurité et données personnelles'],
          'Formulaires',
          [
            'Saisir du texte',
            ['Champ de texte', 'Zone de texte', 'Date', 'Identifiants'],
            'Faire choisir',
            ['Boutons radio', 'Cases à cocher', 'Case à cocher', 'Liste déroulante'],
            'Joindre des fichiers',
            'Organiser et envoyer',
            ['Groupe de champs', 'Bouton', 'Moteur de formulaire'],
            'Démarche complète',
          ],
          'Référentiels',
          ['Commune', 'Adresse', 'Pays', 'Département et région', 'Entreprise'],
          'Identité',
          ['Choix de connexion', 'Bouton de connexion', 'Identité'],
        ],
      },
    },
  },
};

export default preview;
