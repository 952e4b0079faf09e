/**
 * Dashboard scale: 20 gadgets on one dashboard (10 distinct readings, each shown by two gadgets)
 * refresh together as one user, against the demo Jira at 0 and 50 ms latency, behind a stand-in for
 * Jira's burst rate limit (a token bucket per user; an assumption, Atlassian does not publish exact
 * numbers) that answers 429 with Retry-After like Jira does.
 *
 * Two ways of running the built function (@forge/bundler's output under the Forge runtime stand-in,
 * support/built-instances.ts):
 * - shared: one function instance serves all 20 calls, as built: identical reads in flight are shared
 *   (nothing read from Jira is kept after a request, functions/in-flight.ts);
 * - isolated: every call gets its own fresh instance: what each render costs when nothing is shared —
 *   e.g. when Forge spreads the calls over cold instances.
 * Phases: page load (cold), dashboard refresh 5 s later, refresh a minute later (clock moved 61 s).
 * Jira calls and 429s are counted on the Jira side (the proxy).
 *
 * `npx tsx bench/dashboard.bench.ts` prints the markdown section.
 */
import { PREVIEW_GADGETS } from '../dev/dashboard/preview-gadgets';
import { startDemoJira } from '../dev/demo-jira/server';
import { builtInstances } from '../support/built-instances';
import { median, percentile } from './server.bench';
import { BURST, REFILL_PER_S, startRateLimitProxy } from './rate-limit-proxy';

const NOW = new Date('2026-03-04T12:00:00Z');
/** The installation every call runs in (Forge passes it as runtime.installContext; without it nothing is shared). */
const SITE = 'ari:cloud:jira::site/glance-bench';
const GADGETS = 20;

type Config = Record<string, unknown>;

/** 10 distinct configurations: the preview's presets, then counters over the demo projects. */
function distinctConfigs(): Config[] {
  const presets = PREVIEW_GADGETS.map((g) => g.config as Config).filter((c) => c && typeof c === 'object' && 'source' in c);
  const extra = ['GLANCE', 'OPS', 'SEC', 'GLANCE', 'OPS', 'SEC', 'GLANCE', 'OPS', 'SEC', 'GLANCE'].map((p, i): Config => ({
    version: 1,
    kind: 'counter',
    title: `Created ${i + 1}d`,
    source: { type: 'jql', jql: `project = ${p} AND created >= -${i + 1}d` },
    metric: { type: 'count' },
  }));
  return [...presets, ...extra].slice(0, GADGETS / 2);
}

/** Both gadgets of a pair read the same thing; the second shows it under another title. */
export function dashboard(): Config[] {
  const configs = distinctConfigs();
  return [...configs, ...configs.map((c) => ({ ...c, title: `${String(c.title ?? 'Gadget')} (copy)` }))];
}

const event = (config: Config, i: number) => ({
  call: { functionKey: 'render', payload: { colorMode: 'light', width: 320 } },
  context: {
    moduleKey: `glance-${String(config.kind)}`,
    extension: { type: 'jira:dashboardGadget', gadget: { id: `g${i}` }, gadgetConfiguration: structuredClone(config) },
  },
});

/** Jira calls of one serial cold read of every distinct configuration (no limiter, fresh instance). */
async function serialColdCalls(): Promise<number> {
  const demo = await startDemoJira({ now: NOW, faults: { rules: [] } });
  const limiter = await startRateLimitProxy(demo.url, { burst: Infinity });
  const built = await builtInstances(limiter.url, demo.users);
  try {
    const handler = built.fresh();
    for (const [i, config] of distinctConfigs().entries())
      await handler(event(config, i), { principal: { accountId: demo.users[0].accountId }, installContext: SITE });
    return limiter.calls;
  } finally {
    built.close();
    await limiter.close();
    await demo.close();
  }
}

export interface PhaseResult {
  latencyMs: number;
  mode: 'shared' | 'isolated';
  phase: string;
  ok: number;
  rateLimited: number;
  jiraCalls: number;
  answered429: number;
  p50: number;
  p95: number;
}

/** Runs every phase for both modes at both latencies. */
export async function runDashboardBench(
  log: (line: string) => void = () => undefined,
): Promise<{ markdown: string; results: PhaseResult[]; distinct: number }> {
  const gadgets = dashboard();
  const results: PhaseResult[] = [];
  for (const latencyMs of [0, 50]) {
    for (const mode of ['shared', 'isolated'] as const) {
      log(`dashboard: ${mode}, demo Jira ${latencyMs} ms`);
      const demo = await startDemoJira({ now: NOW, latencyMs, faults: { rules: [] } });
      const limiter = await startRateLimitProxy(demo.url);
      let target = demo.url;
      const built = await builtInstances(() => target, demo.users);
      const shared = built.fresh();
      try {
        // Warm-up outside the dashboard (JIT, the demo Jira's JQL tables), straight to the demo Jira, not counted.
        const warm: Config = {
          version: 1,
          kind: 'progress',
          source: { type: 'jql', jql: 'project = OPS AND type = Bug' },
          metric: { type: 'ratio' },
        };
        await built.fresh()(event(warm, -1), { principal: { accountId: demo.users[0].accountId }, installContext: SITE });
        target = limiter.url;
        const phases: [string, number][] = [
          ['page load (cold)', 0],
          ['refresh after 5 s', 5_000],
          ['refresh after 66 s', 61_000],
        ];
        for (const [phase, advance] of phases) {
          built.advanceClock(advance);
          // Let the stand-in limiter's bucket refill as it would over that time.
          await new Promise((r) => setTimeout(r, Math.min(advance, 2_000)));
          const calls0 = limiter.calls;
          const t429 = limiter.throttled;
          const times: number[] = [];
          // Isolated: each gadget's instance is loaded before the page's calls start (loading blocks the event loop).
          const handlers = gadgets.map(() => (mode === 'shared' ? shared : built.fresh()));
          const outcomes = await Promise.all(
            gadgets.map(async (config, i) => {
              const handler = handlers[i];
              const t = performance.now();
              const r = await handler(event(config, i), { principal: { accountId: demo.users[0].accountId }, installContext: SITE });
              times.push(performance.now() - t);
              return r;
            }),
          );
          const bad = outcomes.filter((r) => r.ok !== true && r.code !== 'RATE_LIMITED');
          if (bad.length) throw new Error(`dashboard bench: ${bad.length} renders failed: ${JSON.stringify(bad[0]).slice(0, 300)}`);
          results.push({
            latencyMs,
            mode,
            phase,
            ok: outcomes.filter((r) => r.ok === true).length,
            rateLimited: outcomes.filter((r) => r.code === 'RATE_LIMITED').length,
            jiraCalls: limiter.calls - calls0,
            answered429: limiter.throttled - t429,
            p50: median(times),
            p95: percentile(times, 95),
          });
        }
      } finally {
        built.close();
        await limiter.close();
        await demo.close();
      }
    }
  }
  const distinct = distinctConfigs().length;
  const coldCalls = await serialColdCalls();
  const markdown = [
    `${GADGETS} gadgets on one dashboard, ${distinct} distinct readings each shown by two gadgets (the preview's presets, topped up`,
    `with count gadgets; one cold read of all ${distinct} costs ${coldCalls} Jira calls), all rendering at once as one user. In front of the`,
    `demo Jira a stand-in for Jira's rate limit: a token bucket per user, refilled at ${REFILL_PER_S}/s (the "App + user" budget of the`,
    `worked example on Atlassian's rate-limiting page; the real limits are not published), burst ${BURST} (an assumption),`,
    `answering 429 with \`Retry-After: 1\`.`,
    'Jira calls and 429s counted there. *shared*: one function instance (Glance as built: identical reads in flight',
    'shared, nothing kept after a request); *isolated*: every render on its own fresh instance, nothing shared.',
    '',
    '| demo Jira latency | instances | phase | renders ok | shown as "rate limited" | Jira calls | 429 answered | p50 ms | p95 ms |',
    '|---|---|---|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.latencyMs} ms | ${r.mode} | ${r.phase} | ${r.ok}/${GADGETS} | ${r.rateLimited} | ${r.jiraCalls} | ${r.answered429} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} |`,
    ),
  ].join('\n');
  return { markdown, results, distinct };
}

if (process.argv[1]?.endsWith('dashboard.bench.ts')) {
  const r = await runDashboardBench(console.log);
  console.log(`\n${r.markdown}`);
}
