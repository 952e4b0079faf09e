/**
 * Test helpers: rasterise SVG with resvg, with Inter (the same files the export outlines, unpacked
 * from WOFF) as the only font, so live text and outlines can be compared pixel by pixel.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { INTER_SUBSETS, INTER_WEIGHTS, interFileName } from '../../functions/export/fonts';
import { interFontDir } from '../../functions/export/font-files';
import { encodePng } from './png';
import { woffToSfnt } from '../../tools/woff';

let ttfFiles: string[] | undefined;

/** Inter as TTF files in a temp folder (written once per process). */
export function interTtfFiles(): string[] {
  if (!ttfFiles) {
    const dir = join(tmpdir(), `glance-inter-ttf-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    ttfFiles = INTER_SUBSETS.flatMap((subset) =>
      INTER_WEIGHTS.map((weight) => {
        const file = join(dir, interFileName(subset, weight).replace(/\.woff$/, '.ttf'));
        writeFileSync(
          file,
          woffToSfnt(new Uint8Array(readFileSync(join(interFontDir(), interFileName(subset, weight)))), {
            family: 'Inter',
            style: String(weight),
          }),
        );
        return file;
      }),
    );
  }
  return ttfFiles;
}

/** An RGBA raster. */
export interface Raster {
  width: number;
  height: number;
  pixels: Uint8Array;
  /** The PNG it was decoded from, when it came from one. */
  png?: Uint8Array;
}

/** Renders `svg` at `width` px; only Inter is available (no system fonts), so results are stable. */
export function rasterise(svg: string, width: number): Raster {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: false, fontFiles: interTtfFiles(), defaultFontFamily: 'Inter' },
  });
  const image = resvg.render();
  return { width: image.width, height: image.height, pixels: new Uint8Array(image.pixels) };
}

/** Fraction of pixels whose colour differs by more than `tolerance` (0–255) in any channel. */
export function diffRatio(a: Raster, b: Raster, tolerance = 48): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  // Most pixels are equal: compared as one 32-bit word each when both buffers allow it.
  const aligned = a.pixels.byteOffset % 4 === 0 && b.pixels.byteOffset % 4 === 0;
  const wa = aligned ? new Uint32Array(a.pixels.buffer, a.pixels.byteOffset, a.pixels.length / 4) : undefined;
  const wb = aligned ? new Uint32Array(b.pixels.buffer, b.pixels.byteOffset, b.pixels.length / 4) : undefined;
  let differ = 0;
  for (let i = 0; i < a.pixels.length; i += 4) {
    if (wa && wb && wa[i >> 2] === wb[i >> 2]) continue;
    for (let c = 0; c < 4; c++) {
      if (Math.abs(a.pixels[i + c] - b.pixels[i + c]) > tolerance) {
        differ++;
        break;
      }
    }
  }
  return differ / (a.pixels.length / 4);
}

/**
 * Whether the export tests write their pictures for review by eye (`REVIEW_EXPORT=1`: side-by-side
 * PNGs in test/__output__/export/). No test compares them, so a plain run makes none: encoding them
 * cost more CPU than the comparisons they illustrate.
 */
export const REVIEW_EXPORT = Boolean(process.env.REVIEW_EXPORT);

/** One PNG with `left` and `right` next to each other (8 px grey gap), for looking at by eye. */
export function sideBySide(left: Raster, right: Raster): Uint8Array {
  const gap = 8;
  const width = left.width + gap + right.width;
  const height = Math.max(left.height, right.height);
  const rgba = new Uint8Array(width * height * 4).fill(136);
  const blit = (r: Raster, x0: number): void => {
    for (let y = 0; y < r.height; y++) {
      rgba.set(r.pixels.subarray(y * r.width * 4, (y + 1) * r.width * 4), (y * width + x0) * 4);
    }
  };
  blit(left, 0);
  blit(right, left.width + gap);
  return encodePng(width, height, rgba);
}
