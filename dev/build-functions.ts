/**
 * Bundles the Forge function: functions/index.ts → dist/index.js (manifest: `app.package.bundler:
 * manual@2026`, `path: dist`, handler `index.handler`). Forge uploads dist/ as is, so it must be
 * self-contained: one CommonJS file with every dependency inlined (the Forge runtime wrapper
 * `require`s the handler module), the portable export in its own file that the first export
 * `require`s (dist/glance-export.js, see dev/export-fonts-plugin.ts), plus a package.json that marks .js as CommonJS even though our
 * own package.json says "type": "module".
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { exportChunk } from './export-fonts-plugin';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FUNCTIONS_OUT = join(ROOT, 'dist');

/**
 * Builds dist/index.js and returns its size in bytes (raw and gzip). `outDir` (default dist/) lets a
 * test build its own copy instead of racing other test processes on dist/.
 */
export async function buildFunctions(outDir: string = FUNCTIONS_OUT): Promise<{ bytes: number; gzipBytes: number }> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [join(ROOT, 'functions/index.ts')],
    outfile: join(outDir, 'index.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    // import.meta.url has no meaning in CommonJS; give modules that locate files next to them the bundle's URL.
    define: { 'import.meta.url': '__bundleUrl' },
    banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    // The portable export (satori + embedded Inter files) goes to dist/glance-export.js, loaded on the
    // first export only, so cold starts stay as without it.
    plugins: [exportChunk()],
    logLevel: 'warning',
  });
  writeFileSync(join(outDir, 'package.json'), `${JSON.stringify({ type: 'commonjs', private: true }, null, 2)}\n`);
  const file = join(outDir, 'index.js');
  const bytes = statSync(file).size;
  const gzipBytes = gzipSync(new Uint8Array(readFileSync(file))).length;
  console.log(`functions: ${outDir === FUNCTIONS_OUT ? 'dist' : outDir}/index.js ${(bytes / 1024).toFixed(1)} KB (${(gzipBytes / 1024).toFixed(1)} KB gzip)`);
  return { bytes, gzipBytes };
}
