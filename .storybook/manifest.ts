// The four packages' custom-elements.json as one manifest: the catalogue's controls and its French
// component pages read every attribute, event, slot, part, custom property and state from it.
import core from '../packages/core/custom-elements.json';
import forms from '../packages/forms/custom-elements.json';
import referentiels from '../packages/referentiels/custom-elements.json';
import identity from '../packages/identity/custom-elements.json';
import type { Declaration, Manifest } from './arg-types.js';

export const manifest: Manifest & { schemaVersion: string } = {
  schemaVersion: forms.schemaVersion,
  modules: [...core.modules, ...forms.modules, ...referentiels.modules, ...identity.modules] as Manifest['modules'],
};

export function declarationOf(tagName: string): Declaration | undefined {
  return manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === tagName);
}

/**
 * A description written « français / English »: its two halves. The manifests' convention is one French
 * sentence, then ` / `, then its English summary (test/node/manifest.test.ts holds every description to it).
 */
export function halves(description: string | undefined): { fr: string; en: string } {
  const text = (description ?? '').replace(/\s*\n\s*/g, ' ').trim();
  const at = text.search(/\s\/\s(?=[A-Z`"'(])/);
  if (at < 0) return { fr: text, en: '' };
  return { fr: text.slice(0, at).trim(), en: text.slice(at).replace(/^\s\/\s/, '').trim() };
}
