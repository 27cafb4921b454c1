// The generated data modules and the labelled query set are up to date with their sources.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('generated referential data', () => {
  it('match @etalab/decoupage-administratif and the country table', () => {
    expect(() => execFileSync(process.execPath, ['scripts/build-referentiels.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('the labelled queries match their source', () => {
    const before = readFileSync('test/data/communes-requetes.json', 'utf8');
    execFileSync(process.execPath, ['scripts/build-labelled-queries.mjs'], { stdio: 'pipe' });
    expect(readFileSync('test/data/communes-requetes.json', 'utf8')).toBe(before);
  });
});
