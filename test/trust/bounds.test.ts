/**
 * Memory and time bounds of one function instance (Forge gives it 512 MB and 25 s):
 *
 * - memory: six distinct "count non-empty" gadgets with a `matching` trend over 5,000 issues whose
 *   descriptions are 20 KB each hold only numbers while paging, and nothing after the request: the
 *   heap after GC stays far under the raw data (before the fix it grew by ~100 MB per gadget), and a
 *   second round reads Jira again (nothing read from Jira outlives the request, functions/in-flight.ts);
 * - time: a sum over 4,800 issues from a Jira answering each page in 450 ms (simulated clock) stops
 *   paging within its share of the time budget with a partial value and says on the card how many
 *   issues it covers (before the fix: TIMEOUT).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { defineResolvers, type AppDeps } from '../../functions/app';
import type { Transport } from '../../functions/jira/transport';
import { Resolver } from '../../functions/resolver';
import { call, type Handler } from '../../support/forge-call';

const MB = 1024 * 1024;
const NOW = Date.parse('2026-11-25T12:00:00Z');
const DAY = 86_400_000;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

interface FakeJira {
  transport: Transport;
  pagesServed: number;
}

/**
 * An in-process Jira (no HTTP, so the test measures Glance's memory, not a server's): `total` issues,
 * each with a description of `descriptionBytes` and a `customfield_10016` of 1, created over the
 * last 8 weeks; every page takes `pageMs` on `clock` when given.
 */
function fakeJira(total: number, descriptionBytes: number, clock?: { now: number; pageMs: number }): FakeJira {
  const description = 'd'.repeat(descriptionBytes);
  // Each page's text, made once: the same page asked again is the same answer (the test measures
  // Glance's parsing and holding of it, not the making of 2 MB of JSON per page), and every page is
  // made before the test measures the heap, by `warm` below, as a real Jira's data lives elsewhere.
  const pages = new Map<string, string>();
  const jira: FakeJira = {
    pagesServed: 0,
    transport: {
      async request(_method, path, body) {
        const ok = (value: unknown) => ({ status: 200, headers: new Headers(), text: JSON.stringify(value) });
        if (path.value.startsWith('/rest/api/3/search/approximate-count')) return ok({ count: total });
        const { fields = [], maxResults = 50, nextPageToken } = body as { fields?: string[]; maxResults?: number; nextPageToken?: string };
        const start = nextPageToken ? Number(nextPageToken) : 0;
        const end = Math.min(total, start + Math.min(maxResults, 100));
        jira.pagesServed++;
        if (clock) clock.now += clock.pageMs;
        const key = `${start} ${end} ${[...fields].sort().join()}`;
        const made = pages.get(key);
        if (made !== undefined) return { status: 200, headers: new Headers(), text: made };
        const issues = [];
        for (let i = start; i < end; i++) {
          const all: Record<string, unknown> = {
            description,
            customfield_10016: 1,
            created: new Date(NOW - 56 * DAY + i * 1_000_000).toISOString().replace('Z', '+0000'),
          };
          issues.push({
            id: String(i),
            key: `BIG-${i}`,
            fields: Object.fromEntries(fields.filter((f) => f in all).map((f) => [f, all[f]])),
          });
        }
        const page = ok(end < total ? { issues, nextPageToken: String(end), isLast: false } : { issues, isLast: true });
        pages.set(key, page.text);
        return page;
      },
    },
  };
  return jira;
}

function handlerWith(transport: Transport, deps: Partial<AppDeps>): Handler {
  const resolver = new Resolver();
  defineResolvers(resolver, { transportFor: () => transport, ...deps });
  return resolver.getDefinitions();
}

const nonEmptyTrend = (project: string) => ({
  version: 2,
  kind: 'counter',
  source: { type: 'jql', jql: `project = ${project}` },
  metric: { type: 'aggregate', fieldId: 'description', op: 'countNonEmpty' },
  trend: { series: 'matching', interval: 'week', points: 8 },
});

describe('memory is bounded', () => {
  it('six "count non-empty" gadgets with a matching trend over 5,000 issues with 20 KB descriptions hold only numbers, and nothing after', async () => {
    const jira = fakeJira(5_000, 20 * 1024);
    const handler = handlerWith(jira.transport, { now: () => NOW });
    // The fake Jira makes its pages' text on a first read (~100 MB it keeps, as a Jira holds its data).
    await call(handler, 'render', {}, { gadgetConfiguration: nonEmptyTrend('warm') });
    const warm = jira.pagesServed;
    const before = heapAfterGc();
    for (const project of ['A', 'B', 'C', 'D', 'E', 'F']) {
      const result = await call(handler, 'render', {}, { gadgetConfiguration: nonEmptyTrend(project) });
      assert.equal(result.ok, true, result.message);
      assert.equal(result.value, 5_000);
    }
    const grown = heapAfterGc() - before;
    console.log(`bounds: ${jira.pagesServed - warm} pages of 2 MB read; heap after GC +${(grown / MB).toFixed(1)} MB`);
    assert.equal(jira.pagesServed - warm, 6 * 50, 'each gadget read its 5,000 issues once: the value and its trend share one search');
    // The raw descriptions alone would be 6 × 5,000 × 20 KB = 586 MB.
    assert.ok(grown < 32 * MB, `heap grew by ${(grown / MB).toFixed(1)} MB`);
    // Nothing kept: a second round reads Jira again.
    for (const project of ['A', 'F']) await call(handler, 'render', {}, { gadgetConfiguration: nonEmptyTrend(project) });
    assert.equal(jira.pagesServed - warm, 400);
  });
});

describe('aggregations are bounded in time', () => {
  it('a sum over 4,800 issues at 450 ms per page: partial value within the time share, card says how many issues', async () => {
    const clock = { now: NOW, pageMs: 450 };
    const jira = fakeJira(4_800, 0, clock);
    const handler = handlerWith(jira.transport, { now: () => clock.now, sleep: async (ms) => void (clock.now += ms) });
    const gauge = {
      version: 2,
      kind: 'gauge',
      title: 'Story points',
      source: { type: 'jql', jql: 'project = SLOW' },
      metric: { type: 'aggregate', fieldId: 'customfield_10016', op: 'sum' },
      max: 10_000,
    };
    const result = await call(handler, 'render', {}, { gadgetConfiguration: gauge, moduleKey: 'glance-gauge' });
    assert.equal(result.ok, true, result.message);
    assert.equal(result.partial, true);
    const pages = jira.pagesServed;
    assert.ok(pages < 48, `stopped paging after ${pages} of 48 pages`);
    assert.equal(result.value, pages * 100, 'the value covers exactly the issues read');
    assert.ok(clock.now - NOW <= 4_000, `paging took ${clock.now - NOW} ms of simulated time (its share: half of 8 s)`);
    assert.match(result.svg, new RegExp(`>first ${(pages * 100).toLocaleString('en-US')} issues<`));
    assert.match(
      result.svg,
      new RegExp(
        `aria-label="[^"]*at least ${(pages * 100).toLocaleString('en-US')}[^"]*from the first ${(pages * 100).toLocaleString('en-US')} issues`,
      ),
    );
    console.log(
      `bounds: 4,800-issue sum at 450 ms a page → partial value from ${pages * 100} issues after ${clock.now - NOW} ms (simulated)`,
    );
  });
});
