/**
 * esbuild plugin for the Forge bundle: replaces functions/export/font-files.ts (which reads
 * @fontsource/inter from node_modules) with a module that embeds the export's WOFF files, so
 * dist/ is self-contained. The export is reached through a dynamic import, so the embedded bytes
 * are only decoded on the first export.
 */
import type { Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INTER_FILES } from '../functions/export/fonts.ts';
import { interFontDir } from '../functions/export/font-files.ts';

/** The plugin; add it to the functions build's `plugins`. */
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
