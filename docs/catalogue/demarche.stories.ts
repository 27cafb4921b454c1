/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
// The very page of examples/demarche.html: one source for the catalogue and the plain-HTML example. It uses
// @socle/forms and @socle/referentiels, so it lives here, beside the guides, rather than in one package.
import page from '../../examples/demarche.html?raw';
import '@socle/forms/define';
import '@socle/referentiels/commune-field';

/** The `<main>` of the example page, parsed (DOMParser runs no script) and adopted into the story. */
function procedure(): HTMLElement {
  const main = new DOMParser().parseFromString(page, 'text/html').querySelector('main');
  const container = document.createElement('div');
  if (main) container.append(...Array.from(main.childNodes, (node) => document.importNode(node, true)));
  return container;
}

const meta: Meta = {
  title: 'Formulaires/Démarche complète',
  parameters: {
    docs: {
      description: {
        component:
          'Une démarche entière — inscription à la restauration scolaire — écrite uniquement en HTML déclaratif, sans script ' +
          'propre : quatre étapes, la commune choisie dans les données embarquées, des enfants à ajouter (`<socle-repeat>`), des questions qui apparaissent selon les réponses ' +
          '(`show-when`), un brouillon gardé sur l’appareil (`draft`) et l’étape « Vérifier vos réponses ». C’est la page ' +
          '`examples/demarche.html` (voir « Construire une démarche »). / A whole procedure in declarative HTML.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

export const InscriptionCantine: Story = {
  name: 'Inscription à la restauration scolaire',
  render: () => procedure(),
  play: async ({ canvasElement }) => {
    const engine = canvasElement.querySelector('socle-form')!;
    const first = canvasElement.querySelector('socle-step')!;
    await waitFor(() => expect(first.querySelector('h2')?.textContent).toContain('Étape 1 sur 4'));
    // It opens as a person finds it: on the first step, with no error.
    await expect(engine.shadowRoot!.querySelector('[part="error-summary"]')).toBeNull();
  },
};

export const EtapeIncomplete: Story = {
  name: 'Inscription : « Continuer » sur une étape incomplète',
  render: () => procedure(),
  play: async ({ canvasElement }) => {
    const engine = canvasElement.querySelector('socle-form')!;
    const first = canvasElement.querySelector('socle-step')!;
    await waitFor(() => expect(first.querySelector('h2')?.textContent).toContain('Étape 1 sur 4'));
    const next = Array.from(first.shadowRoot!.querySelectorAll('button')).find((button) => button.textContent.trim() === 'Continuer')!;
    await userEvent.click(next);
    // Only the first step's errors are listed.
    await waitFor(() => expect(engine.shadowRoot!.querySelectorAll('[part="error-summary"] a')).toHaveLength(5));
  },
};
