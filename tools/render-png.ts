/**
 * SVG → PNG with @resvg/resvg-js, using Inter from @fontsource/inter (its WOFF files are unpacked
 * to plain sfnt in memory, since resvg reads TTF/OTF only) plus the system fonts as fallback.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { woffToSfnt } from './woff';

const require = createRequire(import.meta.url);

const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);

/**
 * Fontsource's static Inter files name their family "Inter SemiBold" (no typographic family), so
 * a renderer would not pick them for `font-family="Inter"` + `font-weight="600"`. This shortens
 * every family-name record (name ID 1) that starts with "Inter" to exactly "Inter", in place.
 */
export function normaliseInterFamily(sfnt: Buffer): Buffer {
  const numTables = sfnt.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const at = 12 + i * 16;
    if (sfnt.toString('latin1', at, at + 4) !== 'name') continue;
    const table = sfnt.readUInt32BE(at + 8);
    const count = sfnt.readUInt16BE(table + 2);
    const strings = table + sfnt.readUInt16BE(table + 4);
    for (let r = 0; r < count; r++) {
      const rec = table + 6 + r * 12;
      if (sfnt.readUInt16BE(rec + 6) !== 1) continue;
      const platform = sfnt.readUInt16BE(rec);
      const start = strings + sfnt.readUInt16BE(rec + 10);
      const twoByte = platform === 0 || platform === 3;
      const name = twoByte
        ? sfnt
            .subarray(start, start + 10)
            .swap16()
            .toString('utf16le')
        : sfnt.toString('latin1', start, start + 5);
      if (twoByte) sfnt.subarray(start, start + 10).swap16(); // swap back
      if (name === 'Inter') sfnt.writeUInt16BE(twoByte ? 10 : 5, rec + 8);
    }
  }
  return sfnt;
}

let fontFiles: string[] | undefined;

/**
 * Inter 400/600 (latin, latin-ext) unpacked to .ttf files in the OS temp folder (resvg loads
 * fonts by path), written once per process.
 */
export function interFontFiles(): string[] {
  if (!fontFiles) {
    const dir = join(dirname(require.resolve('@fontsource/inter/package.json')), 'files');
    const out = mkdtempSync(join(tmpdir(), 'glance-inter-'));
    fontFiles = ['latin', 'latin-ext'].flatMap((subset) =>
      [400, 600].map((w) => {
        const file = join(out, `inter-${subset}-${w}.ttf`);
        writeFileSync(
          file,
          new Uint8Array(
            normaliseInterFamily(asBuffer(woffToSfnt(new Uint8Array(readFileSync(join(dir, `inter-${subset}-${w}-normal.woff`)))))),
          ),
        );
        return file;
      }),
    );
  }
  return fontFiles;
}

/** Renders an SVG string to PNG bytes at `scale` (1 = the viewBox width in pixels). */
export function svgToPng(svg: string, scale = 1): Uint8Array {
  const viewBoxWidth = Number(/viewBox="0 0 ([\d.]+) /.exec(svg)?.[1] ?? 320);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.max(1, Math.round(viewBoxWidth * scale)) },
    font: { fontFiles: interFontFiles(), loadSystemFonts: true, defaultFontFamily: 'Inter' },
  });
  const png = resvg.render().asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.length);
}
