/**
 * Source boundaries of the export: satori is used by render/export.ts only, and nothing on the
 * render path imports the export statically (only functions/export/portable.ts, loaded lazily).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importsOf, ROOT, sourceFiles } from '../helpers/imports';

/** Static `import … from '…'` / `export … from '…'` specifiers of a file (type-only imports excluded). */
function staticImports(file: string): string[] {
  return importsOf(readFileSync(join(ROOT, file), 'utf8'))
    .filter((r) => !r.typeOnly && !r.dynamic)
    .map((r) => r.spec);
}

const APP = [...sourceFiles('render'), ...sourceFiles('functions'), ...sourceFiles('static')];

test('satori is imported by render/export.ts only', () => {
  const users = APP.filter((f) => staticImports(f).some((s) => s === 'satori' || s.startsWith('satori/')));
  assert.deepEqual(users, ['render/export.ts']);
});

test('the export is reached only through the lazy import of functions/export/portable.ts', () => {
  const exportUsers = APP.filter((f) => staticImports(f).some((s) => /(^|\/)export$/.test(s) && !s.includes('functions/export')));
  assert.deepEqual(exportUsers, ['functions/export/portable.ts']);
  const portableUsers = APP.filter((f) => staticImports(f).some((s) => /(^|\/)portable$/.test(s)));
  assert.deepEqual(portableUsers, [], 'portable.ts is never imported statically');
  assert.match(readFileSync(join(ROOT, 'functions/export/resolver.ts'), 'utf8'), /await import\('\.\/portable'\)/);
});
