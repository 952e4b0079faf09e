/**
 * Where the export's font bytes come from. From source (tests, CLI, local preview) they are read
 * from the installed @fontsource/inter package. The Forge bundle cannot rely on node_modules, so
 * dev/export-fonts-plugin.ts replaces this module at build time with one that has the same files
 * embedded (still from the package, never fetched).
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
