/**
 * Jira calls and latency per render for the issue-11 metrics, against the embedded demo Jira over
 * loopback HTTP: a counter with an 8-point weekly trend, and a formula of 3 metrics — each on a
 * cold cache (a fresh resolver set per render) and a warm one (the same resolvers again), with the
 * demo Jira answering after 0 ms and 50 ms of added latency.
 *
 *   npx tsx bench/metrics.bench.ts            (ROUNDS=15 by default)
 */
import { defineResolvers } from '../functions/app';
import { fetchTransport } from '../functions/jira/fetch-transport';
import type { Transport } from '../functions/jira/transport';
import { Resolver } from '../functions/resolver';
import { startDemoJira } from '../dev/demo-jira/server';
import { call, type Handler } from '../support/forge-call';

const ROUNDS = Number(process.env.ROUNDS ?? 15);

const SCENARIOS: { name: string; config: unknown }[] = [
  {
    name: 'trend: created per week, 8 points (counter of open bugs)',
    config: {
      version: 2,
      kind: 'counter',
      title: 'Open bugs',
      source: { type: 'project', projectKey: 'GLANCE', preset: 'open-bugs' },
      metric: { type: 'count' },
      trend: { series: 'created', interval: 'week', points: 8 },
    },
  },
  {
    name: 'formula of 3 metrics: (A − B) / C * 100 (net flow per open issue)',
    config: {
      version: 2,
      kind: 'counter',
      title: 'Net flow',
      format: { suffix: '%' },
      source: { type: 'project', projectKey: 'GLANCE' },
      metric: {
        type: 'formula',
        expression: '(A − B) / C * 100',
        variables: [
          { name: 'A', source: { type: 'project', projectKey: 'GLANCE', preset: 'created-7d' }, metric: { type: 'count' } },
          { name: 'B', source: { type: 'project', projectKey: 'GLANCE', preset: 'resolved-7d' }, metric: { type: 'count' } },
          { name: 'C', source: { type: 'project', projectKey: 'GLANCE', preset: 'open' }, metric: { type: 'count' } },
        ],
      },
    },
  },
];

interface Sample {
  ms: number;
  calls: number;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

async function main(): Promise<void> {
  const rows: string[] = [];
  for (const latencyMs of [0, 50]) {
    const jira = await startDemoJira({ latencyMs, faults: { rules: [] } });
    const user = jira.users[0];
    let calls = 0;
    const counting = (inner: Transport): Transport => ({
      request(...args) {
        calls += 1;
        return inner.request(...args);
      },
    });
    const handlerFresh = (): Handler => {
      const resolver = new Resolver();
      defineResolvers(resolver, {
        transportFor: () => counting(fetchTransport({ baseUrl: jira.url, email: user.email, apiToken: user.apiToken })),
      });
      return resolver.getDefinitions();
    };
    const render = async (handler: Handler, config: unknown): Promise<Sample> => {
      const before = calls;
      const started = performance.now();
      const result = await call(handler, 'render', { width: 400 }, { gadgetConfiguration: config, accountId: user.accountId });
      const ms = performance.now() - started;
      if (!result.ok) throw new Error(`render failed: ${result.code} ${result.message}`);
      return { ms, calls: calls - before };
    };
    try {
      for (const { name, config } of SCENARIOS) {
        await render(handlerFresh(), config); // warm-up: JIT, JQL grammar, sockets
        const cold: Sample[] = [];
        const warm: Sample[] = [];
        for (let i = 0; i < ROUNDS; i++) {
          const handler = handlerFresh();
          cold.push(await render(handler, config));
          warm.push(await render(handler, config));
        }
        for (const [cache, samples] of [
          ['cold', cold],
          ['warm', warm],
        ] as const) {
          const callCounts = [...new Set(samples.map((s) => s.calls))].join('/');
          const line = `| ${name} | ${latencyMs} ms | ${cache} | ${callCounts} | ${median(samples.map((s) => s.ms)).toFixed(1)} | ${Math.max(...samples.map((s) => s.ms)).toFixed(1)} |`;
          rows.push(line);
          console.log(line);
        }
      }
    } finally {
      await jira.close();
    }
  }
  console.log(
    `\n| scenario | Jira latency | cache | Jira calls per render | median ms | max ms |\n|---|---|---|---|---|---|\n${rows.join('\n')}`,
  );
  console.log(`\n${ROUNDS} rounds each; Node ${process.version}, ${process.platform} ${process.arch}.`);
}

await main();
