/**
 * Each layer compiles with only its platform's types (tsconfig.render.json: ES2022; static: + DOM;
 * functions: + Node). The control: a file planted under a layer's config that uses what the layer may
 * not use fails to compile, and the same config passes without it.
 *
 * The compiler runs in this process (TypeScript's own API, the options `tsc -p <layer config>` reads)
 * on a planted file held in memory, so no folder has to exist first and the seven compiles share
 * the parsed lib and @types files.
 */
import { test } from 'node:test';
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
function compileUnder(layerConfig: string, sources: string[]): string[] {
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
  const all = ts.getPreEmitDiagnostics(program);
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

const cases: { config: string; source: string; compiles: boolean }[] = [
  { config: 'tsconfig.render.json', source: "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n", compiles: false },
  { config: 'tsconfig.render.json', source: 'export const d = document.title;\n', compiles: false },
  { config: 'tsconfig.render.json', source: 'export const n = [1, 2].at(-1);\n', compiles: true },
  { config: 'tsconfig.static.json', source: 'export const p = process.env;\n', compiles: false },
  { config: 'tsconfig.static.json', source: 'export const d = document.title;\n', compiles: true },
  { config: 'tsconfig.functions.json', source: 'export const d = document.title;\n', compiles: false },
  {
    config: 'tsconfig.functions.json',
    source: "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n",
    compiles: true,
  },
];

for (const config of new Set(cases.map((c) => c.config))) {
  const mine = cases.filter((c) => c.config === config);
  let outputs: string[] | undefined;
  for (const [i, { source, compiles }] of mine.entries()) {
    test(`${config}: ${JSON.stringify(source.split('\n')[0])} ${compiles ? 'compiles' : 'fails to compile'}`, () => {
      outputs ??= compileUnder(
        config,
        mine.map((c) => c.source),
      );
      if (compiles) assert.equal(outputs[i], '');
      else assert.notEqual(outputs[i], '', 'the planted file compiled under ' + config);
    });
  }
}
