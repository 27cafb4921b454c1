// The catalogue works offline: every story runs on embedded data and the project's stand-in services
// (.storybook/demo-services.ts). Any request to another host than this machine is refused, and fails the
// story during which it was made.
import { afterEach, beforeAll, expect } from 'vitest';
import { commands } from 'vitest/browser';
import type {} from '../browser/helpers.js';

beforeAll(async () => {
  await commands.blockExternalRequests();
});

afterEach(async () => {
  expect(await commands.externalRequests(), 'requests that left 127.0.0.1').toEqual([]);
});
