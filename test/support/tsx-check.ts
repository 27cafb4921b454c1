/**
 * Type-checks a React `.tsx` file as an application would (strict, React's JSX, Node's module resolution):
 * the diagnostics' messages, none when it compiles. The file must sit inside the repository's node_modules
 * so that `react` and the `@socle/*` packages resolve as they would for an application.
 */
import ts from 'typescript';

export function typeCheckTsx(file: string): string[] {
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    jsx: ts.JsxEmit.ReactJSX,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
    skipLibCheck: true,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}
