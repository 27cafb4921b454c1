// `npm start`: everything a newcomer looks at, on 127.0.0.1 and embedded data only — the Storybook catalogue,
// the plain HTML examples, and the identity demo (an example service and the local test provider it signs
// people in with). Prints every URL; Ctrl+C stops them all.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' };
const children = [
  spawn(process.execPath, [join(root, 'node_modules/storybook/dist/bin/dispatcher.js'), 'dev', '--port', '6006', '--host', '127.0.0.1', '--no-open', '--ci', '--no-version-updates', '--quiet'], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  }),
  spawn(process.execPath, [join(root, 'scripts/serve-examples.mjs')], { cwd: root, env: { ...env, PORT: process.env.EXAMPLES_PORT ?? '8000' }, stdio: ['ignore', 'ignore', 'inherit'] }),
];

/** @type {typeof import('../examples/identite/service.ts')} */
const { startIdentityDemo } = await tsImport('../examples/identite/service.ts', import.meta.url);
const demo = await startIdentityDemo({
  servicePort: Number(process.env.DEMO_PORT ?? 8100),
  providerPort: Number(process.env.PROVIDER_PORT ?? 8110),
});
const examples = `http://127.0.0.1:${process.env.EXAMPLES_PORT ?? '8000'}/examples`;

console.log(`
Socle — tout tourne sur cette machine, sans réseau :
  Catalogue (Storybook)            http://127.0.0.1:6006   (prêt en quelques secondes)
  Exemples HTML                    ${examples}/demarche.html · ${examples}/une-balise.html · ${examples}/champ-texte.html
                                   ${examples}/chargement-a-la-demande.html · ${examples}/script-classique.html
  Démarche complète (une balise)   ${demo.serviceUrl}/inscription   (docs/examples/inscription-restauration-scolaire.html)
  Démo identité (service)          ${demo.serviceUrl}/
  Fournisseur d’identité de test   ${demo.provider.issuer}/.well-known/openid-configuration  (jamais en production)
Ctrl+C pour tout arrêter.`);

function stop() {
  for (const child of children) child.kill('SIGTERM');
  void demo.close().then(() => process.exit(0));
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) {
  child.on('exit', (code) => {
    if (code && code !== 0) {
      console.error(`Un serveur s’est arrêté (code ${code}) : arrêt de tout.`);
      stop();
    }
  });
}
