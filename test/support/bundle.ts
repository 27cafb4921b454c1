/** Bundles a consumer's entry module the way an application bundler would, from the built packages. */
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup, type Plugin } from 'rollup';

const ENTRY = '\0consumer-entry';

function virtualEntry(code: string): Plugin {
  return {
    name: 'consumer-entry',
    resolveId: (id) => (id === ENTRY ? id : null),
    load: (id) => (id === ENTRY ? code : null),
  };
}

/** The bundled (and optionally minified) code of `code`, with every dependency inlined. */
export async function bundle(code: string, { minify = false } = {}): Promise<string> {
  const build = await rollup({
    input: ENTRY,
    plugins: [virtualEntry(code), nodeResolve({ browser: true })],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es', plugins: minify ? [terser({ format: { comments: false } })] : [] });
  await build.close();
  return output[0].code;
}
