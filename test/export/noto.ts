/**
 * Test helpers for the export's scripts: the same @fontsource families the export uses (Inter, Noto
 * JP/KR/SC/TC, Symbols 2, Emoji) plus the Noto families of the live-text scripts (Arabic, Hebrew,
 * Thai, Devanagari), as web fonts for Chromium (served from the installed packages by a route, never
 * fetched) and as TTF files for resvg (unpacked from WOFF, only the ranges a text needs).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { Resvg } from '@resvg/resvg-js';
import { fontDir } from '../../functions/export/font-files';
import { parseUnicodeRange } from '../../functions/export/font-families';
import type { Raster } from './raster';
import { woffToSfnt } from '../../tools/woff';

/** Every family a gadget's text may be drawn with, by CSS name and package. */
export const TEST_FAMILIES = [
  ['Inter', '@fontsource/inter'],
  ['Noto Sans JP', '@fontsource/noto-sans-jp'],
  ['Noto Sans KR', '@fontsource/noto-sans-kr'],
  ['Noto Sans SC', '@fontsource/noto-sans-sc'],
  ['Noto Sans TC', '@fontsource/noto-sans-tc'],
  ['Noto Sans Symbols 2', '@fontsource/noto-sans-symbols-2'],
  ['Noto Emoji', '@fontsource/noto-emoji'],
  ['Noto Sans Arabic', '@fontsource/noto-sans-arabic'],
  ['Noto Sans Hebrew', '@fontsource/noto-sans-hebrew'],
  ['Noto Sans Thai', '@fontsource/noto-sans-thai'],
  ['Noto Sans Devanagari', '@fontsource/noto-sans-devanagari'],
] as const;

const ORIGIN = 'https://fonts.test';
const WEIGHTS = [400, 600];

/** The packages' own CSS for 400 and 600 (WOFF only), pointing at {@link ORIGIN}. */
export function fontCss(): string {
  return TEST_FAMILIES.flatMap(([, pkg]) =>
    WEIGHTS.map((w) => {
      let css: string;
      try {
        css = readFileSync(join(fontDir(pkg), '..', `${w}.css`), 'utf8');
      } catch {
        return ''; // Symbols 2 has one weight
      }
      return css
        .replace(/url\(\.\/files\/[^)]+\.woff2\) format\('woff2'\), /g, '')
        .replace(/url\(\.\/files\/([^)]+\.woff)\)/g, (_, file: string) => `url(${ORIGIN}/${pkg}/${file})`);
    }),
  ).join('\n');
}

/** Answers the page's font requests from the installed packages (and its own address with `html`). */
export async function serveFonts(page: Page, html: () => string): Promise<string> {
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname.slice(1));
    if (path === 'page.html') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html() });
    const m = /^(@fontsource\/[a-z0-9-]+)\/([a-z0-9-]+\.woff)$/.exec(path);
    if (!m) return route.fulfill({ status: 404 });
    return route.fulfill({ contentType: 'font/woff', body: readFileSync(join(fontDir(m[1]), m[2])) });
  });
  return `${ORIGIN}/page.html`;
}

/** Subsets of the Noto families that Inter (or nothing Glance shows) covers. */
const NOT_SCRIPT = /^(latin|latin-ext|greek|greek-ext|cyrillic|cyrillic-ext|vietnamese|math|symbols)$/;

const ttfDir = join(tmpdir(), `glance-noto-ttf-${process.pid}`);
const ranges = new Map<string, Record<string, [number, number][]>>();

function subsetsOf(pkg: string): Record<string, [number, number][]> {
  let r = ranges.get(pkg);
  if (!r) {
    const json = JSON.parse(readFileSync(join(fontDir(pkg), '..', 'unicode.json'), 'utf8')) as Record<string, string>;
    r = Object.fromEntries(Object.entries(json).map(([k, v]) => [k.replace(/^\[(\d+)\]$/, '$1'), parseUnicodeRange(v)]));
    ranges.set(pkg, r);
  }
  return r;
}

/** TTF files of every family's subsets whose range holds a character of `text` (Inter: all of it). */
export function ttfFilesFor(text: string): string[] {
  mkdirSync(ttfDir, { recursive: true });
  const points = Array.from(text, (c) => c.codePointAt(0) ?? 0).filter((cp) => cp > 0x7f);
  const files: string[] = [];
  for (const [family, pkg] of TEST_FAMILIES) {
    const prefix = pkg.replace('@fontsource/', '');
    // Latin first: resvg takes the first face of a family for every character it has.
    const subsets = Object.entries(subsetsOf(pkg)).sort(([a], [b]) => Number(b === 'latin') - Number(a === 'latin'));
    for (const [subset, pairs] of subsets) {
      if (family !== 'Inter' && !points.some((cp) => pairs.some(([lo, hi]) => cp >= lo && cp <= hi))) continue;
      // resvg falls back by family, not by unicode-range as a browser does: a Noto face of Latin or
      // math characters named "Noto Sans Arabic" would be taken for Arabic letters and draw boxes.
      if (family !== 'Inter' && family !== 'Noto Sans Symbols 2' && NOT_SCRIPT.test(subset)) continue;
      for (const weight of WEIGHTS) {
        const woff = join(fontDir(pkg), `${prefix}-${subset}-${weight}-normal.woff`);
        const ttf = join(ttfDir, `${prefix}-${subset}-${weight}.ttf`);
        try {
          writeFileSync(ttf, woffToSfnt(new Uint8Array(readFileSync(woff)), { family, style: String(weight) }), { flag: 'wx' });
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue; // no such weight
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        }
        files.push(ttf);
      }
    }
  }
  return files;
}

/** Renders `svg` at `width` px with resvg and only `fontFiles` (no system fonts), on white as a page shows it. */
export function rasteriseWith(svg: string, width: number, fontFiles: string[]): Raster {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Inter' },
    background: '#ffffff',
  });
  const image = resvg.render();
  return { width: image.width, height: image.height, pixels: new Uint8Array(image.pixels) };
}
