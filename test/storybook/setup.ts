// Every story of the catalogue, as a test:
// - offline: it runs on embedded data and the project's stand-in services (.storybook/demo-services.ts); any
//   request to another host than this machine is refused, and fails the story during which it was made;
// - quiet: Lit's development build warns when an element schedules a second render from inside the first
//   ("change-in-update"); such a warning fails the story too.
import { afterEach, beforeAll, expect } from 'vitest';
import { commands } from 'vitest/browser';
import type {} from '../browser/helpers.js';

const litWarnings: string[] = [];
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  const text = args.map(String).join(' ');
  if (text.includes('lit.dev/msg/') && !text.includes('lit.dev/msg/dev-mode')) litWarnings.push(text.slice(0, 160));
  warn(...args);
};

beforeAll(async () => {
  await commands.blockExternalRequests();
});

afterEach(async () => {
  expect(await commands.externalRequests(), 'requests that left 127.0.0.1').toEqual([]);
  expect(litWarnings.splice(0), 'Lit development warnings').toEqual([]);
});
