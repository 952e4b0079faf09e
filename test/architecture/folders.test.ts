/**
 * Folder roles hold in the imports: what ships (functions/, render/, static/, src/, i18n/) never
 * reaches into the developer folders; test/ and bench/ share support/ and never import each other;
 * no shipped source file grows past 350 lines.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BUILD_INPUTS } from '../../build/built-function';
import { importsOf, resolveSpec, ROOT, sourceFiles } from '../helpers/imports';

/** Repo paths that `file`'s relative imports reach (type-only imports included when `types`). */
function reachedPaths(file: string, text: string, types = true): string[] {
  return importsOf(text)
    .filter((r) => r.spec.startsWith('.') && (types || !r.typeOnly))
    .map((r) => resolveSpec(file, r.spec));
}

/** Top folders that `file`'s relative imports reach. */
function reachedFolders(file: string, text: string, types = true): string[] {
  return reachedPaths(file, text, types).map((p) => p.split('/')[0]);
}

function offenders(from: string, forbidden: string[], types = true): string[] {
  return sourceFiles(from).flatMap((f) =>
    reachedFolders(f, readFileSync(join(ROOT, f), 'utf8'), types)
      .filter((top) => forbidden.includes(top))
      .map((top) => `${relative('.', f)} → ${top}/`),
  );
}

const DEVELOPER = ['dev', 'build', 'tools', 'support', 'test', 'bench'];

test('shipped code imports no developer folder', () => {
  for (const dir of ['functions', 'render', 'src', 'static', 'i18n']) assert.deepEqual(offenders(dir, DEVELOPER), [], dir);
});

test('i18n/ imports nothing of ours outside i18n/ (render/, functions/ and static/ all may use it)', () => {
  assert.deepEqual(offenders('i18n', ['functions', 'render', 'static', 'src', ...DEVELOPER]), []);
});

/** Generated data, not code a reader carries on (tools/gen-char-widths.ts writes it). */
const GENERATED = ['render/char-widths.ts'];

test('no shipped source file is over 350 lines', () => {
  const long = ['functions', 'render', 'src', 'static', 'i18n']
    .flatMap((dir) => sourceFiles(dir))
    .filter((f) => !GENERATED.includes(f))
    .map((f) => [f, readFileSync(join(ROOT, f), 'utf8').split('\n').length] as const)
    .filter(([, lines]) => lines > 350)
    .map(([f, lines]) => `${f}: ${lines} lines`);
  assert.deepEqual(long, []);
});

test('render/ imports nothing of ours outside render/', () => {
  assert.deepEqual(offenders('render', ['functions', 'static', 'src', ...DEVELOPER]), []);
});

test('static/ takes types from functions/, values only from a reviewed list of small pure modules', () => {
  assert.deepEqual(offenders('static', ['render', 'src', ...DEVELOPER]), []);
  const values = sourceFiles('static').flatMap((f) =>
    reachedPaths(f, readFileSync(join(ROOT, f), 'utf8'), false).filter((p) => p.startsWith('functions/') && !SHARED_WITH_VIEWS.includes(p)),
  );
  assert.deepEqual(values, []);
});

/** Small pure modules the edit and view bundles share with the server (sizes held by test/static/bundle.test.ts). */
const SHARED_WITH_VIEWS = [
  'functions/config/vocabulary',
  'functions/config/limits',
  'functions/export/filename',
  'functions/metrics/calendar',
];

test("the built function's cache key covers every folder the function's code comes from", () => {
  // Follow the relative imports from the handler (src/index.ts) through everything it reaches.
  const seen = new Set<string>();
  const queue = sourceFiles('src');
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const p of reachedPaths(file, readFileSync(join(ROOT, file), 'utf8'))) {
      const target = [`${p}.ts`, `${p}/index.ts`, p].find((f) => f.endsWith('.ts') && existsSync(join(ROOT, f)));
      if (target) queue.push(target);
    }
  }
  const folders = new Set([...seen].map((f) => f.split('/')[0]));
  assert.ok(folders.has('functions') && folders.has('render') && folders.has('i18n'), [...folders].join());
  assert.deepEqual(
    [...folders].filter((f) => !BUILD_INPUTS.includes(f)),
    [],
  );
});

test('test/ and bench/ never import each other; both may use support/', () => {
  assert.deepEqual(offenders('test', ['bench']), []);
  assert.deepEqual(offenders('bench', ['test']), []);
  assert.deepEqual(offenders('support', ['test', 'bench']), []);
});

test('the scan sees planted imports (control)', () => {
  assert.deepEqual(reachedFolders('test/x/a.ts', "import { a } from '../../bench/load';"), ['bench']);
  assert.deepEqual(reachedFolders('static/v/a.ts', "import type { A } from '../../functions/contract';", false), []);
  assert.deepEqual(reachedFolders('static/v/a.ts', "import { A } from '../../functions/contract';", false), ['functions']);
  assert.deepEqual(reachedFolders('bench/a.ts', "const m = await import('../test/helpers/x');"), ['test']);
});

test('the one import scanner (test/helpers/imports.ts) sees every form of import (control)', () => {
  const text = [
    "import a, { b } from 'pkg-a';",
    'import type { T } from "./types";',
    "import {\n  c,\n  type D,\n} from '../multi';",
    "export * from './re-export';",
    "import './side-effect';",
    "const lazy = await import('./lazy');",
    "const old = require('legacy');",
    "const notAnImport = 'import x from nowhere';",
  ].join('\n');
  assert.deepEqual(importsOf(text), [
    { spec: 'pkg-a', typeOnly: false, dynamic: false },
    { spec: './types', typeOnly: true, dynamic: false },
    { spec: '../multi', typeOnly: false, dynamic: false },
    { spec: './re-export', typeOnly: false, dynamic: false },
    { spec: './side-effect', typeOnly: false, dynamic: false },
    { spec: './lazy', typeOnly: false, dynamic: true },
    { spec: 'legacy', typeOnly: false, dynamic: true },
  ]);
  assert.equal(resolveSpec('static/edit/a.ts', '../../functions/x'), 'functions/x');
});
