/**
 * Jira calls and estimated rate-limit points of one cold render of every preset: the edit form's
 * presets (static/edit/presets.ts) and the preview dashboard's gadgets (dev/dashboard/preview-gadgets.ts),
 * read as Alice from the embedded demo Jira (fixed day), each on a fresh resolver set (empty cache).
 *
 * Points are an estimate after Atlassian's model ("Rate limiting" for Jira Cloud,
 * https://developer.atlassian.com/cloud/jira/platform/rate-limiting: "Each request starts with a base
 * cost of 1 point, and additional points are added for each object involved"): 1 per request plus 1
 * per object in the answer — each issue of a search page, the saved filter, the version. A count
 * answer carries no object (1 point). Atlassian does not publish per-endpoint costs, so compare rows,
 * not absolute quotas.
 *
 *   npx tsx bench/points.bench.ts            prints the markdown table
 */
import { defineResolvers } from '../functions/app';
import { fetchTransport } from '../functions/jira/fetch-transport';
import { RateLimits } from '../functions/jira/rate-limits';
import type { Transport } from '../functions/jira/transport';
import { Resolver } from '../functions/resolver';
import { PREVIEW_GADGETS } from '../dev/dashboard/preview-gadgets';
import { startDemoJira } from '../dev/demo-jira/server';
import { FORM_PRESETS } from '../static/edit/presets';
import { call } from '../support/forge-call';

const NOW = new Date('2026-03-04T12:00:00Z');

export interface PresetCost {
  preset: string;
  kind: string;
  metric: string;
  calls: number;
  points: number;
  /** Calls per endpoint, e.g. "8 count + 1 search". */
  byEndpoint: string;
  ok: boolean;
}

/** Estimated points of one answer: 1 + the objects it carries. */
export function estimatePoints(path: string, status: number, text: string): number {
  if (status < 200 || status >= 300) return 1;
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    if (Array.isArray(body.issues)) return 1 + body.issues.length;
    if (/\/(filter|version)\/[^/]+$/.test(path)) return 2;
    if (Array.isArray(body.values)) return 1 + body.values.length;
  } catch {
    // not JSON: the base cost only
  }
  return 1;
}

const ENDPOINT_NAMES: [RegExp, string][] = [
  [/approximate-count/, 'count'],
  [/search\/jql/, 'search'],
  [/\/filter\//, 'filter'],
  [/\/version\//, 'version'],
];

/** Measures one cold render of each configuration. */
export async function measurePresets(configs: { preset: string; config: Record<string, unknown> }[]): Promise<PresetCost[]> {
  const jira = await startDemoJira({ now: NOW, faults: { rules: [] } });
  const user = jira.users[0];
  const rows: PresetCost[] = [];
  try {
    for (const { preset, config } of configs) {
      const seen: { endpoint: string; points: number }[] = [];
      const counting = (inner: Transport): Transport => ({
        async request(method, path, body, signal) {
          const answer = await inner.request(method, path, body, signal);
          seen.push({
            endpoint: ENDPOINT_NAMES.find(([re]) => re.test(path.value))?.[1] ?? path.value,
            points: estimatePoints(path.value, answer.status, answer.text),
          });
          return answer;
        },
      });
      const resolver = new Resolver();
      defineResolvers(resolver, {
        transportFor: () => counting(fetchTransport({ baseUrl: jira.url, email: user.email, apiToken: user.apiToken })),
        now: () => NOW.getTime(),
        rateLimits: new RateLimits(),
      });
      const result = await call(
        resolver.getDefinitions(),
        'render',
        { width: 320 },
        { gadgetConfiguration: config, accountId: user.accountId, moduleKey: `glance-${String(config.kind)}` },
      );
      const tally = new Map<string, number>();
      for (const s of seen) tally.set(s.endpoint, (tally.get(s.endpoint) ?? 0) + 1);
      const metric = config.metric as { type: string; variables?: unknown[] };
      rows.push({
        preset,
        kind: String(config.kind),
        metric:
          metric.type + (config.trend ? ' + trend' : '') + (config.compare ? ' + compare' : '') + (config.expected ? ' + expected' : ''),
        calls: seen.length,
        points: seen.reduce((a, s) => a + s.points, 0),
        byEndpoint: [...tally].map(([e, n]) => `${n} ${e}`).join(' + '),
        ok: result.ok === true,
      });
    }
  } finally {
    await jira.close();
  }
  return rows;
}

/** Every preset of the edit form and of the preview dashboard. */
export function allPresets(): { preset: string; config: Record<string, unknown> }[] {
  return [
    ...FORM_PRESETS.map((p) => ({ preset: `edit: ${p.id}`, config: p.config(NOW) as unknown as Record<string, unknown> })),
    ...PREVIEW_GADGETS.map((g) => ({ preset: `preview: ${g.id}`, config: g.config })),
  ];
}

/** Calls and points per gadget kind (sum over the presets of that kind). */
export function perKindTable(rows: PresetCost[]): string {
  const kinds = new Map<string, { n: number; calls: number; points: number }>();
  for (const r of rows) {
    const k = kinds.get(r.kind) ?? { n: 0, calls: 0, points: 0 };
    kinds.set(r.kind, { n: k.n + 1, calls: k.calls + r.calls, points: k.points + r.points });
  }
  return [
    '| kind | presets | Jira calls | est. points |',
    '|---|---:|---:|---:|',
    ...[...kinds].map(([kind, k]) => `| ${kind} | ${k.n} | ${k.calls} | ${k.points} |`),
  ].join('\n');
}

/** The markdown table of `rows`, with a total line. */
export function pointsTable(rows: PresetCost[]): string {
  const lines = rows.map(
    (r) => `| ${r.preset} | ${r.kind} | ${r.metric} | ${r.calls} | ${r.byEndpoint} | ${r.points} |${r.ok ? '' : ' (status card)'}`,
  );
  const total = rows.reduce((a, r) => ({ calls: a.calls + r.calls, points: a.points + r.points }), { calls: 0, points: 0 });
  return [
    '| preset | kind | metric | Jira calls | by endpoint | est. points |',
    '|---|---|---|---:|---|---:|',
    ...lines,
    `| **all ${rows.length}** | | | **${total.calls}** | | **${total.points}** |`,
  ].join('\n');
}

if (process.argv[1]?.endsWith('points.bench.ts')) {
  const rows = await measurePresets(allPresets());
  console.log(`${pointsTable(rows)}\n\n${perKindTable(rows)}`);
}
