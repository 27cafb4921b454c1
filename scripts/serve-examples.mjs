// `npm run examples`: serves the plain HTML examples (built packages, no bundler) on 127.0.0.1, with a
// stand-in for the authority's back end that acknowledges the procedure's submission.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT ?? 8000);

const escape = (text) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]);

/** The back end's answer: what it received, listed as text. */
function acknowledge(path, body) {
  if (path !== '/examples/envoi') return { status: 404, body: 'Introuvable' };
  const rows = [...new URLSearchParams(body)]
    .map(([name, value]) => `<tr><th scope="row">${escape(name)}</th><td>${escape(value)}</td></tr>`)
    .join('\n');
  return {
    status: 200,
    body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande reçue</title>
<link rel="stylesheet" href="/examples/exemple.css"></head><body><main><h1>Demande reçue</h1>
<p>Voici ce que le serveur de la commune a reçu :</p><table>${rows}</table></main></body></html>`,
  };
}

const server = await startStaticServer(root, () => ({}), port, { post: acknowledge });
console.log(`Exemples :
  ${server.url}/examples/champ-texte.html  (un champ)
  ${server.url}/examples/demarche.html     (une démarche complète)
  ${server.url}/examples/une-balise.html   (une seule balise <script>, comme dans un CMS)
  ${server.url}/examples/chargement-a-la-demande.html  (l’autochargeur : seulement ce que la page utilise)
  ${server.url}/examples/script-classique.html        (un <script src> sans type="module", comme certains CMS)
Ctrl+C pour arrêter`);
