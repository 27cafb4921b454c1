/**
 * Angular's ahead-of-time compiler (ngc) on files written by a test, with strict templates: returns the
 * diagnostics' messages (none when it compiles). Used by test/node/angular.test.ts and the guides' test.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performCompilation, readConfiguration } from '@angular/compiler-cli';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

export interface AngularProject {
  /** Compiles `files` (name → source) and returns the diagnostics' messages. */
  compile(files: Record<string, string>): string[];
  close(): void;
}

export function angularProject(): AngularProject {
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  // Inside the repository: @angular/* resolve from its node_modules.
  const dir = mkdtempSync(join(root, 'node_modules/.cache/angular-'));
  return {
    compile(files) {
      const project = mkdtempSync(join(dir, 'project-'));
      const names = Object.entries(files).map(([name, source]) => {
        writeFileSync(join(project, name), source);
        return join(project, name);
      });
      const tsconfig = join(project, 'tsconfig.json');
      writeFileSync(
        tsconfig,
        JSON.stringify({
          compilerOptions: {
            strict: true,
            target: 'ES2022',
            module: 'ES2022',
            moduleResolution: 'bundler',
            lib: ['ES2022', 'DOM'],
            experimentalDecorators: true,
            skipLibCheck: true,
            types: [],
            rootDir: root,
            outDir: join(project, 'out'),
          },
          files: names,
          angularCompilerOptions: { strictTemplates: true, strictInjectionParameters: true, compilationMode: 'full' },
        }),
      );
      const config = readConfiguration(tsconfig);
      const { diagnostics } = performCompilation({ rootNames: config.rootNames, options: config.options });
      return diagnostics.map((diagnostic) => (typeof diagnostic.messageText === 'string' ? diagnostic.messageText : diagnostic.messageText.messageText));
    },
    close: () => rmSync(dir, { recursive: true, force: true }),
  };
}
