/**
 * `npm run build`: the Forge function built by @forge/bundler exactly as `forge deploy` builds it
 * (build/forge-bundle.ts; cached per source state by build/built-function.ts) copied to dist/ for a look,
 * and the Custom UI views bundled into static/<name>/dist (the manifest's resources).
 * `forge deploy` builds the function itself from src/; the views it uploads as they are.
 */
import { cpSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtFunctionDir } from './built-function';
import { buildStatic } from './build-static';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');

const built = await builtFunctionDir();
rmSync(DIST, { recursive: true, force: true });
cpSync(built, DIST, { recursive: true });
const code = readdirSync(DIST).filter((f) => f.endsWith('.cjs') && !f.startsWith('__forge'));
const kb = (files: string[]) => (files.reduce((sum, f) => sum + statSync(join(DIST, f)).size, 0) / 1024).toFixed(0);
// The export's glyph outlines are ~960 lazily loaded chunks: one line for them, not one per chunk.
const chunks = code.filter((f) => f !== 'index.cjs');
console.log(
  `function (@forge/bundler): dist/ ← ${built}\n  index.cjs ${kb(['index.cjs'])} KB, ` + `${chunks.length} lazy chunks ${kb(chunks)} KB`,
);
for (const [name, dir] of Object.entries(await buildStatic())) console.log(`views (esbuild): ${name} → ${dir}`);
