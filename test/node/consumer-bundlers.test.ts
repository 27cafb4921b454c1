/**
 * Tree-shaking as an application sees it, with three consumer bundlers — rollup, esbuild and Vite — on the
 * built packages (no `socle-source` condition): importing only `@socle/forms/text-field` brings in the text
 * field and what it is made of, and no other component. And what a Vite user sees when a page uses the
 * commune field: the embedded data in chunks of their own, loaded on demand, none large enough for Vite's
 * « chunks larger than 500 kB » warning.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { type InlineConfig, type Rollup, build as viteBuild, createLogger } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleChunks } from '../../scripts/bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const FORMS_DIST = join(root, 'packages/forms/dist');
// Inside the repository, so that the bundlers resolve @socle/* from its node_modules as an application would.
mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
const work = mkdtempSync(join(root, 'node_modules/.cache/consumer-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The folders of @socle/forms/dist that hold a component (each has its `define.js`). */
const COMPONENTS = readdirSync(FORMS_DIST, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && readdirSync(join(FORMS_DIST, entry.name)).includes('define.js'))
  .map((entry) => entry.name);

/** The components of @socle/forms a bundle's modules come from. */
function componentsIn(modules: readonly string[]): string[] {
  const found = new Set<string>();
  for (const id of modules) {
    const path = relative(FORMS_DIST, id.replace(/^\0/, '').split('?')[0]!);
    if (path.startsWith('..')) continue;
    const [folder] = path.split(sep);
    if (folder && COMPONENTS.includes(folder)) found.add(folder);
  }
  return [...found].sort();
}

function entry(name: string, code: string): string {
  const file = join(work, `${name}.js`);
  writeFileSync(file, code);
  return file;
}

/** Whether the code registers `tag` (quotes of any kind: minifiers write template literals). */
const registers = (text: string, tag: string) => new RegExp(`customElements\\.define\\(\\s*['"\`]${tag}['"\`]`).test(text);

async function withEsbuild(code: string, external: string[] = []): Promise<{ modules: string[]; text: string }> {
  const result = await esbuild({
    external,
    entryPoints: [entry('esbuild-entry', code)],
    bundle: true,
    format: 'esm',
    splitting: true,
    outdir: join(work, 'esbuild-out'),
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  // The modules with code in the output (the metafile's inputs also list the modules read, then shaken off).
  const kept = Object.values(result.metafile.outputs).flatMap((output) => Object.entries(output.inputs).filter(([, use]) => use.bytesInOutput > 0).map(([input]) => join(root, input)));
  return { modules: kept, text: result.outputFiles.map((file) => file.text).join('\n') };
}

async function withVite(code: string, extra: InlineConfig = {}): Promise<{ modules: string[]; text: string; warnings: string[]; chunks: Rollup.OutputChunk[] }> {
  const warnings: string[] = [];
  const logger = createLogger('warn', { allowClearScreen: false });
  logger.warn = (message) => void warnings.push(message);
  logger.warnOnce = (message) => void warnings.push(message);
  const input = entry('vite-entry', code);
  // An application's production build: vitest's NODE_ENV=test would make Vite pick Lit's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  // Written to disk: Vite's size report (and its warning) runs when the files are written.
  const output = await viteBuild({
    root: work,
    configFile: false,
    logLevel: 'warn',
    customLogger: logger,
    ...extra,
    build: { outDir: mkdtempSync(join(work, 'vite-out-')), rollupOptions: { input }, ...extra.build },
  }).finally(() => {
    process.env.NODE_ENV = nodeEnv;
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => ('output' in result ? result.output : [])).filter((item): item is Rollup.OutputChunk => item.type === 'chunk');
  return { modules: chunks.flatMap((chunk) => chunk.moduleIds), text: chunks.map((chunk) => chunk.code).join('\n'), warnings, chunks };
}

describe('importing only @socle/forms/text-field', () => {
  const code = `import '@socle/forms/text-field';`;

  it('the components found by this test are the kit’s', () => {
    expect(COMPONENTS).toEqual(expect.arrayContaining(['text-field', 'select', 'checkbox', 'radio-group', 'textarea', 'button', 'form', 'date-field']));
  });

  it('rollup: the text field only', async () => {
    const chunks = await bundleChunks(code);
    expect(componentsIn(chunks.flatMap((chunk) => chunk.modules))).toEqual(['text-field']);
    expect(registers(chunks.map((chunk) => chunk.code).join('\n'), 'socle-text-field')).toBe(true);
  });

  it('esbuild: the text field only', async () => {
    const { modules, text } = await withEsbuild(code);
    expect(componentsIn(modules)).toEqual(['text-field']);
    expect(registers(text, 'socle-text-field')).toBe(true);
    expect(registers(text, 'socle-(select|checkbox|textarea|radio-group|button|form)')).toBe(false);
  });

  it('Vite: the text field only, and no warning', async () => {
    const { modules, text, warnings } = await withVite(code);
    expect(componentsIn(modules)).toEqual(['text-field']);
    expect(registers(text, 'socle-text-field')).toBe(true);
    expect(text.includes('Lit is in dev mode')).toBe(false);
    expect(warnings).toEqual([]);
  });
});

describe('@socle/react: importing one component', () => {
  it('esbuild keeps that wrapper and its element only', async () => {
    const { modules, text } = await withEsbuild(`import { SocleTextField } from '@socle/react'; console.log(SocleTextField);`, ['react']);
    expect(componentsIn(modules)).toEqual(['text-field']);
    expect(registers(text, 'socle-text-field')).toBe(true);
    expect(registers(text, 'socle-(select|checkbox|commune-field|connect-button|form)')).toBe(false);
  });
});

describe('a Vite application with the commune field', () => {
  const code = `import '@socle/referentiels/commune-field';`;

  it('keeps the embedded data in chunks loaded on demand, outside the entry, and Vite warns of nothing', async () => {
    const { chunks, warnings } = await withVite(code);
    const main = chunks.find((chunk) => chunk.isEntry)!;
    expect(registers(main.code, 'socle-commune-field')).toBe(true);
    expect(main.code.includes('Abergement-Clémenciat')).toBe(false);
    const data = chunks.filter((chunk) => !chunk.isEntry && /Abergement-Clémenciat|Zuydcoote/.test(chunk.code));
    expect(data).toHaveLength(2);
    expect(warnings).toEqual([]);
  });
});
