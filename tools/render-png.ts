/**
 * SVG → PNG with @resvg/resvg-js, using Inter from @fontsource/inter (its WOFF files are unpacked
 * to plain sfnt in memory, since resvg reads TTF/OTF only) plus the system fonts as fallback.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);

/** Unpacks a WOFF 1.0 file into the sfnt (TTF/OTF) it wraps. */
export function woffToSfnt(woff: Buffer): Buffer {
  const unpack = (b: Buffer): Buffer => inflateSync(new Uint8Array(b.buffer, b.byteOffset, b.length));
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error('not a WOFF file');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = [];
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    const [tag, offset, compLength, origLength, checksum] = [
      woff.readUInt32BE(at),
      woff.readUInt32BE(at + 4),
      woff.readUInt32BE(at + 8),
      woff.readUInt32BE(at + 12),
      woff.readUInt32BE(at + 16),
    ];
    const raw = woff.subarray(offset, offset + compLength);
    tables.push({ tag, checksum, data: compLength < origLength ? unpack(raw) : raw });
  }
  let searchRange = 1;
  let entrySelector = 0;
  while (searchRange * 2 <= numTables) {
    searchRange *= 2;
    entrySelector++;
  }
  const header = Buffer.alloc(12 + 16 * numTables);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(searchRange * 16, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(numTables * 16 - searchRange * 16, 10);
  const chunks: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    header.writeUInt32BE(t.tag, at);
    header.writeUInt32BE(t.checksum, at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(t.data.length, at + 12);
    const padded = Buffer.alloc((t.data.length + 3) & ~3);
    padded.set(new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.length));
    chunks.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(chunks.map((c) => new Uint8Array(c.buffer, c.byteOffset, c.length)));
}

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
        writeFileSync(file, new Uint8Array(normaliseInterFamily(woffToSfnt(readFileSync(join(dir, `inter-${subset}-${w}-normal.woff`))))));
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
