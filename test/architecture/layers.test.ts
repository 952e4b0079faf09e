/**
 * Each layer compiles with only its platform's types (tsconfig.render.json: ES2022; static: + DOM;
 * functions: + Node). The control: a file planted under a layer's config that uses what the layer may
 * not use fails to compile, and the same config passes without it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/** Compiles `source` alone under a tsconfig extending `layerConfig`; the exit code and output. */
function compileUnder(layerConfig: string, source: string): { code: number; output: string } {
  const dir = mkdtempSync(join(ROOT, 'node_modules', '.cache', 'layer-'));
  try {
    writeFileSync(join(dir, 'planted.ts'), source);
    const config = {
      extends: relative(dir, join(ROOT, layerConfig)),
      include: ['planted.ts'],
      exclude: [],
      compilerOptions: { rootDir: '.' },
    };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config));
    try {
      const output = execFileSync(process.execPath, [TSC, '-p', join(dir, 'tsconfig.json'), '--noEmit'], { encoding: 'utf8' });
      return { code: 0, output };
    } catch (e) {
      const { status, stdout } = e as { status: number | null; stdout: string };
      return { code: status ?? -1, output: stdout };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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

for (const { config, source, compiles } of cases) {
  test(`${config}: ${JSON.stringify(source.split('\n')[0])} ${compiles ? 'compiles' : 'fails to compile'}`, () => {
    const { code, output } = compileUnder(config, source);
    if (compiles) assert.equal(code, 0, output);
    else assert.notEqual(code, 0, 'the planted file compiled under ' + config);
  });
}
