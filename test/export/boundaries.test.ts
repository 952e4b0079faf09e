/**
 * Source boundaries of the export: satori is used by render/export.ts only, and nothing on the
 * render path imports the export statically (only functions/export/portable.ts, loaded lazily).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `.ts` files under `dir` (relative to the repo), skipping build output. */
function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'dist' || e.name === 'node_modules' ? [] : sources(path);
    return e.name.endsWith('.ts') ? [relative('.', path)] : [];
  });
}

/** Static `import … from '…'` / `export … from '…'` specifiers of a file (type-only imports excluded). */
function staticImports(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^'";]*?from\s+'([^']+)'/gm)].map((m) => m[1]);
}

const APP = [...sources('render'), ...sources('functions'), ...sources('static')];

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
