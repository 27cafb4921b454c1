/**
 * French typography in every message catalogue: a narrow no-break space (U+202F) before ? ! : ; and » and
 * after «, so that no line ever begins with « ? » or « : », and « … » never breaks inside. And « Étape
 * suivante : vos enfants », lower case after the colon.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fr as core } from '../../packages/core/src/messages/fr.js';
import { validatorMessagesFr } from '../../packages/validators/src/messages.js';
import { messages as identity } from '../../packages/identity/src/messages.js';
import { addressMessages, companyMessages, messages as referentiels } from '../../packages/referentiels/src/shared/messages.js';
import { lowerFirst } from '../../packages/forms/src/step/step.js';

const forms = import.meta.glob<{ messages: { fr: Record<string, string> } }>('../../packages/forms/src/*/messages.ts', { eager: true });

const CATALOGUES: Record<string, Readonly<Record<string, string>>> = {
  '@socle/core': core,
  '@socle/validators': validatorMessagesFr,
  '@socle/identity': identity.fr,
  '@socle/referentiels': referentiels.fr,
  '@socle/referentiels (adresse)': addressMessages.fr,
  '@socle/referentiels (entreprise)': companyMessages.fr,
  ...Object.fromEntries(Object.entries(forms).map(([path, module]) => [`@socle/forms ${path.split('/').at(-2)!}`, module.messages.fr])),
};

/** The places where a line could break that French typography forbids. */
function faults(text: string): string[] {
  return [...text.matchAll(/[ \u00a0][?!:;»]|«[ \u00a0]/g)].map((match) => `« ${match[0]} » in « ${text} »`);
}

describe('French typography of the messages', () => {
  it('reads every catalogue (the forms’ ones found on disk)', () => {
    expect(Object.keys(CATALOGUES).length).toBeGreaterThanOrEqual(16);
  });

  it.each(Object.entries(CATALOGUES))('%s: a narrow no-break space before ? ! : ; » and after «', (_name, catalogue) => {
    expect(Object.values(catalogue).flatMap(faults)).toEqual([]);
  });

  it('the test finds what it must', () => {
    expect(faults('Vivez-vous en couple ?')).toHaveLength(1);
    expect(faults('Renseignez le champ « Nom »')).toHaveLength(2);
    expect(faults('Renseignez le champ «\u202fNom\u202f»')).toEqual([]);
  });

  it('« Étape suivante : vos enfants »: lower case after the colon, initialisms kept', () => {
    expect(lowerFirst('Vos enfants', 'fr')).toBe('vos enfants');
    expect(lowerFirst('Étape finale', 'fr')).toBe('étape finale');
    expect(lowerFirst('IBAN et paiement', 'fr')).toBe('IBAN et paiement');
    expect(lowerFirst('À propos', 'fr')).toBe('à propos');
  });
});

describe('French typography of the guides', () => {
  const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
  const guides = execFileSync('git', ['ls-files', '*.md', '*.mdx'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((file) => file && !file.startsWith('.changeset/'));

  /** The prose of a guide: outside code blocks, inline code, link targets, comments, and MDX code lines. */
  function prose(text: string, mdx: boolean): string[] {
    let fence = false;
    return text.split('\n').flatMap((line) => {
      if (line.trimStart().startsWith('```')) {
        fence = !fence;
        return [];
      }
      if (fence || (mdx && (/[{<]|=>|^import /.test(line)))) return [];
      return [line.replace(/`[^`]*`|\]\([^)]*\)|<!--.*?-->/g, 'x')];
    });
  }

  it.each(guides)('%s', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const bad = prose(text, file.endsWith('.mdx')).flatMap((line) => [...line.matchAll(/[ \u00a0][?!;:](?=[ \u00a0]|$)|[ \u00a0]»|«[ \u00a0]/g)].map(() => line.trim().slice(0, 80)));
    expect(bad).toEqual([]);
  });
});
