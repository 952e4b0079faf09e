/**
 * esbuild plugins for the Forge bundle's portable export.
 *
 * - {@link exportChunk}: the `export` resolver's dynamic import of functions/export/portable.ts
 *   (satori, its WebAssembly, render/export.ts and the fonts: ~2 MB) becomes a lazy `require` of a
 *   separate file, dist/glance-export.js, built next to the main bundle with the same options. The
 *   main bundle, and so every cold start, stays free of it; the first export loads it from disk.
 * - {@link embedExportFonts}: replaces functions/export/font-files.ts (which reads @fontsource/inter
 *   from node_modules) with a module embedding the WOFF files, so dist/ is self-contained.
 */
import { build as esbuild, type BuildOptions, type Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INTER_FILES } from '../functions/export/fonts';
import { interFontDir } from '../functions/export/font-files';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The export's own file in the functions output folder. */
export const EXPORT_CHUNK = 'glance-export.js';
const PORTABLE_ENTRY = join(ROOT, 'functions/export/portable.ts');
const RESOLVER = join(ROOT, 'functions/export/resolver.ts');

/** Embeds the export's Inter files in place of functions/export/font-files.ts. */
export function embedExportFonts(): Plugin {
  return {
    name: 'glance-embed-export-fonts',
    setup(build) {
      build.onLoad({ filter: /[\\/]functions[\\/]export[\\/]font-files\.ts$/ }, () => {
        const dir = interFontDir();
        const files = INTER_FILES.map((name) => `${JSON.stringify(name)}: ${JSON.stringify(readFileSync(join(dir, name)).toString('base64'))}`);
        return {
          loader: 'ts',
          contents: [
            `const FILES: Record<string, string> = {${files.join(',')}};`,
            'export async function readFontFile(name: string): Promise<Uint8Array> {',
            '  const b64 = FILES[name];',
            "  if (b64 === undefined) throw new Error(`export: font ${name} is not bundled`);",
            "  return new Uint8Array(Buffer.from(b64, 'base64'));",
            '}',
          ].join('\n'),
        };
      });
    },
  };
}

/**
 * Splits the portable export into {@link EXPORT_CHUNK} (CommonJS builds only: the import becomes
 * `require('./glance-export.js')` on first use, resolved next to the main bundle at run time).
 */
export function exportChunk(): Plugin {
  return {
    name: 'glance-export-chunk',
    setup(build) {
      // The dynamic import becomes a lazily initialised stub module that `require`s the chunk:
      // plain `require`, so it works wherever the main bundle itself could be required.
      build.onResolve({ filter: /^\.\/portable$/ }, (args) =>
        args.kind === 'dynamic-import' && resolve(args.resolveDir, args.path) + '.ts' === PORTABLE_ENTRY && args.importer === RESOLVER
          ? { path: EXPORT_CHUNK, namespace: 'glance-export-chunk' }
          : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: 'glance-export-chunk' }, () => ({
        loader: 'js',
        contents: `module.exports = require(${JSON.stringify(`./${EXPORT_CHUNK}`)});`,
      }));
      build.onResolve({ filter: new RegExp(`^\\./${EXPORT_CHUNK.replace('.', '\\.')}$`), namespace: 'glance-export-chunk' }, (args) => ({ path: args.path, external: true }));
      build.onEnd(async (result) => {
        if (result.errors.length > 0) return;
        const { outfile, outdir, format, platform, target, minify, sourcemap, legalComments, define, banner, logLevel } = build.initialOptions;
        const dir = outdir ?? (outfile ? dirname(outfile) : undefined);
        if (!dir) throw new Error('exportChunk: the build needs outfile or outdir');
        const options: BuildOptions = { format, platform, target, minify, sourcemap, legalComments, define, banner, logLevel };
        await esbuild({ ...options, entryPoints: [PORTABLE_ENTRY], outfile: join(dir, EXPORT_CHUNK), bundle: true, plugins: [embedExportFonts()] });
      });
    },
  };
}
