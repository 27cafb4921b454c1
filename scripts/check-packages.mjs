// Checks every published package as a registry would receive it: publint --strict, Are the Types Wrong
// (ESM only), and what `npm publish --dry-run` would send — README and licence present, every export target and every source a
// map points to inside the tarball, caret ranges between Socle packages. Exits non-zero on any problem.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const PACKAGES = ['validators', 'core', 'forms', 'referentiels', 'identity', 'react', 'identity-server', 'elements'];
const problems = [];

/** Every string an `exports` entry points to, through nested conditions. */
function targets(value) {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(targets);
  return [];
}

for (const name of PACKAGES) {
  const dir = join('packages', name);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const say = (text) => problems.push(`${pkg.name}: ${text}`);

  const { messages } = await publint({ pkgDir: dir, strict: true, pack: 'npm' });
  for (const message of messages) say(`publint ${message.type}: ${formatMessage(message, pkg) ?? message.code}`);

  // What `npm publish` would send (dry run: nothing leaves the machine).
  const packed = Object.values(JSON.parse(execFileSync('npm', ['publish', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })))[0];
  if (packed?.name !== pkg.name) say('npm publish --dry-run did not describe the package');
  const files = new Set(packed.files.map((file) => file.path));
  for (const required of ['README.md', 'LICENSE', 'package.json']) if (!files.has(required)) say(`${required} is not packed`);
  for (const field of ['description', 'keywords', 'license']) if (!pkg[field]) say(`no "${field}"`);
  for (const target of targets(pkg.exports)) {
    if (!target.includes('*') && !files.has(normalize(target))) say(`export target ${target} is not packed`);
  }
  for (const [dep, range] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies, ...pkg.peerDependencies })) {
    if (dep.startsWith('@socle/') && !range.startsWith('^')) say(`${dep} is pinned to ${range}: use a caret range`);
  }
  for (const file of files) {
    if (!file.endsWith('.js.map')) continue;
    const map = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    for (const [index, source] of (map.sources ?? []).entries()) {
      const path = normalize(join(dirname(file), source));
      // A dependency bundled in (Lit, in @socle/elements) has its source inside the map.
      if (!files.has(path) && !map.sourcesContent?.[index]) say(`${file} points to ${source}, which is not packed`);
    }
  }

  // Are the Types Wrong: ESM-only packages. Their CSS and manifests are not modules, and the autoloader and the
  // classic loader are scripts for a page (they export nothing).
  const exclude = Object.keys(pkg.exports ?? {}).filter((key) => (/\.(css|json)$/.test(key) && key !== './package.json') || /loader\.js$/.test(key));
  try {
    execFileSync('npx', ['attw', '--pack', '.', '--profile', 'esm-only', '--format', 'ascii', ...(exclude.length ? ['--exclude-entrypoints', ...exclude] : [])], {
      cwd: dir,
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (error) {
    say(`attw:\n${String(error.stdout ?? error)}`);
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`Paquets vérifiés (publint --strict, attw, contenu du paquet) : ${PACKAGES.length}.`);
