/**
 * The export's font bytes inside the Forge bundle. The bundle runs without node_modules, so webpack
 * (@forge/bundler) inlines each WOFF file: an import `with { type: 'bytes' }` is webpack 5's
 * asset/bytes module, a Uint8Array decoded from base64 in the (lazy) export chunk.
 *
 * package.json's `imports` map sends `#export-font-files` here under the `webpack` condition and to
 * ./font-files.ts (reading the installed package) everywhere else: Node cannot import bytes yet.
 * Same files as INTER_FILES (functions/export/fonts.ts); test/export/bundle.test.ts checks the
 * built chunk holds every one of them, byte for byte.
 */
// Webpack compiles this file on its own: the reference brings the *.woff module type along.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- no import form exists for an ambient declaration file
/// <reference path="./woff.d.ts" />
import latin400 from '@fontsource/inter/files/inter-latin-400-normal.woff' with { type: 'bytes' };
import latin600 from '@fontsource/inter/files/inter-latin-600-normal.woff' with { type: 'bytes' };
import latinExt400 from '@fontsource/inter/files/inter-latin-ext-400-normal.woff' with { type: 'bytes' };
import latinExt600 from '@fontsource/inter/files/inter-latin-ext-600-normal.woff' with { type: 'bytes' };
import greek400 from '@fontsource/inter/files/inter-greek-400-normal.woff' with { type: 'bytes' };
import greek600 from '@fontsource/inter/files/inter-greek-600-normal.woff' with { type: 'bytes' };
import greekExt400 from '@fontsource/inter/files/inter-greek-ext-400-normal.woff' with { type: 'bytes' };
import greekExt600 from '@fontsource/inter/files/inter-greek-ext-600-normal.woff' with { type: 'bytes' };
import cyrillic400 from '@fontsource/inter/files/inter-cyrillic-400-normal.woff' with { type: 'bytes' };
import cyrillic600 from '@fontsource/inter/files/inter-cyrillic-600-normal.woff' with { type: 'bytes' };
import cyrillicExt400 from '@fontsource/inter/files/inter-cyrillic-ext-400-normal.woff' with { type: 'bytes' };
import cyrillicExt600 from '@fontsource/inter/files/inter-cyrillic-ext-600-normal.woff' with { type: 'bytes' };
import vietnamese400 from '@fontsource/inter/files/inter-vietnamese-400-normal.woff' with { type: 'bytes' };
import vietnamese600 from '@fontsource/inter/files/inter-vietnamese-600-normal.woff' with { type: 'bytes' };

const FILES: Record<string, Uint8Array> = {
  'inter-latin-400-normal.woff': latin400,
  'inter-latin-600-normal.woff': latin600,
  'inter-latin-ext-400-normal.woff': latinExt400,
  'inter-latin-ext-600-normal.woff': latinExt600,
  'inter-greek-400-normal.woff': greek400,
  'inter-greek-600-normal.woff': greek600,
  'inter-greek-ext-400-normal.woff': greekExt400,
  'inter-greek-ext-600-normal.woff': greekExt600,
  'inter-cyrillic-400-normal.woff': cyrillic400,
  'inter-cyrillic-600-normal.woff': cyrillic600,
  'inter-cyrillic-ext-400-normal.woff': cyrillicExt400,
  'inter-cyrillic-ext-600-normal.woff': cyrillicExt600,
  'inter-vietnamese-400-normal.woff': vietnamese400,
  'inter-vietnamese-600-normal.woff': vietnamese600,
};

/** The bytes of one bundled Inter file (a copy: webpack freezes the inlined buffer). */
// eslint-disable-next-line @typescript-eslint/require-await -- as in font-files.ts, a missing file rejects, never throws
export async function readFontFile(name: string): Promise<Uint8Array> {
  const bytes = FILES[name];
  if (bytes === undefined) throw new Error(`export: font ${name} is not bundled`);
  return new Uint8Array(bytes);
}
