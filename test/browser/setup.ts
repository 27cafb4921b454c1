/** Browser-project setup: each test starts from an empty page, in French, with no message overrides. */
import { fixtureCleanup } from '@open-wc/testing-helpers/pure';
import { resetMessages } from '@socle/core';
import { afterEach, beforeEach } from 'vitest';

beforeEach(() => {
  document.documentElement.lang = 'fr';
});

afterEach(() => {
  fixtureCleanup();
  resetMessages();
});
