// One build for every package: unbundled ESM (one file per module) with declarations. Dependencies stay
// external, so consumers' bundlers deduplicate Lit and share @socle/core between packages.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { dts } from 'rollup-plugin-dts';

/** Packages in dependency order: a package is built after the ones it imports. */
const PACKAGES = ['validators', 'core', 'forms', 'referentiels', 'identity', 'react', 'identity-server'];

function entries(dir) {
  return readdirSync(`${dir}/src`, { recursive: true })
    .map((file) => `src/${file.replaceAll('\\', '/')}`)
    .filter((file) => file.endsWith('.ts'))
    .filter((file) => !/\.(test|stories|test-d)\.ts$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => `${dir}/${file}`);
}

/**
 * A circular import fails the build; other warnings are printed, except the empty chunks of type-only modules
 * (`communes/types.ts`), which `dropTypeOnlyChunks` leaves out of the package (their declarations stay).
 */
function failOnCycles(warning, warn) {
  if (warning.code === 'CIRCULAR_DEPENDENCY') throw new Error(warning.message);
  if (warning.code === 'EMPTY_BUNDLE') return;
  warn(warning);
}

/** A module of types only gives an empty chunk: not written (nothing imports it at run time). */
function dropTypeOnlyChunks() {
  return {
    name: 'drop-type-only-chunks',
    generateBundle(_options, bundle) {
      for (const [file, output] of Object.entries(bundle)) {
        if (output.type !== 'chunk' || output.code.replace(/\/\/# sourceMappingURL=\S+/, '').trim() !== '') continue;
        delete bundle[file];
        delete bundle[`${file}.map`];
      }
    },
  };
}

/**
 * `socle.css`: the look of HTML-first markup before (and without) the script, the same rules the
 * controls adopt once they run; written from the built module, beside it and beside `socle.js`.
 */
function htmlFirstStylesheet() {
  return {
    name: 'socle-css',
    async writeBundle() {
      const { htmlFirstCss } = await import(`${pathToFileURL('packages/core/dist/html-first.styles.js').href}?${Date.now()}`);
      const css = `/* Socle — styles du balisage « HTML d’abord » (avant et sans le script). */\n${htmlFirstCss.trim()}\n`;
      for (const dir of ['packages/core/dist', 'packages/elements/dist']) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(`${dir}/socle.css`, css);
      }
    },
  };
}

/**
 * The generated data modules ship without source maps: their sources (`src/data`, the same data as
 * TypeScript) are not published, and a map pointing to a missing file misleads more than it helps.
 */
function noDataSourceMaps(dir, isData = () => true) {
  return {
    name: 'no-data-source-maps',
    writeBundle() {
      for (const file of readdirSync(dir).filter(isData)) {
        if (file.endsWith('.js.map')) rmSync(`${dir}/${file}`);
        else if (file.endsWith('.js')) {
          const code = readFileSync(`${dir}/${file}`, 'utf8');
          writeFileSync(`${dir}/${file}`, code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'));
        }
      }
    },
  };
}

const packages = PACKAGES.map((name) => {
  const dir = `packages/${name}`;
  // A module moved or removed must not stay behind in dist and be published.
  rmSync(`${dir}/dist`, { recursive: true, force: true });
  const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
  const deps = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
  return {
    input: entries(dir),
    // Node's built-in modules (the server package) and the package's dependencies stay imports.
    external: (id) => id.startsWith('node:') || deps.some((dep) => id === dep || id.startsWith(`${dep}/`)),
    plugins: [
      typescript({
        tsconfig: `${dir}/tsconfig.build.json`,
        outDir: `${dir}/dist`,
        declarationDir: `${dir}/dist`,
        noEmitOnError: true,
      }),
      ...(name === 'core' ? [htmlFirstStylesheet()] : []),
      ...(name === 'referentiels' ? [noDataSourceMaps(`${dir}/dist/data`)] : []),
      dropTypeOnlyChunks(),
    ],
    output: {
      dir: `${dir}/dist`,
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: `${dir}/src`,
      sourcemap: true,
    },
    onwarn: failOnCycles,
  };
});

/**
 * @socle/elements: everything in one file for a `<script type="module">` tag, Lit inside, from the packages
 * built just before (their `dist`). The embedded referentials stay separate chunks beside it, in `chunks/`,
 * loaded on first use, so the tag costs a page only the components.
 */
// Chunk names carry a hash: last build's files would otherwise stay beside the new ones and be published.
for (const dir of ['socle.js', 'socle.js.map', 'chunks', 'autoload']) rmSync(`packages/elements/dist/${dir}`, { recursive: true, force: true });

const elements = {
  input: 'packages/elements/src/socle.ts',
  // A lazy chunk (the commune search code) imports the helpers it shares from socle.js itself, which may
  // then export a few more names, rather than socle.js becoming a facade over one big shared chunk.
  preserveEntrySignatures: 'allow-extension',
  plugins: [
    typescript({ tsconfig: 'packages/elements/tsconfig.build.json', outDir: 'packages/elements/dist' }),
    // 'production' explicitly: otherwise node-resolve adds 'development' (Lit's dev build) when NODE_ENV is set.
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    // The data chunks (a string each) carry no map either: half a megabyte each of nothing to debug.
    noDataSourceMaps('packages/elements/dist/chunks', (file) => /^(communes-[12]|epci|pays|territoires)-[\w-]{8}\.js(\.map)?$/.test(file)),
  ],
  output: {
    dir: 'packages/elements/dist',
    format: 'es',
    entryFileNames: 'socle.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
    plugins: [terser({ format: { comments: false } })],
  },
  onwarn: failOnCycles,
};

/**
 * `socle-autoloader.js` and its per-component files (`autoload/`): a page fetches the autoloader, then only
 * the components it uses; Lit and @socle/core are one shared file. `socle-loader.js` (a classic script) loads
 * it for CMSs that cannot print `type="module"`.
 */
/**
 * The autoloader's look-ups import the embedded data from socle.js's own files (`chunks/`, built just before):
 * the package holds one copy of the communes, not two, and a site that uses both caches them once.
 */
function dataFromChunks() {
  const dir = resolve('packages/elements/dist/chunks');
  return {
    name: 'socle-data-from-chunks',
    async resolveId(source, importer) {
      if (!importer || !source.includes('/data/')) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      const name = /referentiels\/dist\/data\/([\w-]+)\.js$/.exec(resolved?.id ?? '')?.[1];
      if (!name) return null;
      const file = readdirSync(dir).find((candidate) => candidate.startsWith(`${name}-`) && candidate.endsWith('.js') && candidate.length === name.length + 12);
      // A data module that socle.js bundles in (the vintage) is bundled here too.
      if (!file) return null;
      // Written as it is: every look-up's file is in autoload/, beside chunks/, wherever dist/ is copied.
      return { id: `../chunks/${file}`, external: 'absolute' };
    },
  };
}

const autoloader = {
  input: 'packages/elements/src/autoloader.ts',
  plugins: [dataFromChunks(), ...elements.plugins],
  output: {
    dir: 'packages/elements/dist',
    format: 'es',
    entryFileNames: 'socle-autoloader.js',
    chunkFileNames: 'autoload/[name]-[hash].js',
    sourcemap: true,
    // Lit and @socle/core in one shared file, but for the HTML-first styles: a chunk loaded by the first such control.
    manualChunks: (id) =>
      /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\/|packages\/core\/dist\//.test(id) && !id.includes('html-first.styles')
        ? 'socle-commun'
        : undefined,
    plugins: [terser({ format: { comments: false } })],
  },
  onwarn: failOnCycles,
};

const loader = {
  input: 'packages/elements/src/loader.ts',
  plugins: [typescript({ tsconfig: 'packages/elements/tsconfig.build.json', outDir: 'packages/elements/dist' })],
  output: { file: 'packages/elements/dist/socle-loader.js', format: 'iife', sourcemap: true, plugins: [terser({ format: { comments: false } })] },
  onwarn: failOnCycles,
};

/**
 * `socle.d.ts`: the types of everything `socle.js` exports, in one self-contained file (Lit's types inlined, as
 * its code is), so that a page script written in TypeScript type-checks against the tag it loads.
 */
const elementsTypes = {
  input: 'packages/elements/src/socle.ts',
  plugins: [dts({ respectExternal: true, tsconfig: 'packages/elements/tsconfig.build.json' })],
  output: { file: 'packages/elements/dist/socle.d.ts', format: 'es' },
  onwarn: failOnCycles,
};

export default [...packages, elements, elementsTypes, autoloader, loader];
