/**
 * JQL on a new function instance: the render path's scanner (functions/jql/scan.ts) against Atlassian's
 * grammar (@atlassianlabs/jql-ast, now loaded by validateJql only). bench/jql-probe.ts is bundled twice
 * the way the function is (esbuild, CommonJS, minified), each bundle holding only the code it times, and
 * each runs in JQL_RUNS fresh node processes (default 7); the table shows medians.
 *
 *   npx tsx bench/jql.bench.ts
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';

const RUNS = Number(process.env.JQL_RUNS ?? 7);
const run = promisify(execFile);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface Probe {
  loadMs: number;
  firstMs: number;
  similarMs: number;
  variedMs: number;
  longUs: number;
  longChars: number;
}

async function measure(dir: string, mode: 'scanner' | 'grammar'): Promise<Probe & { bytes: number }> {
  const file = join(dir, `jql-${mode}.cjs`);
  await build({
    entryPoints: [join(process.cwd(), 'bench/jql-probe.ts')],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    minify: true,
    legalComments: 'none',
    logLevel: 'error',
    define: { JQL_PROBE_MODE: JSON.stringify(mode) },
  });
  const samples: Probe[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(JSON.parse((await run(process.execPath, [file])).stdout) as Probe);
  const pick = (k: keyof Probe) => median(samples.map((s) => s[k]));
  return {
    loadMs: pick('loadMs'),
    firstMs: pick('firstMs'),
    similarMs: pick('similarMs'),
    variedMs: pick('variedMs'),
    longUs: pick('longUs'),
    longChars: samples[0].longChars,
    bytes: statSync(file).size,
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'glance-bench-jql-'));
  try {
    const scanner = await measure(dir, 'scanner');
    const grammar = await measure(dir, 'grammar');
    const row = (name: string, p: Probe & { bytes: number }) =>
      `| ${name} | ${(p.bytes / 1024).toFixed(1)} KB | ${p.loadMs.toFixed(2)} ms | ${p.firstMs.toFixed(3)} ms | ${(p.loadMs + p.firstMs).toFixed(2)} ms | ${(p.similarMs * 1000).toFixed(1)} µs | ${(p.variedMs * 1000).toFixed(1)} µs | ${p.longUs.toFixed(1)} µs |`;
    console.log(
      [
        `Fresh node ${process.version} processes, median of ${RUNS}; each probe bundle holds only what it times (\`npx tsx bench/jql.bench.ts\`).`,
        '',
        `| JQL reader | probe bundle | load (import) | first parse | cold: load + first parse | warm: new query, same shape | warm: new query, other shape | warm: ${scanner.longChars}-char query |`,
        '|---|---|---|---|---|---|---|---|',
        row('scanner (functions/jql/scan.ts, renders)', scanner),
        row('grammar (@atlassianlabs/jql-ast, validateJql only)', grammar),
      ].join('\n'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
