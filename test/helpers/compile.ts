/**
 * The TypeScript compiler in this process on planted files held in memory (never written), under a
 * layer's tsconfig: what `tsc -p <config>` would say of them. Shared by the layer and contract tests.
 */
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Where planted file `i` is (never written: the compiler host below serves it from memory). */
const planted = (i: number): string => join(ROOT, `__planted_${i}__.ts`);

/** Parsed lib and declaration files, shared by every compile (they never change during a run). */
const parsed = new Map<string, ts.SourceFile | undefined>();

/** The compiler options of `layerConfig` (its `extends` chain resolved), as `tsc -p` reads them. */
function layerOptions(layerConfig: string): ts.CompilerOptions {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, layerConfig),
    { noEmit: true },
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => assert.fail(ts.flattenDiagnosticMessageText(d.messageText, '\n')),
    },
  );
  assert.ok(config, layerConfig);
  assert.deepEqual(config.errors, [], layerConfig);
  return config.options;
}

/**
 * Compiles the `sources` (each a module of its own) together under `layerConfig`'s options, as
 * `tsc -p` would with them as its only files; the diagnostics of each, as text ('' when it compiles).
 */
export function compileUnder(layerConfig: string, sources: string[]): string[] {
  const options = layerOptions(layerConfig);
  const host = ts.createCompilerHost(options, true);
  const files = new Map(sources.map((source, i) => [planted(i), source]));
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, onError) => {
    const source = files.get(fileName);
    if (source !== undefined) return ts.createSourceFile(fileName, source, language, true);
    const key = `${fileName}\0${JSON.stringify(language)}`;
    if (!parsed.has(key)) parsed.set(key, getSourceFile(fileName, language, onError));
    return parsed.get(key);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => files.has(fileName) || fileExists(fileName);
  const program = ts.createProgram({ rootNames: [...files.keys()], options, host });
  // The planted files checked in full; of the rest, what would make every compile fail (options,
  // globals, syntax) — not every body of every module they reach, which `npm run typecheck` checks
  // (that full check was most of these tests' CPU time).
  const mine = program.getSourceFiles().filter((f) => files.has(f.fileName));
  const all = [
    ...program.getConfigFileParsingDiagnostics(),
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...program.getSourceFiles().flatMap((f) => program.getSyntacticDiagnostics(f)),
    ...mine.flatMap((f) => program.getSemanticDiagnostics(f)),
  ];
  const global = all.filter((d) => d.file === undefined || !files.has(d.file.fileName));
  assert.deepEqual(
    ts.formatDiagnostics(global, { ...host, getNewLine: () => '\n' }),
    '',
    `${layerConfig}: errors outside the planted files`,
  );
  return [...files.keys()].map((file) =>
    ts.formatDiagnostics(
      all.filter((d) => d.file?.fileName === file),
      { ...host, getNewLine: () => '\n' },
    ),
  );
}
