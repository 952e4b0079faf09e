/**
 * Portable export costs: the Forge function's files (as @forge/bundler builds them for
 * `forge deploy`, build/built-function.ts), the cold start of its index.cjs, and export latency.
 * `npx tsx bench/export.bench.ts` (RUNS=30 cold starts).
 *
 * webpack puts the export (satori, its WebAssembly, render/export.ts and the inlined Inter files) in
 * chunks that the first export requires; render and the cold start load index.cjs only
 * (test/export/bundle.test.ts checks both). The export steps are timed on bench/export-probe.ts,
 * bundled with esbuild the same way (CommonJS, the `webpack` condition's inlined font module).
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { builtFunctionDir } from '../build/built-function';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TMP = join(ROOT, 'bench/.tmp/export');
const RUNS = Number(process.env.RUNS ?? 30);

/** Bundles `entry` for node (CommonJS) with the fonts inlined as in the Forge build. */
async function bundle(name: string, entry: string): Promise<string> {
  const dir = join(TMP, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'index.cjs');
  await build({
    entryPoints: [join(ROOT, entry)],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    minify: true,
    legalComments: 'none',
    logLevel: 'error',
    conditions: ['webpack'],
  });
  return file;
}

function size(file: string): string {
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  return `${kb(statSync(file).size)} (${kb(gzipSync(new Uint8Array(readFileSync(file)), { level: 9 }).length)} gz)`;
}

/** Wall and CPU ms to `require` `file` in a fresh node process (CPU time is less sensitive to machine load). */
function requireMs(file: string): [number, number] {
  const code = `const t=performance.now(),c=process.cpuUsage();require(${JSON.stringify(file)});const u=process.cpuUsage(c);process.stdout.write(JSON.stringify([performance.now()-t,(u.user+u.system)/1000]))`;
  return JSON.parse(execFileSync(process.execPath, ['-e', code], { encoding: 'utf8' })) as [number, number];
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1];

const built = await builtFunctionDir();
const index = join(built, 'index.cjs');
const starts = Array.from({ length: RUNS }, () => requireMs(index));
console.log(`node ${process.version}, @forge/bundler build, ${RUNS} cold starts of index.cjs (median)\n`);
console.log('| file | size | loaded by | require: wall | CPU |');
console.log('|---|---|---|---|---|');
console.log(
  `| index.cjs | ${size(index)} | every cold start | ${median(starts.map((x) => x[0])).toFixed(1)} ms | ${median(starts.map((x) => x[1])).toFixed(1)} ms |`,
);
// Font chunks (a WOFF file inlined as base64: "d09GRg" is "wOFF") are loaded per Unicode range an
// export needs (bench/export-scripts.bench.ts has them by family); the others by the first export.
const chunks = readdirSync(built).filter((f) => /^\d+\.cjs$/.test(f));
const isFont = (f: string): boolean => readFileSync(join(built, f), 'utf8').includes('"d09GRg');
const fonts = chunks.filter(isFont);
for (const chunk of chunks.filter((f) => !fonts.includes(f)))
  console.log(`| ${chunk} | ${size(join(built, chunk))} | the first export | — | — |`);
const fontBytes = fonts.reduce((n, f) => n + statSync(join(built, f)).size, 0);
console.log(
  `| ${fonts.length} font chunks, one per WOFF file | ${(fontBytes / 1024 / 1024).toFixed(1)} MB | an export with text in their range | — | — |`,
);

const probe = await bundle('probe', 'bench/export-probe.ts');
const samples = Array.from(
  { length: 5 },
  () => JSON.parse(execFileSync(process.execPath, [probe], { encoding: 'utf8' })) as Record<string, number>,
);
const step = (key: string): number => median(samples.map((s) => s[key]));
console.log('\n| export step (gauge, 320 px, bundled, fresh process; median of 5) | ms |');
console.log('|---|---|');
console.log(`| dynamic import of render/export.ts (satori initialised) | ${step('importMs').toFixed(1)} |`);
console.log(`| load the 14 embedded WOFF files | ${step('fontsMs').toFixed(1)} |`);
console.log(`| first export (satori's layout engine + font parsing + 5 texts) | ${step('firstMs').toFixed(1)} |`);
console.log(`| later export, new value (median of 20) | ${step('nextMedianMs').toFixed(1)} |`);
console.log(`| plain render() for comparison (mean of 1000) | ${step('renderMs').toFixed(3)} |`);
