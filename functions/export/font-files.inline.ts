/**
 * The export's font bytes inside the Forge bundle. The bundle runs without node_modules, so webpack
 * (@forge/bundler) inlines each WOFF file: an import `with { type: 'bytes' }` is webpack 5's
 * asset/bytes module, a Uint8Array decoded from base64. Each `import()` below is a webpack context
 * over one package's `files/` folder (the weights the export uses): every file becomes a chunk of
 * its own, loaded only when an export needs that Unicode range.
 *
 * package.json's `imports` map sends `#export-font-files` here under the `webpack` condition and to
 * ./font-files.ts (reading the installed packages) everywhere else: Node cannot import bytes yet.
 * Same files as BUNDLED_FILES (functions/export/fonts.ts); test/export/bundle.test.ts checks the
 * built chunks hold every one of them, byte for byte.
 */
// Webpack compiles this file on its own: the reference brings the *.woff module type along.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- no import form exists for an ambient declaration file
/// <reference path="./woff.d.ts" />

type Bytes = Promise<{ default: Uint8Array }>;

// The paths must stay literal templates: webpack builds each context from the text of the import.
// Relative to node_modules, not by package name: a context is a folder, and the packages' `exports`
// maps only files (webpack: "Package path ./files is exported … but no valid target file was found").
const PACKAGES: Record<string, (file: string) => Bytes> = {
  '@fontsource/inter': (f) =>
    import(/* webpackInclude: /-(400|600)-normal\.woff$/ */ `../../node_modules/@fontsource/inter/files/${f}`, { with: { type: 'bytes' } }),
  '@fontsource/noto-sans-jp': (f) =>
    import(/* webpackInclude: /-(400|600)-normal\.woff$/ */ `../../node_modules/@fontsource/noto-sans-jp/files/${f}`, {
      with: { type: 'bytes' },
    }),
  '@fontsource/noto-sans-kr': (f) =>
    import(/* webpackInclude: /-(400|600)-normal\.woff$/ */ `../../node_modules/@fontsource/noto-sans-kr/files/${f}`, {
      with: { type: 'bytes' },
    }),
  '@fontsource/noto-sans-sc': (f) =>
    import(/* webpackInclude: /-(400|600)-normal\.woff$/ */ `../../node_modules/@fontsource/noto-sans-sc/files/${f}`, {
      with: { type: 'bytes' },
    }),
  '@fontsource/noto-sans-tc': (f) =>
    import(/* webpackInclude: /-(400|600)-normal\.woff$/ */ `../../node_modules/@fontsource/noto-sans-tc/files/${f}`, {
      with: { type: 'bytes' },
    }),
  '@fontsource/noto-sans-symbols-2': (f) =>
    import(/* webpackInclude: /-(symbols|math)-400-normal\.woff$/ */ `../../node_modules/@fontsource/noto-sans-symbols-2/files/${f}`, {
      with: { type: 'bytes' },
    }),
  '@fontsource/noto-emoji': (f) =>
    import(/* webpackInclude: /-(400|600)-normal\.woff$/ */ `../../node_modules/@fontsource/noto-emoji/files/${f}`, {
      with: { type: 'bytes' },
    }),
};

/** The bytes of one bundled font file (a copy: webpack freezes the inlined buffer). */
export async function readFontFile(pkg: string, name: string): Promise<Uint8Array> {
  const load = PACKAGES[pkg];
  if (!load || !/^[a-z0-9-]+\.woff$/.test(name)) throw new Error(`export: font ${pkg}/${name} is not bundled`);
  return new Uint8Array((await load(name)).default);
}
