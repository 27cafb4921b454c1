// Finds the system Chromium for every tool that drives a browser (tests, benchmarks). No tool downloads
// its own browser: CHROME_PATH overrides, then the usual Debian and distribution names are tried.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export const INSTALL_HINT = 'sudo apt-get install -y chromium';

/** Flags that keep headless Chromium quiet on a closed network (no background connections). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The path of a Chromium binary, or undefined. */
export function findChromium(env = process.env) {
  if (env.CHROME_PATH) return isExecutable(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  const names = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of names) {
    for (const dir of dirs) {
      const file = join(dir, name);
      if (isExecutable(file)) return file;
    }
  }
  return undefined;
}

/** The path of Chromium, or an error that names the command installing it. */
export function requireChromium(env = process.env) {
  const found = findChromium(env);
  if (found) return found;
  const where = env.CHROME_PATH ? `CHROME_PATH (${env.CHROME_PATH}) n'est pas un exécutable. ` : '';
  throw new Error(
    `${where}Chromium est introuvable : les tests de navigateur en ont besoin. Installez-le avec :\n\n    ${INSTALL_HINT}\n\n` +
      `(ou indiquez un Chromium/Chrome existant avec CHROME_PATH=/chemin/vers/chromium)\n` +
      `Chromium was not found; install it with \`${INSTALL_HINT}\` or set CHROME_PATH.`,
  );
}

/** Launches the system Chromium, headless, through Playwright. */
export async function launchChromium(extraArgs = []) {
  const { chromium } = await import('playwright');
  return chromium.launch({ executablePath: requireChromium(), args: [...CHROMIUM_ARGS, ...extraArgs], headless: true });
}
