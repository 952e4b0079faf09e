/**
 * Site isolation: one function instance serves two Jira sites, and nothing of one reaches the other.
 *
 * Two Jira doubles with different data but the same filter ids, project keys, version ids and
 * field ids; the same person (one accountId: Atlassian account ids are global) on both. Every
 * resolver that reads Jira is called with the same input on site A then site B, and on a fresh
 * instance B then A. Each result must equal what that site alone gives (a fresh instance that never
 * saw the other site), the two sites' results must differ (else the test could not tell), each
 * site's Jira must have been asked, and A's error (a saved filter A's user cannot see) never shows
 * on B, nor B's value on A.
 *
 * Run on the source (functions/index.ts's wiring with the real Forge transport) and on the built
 * function, both under the Forge runtime stand-in (support/forge-runtime.ts).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { defineResolvers } from '../../functions/app';
import { forgeTransportFor } from '../../functions/jira/forge-transport';
import { Resolver } from '../../functions/resolver';
import { buildFunction, type BuiltFunction } from '../helpers/built-function';
import { installForgeRuntime, type ForgeHandler, type ForgeRuntime } from '../../support/forge-runtime';
import { startJiraDouble, type DoubleData, type JiraDouble } from '../helpers/jira-double';

const SITE_A = 'ari:cloud:jira::site/aaaaaaaa-0000-4000-8000-00000000000a';
const SITE_B = 'ari:cloud:jira::site/bbbbbbbb-0000-4000-8000-00000000000b';
const PERSON = '5b10ac8d82e05b22cc7d4ef5';
const SP = 'customfield_10016';

/** Site data: same ids and keys, different numbers, names and JQL. */
function site(n: 1 | 2): DoubleData {
  const tag = n === 1 ? 'alpha' : 'beta';
  return {
    count: (jql) => (jql.includes('Done') ? 11 : 111) * n,
    issues: () => [5, 8].map((points, i) => ({ id: String(100 + i), key: `ABC-${i + 1}`, fields: { [SP]: points * n * n } })),
    parseErrors: (jql) =>
      n === 2 && jql.includes('nope') ? ["Field 'nope' does not exist or you do not have permission to view it."] : [],
    filters: [
      { id: '10000', name: `Open ${tag} bugs`, jql: `project = ABC AND labels = ${tag} ORDER BY created` },
      // Site A's user may not see filter 10001; site B's may.
      {
        id: '10001',
        name: `Team ${tag}`,
        jql: `project = ABC AND labels = team-${tag}`,
        visibleTo: n === 1 ? ['someone-else@example.com'] : undefined,
      },
    ],
    fields: [{ id: SP, name: `Story points (${tag})`, custom: true, schema: { type: 'number' } }],
    projects: [{ id: '1', key: 'ABC', name: `Alphabet ${tag}` }],
    versions: [
      {
        id: '10',
        name: `Release ${tag}`,
        projectId: 1,
        startDate: n === 1 ? '2026-01-01' : '2026-06-01',
        releaseDate: n === 1 ? '2026-12-31' : '2027-06-30',
      },
    ],
  };
}

const gadget = (moduleKey: string, config: unknown) => ({
  moduleKey,
  extension: { type: 'jira:dashboardGadget', gadgetConfiguration: config },
});
const counter = (source: unknown, more: object = {}) =>
  gadget('glance-counter', { version: 2, kind: 'counter', source, metric: { type: 'count' }, ...more });

/** [name, functionKey, payload, event context]: every resolver that reads Jira, same input on both sites. */
const CALLS: [string, string, unknown, Record<string, unknown>][] = [
  ['count of a JQL', 'render', {}, counter({ type: 'jql', jql: 'project = ABC' })],
  ['saved filter 10000 (same id, different JQL)', 'render', {}, counter({ type: 'filter', filterId: '10000' })],
  ['saved filter 10001 (A cannot see it)', 'render', {}, counter({ type: 'filter', filterId: '10001' })],
  [
    'project preset with comparison',
    'render',
    {},
    counter(
      { type: 'project', projectKey: 'ABC', preset: 'open' },
      { compare: { source: { type: 'jql', jql: 'project = ABC AND created >= -14d' } } },
    ),
  ],
  ['trend', 'render', {}, counter({ type: 'jql', jql: 'project = ABC' }, { trend: { series: 'created', interval: 'week', points: 4 } })],
  [
    'sum of a field',
    'render',
    {},
    gadget('glance-gauge', {
      version: 2,
      kind: 'gauge',
      source: { type: 'jql', jql: 'project = ABC' },
      metric: { type: 'aggregate', fieldId: SP, op: 'sum' },
      max: 1000,
    }),
  ],
  [
    'ratio with segments and a version',
    'render',
    {},
    gadget('glance-progress', {
      version: 2,
      kind: 'progress',
      source: { type: 'filter', filterId: '10000' },
      metric: { type: 'ratio', segments: true },
      expected: { versionId: '10' },
    }),
  ],
  ['export', 'export', {}, counter({ type: 'jql', jql: 'project = ABC AND labels = export' }, { title: 'Exported' })],
  ['JQL check', 'validateJql', { jql: 'project = ABC AND nope = 1' }, {}],
  ['field picker', 'fieldOptions', {}, {}],
  ['project picker, empty query', 'projectOptions', { query: '' }, {}],
  ['filter picker, empty query', 'filterOptions', { query: '' }, {}],
  ['version picker', 'versionOptions', { query: 'ABC' }, {}],
];

/** What a result shows the user (computedAt left out: it is the clock, not the site). */
function shown(result: Record<string, unknown>): unknown {
  const { computedAt: _at, ...rest } = result;
  return rest;
}

/** `prepare` resolves to a maker of fresh function instances. */
function isolationSuite(name: string, prepare: () => Promise<() => ForgeHandler>) {
  describe(`two sites, one instance: ${name}`, () => {
    let freshHandler: () => ForgeHandler;
    let a: JiraDouble;
    let b: JiraDouble;
    let runtime: ForgeRuntime;
    /** Each site's results when it is the only site the instance ever served. */
    const alone = new Map<string, unknown[]>();

    before(async () => {
      freshHandler = await prepare();
      [a, b] = await Promise.all([startJiraDouble(site(1)), startJiraDouble(site(2))]);
      runtime = installForgeRuntime((installation) =>
        installation === SITE_A ? a.url : installation === SITE_B ? b.url : 'http://127.0.0.1:9',
      );
      for (const s of [SITE_A, SITE_B]) {
        const handler = freshHandler();
        const results = [];
        for (const [, functionKey, payload, context] of CALLS)
          results.push(shown(await runtime.invoke(handler, s, PERSON, { call: { functionKey, payload }, context })));
        alone.set(s, results);
      }
    });
    after(async () => {
      runtime?.uninstall();
      await Promise.all([a?.close(), b?.close()]);
    });

    it('control: the two sites give different results for every call, and A cannot see filter 10001', () => {
      const [ra, rb] = [alone.get(SITE_A)!, alone.get(SITE_B)!];
      CALLS.forEach(([call], i) => assert.notDeepEqual(ra[i], rb[i], `${call}: both sites alike, the test could not tell them apart`));
      const filter = CALLS.findIndex(([call]) => call.startsWith('saved filter 10001'));
      assert.equal((ra[filter] as { code?: string }).code, 'NOT_FOUND');
      assert.equal((rb[filter] as { value?: number }).value, 222);
      assert.equal((ra[0] as { value?: number }).value, 111);
      assert.equal((rb[0] as { value?: number }).value, 222);
    });

    for (const order of [
      [SITE_A, SITE_B],
      [SITE_B, SITE_A],
    ]) {
      const label = order.map((s) => (s === SITE_A ? 'A' : 'B')).join(' then ');
      it(`${label}: each site sees its own numbers, links, options and errors, read from its own Jira`, async () => {
        const handler = freshHandler();
        for (const [i, [call, functionKey, payload, context]] of CALLS.entries()) {
          for (const s of order) {
            const jira = s === SITE_A ? a : b;
            const asked = jira.requests.length;
            const result = await runtime.invoke(handler, s, PERSON, { call: { functionKey, payload }, context });
            assert.deepEqual(shown(result), alone.get(s)![i], `${call} on ${s === SITE_A ? 'A' : 'B'} (${label})`);
            assert.ok(jira.requests.length > asked, `${call}: site ${s === SITE_A ? 'A' : 'B'}'s Jira was asked`);
          }
        }
      });
    }

    it('every product call went to the Jira of the invoking site, as the user', () => {
      assert.ok(runtime.calls.length > 4 * CALLS.length, `${runtime.calls.length} calls`);
      assert.deepEqual(new Set(runtime.calls.map((c) => `${c.type}/${c.provider}/${c.remote}`)), new Set(['fpp/user/jira']));
      assert.equal(a.requests.length + b.requests.length, runtime.calls.length);
      assert.equal(a.requests.length, runtime.calls.filter((c) => c.installation === SITE_A).length);
      console.log(
        `isolation (${name}): ${CALLS.length} resolver calls × 2 sites, alone and in both orders → ${runtime.calls.length} Jira requests (A ${a.requests.length}, B ${b.requests.length}), each to the invoking site's Jira, all fpp/user/jira`,
      );
    });
  });
}

isolationSuite('source', async () => () => {
  const resolver = new Resolver();
  defineResolvers(resolver, { transportFor: forgeTransportFor });
  return resolver.getDefinitions() as ForgeHandler;
});

let built: BuiltFunction | undefined;
after(() => built?.remove());
isolationSuite('built function', async () => {
  built = await buildFunction();
  return () => built!.load();
});

it('the runtime stand-in counts a product call only once Jira answered it (a refused fetch is in `failed`)', async () => {
  // A port nothing listens on: the fetch fails on the network, as a reset keep-alive socket does
  // under load before the Jira client retries; Jira never saw it, so `calls` must not count it.
  const jira = await startJiraDouble({ count: () => 1 });
  const closed = await startJiraDouble({ count: () => 1 });
  await closed.close();
  const runtime = installForgeRuntime((installation) => (installation === SITE_A ? jira.url : closed.url));
  try {
    const fetchAs = (installation: string) =>
      runtime.invoke(
        async () => (globalThis as any).__forge_fetch__({ type: 'fpp', provider: 'user', remote: 'jira' }, '/rest/api/3/myself', {}),
        installation,
        PERSON,
        { call: { functionKey: 'myself' }, context: {} },
      );
    await assert.rejects(fetchAs(SITE_B));
    assert.ok((await fetchAs(SITE_A)).status >= 200);
    assert.deepEqual(
      runtime.calls.map((c) => c.installation),
      [SITE_A],
    );
    assert.equal(runtime.failed.length, 1);
    assert.equal(jira.requests.length, runtime.calls.length);
  } finally {
    runtime.uninstall();
    await jira.close();
  }
});
