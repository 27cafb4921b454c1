// One build for every package: unbundled ESM (one file per module) with declarations. Dependencies stay
// external, so consumers' bundlers deduplicate Lit and share @socle/core between packages.
import { readFileSync, readdirSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/** Packages in dependency order: a package is built after the ones it imports. */
const PACKAGES = ['validators', 'core', 'forms', 'referentiels', 'identity', 'identity-server'];

function entries(dir) {
  return readdirSync(`${dir}/src`, { recursive: true })
    .map((file) => `src/${file.replaceAll('\\', '/')}`)
    .filter((file) => file.endsWith('.ts'))
    .filter((file) => !/\.(test|stories|test-d)\.ts$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => `${dir}/${file}`);
}

/** A circular import fails the build; other warnings are printed. */
function failOnCycles(warning, warn) {
  if (warning.code === 'CIRCULAR_DEPENDENCY') throw new Error(warning.message);
  warn(warning);
}

const packages = PACKAGES.map((name) => {
  const dir = `packages/${name}`;
  const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
  const deps = Object.keys(pkg.dependencies ?? {});
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
const elements = {
  input: 'packages/elements/src/socle.ts',
  plugins: [
    typescript({ tsconfig: 'packages/elements/tsconfig.build.json', outDir: 'packages/elements/dist' }),
    // 'production' explicitly: otherwise node-resolve adds 'development' (Lit's dev build) when NODE_ENV is set.
    nodeResolve({ browser: true, exportConditions: ['production'] }),
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

export default [...packages, elements];
