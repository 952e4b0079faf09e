/**
 * Where the export's font bytes come from when running from source (tests, CLI, local preview): the
 * installed @fontsource/inter package. The Forge bundle has no node_modules; there
 * `#export-font-files` resolves to ./font-files.inline.ts instead, with the same files inlined by
 * webpack (package.json `imports`, condition `webpack`). Never fetched.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The folder holding Inter's files in the installed @fontsource/inter package. */
export function interFontDir(): string {
  return join(dirname(createRequire(import.meta.url).resolve('@fontsource/inter/package.json')), 'files');
}

/** The bytes of one file of @fontsource/inter's `files/` folder, e.g. `inter-latin-400-normal.woff`. */
export async function readFontFile(name: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(join(interFontDir(), name)));
}
