// Catalogue-wide settings: component docs from the packages' custom-elements.json, axe with the WCAG 2.2
// A/AA tags on every story (a violation fails the story's test), French page.
import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview } from '@storybook/web-components-vite';
import core from '../packages/core/custom-elements.json';
import forms from '../packages/forms/custom-elements.json';
import referentiels from '../packages/referentiels/custom-elements.json';
import identity from '../packages/identity/custom-elements.json';
import { WCAG_TAGS } from '../test/wcag.js';
import { argTypesFor } from './arg-types.js';

const manifest = { schemaVersion: forms.schemaVersion, modules: [...core.modules, ...forms.modules, ...referentiels.modules, ...identity.modules] };
setCustomElementsManifest(manifest);
document.documentElement.lang = 'fr';

const preview: Preview = {
  parameters: {
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: WCAG_TAGS } },
    },
    controls: { expanded: true },
    // Every attribute in the table, even when a slot or a part has the same name (.storybook/arg-types.ts).
    docs: { extractArgTypes: (tagName: string) => argTypesFor(manifest, tagName) },
    options: { storySort: { order: ['Bienvenue', 'Guides', 'Formulaires', 'Référentiels', 'Identité'] } },
  },
  tags: ['autodocs'],
};

export default preview;
