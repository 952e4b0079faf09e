/**
 * The architecture's rules live in eslint.config.js (docs/architecture.md, "Dependency directions" and
 * "Isolation"); `npm run lint` holds the tree to them. This proves they bite: ESLint, run in this
 * process with the repository's config, reports each planted violation in the folder whose rule it
 * breaks, and lets the allowed neighbour of each pass.
 *
 * The planted files do not exist, so the type-checked rules are switched off for them
 * (typescript-eslint's `disableTypeChecked`); the type-checked `no-implied-eval` is shown configured.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: ROOT, overrideConfig: tseslint.configs.disableTypeChecked, cache: false });

/** Rules the planted snippets trip by being snippets (a binding never used or never assigned). */
const NOISE = new Set(['@typescript-eslint/no-unused-vars', 'no-unassigned-vars', 'prefer-const']);

/** `rule: line` of every problem ESLint reports for `code` as the repository file `filePath`. */
async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${filePath}` });
  return result.messages.filter((m) => !NOISE.has(m.ruleId ?? '')).map((m) => `${m.ruleId ?? m.message}: ${m.line}`);
}

const IMPORTS = '@typescript-eslint/no-restricted-imports';
const SYNTAX = 'no-restricted-syntax';

describe('the lint rules report planted violations', () => {
  it('folders: shipped code imports no developer folder; render/ and i18n/ nothing of ours outside them', async () => {
    assert.deepEqual(
      await problems('functions/planted.ts', "import { a } from '../test/helpers/x';\nimport { b } from '../render/svg';\n"),
      [`${IMPORTS}: 1`],
    );
    assert.deepEqual(
      await problems('functions/jira/planted.ts', "import { a } from '../../support/load';\nimport { b } from '../errors';\n"),
      [`${IMPORTS}: 1`],
    );
    assert.deepEqual(await problems('render/planted.ts', "import { a } from '../functions/app';\nimport { b } from '../i18n/index';\n"), [
      `${IMPORTS}: 1`,
    ]);
    assert.deepEqual(await problems('i18n/planted.ts', "import { a } from '../render/svg';\nimport { b } from './message';\n"), [
      `${IMPORTS}: 1`,
    ]);
    assert.deepEqual(await problems('src/planted.ts', "export { handler } from '../dev/start';\n"), [`${IMPORTS}: 1`]);
  });

  it('static/ takes types from functions/ and i18n/, values only from the reviewed modules', async () => {
    const code = [
      "import { validate } from '../../functions/config/validate';",
      "import type { GadgetConfig } from '../../functions/config/types';",
      "import { LIMITS } from '../../functions/config/limits';",
      "import { translator } from '../../i18n/index';",
      "import { languageOf } from '../../i18n/locale';",
      "import { el } from '../../render/svg';",
      "import { type RenderResult } from '../../functions/contract';",
      "import { invoke } from '@forge/bridge';",
      "import { parse } from 'valibot';",
    ].join('\n');
    assert.deepEqual(await problems('static/view/planted.ts', code), [
      `${IMPORTS}: 1`,
      `${IMPORTS}: 4`,
      `${IMPORTS}: 6`,
      // `import { type X }` keeps an `import {}` under verbatimModuleSyntax: it must be `import type`.
      '@typescript-eslint/no-import-type-side-effects: 7',
      `${IMPORTS}: 9`,
    ]);
  });

  it('test/ and bench/ never import each other; support/ neither', async () => {
    assert.deepEqual(
      await problems('test/x/planted.ts', "import { a } from '../../bench/load';\nimport { b } from '../../support/load';\n"),
      [`${IMPORTS}: 1`],
    );
    assert.deepEqual(await problems('bench/planted.ts', "import { a } from '../test/helpers/x';\n"), [`${IMPORTS}: 1`]);
    assert.deepEqual(await problems('support/planted.ts', "import { a } from '../test/helpers/x';\n"), [`${IMPORTS}: 1`]);
  });

  it('the export: satori only in render/export.ts; portable.ts only lazily; render/export only from portable.ts', async () => {
    assert.deepEqual(await problems('render/planted.ts', "import satori from 'satori';\nimport { a } from './export';\n"), [
      `${IMPORTS}: 1`,
      `${IMPORTS}: 2`,
    ]);
    assert.deepEqual(await problems('render/export.ts', "import satori from 'satori';\nexport const s = satori;\n"), []);
    const resolver = "import { portableSvg } from './portable';\nexport const lazy = () => import('./portable');\n";
    assert.deepEqual(await problems('functions/export/planted.ts', resolver), [`${IMPORTS}: 1`]);
    const portable = "import { toPortable } from '../../render/export';\nexport const p = toPortable;\n";
    assert.deepEqual(await problems('functions/export/planted.ts', portable), [`${IMPORTS}: 1`]);
    assert.deepEqual(await problems('functions/export/portable.ts', portable), []);
    assert.deepEqual(await problems('functions/export/planted.ts', "import type { ExportFont } from '../../render/export';\n"), []);
  });

  it('no data-keeping package or Forge storage call', async () => {
    const code = "import { kvs } from '@forge/kvs';\nconst s = await import('@forge/storage');\nawait api.storage.set('k', 1);\n";
    assert.deepEqual(await problems('functions/planted.ts', code), [`${IMPORTS}: 1`, `${SYNTAX}: 2`, `${SYNTAX}: 3`]);
    assert.deepEqual(
      await problems('static/edit/planted.ts', "import { storage } from '@forge/storage';\n"),
      [`${IMPORTS}: 1`, `${IMPORTS}: 1`],
      'a package static/ may not use, and a data-keeping one',
    );
  });

  it('no dynamic code; no shipped file over 350 lines', async () => {
    assert.deepEqual(
      await problems(
        'functions/metrics/planted.ts',
        "export const a = eval('1');\nexport const f = () => new Function('x', 'return x');\n",
      ),
      ['no-eval: 1', 'no-new-func: 2'],
    );
    assert.deepEqual(await problems('functions/metrics/formula.ts', "export const f = () => import('./x');\nsetTimeout(f, 1);\n"), [
      `${SYNTAX}: 1`,
      `${SYNTAX}: 2`,
    ]);
    const typed = new ESLint({ cwd: ROOT });
    const config = (await typed.calculateConfigForFile(`${ROOT}functions/metrics/formula.ts`)) as { rules: Record<string, unknown[]> };
    assert.equal(config.rules['@typescript-eslint/no-implied-eval'][0], 2);
    const long = (n: number) => Array.from({ length: n }, (_, i) => `export const a${i} = ${i};`).join('\n') + '\n';
    assert.deepEqual(await problems('static/edit/planted.ts', long(350)), []);
    assert.deepEqual(await problems('static/edit/planted.ts', long(351)), ['max-lines: 351']);
    assert.deepEqual(await problems('test/planted.test.ts', long(351)), []);
  });

  it('module state in functions/, render/ and i18n/ is reviewed at its site', async () => {
    const code = [
      'const memo = new Map<string, number>();',
      'export let last: string | undefined;',
      'const seen: string[] = [];',
      'const byId = {};',
      'const byKey = memo(64);',
      'const TABLE = { a: 1 };',
      'export function f(): number {',
      '  const local = new Map<string, number>();',
      '  return local.size + seen.length + byId.toString().length + TABLE.a + byKey + (last?.length ?? 0);',
      '}',
      '// eslint-disable-next-line no-restricted-syntax -- a constant',
      "const KINDS = new Set(['a']);",
      'export const ttlMs = 1000 + KINDS.size;',
    ].join('\n');
    const state = [1, 2, 3, 4, 5].map((line) => `${SYNTAX}: ${line}`);
    assert.deepEqual(await problems('functions/planted.ts', code), [...state, `${SYNTAX}: 13`], 'ttlMs: no server cache');
    assert.deepEqual(await problems('render/planted.ts', code), state);
    assert.deepEqual(await problems('i18n/planted.ts', code), state);
    // The views keep their page's state; and a review comment where nothing is reported fails too.
    assert.deepEqual(await problems('static/view/planted.ts', code), [
      "Unused eslint-disable directive (no problems were reported from 'no-restricted-syntax').: 11",
    ]);
  });

  it('functions/jql keeps no module state at all', async () => {
    const code =
      'const PATTERN = /x/;\nconst grammar = build();\nexport class Parser {\n  static cache = PATTERN;\n}\nfunction build(): number {\n  return 1;\n}\n';
    assert.deepEqual(await problems('functions/jql/planted.ts', code), [`${SYNTAX}: 2`, `${SYNTAX}: 4`]);
  });
});
