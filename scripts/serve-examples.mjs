// `npm run examples`: serves the plain HTML examples (built packages, no bundler) on 127.0.0.1.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT ?? 8000);
const server = await startStaticServer(root, () => ({}), port);
console.log(`Exemples : ${server.url}/examples/champ-texte.html (Ctrl+C pour arrêter)`);
