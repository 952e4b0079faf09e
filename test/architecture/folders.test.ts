/**
 * The built function's cache key (build/built-function.ts `BUILD_INPUTS`) covers every folder the
 * function's code comes from: the relative imports are followed from the handler (src/index.ts) with
 * TypeScript's own import scanner. The folder rules themselves (which folder may import what, the
 * shipped-file size) are lint rules: eslint.config.js, proved by test/architecture/lint-rules.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { BUILD_INPUTS } from '../../build/built-function';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The repo files (with `/`) that repo file `file`'s relative imports, static and dynamic, reach. */
function reached(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
  return importedFiles
    .map((f) => f.fileName)
    .filter((spec) => spec.startsWith('.'))
    .flatMap((spec) => {
      const p = normalize(join(dirname(file), spec))
        .split(/[\\/]/)
        .join('/');
      return [`${p}.ts`, `${p}/index.ts`, p].filter((f) => f.endsWith('.ts') && existsSync(join(ROOT, f))).slice(0, 1);
    });
}

test("the built function's cache key covers every folder the function's code comes from", () => {
  const seen = new Set<string>();
  const queue = ['src/index.ts'];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...reached(file));
  }
  assert.ok(seen.has('functions/export/portable.ts'), 'the lazy import is followed too');
  const folders = new Set([...seen].map((f) => f.split('/')[0]));
  assert.ok(folders.has('functions') && folders.has('render') && folders.has('i18n'), [...folders].join());
  assert.deepEqual(
    [...folders].filter((f) => !BUILD_INPUTS.includes(f)),
    [],
  );
});
