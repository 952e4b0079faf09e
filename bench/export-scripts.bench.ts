/**
 * What the export's fonts cost (issue #26): the size each family adds to the Forge build (every
 * WOFF file inlined as base64 in a chunk of its own, build/built-function.ts), and the time of the
 * first and next exports per script in a fresh instance (bench/export-scripts-probe.ts, median of
 * RUNS processes). `npx tsx bench/export-scripts.bench.ts`.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { builtFunctionDir } from '../build/built-function';
import { BUNDLED_FILES } from '../functions/export/fonts';
import { fontDir } from '../functions/export/font-files';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.RUNS ?? 5);
const MB = (n: number): string => `${(n / 1024 / 1024).toFixed(2)} MB`;

const built = await builtFunctionDir();
const chunks = readdirSync(built).filter((f) => f.endsWith('.cjs'));
const total = chunks.reduce((n, f) => n + statSync(join(built, f)).size, 0);
console.log(`Forge build: ${chunks.length} .cjs files, ${MB(total)}; index.cjs ${MB(statSync(join(built, 'index.cjs')).size)}\n`);

console.log('| family (package) | files (400 + 600) | WOFF | in the build (base64) | gzip of that |');
console.log('|---|---|---|---|---|');
for (const pkg of [...new Set(BUNDLED_FILES.map((f) => f.pkg))]) {
  const files = BUNDLED_FILES.filter((f) => f.pkg === pkg).map((f) => readFileSync(join(fontDir(pkg), f.file)));
  const woff = files.reduce((n, b) => n + b.length, 0);
  const base64 = files.reduce((n, b) => n + Math.ceil(b.length / 3) * 4, 0);
  const gz = files.reduce((n, b) => n + gzipSync(b.toString('base64'), { level: 9 }).length, 0);
  console.log(`| ${pkg} | ${files.length} | ${MB(woff)} | ${MB(base64)} | ${MB(gz)} |`);
}

const probe = join(ROOT, 'bench/export-scripts-probe.ts');
const samples = Array.from(
  { length: RUNS },
  () =>
    JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', probe, built], { encoding: 'utf8', cwd: ROOT }).trim().split('\n').pop()!,
    ) as Record<string, number>,
);
const median = (key: string): string => {
  const sorted = samples.map((s) => s[key]).sort((a, b) => a - b);
  return sorted[RUNS >> 1].toFixed(0);
};
console.log(`\n| export in a fresh instance, in this order (counter, 320 px; median of ${RUNS} processes) | ms |`);
console.log('|---|---|');
const rows: [string, string][] = [
  ['latin', 'first export, Latin title (satori, Inter)'],
  ['latinNext', 'next export, Latin'],
  ['ja', 'first Japanese export (loads its Noto Sans JP slices)'],
  ['jaNext', 'next Japanese export, another value'],
  ['ko', 'first Korean export'],
  ['zh', 'first Simplified Chinese export'],
  ['emoji', 'first export with an emoji'],
];
for (const [key, label] of rows) console.log(`| ${label} | ${median(key)} |`);
