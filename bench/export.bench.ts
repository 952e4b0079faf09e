/**
 * Portable export costs: functions bundle size with and without satori, cold start (time to
 * `require` dist-like index.js in a fresh node), and export latency. `npx tsx bench/export.bench.ts`.
 *
 * Variants are built into bench/.tmp/ with the same esbuild options as dev/build-functions.ts
 * (CommonJS, node22, minified, import.meta.url defined from __filename): "shipped" embeds the fonts (dev/export-fonts-plugin.ts) and keeps
 * satori behind the export's dynamic import; "no satori" stubs render/export.ts out.
 */
import { build, type Plugin } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { embedExportFonts } from '../dev/export-fonts-plugin.ts';

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

async function bundle(name: string, entry: string, plugins: Plugin[]): Promise<{ file: string; bytes: number; gzip: number }> {
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
  return { file, bytes: statSync(file).size, gzip: gzipSync(new Uint8Array(readFileSync(file)), { level: 9 }).length };
}

/** Ms to `require` `file` in a fresh node process. */
function requireMs(file: string): number {
  const code = `const t=performance.now();require(${JSON.stringify(file)});process.stdout.write(String(performance.now()-t))`;
  return Number(execFileSync(process.execPath, ['-e', code], { encoding: 'utf8' }));
}

/** Median require time of each file over RUNS rounds, interleaved so machine load hits all alike. */
function coldStarts(files: string[]): number[] {
  const times = files.map(() => [] as number[]);
  for (let r = 0; r < RUNS; r++) files.forEach((f, i) => times[i].push(requireMs(f)));
  return times.map((t) => t.sort((a, b) => a - b)[t.length >> 1]);
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

const variants = [
  { name: 'no-satori', label: 'functions without the export (render/export.ts stubbed)', plugins: [withoutExport] },
  { name: 'shipped', label: 'functions with the export (satori + fonts behind a dynamic import)', plugins: [embedExportFonts()] },
];
console.log(`node ${process.version}, ${RUNS} interleaved cold-start runs each (median)\n`);
console.log('| bundle | dist/index.js | gzip -9 | cold start (require, median) |');
console.log('|---|---|---|---|');
const built = [];
for (const v of variants) built.push({ ...v, ...(await bundle(v.name, 'functions/index.ts', v.plugins)) });
const colds = coldStarts(built.map((b) => b.file));
built.forEach((b, i) => console.log(`| ${b.label} | ${kb(b.bytes)} | ${kb(b.gzip)} | ${colds[i].toFixed(1)} ms |`));

const probe = await bundle('probe', 'bench/export-probe.ts', [embedExportFonts()]);
const samples = Array.from({ length: 5 }, () => JSON.parse(execFileSync(process.execPath, [probe.file], { encoding: 'utf8' })) as Record<string, number>);
const median = (key: string): number => samples.map((s) => s[key]).sort((a, b) => a - b)[2];
console.log('\n| export step (gauge, 320 px, bundled, fresh process; median of 5) | ms |');
console.log('|---|---|');
console.log(`| dynamic import of render/export.ts (satori initialised) | ${median('importMs').toFixed(1)} |`);
console.log(`| load the 14 embedded WOFF files | ${median('fontsMs').toFixed(1)} |`);
console.log(`| first export (satori's layout engine + font parsing + 5 texts) | ${median('firstMs').toFixed(1)} |`);
console.log(`| later export, new value (median of 20) | ${median('nextMedianMs').toFixed(1)} |`);
console.log(`| plain render() for comparison (mean of 1000) | ${median('renderMs').toFixed(3)} |`);
