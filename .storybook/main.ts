// The catalogue: every `*.stories.ts` of the packages and the French guides in docs/.
import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';
import { OPTIMIZED_DEPS, SOURCE_CONDITIONS } from '../scripts/resolve.mjs';
import { demoServices } from './demo-services.js';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../docs/**/*.mdx', '../docs/**/*.stories.ts', '../packages/*/src/**/*.stories.ts'],
  // Each component's page is the French MDX page of docs/catalogue/composants/, titled « Documentation ».
  docs: { defaultName: 'Documentation' },
  // Sample data files for the stories (a Base Adresse Locale), served at /donnees/.
  staticDirs: [{ from: '../docs/catalogue/donnees', to: '/donnees' }, { from: './public', to: '/' }],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false },
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      plugins: [demoServices()],
      resolve: { conditions: SOURCE_CONDITIONS },
      optimizeDeps: { include: OPTIMIZED_DEPS },
      server: { host: '127.0.0.1' },
      // The catalogue's preview holds every story, the docs blocks and axe (≈ 2.7 MB): a catalogue, not a page.
      build: { chunkSizeWarningLimit: 3000 },
    }),
};

export default config;
