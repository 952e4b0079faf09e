/**
 * Size of the product code (issue 23's figures): lines of `*.ts` in render/, functions/, static/ and
 * i18n/ (tests and generated `dist/` left out), `^export ` lines, files over 250 lines, and the built
 * function's index.cjs (build/built-function.ts, @forge/bundler as `forge deploy` builds it), raw and
 * gzip -9. `npx tsx bench/code-metrics.ts` (add `--no-build` to skip the function build).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { builtFunctionDir } from '../build/built-function';
import { HANDLER_FILE } from '../build/forge-bundle';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'dist' && entry.name !== 'node_modules') yield* sources(path);
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) yield path;
  }
}

let lines = 0;
let exports = 0;
const long: string[] = [];
for (const folder of ['render', 'functions', 'static', 'i18n']) {
  for (const file of sources(join(ROOT, folder))) {
    const text = readFileSync(file, 'utf8');
    const n = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    lines += n;
    exports += text.split('\n').filter((l) => l.startsWith('export ')).length;
    if (n > 250) long.push(`${relative(ROOT, file)} (${n})`);
  }
}
console.log(`product code: ${lines} lines, ${exports} export lines, ${long.length} files over 250 lines`);
for (const f of long) console.log(`  ${f}`);
if (!process.argv.includes('--no-build')) {
  const bundle = readFileSync(join(await builtFunctionDir(), HANDLER_FILE), 'utf8');
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`function ${HANDLER_FILE}: ${kb(Buffer.byteLength(bundle))}, gzip -9 ${kb(gzipSync(bundle, { level: 9 }).length)}`);
}
