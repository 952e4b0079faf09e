/**
 * The bundled Inter font files (from the @fontsource/inter package, never fetched) for the portable
 * export. Kept out of render/ because it reads files. Loaded once, on the first export.
 */
import type { ExportFont } from '../../render/export';
import { readFontFile } from '#export-font-files';

/** Inter's subsets, in fallback order (together: Latin, Greek, Cyrillic and Vietnamese). */
export const INTER_SUBSETS = ['latin', 'latin-ext', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'vietnamese'] as const;
/** The weights the renderers use (400 body, 600 titles and values); satori picks the nearest for others. */
export const INTER_WEIGHTS = [400, 600] as const;

/** File name of one subset/weight in @fontsource/inter's `files/` folder (WOFF: satori cannot read WOFF2). */
export function interFileName(subset: string, weight: number): string {
  return `inter-${subset}-${weight}-normal.woff`;
}

/** Every file the export needs. */
export const INTER_FILES: readonly string[] = INTER_SUBSETS.flatMap((s) => INTER_WEIGHTS.map((w) => interFileName(s, w)));

let loaded: Promise<ExportFont[]> | undefined;

/** Every subset in both weights; the same array on later calls (the export caches outlines per array). */
export function loadExportFonts(): Promise<ExportFont[]> {
  loaded ??= Promise.all(
    INTER_SUBSETS.flatMap((subset) =>
      INTER_WEIGHTS.map(async (weight): Promise<ExportFont> => ({
        name: `Inter ${subset}`,
        weight,
        data: await readFontFile(interFileName(subset, weight)),
      })),
    ),
  );
  loaded.catch(() => {
    loaded = undefined;
  });
  return loaded;
}
