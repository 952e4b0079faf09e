/**
 * Portable export costs: functions bundle sizes, cold start (time to `require` the bundle in a fresh
 * node) and export latency. `npx tsx bench/export.bench.ts` (RUNS=30 cold starts per variant).
 *
 * Variants, all built with dev/build-functions.ts's esbuild options (CommonJS, node22, minified):
 * - "shipped": dev/build-functions.ts itself — index.js, with the export split into glance-export.js;
 * - "inlined": the export (satori + fonts) inside index.js behind its dynamic import (no split);
 * - "no export": render/export.ts stubbed out — the functions as if the export did not exist.
 */
import { build, type Plugin } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildFunctions } from '../dev/build-functions';
import { EXPORT_CHUNK, embedExportFonts } from '../dev/export-fonts-plugin';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TMP = join(ROOT, 'bench/.tmp/export');
const RUNS = Number(process.env.RUNS ?? 30);

/** Replaces render/export.ts with a stub: the functions bundle as it would be without the export. */
const withoutExport: Plugin = {
  name: 'stub-export',
  setup(b) {
    b.onLoad({ filter: /[\\/]render[\\/]export\.ts$/ }, () => ({
      loader: 'ts',
      contents: "export async function toPortable(): Promise<never> { throw new Error('stubbed'); }",
    }));
  },
};

/** Bundles `entry` like dev/build-functions.ts does, but with `plugins` instead of its own. */
async function bundle(name: string, entry: string, plugins: Plugin[]): Promise<string> {
  const dir = join(TMP, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'index.js');
  await build({
    entryPoints: [join(ROOT, entry)], outfile: file, bundle: true, platform: 'node', format: 'cjs',
    target: 'node22', minify: true, legalComments: 'none', logLevel: 'error', plugins,
    define: { 'import.meta.url': '__bundleUrl' },
    banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  writeFileSync(join(dir, 'package.json'), '{"type":"commonjs"}\n');
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

/** Median wall and CPU require times of each file over RUNS rounds, interleaved so machine load hits all alike. */
function coldStarts(files: string[]): [number, number][] {
  const times = files.map(() => [] as [number, number][]);
  for (let r = 0; r < RUNS; r++) files.forEach((f, i) => times[i].push(requireMs(f)));
  return times.map((t) => [median(t.map((x) => x[0])), median(t.map((x) => x[1]))]);
}

const shippedDir = join(TMP, 'shipped');
await buildFunctions(shippedDir);
const variants = [
  { label: 'shipped: index.js (export split into glance-export.js)', file: join(shippedDir, 'index.js') },
  { label: 'inlined: export inside index.js behind its dynamic import', file: await bundle('inlined', 'functions/index.ts', [embedExportFonts()]) },
  { label: 'no export: render/export.ts stubbed', file: await bundle('no-export', 'functions/index.ts', [withoutExport]) },
  { label: `${EXPORT_CHUNK} alone (loaded by the first export)`, file: join(shippedDir, EXPORT_CHUNK) },
];
console.log(`node ${process.version}, ${RUNS} interleaved cold-start runs each (median)\n`);
console.log('| file | size | require: wall | CPU |');
console.log('|---|---|---|---|');
const colds = coldStarts(variants.map((v) => v.file));
variants.forEach((v, i) => console.log(`| ${v.label} | ${size(v.file)} | ${colds[i][0].toFixed(1)} ms | ${colds[i][1].toFixed(1)} ms |`));

const probe = await bundle('probe', 'bench/export-probe.ts', [embedExportFonts()]);
const samples = Array.from({ length: 5 }, () => JSON.parse(execFileSync(process.execPath, [probe], { encoding: 'utf8' })) as Record<string, number>);
const step = (key: string): number => median(samples.map((s) => s[key]));
console.log('\n| export step (gauge, 320 px, bundled, fresh process; median of 5) | ms |');
console.log('|---|---|');
console.log(`| dynamic import of render/export.ts (satori initialised) | ${step('importMs').toFixed(1)} |`);
console.log(`| load the 14 embedded WOFF files | ${step('fontsMs').toFixed(1)} |`);
console.log(`| first export (satori's layout engine + font parsing + 5 texts) | ${step('firstMs').toFixed(1)} |`);
console.log(`| later export, new value (median of 20) | ${step('nextMedianMs').toFixed(1)} |`);
console.log(`| plain render() for comparison (mean of 1000) | ${step('renderMs').toFixed(3)} |`);
