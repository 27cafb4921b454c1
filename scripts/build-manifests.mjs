// Writes custom-elements.json in every package (the analyzer runs from each package's folder), then
// copies into each element the attributes, members, events and states it inherits (from @socle/core and
// through every level of its own package), so a package's manifest describes its elements on its own.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, posix } from 'node:path';
import { getWebTypesData } from 'custom-element-jet-brains-integration';
import { getVsCodeCssCustomData, getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { writeReactWrappers } from './react-wrappers.mjs';
import { writeIfChanged } from './write-if-changed.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGES = ['core', 'forms', 'referentiels', 'identity'];
const cli = join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
const config = join(root, 'custom-elements-manifest.config.mjs');

/** The analyzer's and the JSX generator's raw output, before the finished files are written into the packages. */
const SCRATCH = 'node_modules/.cache/socle-manifests';
const manifests = new Map();
for (const name of PACKAGES) {
  const cwd = join(root, 'packages', name);
  // The analyzer's raw output goes to a scratch folder (relative to the package: the analyzer joins it to its
  // folder); only the finished manifest, if it changed, is written into the package.
  const scratch = join(SCRATCH, name);
  execFileSync(process.execPath, [cli, 'analyze', '--config', config, '--outdir', join('../..', scratch)], { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  manifests.set(name, JSON.parse(readFileSync(join(root, scratch, 'custom-elements.json'), 'utf8')));
}

// Every class declared in any package, by name, with the package it comes from.
const classes = new Map();
for (const [name, manifest] of manifests) {
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind === 'class') classes.set(declaration.name, { declaration, pkg: `@socle/${name}`, path: module.path });
    }
  }
}

const KEYS = ['attributes', 'members', 'events', 'cssStates', 'cssProperties', 'cssParts', 'slots'];
function inherit(declaration, seen = new Set()) {
  const parentName = declaration.superclass?.name;
  const parent = parentName && classes.get(parentName);
  if (!parent || seen.has(parentName)) return;
  seen.add(parentName);
  inherit(parent.declaration, seen);
  for (const key of KEYS) {
    const own = declaration[key] ?? [];
    const names = new Set(own.map((item) => item.name));
    const inherited = (parent.declaration[key] ?? [])
      .filter((item) => !names.has(item.name))
      .map((item) => ({ ...item, inheritedFrom: item.inheritedFrom ?? { name: parentName, package: parent.pkg } }));
    if (own.length || inherited.length) declaration[key] = [...own, ...inherited];
  }
}

/** `src/button/button.ts` → `dist/button/button.js`: the manifest names the files a package ships and runs. */
const shipped = (path) => (typeof path === 'string' ? path.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js') : path);
function pointToDist(node) {
  if (Array.isArray(node)) node.forEach(pointToDist);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = shipped(value);
      else pointToDist(value);
    }
  }
}

for (const [name, manifest] of manifests) {
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      // Every class with a parent: the analyzer copies members across one level of a package only, so a
      // field built on another field (SocleEmailField → SocleIdentifierField → SocleTextField) needs the rest.
      if (declaration.kind === 'class' && declaration.superclass) inherit(declaration);
    }
  }
  // Re-exports name their module relative to the exporting one (`./x.js` from `src/index.ts`): from the package's root instead.
  for (const module of manifest.modules) {
    for (const exported of module.exports ?? []) {
      const target = exported.declaration?.module;
      if (target?.startsWith('.')) exported.declaration.module = posix.join(posix.dirname(module.path), target);
    }
  }
  // A module of types only (`communes/types.ts`) declares and exports nothing the analyzer sees, and ships no
  // `.js` (the build leaves its empty chunk out): not listed, nor the type re-exports that name it.
  const stem = (path) => path?.replace(/\.[jt]s$/, '');
  const typesOnly = new Set(manifest.modules.filter((module) => !module.declarations?.length && !module.exports?.length).map((module) => stem(module.path)));
  manifest.modules = manifest.modules.filter((module) => !typesOnly.has(stem(module.path)));
  for (const module of manifest.modules) {
    if (module.exports) module.exports = module.exports.filter((exported) => !typesOnly.has(stem(exported.declaration?.module)));
  }
  pointToDist(manifest);
  // The analyzer writes 2.0.0; the manifests use 2.1.0's additions (`cssStates`), so they declare that schema.
  manifest.schemaVersion = '2.1.0';
  const dir = join(root, 'packages', name);
  writeIfChanged(join(dir, 'custom-elements.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // Editor data, from the manifest with what each element inherits: completion and documentation of the
  // socle-* tags and their attributes in VS Code (html/css custom data) and JetBrains IDEs (web-types).
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  writeIfChanged(join(dir, 'vscode.html-custom-data.json'), `${getVsCodeHtmlCustomData(manifest, {})}\n`);
  writeIfChanged(join(dir, 'vscode.css-custom-data.json'), `${getVsCodeCssCustomData(manifest, {})}\n`);
  // The generator names the package it is run from (the repository's root): the package's own name instead.
  const webTypes = { ...JSON.parse(getWebTypesData(manifest, {})), name: pkg.name, version: pkg.version };
  writeIfChanged(join(dir, 'web-types.json'), `${JSON.stringify(webTypes, null, 2)}\n`);
  // JSX types (React's IntrinsicElements): every tag with its typed properties, from the built declarations.
  if (name !== 'core') {
    const scratch = join(root, SCRATCH, name);
    generateJsxTypes(manifest, {
      outdir: scratch,
      fileName: 'jsx.d.ts',
      componentTypePath: (_name, _tag, modulePath) => `./${modulePath}`,
    });
    writeIfChanged(join(dir, 'jsx.d.ts'), readFileSync(join(scratch, 'jsx.d.ts'), 'utf8'));
  }
}
const wrappers = writeReactWrappers(root, manifests);
console.log(`@socle/react: ${wrappers} wrappers`);
console.log(`custom-elements.json and editor data up to date for ${PACKAGES.map((p) => `@socle/${p}`).join(', ')}`);
