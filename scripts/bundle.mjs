// Bundles a consumer's entry module the way an application bundler would, from the built packages, and
// measures it. Used by the bundling tests, the size budgets and the benchmarks.
import { brotliCompressSync, constants } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';

const ENTRY = '\0consumer-entry';

/** The bundled (optionally minified) code of `code`, with every dependency inlined. */
export async function bundle(code, { minify = false } = {}) {
  return (await bundleChunks(code, { minify }))[0].code;
}

/** Every chunk of the bundle of `code`: the entry first, then those loaded by dynamic `import()`. */
export async function bundleChunks(code, { minify = false } = {}) {
  const build = await rollup({
    input: ENTRY,
    plugins: [
      { name: 'consumer-entry', resolveId: (id) => (id === ENTRY ? id : null), load: (id) => (id === ENTRY ? code : null) },
      // 'production' explicitly: otherwise node-resolve adds 'development' whenever NODE_ENV is set (vitest sets it).
      nodeResolve({ browser: true, exportConditions: ['production'] }),
    ],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es', plugins: minify ? [terser({ format: { comments: false } })] : [] });
  await build.close();
  return output
    .filter((item) => item.type === 'chunk')
    .map((chunk) => ({ fileName: chunk.fileName, isEntry: chunk.isEntry, code: chunk.code, modules: Object.keys(chunk.modules) }));
}

/** Brotli-compressed size in bytes, at the highest quality (as servers precompress static files). */
export function brotliSize(text) {
  return brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

/** Minified and brotli size of the bundle of `code`. */
export async function bundleSize(code) {
  const minified = await bundle(code, { minify: true });
  return { minified: Buffer.byteLength(minified), brotli: brotliSize(minified) };
}
