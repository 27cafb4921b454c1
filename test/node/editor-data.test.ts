/**
 * Editor data generated from the manifests (scripts/build-manifests.mjs): every socle-* tag, with the attributes
 * it inherits, in VS Code's HTML custom data and in JetBrains' web-types, and both named by the package.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const PACKAGES = ['forms', 'referentiels', 'identity'];
const read = (pkg: string, file: string): unknown => JSON.parse(readFileSync(join('packages', pkg, file), 'utf8'));

interface Manifest {
  modules: { declarations?: { tagName?: string; customElement?: boolean }[] }[];
}

describe('editor data', () => {
  it.each(PACKAGES)('@socle/%s: every tag, with its inherited attributes, for VS Code and JetBrains', (pkg) => {
    const tags = (read(pkg, 'custom-elements.json') as Manifest)
      .modules.flatMap((module) => module.declarations ?? [])
      .map((declaration) => declaration.tagName)
      .filter((tag): tag is string => Boolean(tag));
    expect(tags.length).toBeGreaterThan(0);
    const vscode = read(pkg, 'vscode.html-custom-data.json') as { tags: { name: string; attributes?: { name: string }[] }[] };
    const webTypes = read(pkg, 'web-types.json') as { name: string; contributions: { html: { elements: { name: string }[] } } };
    expect(webTypes.name).toBe(`@socle/${pkg}`);
    for (const tag of tags) {
      expect(vscode.tags.map((entry) => entry.name), tag).toContain(tag);
      expect(webTypes.contributions.html.elements.map((entry) => entry.name), tag).toContain(tag);
    }
    const field = vscode.tags.find((entry) => entry.name === (pkg === 'forms' ? 'socle-email-field' : pkg === 'referentiels' ? 'socle-commune-field' : 'socle-connect-button'))!;
    if (pkg !== 'identity') expect(field.attributes?.map((attribute) => attribute.name)).toEqual(expect.arrayContaining(['name', 'label', 'hint', 'required']));
    const manifest = read(pkg, 'package.json') as { 'web-types'?: string; files: string[] };
    expect(manifest['web-types']).toBe('./web-types.json');
    expect(manifest.files).toEqual(expect.arrayContaining(['vscode.html-custom-data.json', 'web-types.json']));
  });
});
