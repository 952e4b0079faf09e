/**
 * Loads the bundled Inter font files (from the @fontsource/inter package, never fetched) for the
 * portable export. Kept out of render/ because it reads files. Read once, then reused.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ExportFont } from '../../render/export.ts';

/** Inter's subsets, in fallback order (together they cover Latin, Greek, Cyrillic and Vietnamese). */
export const INTER_SUBSETS = ['latin', 'latin-ext', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'vietnamese'] as const;
/** The weights the renderers use (400 body, 600 titles and values). */
export const INTER_WEIGHTS = [400, 600] as const;

/** File name of one subset/weight in @fontsource/inter's `files/` folder (WOFF: satori cannot read WOFF2). */
export function interFileName(subset: string, weight: number): string {
  return `inter-${subset}-${weight}-normal.woff`;
}

/** The folder holding Inter's files, resolved like a module import (so it works from a bundle with a copied package too). */
export function interFontDir(from: string = import.meta.url): string {
  return join(dirname(createRequire(from).resolve('@fontsource/inter/package.json')), 'files');
}

let loaded: Promise<ExportFont[]> | undefined;

/** Reads every subset in both weights; the same array is returned on later calls (satori caches per array). */
export function loadExportFonts(dir?: string): Promise<ExportFont[]> {
  if (dir !== undefined) return readAll(dir);
  loaded ??= readAll(interFontDir());
  loaded.catch(() => {
    loaded = undefined;
  });
  return loaded;
}

async function readAll(dir: string): Promise<ExportFont[]> {
  const jobs = INTER_SUBSETS.flatMap((subset) =>
    INTER_WEIGHTS.map(async (weight): Promise<ExportFont> => ({
      name: `Inter ${subset}`,
      weight,
      data: new Uint8Array(await readFile(join(dir, interFileName(subset, weight)))),
    })),
  );
  return Promise.all(jobs);
}
