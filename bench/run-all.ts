/**
 * `npm run bench`: every benchmark in one run, printing progress, then the generated part of
 * bench/RESULTS.md (between the "npm run bench" markers; the rest of the file is left as it is).
 *
 *   client     bench/client/run.ts     Glance view vs ECharts and Chart.js pages, Chromium, CPU 6×
 *   server     bench/server.bench.ts   function bundle: size, cold start, render latency, Jira calls, RSS
 *   dashboard  bench/dashboard.bench.ts 20 gadgets at once: Jira calls, p50/p95, 429s
 *   load       support/load.ts           bounded load test (200 gadgets × users)
 *   commands   hyperfine + /usr/bin/time: node startup with the bundle vs alternatives
 *   render     bench/render.bench.ts   (own process) Glance vs satori vs ECharts SSR
 *   export     bench/export.bench.ts   (own process) portable export costs
 *   metrics    bench/metrics.bench.ts  (own process) Jira calls and latency of trend and formula gadgets
 *
 * `npm run bench -- --only client,server` runs a subset (RESULTS.md is then not written).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { builtBaselineDir, builtFunctionDir } from '../build/built-function';
import { clientTable, CPU_THROTTLE, DASHBOARD_GADGETS, runClientBench, type PageResult } from './client/run';
import { runDashboardBench } from './dashboard.bench';
import { FULL, formatLoad, runLoad } from '../support/load';
import { runServerBench } from './server.bench';

const run = promisify(execFile);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(ROOT, 'bench/RESULTS.md');
const BEGIN = '<!-- npm run bench: generated from here to the end marker by bench/run-all.ts; do not edit by hand -->';
const END = '<!-- end of npm run bench -->';

const PARTS = ['client', 'server', 'dashboard', 'load', 'commands', 'render', 'export', 'metrics'];
const only = (() => {
  const { values } = parseArgs({ options: { only: { type: 'string' } }, strict: true });
  if (values.only === undefined) return undefined;
  const parts = values.only.split(',');
  const unknown = parts.filter((p) => !PARTS.includes(p));
  if (unknown.length > 0) throw new Error(`--only: unknown part ${unknown.join(', ')} (parts: ${PARTS.join(', ')})`);
  return new Set(parts);
})();
const wanted = (part: string): boolean => !only || only.has(part);
const started = performance.now();
const progress = (line: string): void => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

/** Runs a benchmark script in its own node process (tsx), returning its stdout. */
async function script(file: string, env: Record<string, string> = {}): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', join(ROOT, file)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    maxBuffer: 16 * 1024 * 1024,
    timeout: 600_000,
  });
  return stdout.trim();
}

const ratio = (a: number, b: number): string => `${(a / b).toFixed(a / b < 10 ? 1 : 0)}×`;

function headline(client: PageResult[], board: PageResult[]): string {
  const glance = client.find((r) => r.name === 'glance')!;
  const rivals = client.filter((r) => r.name === 'echarts' || r.name === 'chartjs');
  const best = (key: keyof PageResult) => rivals.reduce((a, b) => ((b[key] as number) < (a[key] as number) ? b : a));
  const floor = client.find((r) => r.name === 'floor')!;
  const row = (what: string, key: keyof PageResult, fmt: (n: number) => string, goal?: number) => {
    const b = best(key);
    const x = (b[key] as number) / (glance[key] as number);
    const verdict = goal === undefined ? '' : x >= goal ? ` — goal ≥ ${goal}×: **met**` : ` — goal ≥ ${goal}×: **not met**`;
    return `| ${what} | ${fmt(glance[key] as number)} | ${fmt(b[key] as number)} (${b.name === 'echarts' ? 'ECharts' : 'Chart.js'}) | **${ratio(b[key] as number, glance[key] as number)}**${verdict} |`;
  };
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
  const above = (r: PageResult) => r.scriptMs - floor.scriptMs;
  const bestAbove = Math.min(...rivals.map(above));
  return [
    '| client, CPU 6× (median) | Glance view | best alternative | alternative ÷ Glance |',
    '|---|---|---|---|',
    row('JS shipped, minified', 'jsBytes', kb, 4),
    row('JS shipped, gzip -9', 'jsGzipBytes', kb, 4),
    row('script time, whole page (host + bridge + page)', 'scriptMs', ms, 5),
    row("script time of the page's own bundle", 'ownScriptMs', ms, 5),
    row('navigation → gauge drawn', 'drawnMs', ms),
    row('JS heap after GC', 'heapBytes', kb),
    `| script time above the floor page (same bridge, no chart: ${ms(floor.scriptMs)}) | ${ms(above(glance))} | ${ms(bestAbove)} | ${above(glance) <= 0 ? 'Glance is at the floor' : ratio(bestAbove, above(glance))} |`,
    ...(() => {
      const g = board.find((r) => r.name === 'glance')!;
      const rivalsBoard = board.filter((r) => r.name === 'echarts' || r.name === 'chartjs');
      const line = (what: string, key: keyof PageResult, fmt: (n: number) => string) => {
        const b = rivalsBoard.reduce((a, c) => ((c[key] as number) < (a[key] as number) ? c : a));
        return `| ${DASHBOARD_GADGETS} gadgets on one page: ${what} | ${fmt(g[key] as number)} | ${fmt(b[key] as number)} (${b.name === 'echarts' ? 'ECharts' : 'Chart.js'}) | **${ratio(b[key] as number, g[key] as number)}** |`;
      };
      return [
        line('navigation → all drawn', 'drawnMs', ms),
        line('script time, whole page', 'scriptMs', ms),
        line("script time of the gadgets' bundles", 'ownScriptMs', ms),
        line('JS heap after GC', 'heapBytes', kb),
      ];
    })(),
  ].join('\n');
}

async function main(): Promise<void> {
  const sections: string[] = [];
  let chromium = 'not run';
  let head = '';
  if (wanted('client')) {
    progress('client: building pages, headless Chromium');
    const c = await runClientBench(undefined, progress);
    chromium = c.chromium;
    head = headline(c.results, c.dashboard);
    sections.push(
      `### Client: the gadget page in headless Chromium, CPU throttled ${CPU_THROTTLE}×`,
      '',
      'bench/client/: the real Glance view (build/build-static.ts) and minimal pages drawing the same gauge client-side —',
      'ECharts 6 (`echarts/core` + GaugeChart + SVGRenderer), Chart.js 4 (DoughnutController + ArcElement) — and a floor',
      'page (the value as text). All bundled by esbuild --minify with the same `@forge/bridge` facade as the view (the',
      'slimmest bridge any of them could ship; the whole barrel would add 31 KB gz each), served under the production Forge',
      "CSP with the preview's bridge shim, framed 320 px wide by a host page that answers `invoke` over HTTP with the same",
      'gauge (62 of 0..100, thresholds, target 80): rendered SVG for Glance, the numbers for the others. Each run is a fresh',
      'browser context (cold cache); rounds interleave the pages; round 0 is a discarded warm-up. "Gauge drawn": after',
      "the next paint following the SVG/canvas drawing (rAF, then a message task), from the frame's navigation start.",
      'Script time: CDP `Performance.getMetrics` ScriptDuration 1 s after drawing (the whole page: host, shim, frame);',
      "own bundle: the page's main.js top-level script events (compile, evaluate, calls) in a Chromium trace. Heap:",
      '`JSHeapUsedSize` after a forced GC. CSP violations: `securitypolicyviolation` events in the frame.',
      '',
      clientTable(c.results),
      '',
      `The same pages as a dashboard: one host page framing ${DASHBOARD_GADGETS} copies of each (320 px columns, all in the`,
      "viewport; same-origin frames share one renderer main thread, as a Jira dashboard's gadgets from one app do).",
      `"Drawn" is from the dashboard's navigation until the last of the ${DASHBOARD_GADGETS} gauges is painted; median of ${'`'}CLIENT_DASHBOARD_RUNS${'`'} interleaved loads per page (default 2).`,
      '',
      clientTable(c.dashboard, `navigation → all ${DASHBOARD_GADGETS} drawn (ms)`),
    );
  }
  if (wanted('server')) {
    progress('server: building the function bundle');
    const s = await runServerBench(progress);
    sections.push('', '### Server: the Forge function bundle', '', s.markdown);
  }
  if (wanted('dashboard')) {
    progress('dashboard: 20 gadgets');
    const d = await runDashboardBench(progress);
    sections.push('', '### Dashboard scale: 20 gadgets refreshing together', '', d.markdown);
  }
  if (wanted('load')) {
    progress('load: support/load.ts (full)');
    sections.push('', '### Bounded load test (support/load.ts)', '', formatLoad(await runLoad(FULL)));
  }
  if (wanted('commands')) {
    progress('commands: hyperfine and /usr/bin/time');
    sections.push('', '### Whole commands: node startup with the function bundle', '', await commands());
  }
  if (wanted('render')) {
    progress('render: bench/render.bench.ts (own process)');
    sections.push('', '### Render (bench/render.bench.ts, this run)', '', await script('bench/render.bench.ts'));
  }
  if (wanted('export')) {
    progress('export: bench/export.bench.ts (own process, RUNS=5)');
    sections.push('', '### Export (bench/export.bench.ts, this run)', '', await script('bench/export.bench.ts', { RUNS: '5' }));
  }
  if (wanted('metrics')) {
    progress('metrics: bench/metrics.bench.ts (own process)');
    sections.push(
      '',
      '### Metrics: trend and formula gadgets (bench/metrics.bench.ts, this run)',
      '',
      await script('bench/metrics.bench.ts'),
    );
  }
  const total = (performance.now() - started) / 1000;
  const cpus = os.cpus();
  const machine = [
    '## Full suite (`npm run bench`)',
    '',
    `Command: \`npm run bench\` (bench/run-all.ts), ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${total.toFixed(0)} s in total.`,
    `Machine: Node ${process.version}, ${os.platform()} ${os.arch()}, ${cpus.length} CPUs (${cpus[0]?.model.trim() ?? 'unknown'}), Chromium ${chromium},`,
    `load average at the end ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')} (the machine is shared: absolute times are noisy, compare within a table).`,
  ];
  const text = [BEGIN, ...machine, '', ...(head ? ['### Headline', '', head, ''] : []), ...sections, '', END].join('\n');
  console.log(`\n${text}`);
  if (only) {
    progress('subset run: bench/RESULTS.md not written');
    return;
  }
  const old = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '# Benchmark results\n';
  const a = old.indexOf(BEGIN);
  const b = old.indexOf(END);
  const next = a >= 0 && b > a ? `${old.slice(0, a)}${text}${old.slice(b + END.length)}` : `${old.trimEnd()}\n\n${text}\n`;
  writeFileSync(RESULTS, next);
  progress(`wrote ${RESULTS}`);
}

/**
 * hyperfine (wall time, several runs) and /usr/bin/time -v (peak RSS) for node starting with each
 * function bundle: the smallest possible Forge resolver, the same with a server-side ECharts gauge,
 * and Glance's.
 */
async function commands(): Promise<string> {
  const dir = mkdtempSync(join(os.tmpdir(), 'glance-bench-cmd-'));
  try {
    const bundles: [string, string | undefined][] = [
      ['node alone', undefined],
      [
        'minimal Forge resolver (@forge/api + @forge/resolver, one Jira call)',
        join(await builtBaselineDir('bench/functions-alt/minimal.ts'), 'index.cjs'),
      ],
      [
        'minimal + server-side ECharts gauge (tree-shaken, SSR)',
        join(await builtBaselineDir('bench/functions-alt/echarts-ssr.ts'), 'index.cjs'),
      ],
      ['Glance function (@forge/bundler, as forge deploy builds it)', join(await builtFunctionDir(), 'index.cjs')],
    ];
    const code = (file: string | undefined) => (file ? `require(${JSON.stringify(file)})` : '0');
    const lines = [
      '| node -e … | index.cjs | gzip -9 | hyperfine mean ± σ (ms) | min (ms) | peak RSS (/usr/bin/time -v) |',
      '|---|---|---|---|---|---|',
    ];
    const hyperfine = ['/usr/bin/hyperfine', '/usr/local/bin/hyperfine'].find(existsSync);
    const json = join(dir, 'hyperfine.json');
    let timings: { mean: number; stddev: number; min: number }[] = [];
    if (hyperfine) {
      await run(
        hyperfine,
        ['-N', '--warmup', '2', '--runs', '6', '--export-json', json, ...bundles.map(([, f]) => `node -e '${code(f)}'`)],
        { cwd: ROOT, timeout: 300_000 },
      );
      timings = (JSON.parse(readFileSync(json, 'utf8')) as { results: { mean: number; stddev: number; min: number }[] }).results;
    }
    for (const [i, [label, file]] of bundles.entries()) {
      const { stderr } = await run('/usr/bin/time', ['-v', process.execPath, '-e', code(file)], { cwd: ROOT });
      const kbytes = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1]);
      const t = timings[i];
      const size = file
        ? `${(statSync(file).size / 1024).toFixed(1)} KB | ${(gzipSync(new Uint8Array(readFileSync(file)), { level: 9 }).length / 1024).toFixed(1)} KB`
        : '— | —';
      lines.push(
        `| ${label} | ${size} | ${t ? `${(t.mean * 1000).toFixed(0)} ± ${(t.stddev * 1000).toFixed(0)}` : 'hyperfine not installed'} | ${t ? (t.min * 1000).toFixed(0) : '—'} | ${(kbytes / 1024).toFixed(1)} MB |`,
      );
    }
    return [
      `\`hyperfine -N --warmup 2 --runs 6 "node -e 'require(<bundle>)'" …\` (hyperfine 1.15 from Debian) and`,
      `\`/usr/bin/time -v node -e 'require(<bundle>)'\` (GNU time): a whole node process that loads each function bundle.`,
      'Baselines in bench/functions-alt/, each built by @forge/bundler as a one-function app (build/built-function.ts).',
      '',
      ...lines,
    ].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
