/**
 * The one import scanner of the tests (folder roles, the export's boundaries, no storage packages,
 * the views' imports): the module specifiers a source file names, by regular expressions over its
 * text — static `import`/`export … from`, side-effect `import '…'`, `import('…')` and `require('…')`.
 * Its control is in test/architecture/folders.test.ts.
 */
import { readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** One module specifier named by a file. */
export interface ImportRef {
  spec: string;
  /** `import type … from` / `export type … from` (erased; `import { type X }` is not). */
  typeOnly: boolean;
  /** `import('…')` or `require('…')`: loaded when reached, not when the file loads. */
  dynamic: boolean;
}

const STATIC = /^\s*(?:import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;
const DYNAMIC = /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every module specifier `text` names, in order: static ones first, then dynamic ones. */
export function importsOf(text: string): ImportRef[] {
  return [
    ...[...text.matchAll(STATIC)].map((m) => ({ spec: m[2] ?? m[3], typeOnly: m[1] !== undefined, dynamic: false })),
    ...[...text.matchAll(DYNAMIC)].map((m) => ({ spec: m[1], typeOnly: false, dynamic: true })),
  ];
}

/** The repo path (with `/`) that relative specifier `spec` of repo file `file` points to. */
export function resolveSpec(file: string, spec: string): string {
  return normalize(join(dirname(file), spec))
    .split(/[\\/]/)
    .join('/');
}

/**
 * Source files under repo folder `dir` whose names match `ext` (default `.ts`), as repo paths; build
 * output (`dist`), `node_modules` and `__…` folders (snapshots, output) skipped.
 */
export function sourceFiles(dir: string, ext = /\.ts$/): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return e.name === 'dist' || e.name === 'node_modules' || e.name.startsWith('__') ? [] : sourceFiles(path, ext);
    return ext.test(e.name) ? [path] : [];
  });
}
