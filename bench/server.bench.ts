/**
 * Server benchmark of the built Forge function (index.cjs as @forge/bundler builds it for
 * `forge deploy`, build/built-function.ts): bundle size, cold start (require in a fresh node), resolver latency per render of a
 * count gadget against the demo Jira at 0 and 50 ms injected latency (cold cache vs cached), Jira
 * calls per render, and RSS after import and after many renders.
 *
 * The bundle runs in a child node process exactly as built; a stand-in for the Forge runtime
 * (`globalThis.__forge_fetch__`, what `@forge/api`'s `asUser().requestJira` calls) forwards its
 * product calls to the demo Jira with a demo user's credentials. Jira calls are counted on the demo
 * Jira's side (node:diagnostics_channel on its HTTP server) and at that stand-in; both must agree.
 *
 * `npx tsx bench/server.bench.ts` prints the markdown section.
 */
import { countRequestsTo } from '../support/count-requests';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { builtFunctionDir } from '../build/built-function';
import { startDemoJira } from '../dev/demo-jira/server';

const run = promisify(execFile);
const COLD_START_RUNS = Number(process.env.COLD_START_RUNS ?? 9);
const NOW = new Date('2026-03-04T12:00:00Z');

/**
 * The child: requires the bundle, then renders count gadgets through its handler as Forge calls it.
 * argv: bundle, demo Jira URL, email, API token, accountId, cold renders, warm renders, total renders.
 */
const CHILD = String.raw`
const [bundle, base, email, token, accountId, coldN, warmN, totalN] = process.argv.slice(2);
const mb = () => process.memoryUsage();
const before = mb().rss;
const t0 = performance.now();
const { handler } = require(bundle);
const importMs = performance.now() - t0;
const afterImport = mb();
const auth = 'Basic ' + Buffer.from(email + ':' + token).toString('base64');
let calls = 0;
globalThis.__forge_fetch__ = async (opts, path, init) => {
  calls++;
  return fetch(base + path, { ...init, headers: { ...(init && init.headers), Authorization: auth } });
};
const config = (i) => ({ version: 1, kind: 'counter', title: 'Bugs ' + i, label: 'bugs', source: { type: 'jql', jql: 'project = GLANCE AND type = Bug AND created >= -' + (i + 1) + 'd' }, metric: { type: 'count' } });
async function render(cfg) {
  const c0 = calls;
  const t = performance.now();
  const r = await handler({ call: { functionKey: 'render', payload: { colorMode: 'light', width: 320 } }, context: { moduleKey: 'glance-counter', extension: { type: 'jira:dashboardGadget', gadgetConfiguration: cfg } } }, { principal: { accountId }, installContext: 'ari:cloud:jira::site/glance-bench' });
  const ms = performance.now() - t;
  if (!r || r.ok !== true || typeof r.svg !== 'string') throw new Error('render failed: ' + JSON.stringify(r).slice(0, 300));
  return { ms, calls: calls - c0 };
}
(async () => {
  const cold = [];
  for (let i = 0; i < Number(coldN); i++) cold.push(await render(config(i)));
  const warm = [];
  for (let i = 0; i < Number(warmN); i++) warm.push(await render(config(i % Number(coldN))));
  let done = cold.length + warm.length;
  for (let i = 0; done < Number(totalN); i++, done++) await render(config(Number(coldN) + (i % 100)));
  const end = mb();
  process.stdout.write(JSON.stringify({ importMs, rssBefore: before, rssImport: afterImport.rss, heapImport: afterImport.heapUsed, rssEnd: end.rss, heapEnd: end.heapUsed, renders: done, calls, cold, warm }));
})().catch((e) => { console.error(e); process.exit(1); });
`;

interface ChildReport {
  importMs: number;
  rssBefore: number;
  rssImport: number;
  heapImport: number;
  rssEnd: number;
  heapEnd: number;
  renders: number;
  calls: number;
  cold: { ms: number; calls: number }[];
  warm: { ms: number; calls: number }[];
}

export const median = (xs: number[]): number => {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const percentile = (xs: number[], p: number): number => {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

/**
 * What index.cjs is made of: source bytes per package (our folders by name) from its source map's
 * sourcesContent (webpack, not minified: close to the output bytes).
 */
function composition(bundle: string): [string, number][] {
  const map = JSON.parse(readFileSync(`${bundle}.map`, 'utf8')) as { sources: string[]; sourcesContent?: (string | null)[] };
  const sizes = new Map<string, number>();
  map.sources.forEach((source, i) => {
    const file = source.replace(/^webpack:\/\/[^/]*\/(\.\/)?/, '');
    const key = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ?? `${file.split('/')[0]}/ (ours)`;
    sizes.set(key, (sizes.get(key) ?? 0) + (map.sourcesContent?.[i]?.length ?? 0));
  });
  return [...sizes].sort((a, b) => b[1] - a[1]);
}
const mbs = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Medians over `runs` fresh processes of bench/jql-probe.ts bundled like the function. */
async function jqlCosts(dir: string, runs: number): Promise<Record<string, number>> {
  const file = join(dir, 'jql-probe.cjs');
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
  });
  const samples: Record<string, number>[] = [];
  for (let i = 0; i < runs; i++) samples.push(JSON.parse((await run(process.execPath, [file])).stdout) as Record<string, number>);
  return Object.fromEntries(Object.keys(samples[0]).map((k) => [k, median(samples.map((x) => x[k]))]));
}

export interface ServerBench {
  markdown: string;
  bundleBytes: number;
  bundleGzip: number;
  coldStartMs: number;
  latency: { latencyMs: number; coldMs: number; warmMs: number; coldCalls: number; warmCalls: number }[];
}

/** Builds the bundle, measures it, returns the markdown section and the headline figures. */
export async function runServerBench(log: (line: string) => void = () => undefined): Promise<ServerBench> {
  const dir = mkdtempSync(join(tmpdir(), 'glance-bench-server-'));
  try {
    const bundle = join(await builtFunctionDir(), 'index.cjs');
    const bytes = readFileSync(bundle);
    const gz = gzipSync(new Uint8Array(bytes), { level: 9 }).length;
    const child = join(dir, 'child.cjs');
    writeFileSync(child, CHILD);

    log(`server: ${COLD_START_RUNS} cold starts`);
    const requireCode = `const t=performance.now(),c=process.cpuUsage();require(${JSON.stringify(bundle)});const u=process.cpuUsage(c);process.stdout.write(JSON.stringify([performance.now()-t,(u.user+u.system)/1000,process.memoryUsage().rss]))`;
    const starts: [number, number, number][] = [];
    for (let i = 0; i < COLD_START_RUNS; i++)
      starts.push(JSON.parse((await run(process.execPath, ['-e', requireCode])).stdout) as [number, number, number]);
    const coldWall = median(starts.map((s) => s[0]));
    const coldCpu = median(starts.map((s) => s[1]));

    const latency: ServerBench['latency'] = [];
    const memory: ChildReport[] = [];
    const lines: string[] = [];
    for (const latencyMs of [0, 50]) {
      log(`server: renders against the demo Jira at ${latencyMs} ms latency`);
      const demo = await startDemoJira({ now: NOW, latencyMs, faults: { rules: [] } });
      const counter = countRequestsTo(demo.port);
      try {
        const u = demo.users[0];
        const { stdout } = await run(process.execPath, [child, bundle, demo.url, u.email, u.apiToken, u.accountId, '15', '30', '300'], {
          maxBuffer: 16 * 1024 * 1024,
        });
        const r = JSON.parse(stdout) as ChildReport;
        if (r.calls !== counter.count)
          throw new Error(`Jira calls disagree: ${r.calls} at the runtime stand-in, ${counter.count} at the demo Jira`);
        memory.push(r);
        const row = {
          latencyMs,
          coldMs: median(r.cold.map((x) => x.ms)),
          warmMs: median(r.warm.map((x) => x.ms)),
          coldCalls: median(r.cold.map((x) => x.calls)),
          warmCalls: median(r.warm.map((x) => x.calls)),
        };
        latency.push(row);
        lines.push(
          `| ${latencyMs} ms | ${row.coldMs.toFixed(1)} | ${percentile(
            r.cold.map((x) => x.ms),
            95,
          ).toFixed(
            1,
          )} | ${Math.min(...r.cold.map((x) => x.calls))}–${Math.max(...r.cold.map((x) => x.calls))} | ${row.warmMs.toFixed(2)} | ${percentile(
            r.warm.map((x) => x.ms),
            95,
          ).toFixed(2)} | ${Math.max(...r.warm.map((x) => x.calls))} | ${counter.count} for ${r.renders} renders |`,
        );
      } finally {
        counter.stop();
        await demo.close();
      }
    }
    const m = memory[0];
    const parts = composition(bundle);
    log('server: JQL grammar costs in fresh processes');
    const jql = await jqlCosts(dir, 5);
    const parts6 = parts
      .slice(0, 6)
      .map(([name, n]) => `${name} ${kb(n)}`)
      .join(', ');
    const markdown = [
      `Built by @forge/bundler as \`forge deploy\` builds it (webpack, not minified; export and fonts in lazy chunks), run in a fresh node`,
      `process under a stand-in for the Forge runtime that forwards \`asUser().requestJira\` to the demo Jira.`,
      '',
      '| bundle | size | gzip -9 | cold start: require, wall (median of ' +
        COLD_START_RUNS +
        ') | CPU | RSS after require | first render in that process (0 ms / 50 ms Jira) |',
      '|---|---|---|---|---|---|---|',
      `| index.cjs | ${kb(bytes.length)} | ${kb(gz)} | ${coldWall.toFixed(1)} ms | ${coldCpu.toFixed(1)} ms | ${mbs(median(starts.map((s) => s[2])))} | ${memory.map((x) => `${x.cold[0].ms.toFixed(0)} ms`).join(' / ')} |`,
      '',
      `Largest parts of index.cjs (source bytes, from its source map): ${parts6}.`,
      '',
      `The JQL grammar in a fresh process (bench/jql-probe.ts bundled the same way, median of 5): loading it`,
      `${jql.loadMs.toFixed(0)} ms, first parse ${jql.firstMs.toFixed(0)} ms, a new query of the same shape ${jql.similarMs.toFixed(1)} ms, a new query of another`,
      `shape ${jql.variedMs.toFixed(1)} ms. Only the edit view's validateJql loads it; renders use functions/jql/scan.ts (bench/jql.bench.ts).`,
      '',
      'Render of a count gadget (counter, one JQL), resolver handler called as Forge calls it; 15 cold renders',
      '(each a new JQL, so nothing cached), then 30 renders of the same configurations (cached, TTL 60 s).',
      'Jira calls counted on the demo Jira (its HTTP server) and at the runtime stand-in (they agree).',
      '',
      '| demo Jira latency | cold: median ms | cold: p95 ms | Jira calls per cold render | cached: median ms | cached: p95 ms | Jira calls per cached render | Jira calls in total |',
      '|---|---|---|---|---|---|---|---|',
      ...lines,
      '',
      `Memory of the function (node ${process.version}): RSS ${mbs(m.rssBefore)} before require, ${mbs(m.rssImport)} after require`,
      `(heap ${mbs(m.heapImport)}), ${mbs(m.rssEnd)} after ${m.renders} renders of 115 distinct configurations (heap ${mbs(m.heapEnd)}).`,
    ].join('\n');
    return { markdown, bundleBytes: bytes.length, bundleGzip: gz, coldStartMs: coldWall, latency };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('server.bench.ts')) {
  const r = await runServerBench(console.log);
  console.log(`\n${r.markdown}`);
}
