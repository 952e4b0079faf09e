/**
 * Bounded load test of the built function (@forge/bundler's output, as Forge deploys it) under the
 * Forge runtime stand-in, reading the embedded demo Jira (loopback) as each demo user
 * (support/built-instances.ts), called Forge-shaped. Many gadgets (copies of a set of distinct configurations) refresh
 * concurrently for a fixed number of rounds, then keep refreshing for a fixed duration.
 *
 * Jira calls are counted on the demo Jira's side (node:diagnostics_channel `http.server.request.start`
 * filtered to its port), and compared with the cost of one cold read of each distinct
 * (user, configuration) pair, measured first on a fresh resolver. Nothing read from Jira outlives a
 * request (functions/in-flight.ts), but identical reads in flight share one request: a round of every
 * gadget at once must cost at most one cold read per pair, whatever the number of gadget copies.
 *
 *   npx tsx support/load.ts                 full run, prints a markdown report
 *   npx tsx support/load.ts --json          the figures as JSON
 * `test/trust/load.test.ts` runs a smaller configuration and asserts the same invariants.
 */
import { countRequestsTo } from './count-requests';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import { builtInstances, type BuiltInstances } from './built-instances';
import { PREVIEW_GADGETS } from '../dev/dashboard/preview-gadgets';
import { startDemoJira } from '../dev/demo-jira/server';
import type { ForgeHandler } from './forge-runtime';

export interface LoadOptions {
  /** Gadget instances on the dashboard (each a copy of one of the distinct configurations). */
  gadgets: number;
  /** Extra distinct counter configurations besides the preview presets. */
  extraConfigs: number;
  /** Refresh rounds in the fixed-count phase (every gadget, every user, all at once). */
  rounds: number;
  /** Length of the fixed-duration phase (ms): rounds back to back until it is over. */
  durationMs: number;
}

export interface LoadReport {
  options: LoadOptions;
  users: number;
  distinctConfigs: number;
  distinctPairs: number;
  /** Pairs left out because one cold read as that user is already a status (e.g. Bob and SEC). */
  excludedPairs: string[];
  /** Jira requests of one cold read of every distinct pair, measured on a fresh resolver. */
  expectedJiraCalls: number;
  renders: { countPhase: number; durationPhase: number; afterExpiry: number };
  jiraCalls: { countPhase: number; durationPhase: number; afterExpiry: number };
  /** Rounds run in the timed phase. */
  durationRounds: number;
  /** Renders whose result differed from the single cold read of the same pair, or that threw. */
  errors: number;
  latencyMs: { p50: number; p95: number; max: number };
  memoryMB: { rssBefore: number; rssAfter: number; heapBefore: number; heapAfter: number };
  elapsedMs: number;
}

const DAY = new Date('2026-03-04T12:00:00Z');
/** How far the clock moves before the last round (the old cache lifetime: nothing may depend on it now). */
const TTL_MS = 60_000;
const MB = 1024 * 1024;

type Config = Record<string, unknown>;

/** A render as the preview server calls it: Forge-shaped event + runtime. */
function render(
  handler: ForgeHandler,
  accountId: string,
  gadgetId: string,
  config: Config,
  colorMode: string,
  width: number,
): Promise<any> {
  const kind = String(config.kind);
  const event = {
    call: { functionKey: 'render', payload: { colorMode, width } },
    context: {
      localId: `ari:cloud:ecosystem::extension/glance-load/${gadgetId}`,
      cloudId: 'glance-load',
      moduleKey: `glance-${kind}`,
      extension: {
        type: 'jira:dashboardGadget',
        gadget: { id: gadgetId },
        dashboard: { id: 'load' },
        gadgetConfiguration: structuredClone(config),
      },
    },
  };
  return handler(event, { principal: { accountId }, installContext: 'ari:cloud:jira::site/glance-load' });
}

/** The preview's configurations plus `extra` distinct counters over the demo projects. */
function configurations(extra: number): Config[] {
  const presets = PREVIEW_GADGETS.map((g) => g.config as Config);
  const projects = ['GLANCE', 'OPS', 'SEC'];
  const generated = Array.from({ length: extra }, (_, i): Config => ({
    version: 1,
    kind: i % 3 === 0 ? 'progress' : i % 3 === 1 ? 'counter' : 'gauge',
    title: `Load ${i}`,
    source: { type: 'jql', jql: `project = ${projects[i % projects.length]} AND created >= -${i + 1}d` },
    metric: i % 3 === 0 ? { type: 'ratio' } : { type: 'count' },
    ...(i % 3 === 2 ? { max: 500 } : {}),
  }));
  return [...presets, ...generated];
}

function gcNow(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Runs the bounded load test on loopback and returns its figures. */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const started = performance.now();
  const gc = gcNow();
  const demo = await startDemoJira({ now: DAY, faults: { rules: [] }, latencyMs: 0 });
  const counter = countRequestsTo(demo.port);
  let instances: BuiltInstances | undefined;
  try {
    instances = await builtInstances(demo.url, demo.users);
    const fresh = instances.fresh;
    const users = demo.users.map((u) => u.accountId);
    const configs = configurations(options.extraConfigs);

    // 1. Cost and answer of one cold read of each (user, configuration), each on a fresh resolver.
    const expected = new Map<string, { calls: number; value: unknown }>();
    const excludedPairs: string[] = [];
    for (const [u, user] of users.entries()) {
      for (const [c, config] of configs.entries()) {
        const before = counter.count;
        const result = await render(fresh(), user, `cold-${c}`, config, 'light', 320);
        if (!result.ok) excludedPairs.push(`user ${u + 1} × config ${c} (${result.code})`);
        else expected.set(`${user}|${c}`, { calls: counter.count - before, value: result.value });
      }
    }

    // 2. The dashboard: `gadgets` instances over the configurations every user can read.
    const usable = configs.map((_, c) => c).filter((c) => users.every((u) => expected.has(`${u}|${c}`)));
    const gadgets = Array.from({ length: options.gadgets }, (_, i) => ({ id: `g-${i}`, c: usable[i % usable.length] }));
    const handler = fresh();
    const latencies: number[] = [];
    let errors = 0;
    let renders = 0;
    const refreshAll = async (round: number) => {
      await Promise.all(
        users.flatMap((user) =>
          gadgets.map(async (g) => {
            const t0 = performance.now();
            renders++;
            try {
              const result = await render(handler, user, g.id, configs[g.c], round % 2 === 0 ? 'light' : 'dark', 280 + (round % 5) * 40);
              const want = expected.get(`${user}|${g.c}`)!;
              if (!result.ok || result.value !== want.value || typeof result.svg !== 'string') errors++;
            } catch {
              errors++;
            }
            latencies.push(performance.now() - t0);
          }),
        ),
      );
    };

    gc();
    const rssBefore = process.memoryUsage().rss;
    const heapBefore = process.memoryUsage().heapUsed;
    const base = counter.count;
    for (let r = 0; r < options.rounds; r++) await refreshAll(r);
    const countPhase = { renders, calls: counter.count - base };

    const durationEnd = performance.now() + options.durationMs;
    let r = options.rounds;
    while (performance.now() < durationEnd) await refreshAll(r++);
    const durationPhase = { renders: renders - countPhase.renders, calls: counter.count - base - countPhase.calls };

    // 3. A minute passes (the clock the function sees moves): one more round, no cheaper and no dearer.
    instances.advanceClock(TTL_MS + 1);
    const beforeExpiry = { renders, calls: counter.count };
    await refreshAll(r);
    const afterExpiry = { renders: renders - beforeExpiry.renders, calls: counter.count - beforeExpiry.calls };

    gc();
    const rssAfter = process.memoryUsage().rss;
    const heapAfter = process.memoryUsage().heapUsed;
    latencies.sort((a, b) => a - b);
    const expectedJiraCalls = usable.reduce((n, c) => n + users.reduce((m, u) => m + expected.get(`${u}|${c}`)!.calls, 0), 0);
    return {
      options,
      users: users.length,
      distinctConfigs: usable.length,
      distinctPairs: usable.length * users.length,
      excludedPairs,
      expectedJiraCalls,
      renders: { countPhase: countPhase.renders, durationPhase: durationPhase.renders, afterExpiry: afterExpiry.renders },
      jiraCalls: { countPhase: countPhase.calls, durationPhase: durationPhase.calls, afterExpiry: afterExpiry.calls },
      durationRounds: r - options.rounds,
      errors,
      latencyMs: { p50: round1(percentile(latencies, 50)), p95: round1(percentile(latencies, 95)), max: round1(latencies.at(-1) ?? 0) },
      memoryMB: {
        rssBefore: round1(rssBefore / MB),
        rssAfter: round1(rssAfter / MB),
        heapBefore: round1(heapBefore / MB),
        heapAfter: round1(heapAfter / MB),
      },
      elapsedMs: Math.round(performance.now() - started),
    };
  } finally {
    instances?.close();
    counter.stop();
    await demo.close();
  }
}

/** The report as a markdown table. */
export function formatLoad(r: LoadReport): string {
  const o = r.options;
  return [
    `Loopback only: the built function (@forge/bundler) under the Forge runtime stand-in, reading the demo Jira as each user, ${r.users} users, ${o.gadgets} gadgets over ${r.distinctConfigs} distinct configurations (${r.distinctPairs} user × configuration pairs).`,
    '',
    '| phase | renders | Jira calls | expected Jira calls |',
    '|---|---:|---:|---:|',
    `| ${o.rounds} concurrent refresh rounds | ${r.renders.countPhase} | ${r.jiraCalls.countPhase} | ≤ ${o.rounds * r.expectedJiraCalls} (one cold read per pair and round) |`,
    `| ${o.durationMs / 1000} s of back-to-back rounds (${r.durationRounds}) | ${r.renders.durationPhase} | ${r.jiraCalls.durationPhase} | ≤ ${r.durationRounds * r.expectedJiraCalls} |`,
    `| one round a minute later | ${r.renders.afterExpiry} | ${r.jiraCalls.afterExpiry} | ≤ ${r.expectedJiraCalls} |`,
    '',
    `Errors (a result different from the serial cold read, or a throw): **${r.errors}**. Throughput in the timed phase ${Math.round(r.renders.durationPhase / (o.durationMs / 1000))} renders/s. Latency per render p50 ${r.latencyMs.p50} ms, p95 ${r.latencyMs.p95} ms, max ${r.latencyMs.max} ms (every gadget of every user in flight at once, so mostly queueing).`,
    `Memory: RSS ${r.memoryMB.rssBefore} → ${r.memoryMB.rssAfter} MB, heap after GC ${r.memoryMB.heapBefore} → ${r.memoryMB.heapAfter} MB. Left out (a cold read is already a status): ${r.excludedPairs.join('; ') || 'none'}. Total ${(r.elapsedMs / 1000).toFixed(1)} s.`,
  ].join('\n');
}

export const FULL: LoadOptions = { gadgets: 200, extraConfigs: 21, rounds: 5, durationMs: 10_000 };

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const report = await runLoad(FULL);
  console.log(process.argv.includes('--json') ? JSON.stringify(report, null, 2) : formatLoad(report));
}
