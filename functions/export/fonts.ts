/**
 * The fonts of the portable export, all from @fontsource packages (OFL, never fetched): Inter for
 * Latin, Greek and Cyrillic, then Noto for what Inter lacks — Japanese, Korean, Simplified and
 * Traditional Chinese, symbols and (monochrome) emoji. Each package is split by Unicode range; an
 * export loads only the files whose range holds a character Inter could not draw (see
 * {@link fontsFor}), each from its own lazily loaded chunk in the Forge build
 * (./font-files.inline.ts). Kept out of render/ because it reads files.
 *
 * Scripts the export keeps as live text (render/export-scripts.ts: Arabic, Hebrew, Thai, Devanagari…)
 * need no bundled font: {@link liveFontFamily} names their Noto families for the viewer's renderer.
 */
import type { ExportFont } from '../../render/export';
import { readFontFile } from '#export-font-files';
import { FAMILIES, INTER, cjkFirst, type FontFamily } from './font-families';

export { INTER } from './font-families';

/** The weights the renderers use (400 body, 600 titles and values); satori picks the nearest for others. */
export const INTER_WEIGHTS = [400, 600] as const;
/** Inter's subsets, in fallback order (together: Latin, Greek, Cyrillic and Vietnamese). */
export const INTER_SUBSETS = INTER.subsets.map((s) => s.name);

/** File name of one subset/weight of a family (WOFF: satori cannot read WOFF2). */
function fontFileName(family: FontFamily, subset: string, weight: number): string {
  return `${family.prefix}-${subset}-${weight}-normal.woff`;
}

/** File name of one Inter subset/weight in @fontsource/inter's `files/` folder. */
export function interFileName(subset: string, weight: number): string {
  return fontFileName(INTER, subset, weight);
}

/** Every file of every bundled family: what the Forge build must hold. */
export const BUNDLED_FILES: readonly { pkg: string; file: string }[] = FAMILIES.flatMap((f) =>
  f.subsets.flatMap((s) => f.weights.map((w) => ({ pkg: f.pkg, file: fontFileName(f, s.name, w) }))),
);

/** Font bytes, read once per process and file (shared by every export: fonts hold nothing of a user's). */
// eslint-disable-next-line no-restricted-syntax -- bytes of the bundled font files read so far: no Jira data; bounded by the bundled files
const bytes = new Map<string, Promise<Uint8Array>>();

function load(family: FontFamily, subset: string, weight: (typeof INTER_WEIGHTS)[number]): Promise<ExportFont> {
  const file = fontFileName(family, subset, weight);
  let data = bytes.get(file);
  if (!data) {
    data = readFontFile(family.pkg, file);
    bytes.set(file, data);
    data.catch(() => bytes.delete(file));
  }
  return data.then((d) => ({ name: `${family.name} ${subset}`, weight, data: d }));
}

function loadAll(family: FontFamily, subsets: readonly string[]): Promise<ExportFont>[] {
  return subsets.flatMap((s) => INTER_WEIGHTS.filter((w) => family.weights.includes(w)).map((w) => load(family, s, w)));
}

// eslint-disable-next-line no-restricted-syntax -- the Inter font list: no Jira data, no input
let inter: Promise<ExportFont[]> | undefined;

/** Every Inter subset in both weights; the same array on later calls (the export caches outlines per array). */
export function loadExportFonts(): Promise<ExportFont[]> {
  inter ??= Promise.all(loadAll(INTER, INTER_SUBSETS));
  inter.catch(() => {
    inter = undefined;
  });
  return inter;
}

/** The fallback families after Inter for a locale: its Han forms first (ja → JP, zh-TW → TC…). */
function fallbackFamilies(locale: string | undefined): FontFamily[] {
  const first = cjkFirst(locale);
  return FAMILIES.filter((f) => f !== INTER).sort((a, b) => (a === first ? -1 : b === first ? 1 : 0));
}

/** Font lists kept (satori keeps 8 parsed lists itself): combinations of slices are many. */
const MAX_LISTS = 16;
/** Font lists answered lately, by their files: the same list is the same array (satori parses it once). */
// eslint-disable-next-line no-restricted-syntax -- font lists by the names of the Noto slices they hold: which Unicode ranges some export needed, never the text; bounded to 16
const lists = new Map<string, Promise<ExportFont[]>>();

/**
 * Inter, then the files of the fallback families whose Unicode range holds one of `missing` (the
 * characters Inter lacks), in {@link fallbackFamilies} order, each character from the first family
 * that covers it. Loads those files only.
 */
export async function fontsFor(missing: readonly string[], locale: string | undefined): Promise<ExportFont[]> {
  const base = await loadExportFonts();
  // A character goes to the first family whose range holds it, as a browser picks fonts from a stack.
  let points = missing.map((ch) => ch.codePointAt(0) ?? 0);
  const picked: { family: FontFamily; subset: string }[] = [];
  for (const family of fallbackFamilies(locale)) {
    const subsets = family.subsets.filter((s) => points.some((cp) => s.has(cp)));
    picked.push(...subsets.map((s) => ({ family, subset: s.name })));
    // The CJK families' ranges are their glyphs; the symbol and emoji ranges are wider than theirs.
    if (family.cjk) points = points.filter((cp) => !subsets.some((s) => s.has(cp)));
  }
  if (picked.length === 0) return base;
  const key = picked.map((p) => `${p.family.prefix}-${p.subset}`).join(',');
  let list = lists.get(key);
  if (!list) {
    list = Promise.all(picked.flatMap((p) => loadAll(p.family, [p.subset]))).then((extra) => [...base, ...extra]);
    if (lists.size >= MAX_LISTS) lists.delete(lists.keys().next().value!);
    lists.set(key, list);
    list.catch(() => lists.delete(key));
  }
  return list;
}

/** Quotes a family name for `font-family` when it needs it. */
const quoted = (name: string): string => (/^[A-Za-z-]+$/.test(name) ? name : `'${name}'`);

/**
 * `font-family` of text the export keeps live: Inter and the bundled families in the order the
 * outlines use, the Noto families of the live-text scripts, then the gadget's own system fallbacks.
 */
export function liveFontFamily(locale: string | undefined): string {
  return [
    INTER.name,
    ...fallbackFamilies(locale).map((f) => f.name),
    ...LIVE_ONLY_FAMILIES,
    '-apple-system',
    'BlinkMacSystemFont',
    'Segoe UI',
    'Roboto',
    'sans-serif',
  ]
    .map(quoted)
    .join(', ');
}

/** Families named for live text only (not bundled): the scripts render/export-scripts.ts keeps live. */
const LIVE_ONLY_FAMILIES = ['Noto Sans Arabic', 'Noto Sans Hebrew', 'Noto Sans Thai', 'Noto Sans Devanagari'] as const;
