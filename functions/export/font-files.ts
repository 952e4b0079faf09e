/**
 * Where the export's font bytes come from when running from source (tests, CLI, local preview): the
 * installed @fontsource packages. The Forge bundle has no node_modules; there `#export-font-files`
 * resolves to ./font-files.inline.ts instead, with the same files inlined by webpack (package.json
 * `imports`, condition `webpack`). Never fetched.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The `files/` folder of an installed @fontsource package, e.g. `@fontsource/noto-sans-jp`. */
export function fontDir(pkg: string): string {
  return join(dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`)), 'files');
}

/** The folder holding Inter's files in the installed @fontsource/inter package. */
export function interFontDir(): string {
  return fontDir('@fontsource/inter');
}

/** The bytes of one file of a @fontsource package's `files/` folder, e.g. `inter-latin-400-normal.woff`. */
export async function readFontFile(pkg: string, name: string): Promise<Uint8Array> {
  if (!/^[a-z0-9-]+\.woff$/.test(name)) throw new Error(`export: not a font file name: ${name}`);
  return new Uint8Array(await readFile(join(fontDir(pkg), name)));
}
