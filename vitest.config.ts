// Test projects: `node` for pure TypeScript and built-output checks, `browser` for components in the
// system's headless Chromium, `storybook` for every story of the catalogue (played, and checked by axe). Both run on the TypeScript sources through the `socle-source` condition.
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, requireChromium } from './scripts/chromium.mjs';
import { NODE_SOURCE_CONDITIONS, OPTIMIZED_DEPS, SOURCE_CONDITIONS } from './scripts/resolve.mjs';
import { apiMode, apiRequests, apiStart, apiStop } from './test/browser/api-commands.js';
import { axNode, blockExternalRequests, emulateForcedColors, externalRequests } from './test/browser/commands.js';
import { sessionRouteStandIn } from './test/browser/session-route.js';

// A factory, not a shared object: vitest refuses two projects holding the same browser config object.
function browserConfig() {
  return {
    enabled: true,
    headless: true,
    screenshotFailures: false,
    provider: playwright({
      launchOptions: { executablePath: requireChromium(), args: CHROMIUM_ARGS },
    }),
    instances: [{ browser: 'chromium' as const }],
    commands: { axNode, emulateForcedColors, apiStart, apiMode, apiRequests, apiStop, blockExternalRequests, externalRequests },
  };
}

export default defineConfig({
  resolve: { conditions: SOURCE_CONDITIONS },
  ssr: { resolve: { conditions: NODE_SOURCE_CONDITIONS } },
  optimizeDeps: { include: OPTIMIZED_DEPS },
  server: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/*/src/**/*.node.test.ts', 'test/node/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        plugins: [sessionRouteStandIn()],
        test: {
          name: 'browser',
          // Vue's full build, which compiles templates in the page (test/browser/vue.test.ts).
          alias: { vue: 'vue/dist/vue.esm-bundler.js' },
          include: ['packages/*/src/**/*.test.ts', 'test/browser/**/*.test.ts'],
          exclude: ['**/*.node.test.ts', '**/node_modules/**'],
          setupFiles: ['test/browser/setup.ts'],
          browser: browserConfig(),
          testTimeout: 20_000,
        },
      },
      {
        // Every story of the catalogue, rendered and played in Chromium, with its axe check.
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook', tags: { include: ['test'] } })],
        test: {
          name: 'storybook',
          // No story may reach the network, nor make Lit warn (test/storybook/setup.ts).
          setupFiles: ['test/storybook/setup.ts'],
          // The catalogue's settings and the axe check come from .storybook (applied by addon-vitest).
          browser: browserConfig(),
          testTimeout: 20_000,
        },
      },
    ],
  },
});
