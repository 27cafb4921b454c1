// Writes a generated file only when its text changes: a watcher (the catalogue's Storybook, a running
// `npm start`) then reloads nothing when a build regenerates the same manifests, types and wrappers.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Returns whether the file was written. */
export function writeIfChanged(path, text) {
  try {
    if (readFileSync(path, 'utf8') === text) return false;
  } catch {
    mkdirSync(dirname(path), { recursive: true });
  }
  writeFileSync(path, text);
  return true;
}
