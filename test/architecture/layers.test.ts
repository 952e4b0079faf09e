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
import { compileUnder } from '../helpers/compile';

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
