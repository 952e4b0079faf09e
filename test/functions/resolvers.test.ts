import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { NeedsAuthenticationError } from '@forge/api';
import { defineResolvers } from '../../functions/app';
import { ConsentRequired } from '../../functions/jira/transport';
import { Resolver } from '../../functions/resolver';
import { startJiraDouble, type DoubleIssue, type JiraDouble } from '../helpers/jira-double';
import { call, handlerFor, type Handler } from '../../support/forge-call';

const COUNT = '/rest/api/3/search/approximate-count';
const SEARCH = '/rest/api/3/search/jql';

/** Counts per user and JQL (as composed by Glance). */
const COUNTS: Record<string, Record<string, number>> = {
  'ann@example.com': {
    'project = ABC': 42,
    'project = PREV': 30,
    'project = "ABC"': 12,
    '(project = "ABC") AND (statusCategory != Done)': 7,
    '(project = ABC) AND (statusCategory = Done)': 4,
    '(project = ABC) AND (statusCategory = "To Do")': 5,
    '(project = ABC) AND (statusCategory = "In Progress")': 1,
    'filter-jql = 1': 9,
    'shared = 1': 100,
  },
  'bob@example.com': { 'shared = 1': 3 },
};

const issues = (n: number, field: string, value: number): DoubleIssue[] =>
  Array.from({ length: n }, (_, i) => ({ id: String(10000 + i), key: `ABC-${i + 1}`, fields: { [field]: value, summary: 'x' } }));

const counter = (patch: Record<string, unknown> = {}) => ({
  version: 1,
  kind: 'counter',
  source: { type: 'jql', jql: 'project = ABC ORDER BY created DESC' },
  metric: { type: 'count' },
  ...patch,
});

describe('resolvers through the Forge handler and the Jira double', () => {
  let jira: JiraDouble;
  let handler: Handler;
  let clock: number;

  before(async () => {
    jira = await startJiraDouble({
      count: (jql, user) => COUNTS[user ?? '']?.[jql] ?? 0,
      issues: (jql) =>
        jql === 'project = SUMS'
          ? issues(250, 'customfield_10016', 2)
          : jql === 'project = BIG'
            ? issues(5_050, 'customfield_10016', 1)
            : [],
      parseErrors: (jql) => (jql.includes('bogus') ? ["Field 'bogus' does not exist or you do not have permission to view it."] : []),
      filters: [
        { id: '10100', name: 'My filter', jql: 'filter-jql = 1 ORDER BY rank' },
        { id: '10200', name: 'Bob only', jql: 'shared = 1', visibleTo: ['bob@example.com'] },
        { id: '10300', name: 'Unbounded', jql: 'ORDER BY created' },
      ],
      fields: [
        { id: 'summary', name: 'Summary', custom: false, schema: { type: 'string', system: 'summary' } },
        {
          id: 'customfield_10016',
          name: 'Story point estimate',
          custom: true,
          schema: { type: 'number', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float', customId: 10016 },
        },
        {
          id: 'timeoriginalestimate',
          name: 'Original estimate',
          custom: false,
          schema: { type: 'number', system: 'timeoriginalestimate' },
        },
      ],
      projects: [
        { id: '1', key: 'ABC', name: 'Alpha' },
        { id: '2', key: 'XYZ', name: 'Zeta' },
      ],
    });
  });
  after(() => jira.close());
  beforeEach(() => {
    jira.reset();
    clock = Date.parse('2026-11-25T12:00:00Z');
    handler = handlerFor(jira.url, { now: () => clock, sleep: async (ms) => void (clock += ms) });
  });

  describe('readings', () => {
    it('count: one approximate-count call with ORDER BY stripped, href to the navigator', async () => {
      const result = await call(handler, 'render', { colorMode: 'dark', width: 400 }, { gadgetConfiguration: counter() });
      assert.equal(result.ok, true, JSON.stringify(result));
      assert.equal(result.value, 42);
      assert.equal(result.href, `/issues/?jql=${encodeURIComponent('project = ABC')}`);
      assert.equal(result.computedAt, '2026-11-25T12:00:00.000Z');
      assert.match(result.svg, /^<svg[\s>]/);
      assert.deepEqual(
        jira.requests.map((r) => [r.method, r.path, r.body, r.user]),
        [['POST', COUNT, { jql: 'project = ABC' }, 'ann@example.com']],
      );
    });

    it('sum: pages through search/jql with nextPageToken and adds the field up', async () => {
      const config = counter({ source: { type: 'jql', jql: 'project = SUMS' }, metric: { type: 'sum', fieldId: 'customfield_10016' } });
      const result = await call(handler, 'render', {}, { gadgetConfiguration: config });
      assert.equal(result.value, 500);
      assert.equal(result.partial, undefined);
      const pages = jira.requestsTo(SEARCH);
      assert.equal(pages.length, 3);
      assert.deepEqual(
        pages.map((p) => (p.body as { fields: string[] }).fields),
        [['customfield_10016'], ['customfield_10016'], ['customfield_10016']],
      );
      assert.equal((pages[0].body as { nextPageToken?: string }).nextPageToken, undefined);
      assert.ok((pages[1].body as { nextPageToken?: string }).nextPageToken);
    });

    it('sum: stops at the 5,000-issue cap and says partial', async () => {
      const config = counter({ source: { type: 'jql', jql: 'project = BIG' }, metric: { type: 'sum', fieldId: 'customfield_10016' } });
      const result = await call(handler, 'render', {}, { gadgetConfiguration: config });
      assert.equal(result.value, 5_000);
      assert.equal(result.partial, true);
      assert.match(result.svg, />first 5,000 issues</, 'the card says what the value covers');
      assert.equal(jira.requestsTo(SEARCH).length, 50);
    });

    it('ratio on a progress bar: done of total with the default done clause', async () => {
      const config = counter({ kind: 'progress', metric: { type: 'ratio' } });
      const result = await call(handler, 'render', {}, { gadgetConfiguration: config, moduleKey: 'glance-progress' });
      assert.equal(result.value, 4);
      assert.deepEqual(
        jira
          .requestsTo(COUNT)
          .map((r) => (r.body as { jql: string }).jql)
          .sort(),
        ['(project = ABC) AND (statusCategory = Done)', 'project = ABC'],
      );
    });

    it('ratio on a gauge is a percentage', async () => {
      const result = await call(handler, 'render', {}, { gadgetConfiguration: counter({ kind: 'gauge', metric: { type: 'ratio' } }) });
      assert.equal(result.value, 9.5);
    });

    it('segments: counts per status category (done reused for the default clause)', async () => {
      const config = counter({ kind: 'progress', metric: { type: 'ratio', segments: true } });
      const result = await call(handler, 'render', {}, { gadgetConfiguration: config });
      assert.equal(result.ok, true);
      assert.deepEqual(
        jira
          .requestsTo(COUNT)
          .map((r) => (r.body as { jql: string }).jql)
          .sort(),
        [
          '(project = ABC) AND (statusCategory = "In Progress")',
          '(project = ABC) AND (statusCategory = "To Do")',
          '(project = ABC) AND (statusCategory = Done)',
          'project = ABC',
        ],
      );
    });

    it('compare: the counter reads the same metric over the comparison source', async () => {
      const config = counter({ compare: { source: { type: 'jql', jql: 'project = PREV' }, label: 'vs last week' } });
      const result = await call(handler, 'render', {}, { gadgetConfiguration: config });
      assert.equal(result.value, 42);
      assert.deepEqual(
        jira
          .requestsTo(COUNT)
          .map((r) => (r.body as { jql: string }).jql)
          .sort(),
        ['project = ABC', 'project = PREV'],
      );
    });

    it('compare is not read for gauges', async () => {
      const config = counter({ kind: 'gauge', compare: { source: { type: 'jql', jql: 'project = PREV' } } });
      await call(handler, 'render', {}, { gadgetConfiguration: config });
      assert.equal(jira.requestsTo(COUNT).length, 1);
    });

    it('filter: reads the saved filter as the user, then counts its JQL without ORDER BY', async () => {
      const result = await call(handler, 'render', {}, { gadgetConfiguration: counter({ source: { type: 'filter', filterId: '10100' } }) });
      assert.equal(result.value, 9);
      assert.deepEqual(
        jira.requests.map((r) => r.path),
        ['/rest/api/3/filter/10100', COUNT],
      );
    });

    it('project preset: project key quoted, preset clause parenthesised', async () => {
      const result = await call(
        handler,
        'render',
        {},
        { gadgetConfiguration: counter({ source: { type: 'project', projectKey: 'abc', preset: 'open' } }) },
      );
      assert.equal(result.value, 7);
      assert.equal(result.href, `/issues/?jql=${encodeURIComponent('(project = "ABC") AND (statusCategory != Done)')}`);
    });

    it('the module decides the kind: a stored kind never overrides it (render and validateConfig)', async () => {
      // Jira's gadget list has one module per kind (manifest.yml); Forge sends its key as context.moduleKey.
      const asGauge = await call(handler, 'render', {}, { gadgetConfiguration: counter({ kind: 'gauge' }), moduleKey: 'glance-gauge' });
      const storedCounter = await call(handler, 'render', {}, { gadgetConfiguration: counter(), moduleKey: 'glance-gauge' });
      const asCounter = await call(handler, 'render', {}, { gadgetConfiguration: counter(), moduleKey: 'glance-counter' });
      assert.equal(asGauge.ok, true);
      assert.equal(storedCounter.svg, asGauge.svg, 'a gauge gadget renders as a gauge whatever its stored kind');
      assert.notEqual(asCounter.svg, asGauge.svg);
      const progress = await call(handler, 'render', {}, { gadgetConfiguration: counter({ kind: 'gauge' }), moduleKey: 'glance-progress' });
      const ratio = counter({ kind: 'gauge', metric: { type: 'ratio' } });
      const checked = await call(handler, 'validateConfig', { config: ratio }, { moduleKey: 'glance-progress' });
      assert.equal(checked.ok, true);
      assert.equal(checked.config.kind, 'progress');
      assert.notEqual(progress.svg, asGauge.svg);
    });

    it('kind comes from the module when the configuration has none', async () => {
      const { kind: _kind, ...noKind } = counter({ metric: { type: 'ratio' } });
      const result = await call(handler, 'render', {}, { gadgetConfiguration: noKind, moduleKey: 'glance-gauge' });
      assert.equal(result.value, 9.5);
    });
  });

  describe('every failure is a status card with a code', () => {
    const cases: [
      string,
      () => void,
      Record<string, unknown> | undefined,
      string,
      RegExp?,
      { accountId?: string | null; budgetMs?: number }?,
    ][] = [
      ['no configuration', () => {}, undefined, 'NOT_CONFIGURED', /Edit this gadget/],
      ['empty configuration', () => {}, {}, 'NOT_CONFIGURED', /Edit this gadget/],
      ['invalid configuration', () => {}, counter({ source: { type: 'jql', jql: 'project = (' } }), 'INVALID_CONFIG', /not valid JQL/],
      ['newer configuration', () => {}, counter({ version: 3 }), 'INVALID_CONFIG', /newer Glance/],
      [
        'Jira 400',
        () =>
          jira.fault(COUNT, {
            status: 400,
            body: { errorMessages: ["The value 'NOPE' does not exist for the field 'project'."], errors: {} },
          }),
        counter(),
        'INVALID_JQL',
        /The value 'NOPE' does not exist/,
      ],
      [
        'unbounded saved filter',
        () => {},
        counter({ source: { type: 'filter', filterId: '10300' } }),
        'INVALID_JQL',
        /no search restriction/,
      ],
      ['403', () => jira.fault(COUNT, { status: 403 }), counter(), 'NO_PERMISSION'],
      ['deleted filter', () => {}, counter({ source: { type: 'filter', filterId: '424242' } }), 'NOT_FOUND', /not available to you/],
      [
        '429 beyond the budget',
        () => jira.fault(COUNT, { status: 429, headers: { 'Retry-After': '120' } }),
        counter(),
        'RATE_LIMITED',
        /rate limit was reached; retry in 2 min/,
      ],
      ['503 every time', () => jira.fault(COUNT, { status: 503 }, 10), counter(), 'UNAVAILABLE'],
      ['malformed JSON', () => jira.fault(COUNT, { malformed: true }), counter(), 'BAD_RESPONSE'],
      ['401 from Jira', () => jira.fault(COUNT, { status: 401 }), counter(), 'UNAUTHENTICATED'],
      ['no principal', () => {}, counter(), 'UNAUTHENTICATED', /Sign in/, { accountId: null }],
      ['slow Jira', () => jira.fault(COUNT, { delayMs: 2_000 }, 10), counter(), 'TIMEOUT', undefined, { budgetMs: 150 }],
    ];
    for (const [name, arrange, config, code, message, opts] of cases) {
      it(`${name} → ${code}`, async () => {
        arrange();
        const h = opts?.budgetMs ? handlerFor(jira.url, { budgetMs: opts.budgetMs }) : handler;
        const result = await call(h, 'render', {}, { gadgetConfiguration: config, accountId: opts?.accountId });
        assert.equal(result.ok, false);
        assert.equal(result.code, code, result.message);
        assert.match(result.svg, /^<svg[\s>]/);
        assert.ok(result.message.length > 0 && !/\n\s+at /.test(result.message), 'a message, no stack trace');
        if (message) assert.match(result.message, message);
      });
    }

    it('a missing accountId makes no Jira call and caches nothing', async () => {
      await call(handler, 'render', {}, { gadgetConfiguration: counter(), accountId: null });
      await call(handler, 'render', {}, { gadgetConfiguration: counter(), accountId: '' });
      assert.equal(jira.requests.length, 0);
      const result = await call(handler, 'render', {}, { gadgetConfiguration: counter() });
      assert.equal(result.value, 42);
      assert.equal(jira.requests.length, 1);
    });

    it('an unexpected exception becomes INTERNAL without details', async () => {
      const resolver = new Resolver();
      defineResolvers(resolver, {
        transportFor: () => {
          throw new TypeError('secret internals');
        },
      });
      const result = await call(resolver.getDefinitions(), 'render', {}, { gadgetConfiguration: counter() });
      assert.equal(result.code, 'INTERNAL');
      assert.doesNotMatch(JSON.stringify(result), /secret internals/);
    });

    it('Forge consent errors are rethrown so Forge can ask the user for access', async () => {
      const original = new NeedsAuthenticationError('Authentication Required', 'atlassian-token-service-key');
      const resolver = new Resolver();
      defineResolvers(resolver, {
        transportFor: () => ({
          request: async () => {
            throw new ConsentRequired(original);
          },
        }),
      });
      await assert.rejects(call(resolver.getDefinitions(), 'render', {}, { gadgetConfiguration: counter() }), (e) => e === original);
    });

    it('a draft config in the payload is validated exactly like validateConfig', async () => {
      const draft = counter({ title: 'x'.repeat(300), metric: { type: 'sum' } });
      const rendered = await call(handler, 'render', { config: draft }, { gadgetConfiguration: counter() });
      const validated = await call(handler, 'validateConfig', { config: draft });
      assert.equal(rendered.code, 'INVALID_CONFIG');
      assert.equal(validated.ok, false);
      assert.deepEqual(rendered.errors, validated.errors);
      assert.deepEqual(validated.errors.map((e: { path: string }) => e.path).sort(), ['metric.fieldId', 'title']);
      assert.equal(jira.requests.length, 0);
    });

    it('a valid draft is rendered instead of the stored configuration', async () => {
      const result = await call(
        handler,
        'render',
        { config: counter({ source: { type: 'jql', jql: 'project = PREV' } }) },
        { gadgetConfiguration: counter() },
      );
      assert.equal(result.value, 30);
    });
  });

  describe('shared in flight, nothing kept', () => {
    it("per user: two users with different visibility never see each other's values", async () => {
      const config = counter({ source: { type: 'jql', jql: 'shared = 1' } });
      const ann1 = await call(handler, 'render', {}, { gadgetConfiguration: config, accountId: 'ann' });
      const bob = await call(handler, 'render', {}, { gadgetConfiguration: config, accountId: 'bob' });
      const ann2 = await call(handler, 'render', {}, { gadgetConfiguration: config, accountId: 'ann' });
      assert.deepEqual([ann1.value, bob.value, ann2.value], [100, 3, 100]);
      assert.deepEqual(
        jira.requests.map((r) => r.user),
        ['ann@example.com', 'bob@example.com', 'ann@example.com'],
      );
    });

    it('per user for saved filters too: a filter only Bob can see', async () => {
      const config = counter({ source: { type: 'filter', filterId: '10200' } });
      const bob = await call(handler, 'render', {}, { gadgetConfiguration: config, accountId: 'bob' });
      const ann = await call(handler, 'render', {}, { gadgetConfiguration: config, accountId: 'ann' });
      assert.equal(bob.value, 3);
      assert.equal(ann.code, 'NOT_FOUND');
    });

    it('nothing outlives a request: the next render reads Jira again, read at its own time', async () => {
      await call(handler, 'render', {}, { gadgetConfiguration: counter() });
      jira.reset();
      clock += 1_000;
      const again = await call(handler, 'render', { colorMode: 'dark' }, { gadgetConfiguration: counter({ title: 'Open bugs' }) });
      assert.equal(again.value, 42);
      assert.equal(again.computedAt, '2026-11-25T12:00:01.000Z');
      assert.equal(jira.requests.length, 1);
    });

    it('without an installation nothing is shared: every call reads Jira, and still answers', async () => {
      for (let i = 0; i < 2; i++) {
        assert.equal((await call(handler, 'render', {}, { gadgetConfiguration: counter(), installContext: null })).value, 42);
        assert.equal((await call(handler, 'fieldOptions', {}, { installContext: null })).ok, true);
      }
      assert.equal(jira.requestsTo(COUNT).length, 2);
      assert.equal(jira.requestsTo('/rest/api/3/field').length, 2);
    });

    it('failures are not cached', async () => {
      jira.fault(COUNT, { status: 403 });
      assert.equal((await call(handler, 'render', {}, { gadgetConfiguration: counter() })).code, 'NO_PERMISSION');
      assert.equal((await call(handler, 'render', {}, { gadgetConfiguration: counter() })).value, 42);
    });

    it('identical reads in flight share one Jira call; different users do not', async () => {
      jira.fault(COUNT, { delayMs: 100 });
      const results = await Promise.all([
        call(handler, 'render', {}, { gadgetConfiguration: counter() }),
        call(handler, 'render', { colorMode: 'dark' }, { gadgetConfiguration: counter() }),
        call(handler, 'render', {}, { gadgetConfiguration: counter({ source: { type: 'jql', jql: 'shared = 1' } }), accountId: 'bob' }),
      ]);
      assert.deepEqual(
        results.map((r) => r.value),
        [42, 42, 3],
      );
      assert.equal(jira.requestsTo(COUNT).length, 2);
    });
  });

  describe('pickers and JQL validation', () => {
    it('fieldOptions: numeric fields only, sorted, read again per call (the edit page keeps its lists)', async () => {
      const first = await call(handler, 'fieldOptions', {});
      assert.deepEqual(first, {
        ok: true,
        options: [
          { value: 'timeoriginalestimate', label: 'Original estimate' },
          { value: 'customfield_10016', label: 'Story point estimate' },
        ],
      });
      await call(handler, 'fieldOptions', {});
      assert.equal(jira.requests.length, 2);
      await call(handler, 'fieldOptions', {}, { accountId: 'bob' });
      assert.equal(jira.requests.length, 3);
    });

    it('projectOptions passes the query to Jira, encoded', async () => {
      const result = await call(handler, 'projectOptions', { query: 'zet & co' });
      assert.deepEqual(result, { ok: true, options: [] });
      assert.equal(jira.requests[0].query.query, 'zet & co');
      const all = await call(handler, 'projectOptions', {});
      assert.deepEqual(all.options, [
        { value: 'ABC', label: 'Alpha (ABC)' },
        { value: 'XYZ', label: 'Zeta (XYZ)' },
      ]);
    });

    it('filterOptions lists only filters the user can see', async () => {
      const ann = await call(handler, 'filterOptions', { query: '' });
      const bob = await call(handler, 'filterOptions', { query: '' }, { accountId: 'bob' });
      assert.deepEqual(
        ann.options.map((o: { value: string }) => o.value),
        ['10100', '10300'],
      );
      assert.deepEqual(
        bob.options.map((o: { value: string }) => o.value),
        ['10100', '10200', '10300'],
      );
    });

    it('options: failures and missing user become codes', async () => {
      jira.fault('/rest/api/3/field', { status: 403 });
      assert.deepEqual(await call(handler, 'fieldOptions', {}), {
        ok: false,
        code: 'NO_PERMISSION',
        message: "You don't have permission to see this data",
      });
      assert.equal((await call(handler, 'fieldOptions', {}, { accountId: null })).code, 'UNAUTHENTICATED');
    });

    it("validateJql: local parse first, then Jira's strict parse with its words", async () => {
      assert.deepEqual(await call(handler, 'validateJql', { jql: 'project = ABC' }), { ok: true, errors: [] });
      assert.deepEqual(await call(handler, 'validateJql', { jql: 'bogus = 1' }), {
        ok: false,
        errors: ["Field 'bogus' does not exist or you do not have permission to view it."],
      });
      assert.equal(jira.requests.length, 2);
      assert.equal(jira.requests[0].path, '/rest/api/3/jql/parse?validation=strict');
      assert.deepEqual(jira.requests[0].body, { queries: ['project = ABC'] });
      const local = await call(handler, 'validateJql', { jql: 'project = (' });
      const unbounded = await call(handler, 'validateJql', { jql: 'ORDER BY key' });
      assert.equal(local.ok, false);
      assert.match(unbounded.errors[0], /search restriction/);
      assert.equal(jira.requests.length, 2);
    });
  });
});
