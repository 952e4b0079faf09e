/**
 * The one WOFF 1.0 decoder: unpacks a WOFF file into the plain TrueType/OpenType (sfnt) file it wraps,
 * so resvg (which reads TTF/OTF only) can draw with the very same fonts the export outlines — the
 * render CLI's PNGs (tools/render-png.ts) and the export tests' rasters (test/export/).
 */
import { inflateSync } from 'node:zlib';

const NAME = 0x6e616d65; // 'name'

function utf16be(value: string): Uint8Array {
  const out = new Uint8Array(value.length * 2);
  for (let i = 0; i < value.length; i++) {
    out[2 * i] = value.charCodeAt(i) >> 8;
    out[2 * i + 1] = value.charCodeAt(i) & 0xff;
  }
  return out;
}

/**
 * A minimal `name` table (Windows Unicode records) naming the font `family`. Inter's 600 file calls
 * itself "Inter SemiBold"; renaming lets `font-family="Inter" font-weight="600"` find it by weight,
 * as a browser's @font-face would.
 */
function nameTable(family: string, style: string): Uint8Array {
  const records: [number, string][] = [
    [1, family],
    [2, 'Regular'],
    [4, `${family} ${style}`],
    [6, `${family}-${style}`.replace(/\s/g, '')],
  ];
  const strings = records.map(([, value]) => utf16be(value));
  const header = 6 + 12 * records.length;
  const out = new Uint8Array(header + strings.reduce((n, b) => n + b.length, 0));
  const view = new DataView(out.buffer);
  view.setUint16(2, records.length);
  view.setUint16(4, header);
  let offset = 0;
  records.forEach(([id], i) => {
    const at = 6 + 12 * i;
    view.setUint16(at, 3);
    view.setUint16(at + 2, 1);
    view.setUint16(at + 4, 0x409);
    view.setUint16(at + 6, id);
    view.setUint16(at + 8, strings[i].length);
    view.setUint16(at + 10, offset);
    out.set(strings[i], header + offset);
    offset += strings[i].length;
  });
  return out;
}

/**
 * Converts WOFF bytes to sfnt bytes (tables decompressed, 4-byte aligned, directory rebuilt).
 * With `rename`, the `name` table is replaced so the font's family is `rename.family`.
 */
export function woffToSfnt(woff: Uint8Array, rename?: { family: string; style: string }): Uint8Array {
  const src = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (src.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF file');
  const count = src.getUint16(12);
  const tables: { tag: number; checksum: number; data: Uint8Array }[] = [];
  for (let i = 0; i < count; i++) {
    const at = 44 + i * 20;
    const tag = src.getUint32(at);
    const offset = src.getUint32(at + 4);
    const compLength = src.getUint32(at + 8);
    const origLength = src.getUint32(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? new Uint8Array(inflateSync(raw)) : raw;
    tables.push({ tag, checksum: src.getUint32(at + 16), data: rename && tag === NAME ? nameTable(rename.family, rename.style) : data });
  }
  const pad = (n: number): number => (n + 3) & ~3;
  const headerSize = 12 + 16 * count;
  const out = new Uint8Array(headerSize + tables.reduce((s, t) => s + pad(t.data.length), 0));
  const view = new DataView(out.buffer);
  const entrySelector = Math.floor(Math.log2(count));
  view.setUint32(0, src.getUint32(4));
  view.setUint16(4, count);
  view.setUint16(6, 16 * 2 ** entrySelector);
  view.setUint16(8, entrySelector);
  view.setUint16(10, count * 16 - 16 * 2 ** entrySelector);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    view.setUint32(at, t.tag);
    view.setUint32(at + 4, t.checksum);
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, t.data.length);
    out.set(t.data, offset);
    offset += pad(t.data.length);
  });
  return out;
}
