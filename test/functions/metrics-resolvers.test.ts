import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startJiraDouble, type DoubleIssue, type JiraDouble } from '../helpers/jira-double';
import { parseXml } from '../helpers/xml';
import { call, handlerFor, type Handler } from '../../support/forge-call';

const COUNT = '/rest/api/3/search/approximate-count';
const SEARCH = '/rest/api/3/search/jql';

const COUNTS: Record<string, number> = {
  'project = ABC': 40,
  '(project = ABC) AND (statusCategory = Done)': 10,
  '(project = ABC) AND (statusCategory = "To Do")': 20,
  '(project = ABC) AND (statusCategory = "In Progress")': 10,
  'project = PREV': 30,
  '(project = PREV) AND (statusCategory = Done)': 3,
  'created >= -7d AND project = ABC': 12,
  'resolved >= -7d AND project = ABC': 9,
  'project = ZERO': 0,
};
/** Window counts: a number derived from the JQL text, so each point is distinguishable. */
const windowCount = (jql: string) =>
  /"(\d{4})-(\d{2})-(\d{2})"/.exec(jql) ? Number(/"\d{4}-\d{2}-(\d{2})"/.exec(jql)![1]) + (jql.length % 5) : 0;
const count = (jql: string) => COUNTS[jql] ?? windowCount(jql);
const SP = 'customfield_10016';
const points = (n: number): DoubleIssue[] => Array.from({ length: n }, (_, i) => ({ id: String(i), key: `ABC-${i}`, fields: { [SP]: i } }));

/** Issues of project ABC with creation dates (for trends of the metric itself). */
const DATED: DoubleIssue[] = [
  ['2026-11-22T09:00:00.000+0000', null],
  ['2026-11-23T10:00:00.000+0000', 5],
  ['2026-11-23T23:59:00.000+0000', 1],
  ['2026-11-24T00:00:00.000+0000', 9],
  ['2026-11-25T08:00:00.000+0000', 2],
  ['2026-11-25T11:00:00.000+0000', null],
].map(([created, sp], i) => ({ id: String(60000 + i), key: `ABC-${100 + i}`, fields: { created, [SP]: sp } }));

const nav = (jql: string) => `/issues/?jql=${encodeURIComponent(jql)}`;
const config = (patch: Record<string, unknown>) => ({
  version: 2,
  kind: 'counter',
  source: { type: 'jql', jql: 'project = ABC' },
  metric: { type: 'count' },
  ...patch,
});
const variable = (name: string, jql: string, metric: Record<string, unknown> = { type: 'count' }) => ({
  name,
  source: { type: 'jql', jql },
  metric,
});

describe('issue 11 metrics through the resolvers', () => {
  let jira: JiraDouble;
  let handler: Handler;
  let clock: number;
  const render = (cfg: unknown, moduleKey?: string) => call(handler, 'render', { width: 400 }, { gadgetConfiguration: cfg, moduleKey });
  const countJqls = () => jira.requestsTo(COUNT).map((r) => (r.body as { jql: string }).jql);

  before(async () => {
    jira = await startJiraDouble({
      count: (jql) => count(jql),
      issues: (jql) =>
        jql.startsWith('(project = ABC) AND (created < ')
          ? points(Number(/-(\d{2})"/.exec(jql)![1]))
          : jql === 'project = ABC'
            ? DATED
            : jql.startsWith('(project = MANY) AND (created >= ')
              ? Array.from({ length: 150 }, (_, i) => ({
                  id: String(i),
                  key: `M-${i}`,
                  fields: { created: '2026-11-20T10:00:00.000+0000' },
                }))
              : jql.startsWith('(project = FEW) AND (created >= ')
                ? [
                    '2026-10-05T00:30:00.000+0000',
                    '2026-10-11T23:59:00.000+0000',
                    '2026-10-12T00:00:00.000+0000',
                    '2026-11-29T12:00:00.000+0000',
                  ].map((created, i) => ({ id: String(i), key: `F-${i}`, fields: { created } }))
                : [],
    });
  });
  after(() => jira.close());
  beforeEach(() => {
    jira.reset();
    clock = Date.parse('2026-11-25T12:00:00Z');
    handler = handlerFor(jira.url, { now: () => clock, sleep: async (ms) => void (clock += ms) });
  });

  describe('formula', () => {
    const flow = config({
      metric: {
        type: 'formula',
        expression: '(A - B) / C * 100',
        variables: [
          variable('A', 'created >= -7d AND project = ABC'),
          variable('B', 'resolved >= -7d AND project = ABC'),
          variable('C', 'project = ABC'),
        ],
      },
    });

    it('3 variables = 3 count calls, on every render (nothing is kept between requests)', async () => {
      const cold = await render(flow);
      assert.equal(cold.ok, true, JSON.stringify(cold));
      assert.equal(cold.value, ((12 - 9) / 40) * 100);
      assert.deepEqual(countJqls().sort(), ['created >= -7d AND project = ABC', 'project = ABC', 'resolved >= -7d AND project = ABC']);
      jira.reset();
      const again = await render(flow);
      assert.equal(again.value, cold.value);
      assert.equal(jira.requests.length, 3);
    });

    it('variables share reads in flight with other gadgets: a count gadget of the same source at the same moment is not read twice', async () => {
      await Promise.all([render(config({})), render(flow)]);
      assert.deepEqual(countJqls().sort(), ['created >= -7d AND project = ABC', 'project = ABC', 'resolved >= -7d AND project = ABC']);
    });

    it("the value link is the first variable's issues (A, the numerator)", async () => {
      const result = await render(flow);
      assert.equal(result.links.value, nav('created >= -7d AND project = ABC'));
      assert.equal(result.href, result.links.value);
    });

    it('done % from a ratio variable and an aggregate variable', async () => {
      const result = await render(
        config({
          metric: {
            type: 'formula',
            expression: 'A + B',
            variables: [
              variable('A', 'project = ABC', { type: 'ratio' }),
              variable('B', 'project = ABC', { type: 'aggregate', op: 'countNonEmpty', fieldId: SP }),
            ],
          },
        }),
      );
      assert.equal(result.value, 25 + 4);
    });

    it('variables that aggregate fields of the same source share one paged read', async () => {
      const result = await render(
        config({
          metric: {
            type: 'formula',
            expression: 'A - B + C',
            variables: [
              variable('A', 'project = ABC', { type: 'aggregate', op: 'sum', fieldId: SP }),
              variable('B', 'project = ABC', { type: 'aggregate', op: 'max', fieldId: 'customfield_10020' }),
              variable('C', 'project = ABC', { type: 'aggregate', op: 'min', fieldId: SP }),
            ],
          },
        }),
      );
      const searched = jira.requestsTo(SEARCH).map((r) => r.body as { jql: string; fields: string[] });
      assert.deepEqual(
        searched.map((b) => [b.jql, b.fields]),
        [['(project = ABC) AND (cf[10016] IS NOT EMPTY OR cf[10020] IS NOT EMPTY)', ['customfield_10016', 'customfield_10020']]],
      );
      // No issue has a value in customfield_10020, so B (a max) has none and neither has the formula.
      assert.equal(result.code, 'NO_DATA');
      assert.match(result.message, /B has no value/);
    });

    it('only the variables the expression uses are read', async () => {
      await render(
        config({
          metric: { type: 'formula', expression: 'B * 2', variables: [variable('A', 'project = ABC'), variable('B', 'project = PREV')] },
        }),
      );
      assert.deepEqual(countJqls(), ['project = PREV']);
    });

    it('division by zero → NO_DATA "division by zero" (not cached as a value: fixing the data shows it)', async () => {
      const result = await render(
        config({
          metric: { type: 'formula', expression: 'A / B', variables: [variable('A', 'project = ABC'), variable('B', 'project = ZERO')] },
        }),
      );
      assert.equal(result.ok, false);
      assert.equal(result.code, 'NO_DATA');
      assert.equal(result.message, 'No data to show: division by zero');
      assert.match(result.svg, /division by zero/);
    });
  });

  describe('trend', () => {
    const weekly = config({ trend: { series: 'created', interval: 'week', points: 8 } });

    const SEARCH = '/rest/api/3/search/jql';
    const searchJqls = () => jira.requestsTo(SEARCH).map((r) => (r.body as { jql: string }).jql);

    it('8 weekly points of few issues = ONE search of their dates over the 8 weeks (plus the value), on every render', async () => {
      const cold = await render(
        config({ source: { type: 'jql', jql: 'project = FEW' }, trend: { series: 'created', interval: 'week', points: 8 } }),
      );
      assert.equal(cold.ok, true, JSON.stringify(cold));
      assert.deepEqual(countJqls(), ['project = FEW'], 'no count per window');
      assert.deepEqual(searchJqls(), ['(project = FEW) AND (created >= "2026-10-05" AND created < "2026-11-30")']);
      assert.equal(jira.requests.length, 2, 'was 9: one count per window');
      // Binned exactly as the windows' JQL reads them: [start, end) in the user's zone (UTC here).
      assert.match(parseXml(cold.svg).attrs['aria-label'], /created per week over 8 weeks: from 2 to 1, min 0, max 2/); // 2, 1, 0 … 0, 1 (issue #25: was "trend over 8 points")
      jira.reset();
      const again = await render(
        config({ source: { type: 'jql', jql: 'project = FEW' }, trend: { series: 'created', interval: 'week', points: 8 } }),
      );
      assert.equal(jira.requests.length, 2, 'nothing kept: read again');
      assert.equal(again.svg, cold.svg);
    });

    it('more than a page of issues in the range: one count per window after all (exact either way)', async () => {
      await render(config({ source: { type: 'jql', jql: 'project = MANY' }, trend: { series: 'created', interval: 'week', points: 8 } }));
      const windows = countJqls().filter((j) => j.includes('created >= "'));
      assert.equal(windows.length, 8);
      assert.deepEqual(
        windows.sort(),
        ['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23']
          .map((start) => {
            const end = new Date(Date.parse(`${start}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
            return `(project = MANY) AND (created >= "${start}" AND created < "${end}")`;
          })
          .sort(),
      );
      assert.equal(jira.requestsTo(SEARCH).length, 1, 'the one search that found too many');
    });

    it("trend-<i> links: each point's window, oldest first", async () => {
      const result = await render(weekly);
      assert.equal(result.links['trend-0'], nav('(project = ABC) AND (created >= "2026-10-05" AND created < "2026-10-12")'));
      assert.equal(result.links['trend-7'], nav('(project = ABC) AND (created >= "2026-11-23" AND created < "2026-11-30")'));
      assert.equal(Object.keys(result.links).filter((k) => k.startsWith('trend-')).length, 8);
    });

    it('nothing is kept between requests: the next day reads every window again, the new one included', async () => {
      const daily = config({ trend: { series: 'resolved', interval: 'day', points: 5 } });
      handler = handlerFor(jira.url, { now: () => clock });
      await render(daily);
      jira.reset();
      clock += 86_400_000;
      await render(daily);
      assert.deepEqual(
        searchJqls(),
        ['(project = ABC) AND (resolved >= "2026-11-22" AND resolved < "2026-11-27")'],
        'the new day included',
      );
    });

    it('matching with an aggregate metric: ONE paged read for the value and every window (with created, only issues with a value)', async () => {
      const result = await render(
        config({
          kind: 'gauge',
          metric: { type: 'aggregate', op: 'max', fieldId: SP },
          trend: { series: 'matching', interval: 'day', points: 3 },
        }),
      );
      assert.equal(result.ok, true, JSON.stringify(result));
      assert.equal(result.value, 9);
      const searched = jira.requestsTo(SEARCH).map((r) => r.body as { jql: string; fields: string[] });
      assert.deepEqual(
        searched.map((b) => [b.jql, b.fields]),
        [['(project = ABC) AND (cf[10016] IS NOT EMPTY)', ['created', SP]]],
      );
      assert.equal(result.links['trend-1'], nav('(project = ABC) AND (created < "2026-11-25")'));
      assert.equal(result.links['trend-2'], nav('project = ABC'), 'the window that ends tomorrow is the source itself');
      assert.equal(jira.requestsTo(COUNT).length, 0);
    });

    it('matching aggregate values equal the metric over each window, computed independently', async () => {
      const { readNumbers } = await import('../../functions/metrics/read-numbers');
      const { JiraClient } = await import('../../functions/jira/client');
      const { fetchTransport } = await import('../../functions/jira/fetch-transport');
      const client = new JiraClient(fetchTransport({ baseUrl: jira.url, email: 'ann@example.com', apiToken: 't' }));
      const result = await readNumbers(
        client,
        {
          version: 2,
          kind: 'counter',
          source: { type: 'jql', jql: 'project = ABC' },
          metric: { type: 'aggregate', op: 'avg', fieldId: SP },
          trend: { series: 'matching', interval: 'day', points: 4 },
        },
        { now: clock },
      );
      const expected = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26'].map((end) => {
        const values = DATED.filter((i) => String(i.fields.created) < end && typeof i.fields[SP] === 'number').map(
          (i) => i.fields[SP] as number,
        );
        return values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 1000) / 1000;
      });
      assert.deepEqual(
        result.trend?.map((p) => p.value),
        expected,
      );
      assert.deepEqual(expected.slice(0, 1), [null], 'the first window has no issue with a value');
    });

    it('matching with a ratio: two counts per past window, no status segments (a gauge draws none)', async () => {
      const result = await render(
        config({ kind: 'gauge', metric: { type: 'ratio', segments: true }, trend: { series: 'matching', interval: 'week', points: 2 } }),
      );
      assert.equal(result.ok, true, JSON.stringify(result));
      // This week's window ("created before next Monday") is the value's own two counts, not two more.
      assert.deepEqual(countJqls().sort(), [
        '((project = ABC) AND (created < "2026-11-23")) AND (statusCategory = Done)',
        '(project = ABC) AND (created < "2026-11-23")',
        '(project = ABC) AND (statusCategory = Done)',
        'project = ABC',
      ]);
      assert.equal(result.links['trend-1'], nav('(project = ABC) AND (statusCategory = Done)'));
    });

    it('open at the end of each month', async () => {
      await render(config({ trend: { series: 'open', interval: 'month', points: 2 } }));
      assert.deepEqual(
        countJqls()
          .filter((j) => j !== 'project = ABC')
          .sort(),
        [
          '(project = ABC) AND (created <= "2026-11-01" AND (resolved > "2026-11-01" OR resolved IS EMPTY))',
          '(project = ABC) AND (created <= "2026-12-01" AND (resolved > "2026-12-01" OR resolved IS EMPTY))',
        ],
      );
    });
  });

  describe('drill-through links', () => {
    it('count: value is the source', async () => {
      const result = await render(config({ source: { type: 'jql', jql: 'project = ABC ORDER BY created DESC' } }));
      assert.deepEqual(result.links, { value: nav('project = ABC') });
    });

    it('ratio with segments: value is the numerator, each segment its own JQL', async () => {
      const result = await render(config({ kind: 'progress', metric: { type: 'ratio', segments: true } }), 'glance-progress');
      assert.deepEqual(result.links, {
        value: nav('(project = ABC) AND (statusCategory = Done)'),
        'segment-todo': nav('(project = ABC) AND (statusCategory = "To Do")'),
        'segment-inProgress': nav('(project = ABC) AND (statusCategory = "In Progress")'),
        'segment-done': nav('(project = ABC) AND (statusCategory = Done)'),
      });
      assert.equal(result.href, nav('project = ABC'), 'href stays the source');
    });

    it('ratio with a custom done clause: segment-done is the Done category', async () => {
      const result = await render(
        config({ kind: 'progress', metric: { type: 'ratio', doneJql: 'resolution = Fixed', segments: true } }),
        'glance-progress',
      );
      assert.equal(result.links.value, nav('(project = ABC) AND (resolution = Fixed)'));
      assert.equal(result.links['segment-done'], nav('(project = ABC) AND (statusCategory = "Done")'));
    });

    it('compare: the comparison source (numerator for a ratio)', async () => {
      const result = await render(
        config({ metric: { type: 'ratio' }, compare: { source: { type: 'jql', jql: 'project = PREV' }, mode: 'both', decimals: 1 } }),
      );
      assert.equal(result.value, 25);
      assert.equal(result.links.compare, nav('(project = PREV) AND (statusCategory = Done)'));
    });

    it('days until due: the issues with a due date, nearest first', async () => {
      const result = await render(config({ metric: { type: 'dueIn' } }));
      assert.equal(result.links.value, nav('(project = ABC) AND (duedate IS NOT EMPTY AND statusCategory != Done) ORDER BY duedate ASC'));
    });
  });

  describe('migration and contract', () => {
    it('a stored v1 sum renders as an aggregate sum', async () => {
      const result = await render({
        version: 1,
        kind: 'counter',
        source: { type: 'jql', jql: '(project = ABC) AND (created < "2026-11-05")' },
        metric: { type: 'sum', fieldId: SP },
      });
      assert.equal(result.ok, true, JSON.stringify(result));
      assert.equal(result.value, 0 + 1 + 2 + 3 + 4);
    });

    it('validateConfig returns the migrated v2 configuration', async () => {
      const result = await call(handler, 'validateConfig', {
        config: { version: 1, kind: 'counter', source: { type: 'jql', jql: 'project = ABC' }, metric: { type: 'sum', fieldId: SP } },
      });
      assert.deepEqual(result, {
        ok: true,
        config: {
          version: 2,
          kind: 'counter',
          source: { type: 'jql', jql: 'project = ABC' },
          metric: { type: 'aggregate', op: 'sum', fieldId: SP },
        },
      });
    });

    it('validateConfig: formula errors carry dotted paths and positions', async () => {
      const result = await call(handler, 'validateConfig', {
        config: config({
          metric: { type: 'formula', expression: 'A / (B', variables: [variable('A', 'project = ABC'), variable('B', '')] },
        }),
      });
      assert.equal(result.ok, false);
      assert.deepEqual(result.errors.map((e: { path: string }) => e.path).sort(), ['metric.expression', 'metric.variables.1.source.jql']);
      assert.match(result.errors.find((e: { path: string }) => e.path === 'metric.expression').message, /Missing '\)' at 7/);
    });

    it("an unknown version → NOT_FOUND with Jira's words", async () => {
      const result = await render(
        config({ kind: 'progress', metric: { type: 'ratio' }, expected: { versionId: '404' } }),
        'glance-progress',
      );
      assert.equal(result.ok, false);
      assert.equal(result.code, 'NOT_FOUND');
      assert.match(result.message, /Could not find version for id '404'/);
    });
  });
});

describe("versionOptions (the edit form's version picker)", () => {
  let jira: JiraDouble;
  before(async () => {
    jira = await startJiraDouble({
      projects: [{ id: '1', key: 'ABC', name: 'Alpha' }],
      versions: [
        { id: '10010', name: '1.2', projectId: 1, startDate: '2026-11-01', releaseDate: '2026-11-20' },
        { id: '10011', name: 'Later', projectId: 1 },
        { id: '10012', name: 'Old', projectId: 1, startDate: '2025-01-01', releaseDate: '2025-02-01', archived: true },
        { id: '20000', name: 'Other project', projectId: 2, startDate: '2026-11-01', releaseDate: '2026-11-20' },
      ],
    });
  });
  after(() => jira.close());

  it("lists the project's unarchived versions by id; a bad key asks Jira nothing", async () => {
    const handler = handlerFor(jira.url);
    const result = await call(handler, 'versionOptions', { query: 'ABC' });
    assert.equal(result.ok, true, JSON.stringify(result));
    assert.deepEqual(
      result.options.map((o: { value: string }) => o.value),
      ['10010', '10011'],
    );
    assert.match(result.options[0].label, /^1\.2 \(2026-11-01 .+ 2026-11-20\)$/);
    assert.match(result.options[1].label, /no dates/);
    jira.reset();
    assert.deepEqual(await call(handler, 'versionOptions', { query: 'AB") OR 1=1' }), { ok: true, options: [] });
    assert.equal(jira.requests.length, 0);
  });
});
