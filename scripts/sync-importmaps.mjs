// Writes the shared import map (scripts/importmap.mjs) into every plain HTML example, so that the pages
// stay loadable without a build step. A test checks that each page's map equals the shared one.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IMPORT_MAP } from './importmap.mjs';

const examples = join(dirname(fileURLToPath(import.meta.url)), '../examples');
const json = JSON.stringify(IMPORT_MAP, null, 2)
  .split('\n')
  .map((line) => `      ${line}`)
  .join('\n');
for (const name of readdirSync(examples).filter((file) => file.endsWith('.html'))) {
  const file = join(examples, name);
  const page = readFileSync(file, 'utf8');
  const updated = page.replace(/(<script type="importmap">)[\s\S]*?(<\/script>)/, `$1\n${json}\n    $2`);
  if (updated !== page) {
    writeFileSync(file, updated);
    console.log(`import map updated: examples/${name}`);
  }
}
