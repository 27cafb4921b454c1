// The catalogue's shell: Socle's name, logo and colours (the default theme's tokens) instead of Storybook's.
import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming';
import { defaultTokens } from '../packages/core/src/tokens.js';

const primary = defaultTokens['color-primary'];

addons.setConfig({
  theme: create({
    base: 'light',
    brandTitle: 'Socle — catalogue des composants des collectivités',
    brandUrl: './?path=/docs/bienvenue--docs',
    brandImage: './socle-logo.svg',
    brandTarget: '_self',
    colorPrimary: primary,
    colorSecondary: primary,
    fontBase: defaultTokens['font-family'],
    appBg: '#f6f6f6',
    appContentBg: '#ffffff',
    appBorderColor: '#d6d6d6',
    textColor: '#1b1b1b',
    textMutedColor: '#3a3a3a',
    barSelectedColor: primary,
  }),
  sidebar: { showRoots: true },
});
