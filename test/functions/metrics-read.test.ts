import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { GadgetConfig, Metric } from '../../functions/config/types';
import { JiraClient } from '../../functions/jira/client';
import { GlanceError } from '../../functions/errors';
import { JiraError } from '../../functions/jira/errors';
import { english } from '../helpers/in-english';
import { fetchTransport } from '../../functions/jira/fetch-transport';
import { aggregate, aggregateField, ISSUE_CAP } from '../../functions/metrics/aggregate';
import { readNumbers } from '../../functions/metrics/read-numbers';
import { startJiraDouble, type DoubleIssue, type JiraDouble } from '../helpers/jira-double';

const SEARCH = '/rest/api/3/search/jql';
const SP = 'customfield_10016';
const NOW = Date.parse('2026-11-25T12:00:00Z');

/** 257 issues: story points with gaps (null, absent), decimals and negatives; labels sometimes empty. */
const AGG: DoubleIssue[] = Array.from({ length: 257 }, (_, i) => {
  const fields: Record<string, unknown> = { labels: i % 4 === 0 ? [] : ['x'] };
  if (i % 7 === 0) fields[SP] = null;
  else if (i % 11 !== 0) fields[SP] = ((i * 37) % 23) - 5 + (i % 3) * 0.5;
  return { id: String(20000 + i), key: `AGG-${i + 1}`, fields };
});
const BIG: DoubleIssue[] = Array.from({ length: 5_050 }, (_, i) => ({ id: String(30000 + i), key: `BIG-${i + 1}`, fields: { [SP]: 1 } }));
const day = (n: number) => new Date(NOW - n * 86_400_000).toISOString().replace('Z', '+0000');
const AGE: DoubleIssue[] = [3, 10, 0.5, 40].map((n, i) => ({ id: String(40000 + i), key: `AGE-${i + 1}`, fields: { created: day(n) } }));
const DUE: DoubleIssue[] = [['2026-11-23'], ['2026-12-01'], [null], ['2026-11-27']].map(([d], i) => ({
  id: String(50000 + i),
  key: `DUE-${i + 1}`,
  fields: { duedate: d },
}));

/** Independent reference values over the story points present. */
function reference(values: unknown[]) {
  const nums = values.filter((v): v is number => typeof v === 'number');
  const sorted = [...nums].sort((a, b) => a - b);
  const n = sorted.length;
  return {
    sum: nums.reduce((a, b) => a + b, 0),
    avg: nums.reduce((a, b) => a + b, 0) / n,
    min: Math.min(...nums),
    max: Math.max(...nums),
    median: (sorted[Math.floor((n - 1) / 2)] + sorted[Math.ceil((n - 1) / 2)]) / 2,
    countNonEmpty: n,
  };
}

function issuesFor(jql: string): DoubleIssue[] {
  if (jql === 'project = AGG') return AGG;
  if (jql === 'project = BIG') return BIG;
  if (jql === 'project = AGE') return AGE;
  if (jql === 'project = AGE ORDER BY created ASC')
    return [...AGE].sort((a, b) => String(a.fields.created).localeCompare(String(b.fields.created)));
  if (jql === '(project = DUE) AND (duedate IS NOT EMPTY AND statusCategory != Done) ORDER BY duedate ASC') {
    return DUE.filter((i) => i.fields.duedate).sort((a, b) => String(a.fields.duedate).localeCompare(String(b.fields.duedate)));
  }
  if (jql === 'project = TEXT') return [{ id: '1', key: 'T-1', fields: { [SP]: 'three' } }];
  return [];
}

describe('metrics read from the Jira double', () => {
  let jira: JiraDouble;
  let client: () => JiraClient;
  const config = (metric: Metric, patch: Partial<GadgetConfig> = {}): GadgetConfig => ({
    version: 2,
    kind: 'counter',
    source: { type: 'jql', jql: 'project = AGG' },
    metric,
    ...patch,
  });

  before(async () => {
    jira = await startJiraDouble({
      issues: issuesFor,
      versions: [
        { id: '10010', name: '1.2', startDate: '2026-11-01', releaseDate: '2026-11-20' },
        { id: '10011', name: '2.0', releaseDate: '2026-12-01' },
        { id: '10012', name: '3.0' },
        { id: '10013', name: 'Backwards', startDate: '2026-12-01', releaseDate: '2026-11-01' },
      ],
    });
    client = () => new JiraClient(fetchTransport({ baseUrl: jira.url, email: 'ann@example.com', apiToken: 't' }));
  });
  after(() => jira.close());
  beforeEach(() => jira.reset());

  describe('aggregates equal independently computed values', () => {
    const expected = reference(AGG.map((i) => i.fields[SP]));
    for (const op of ['sum', 'avg', 'min', 'max', 'median'] as const) {
      it(op, async () => {
        const result = await readNumbers(client(), config({ type: 'aggregate', fieldId: SP, op }), { now: NOW });
        assert.ok(Math.abs((result.value ?? Number.NaN) - expected[op]) < 1e-9, `${result.value} vs ${expected[op]}`);
        assert.equal(result.partial, undefined);
        // Only the 200 of 257 issues with story points are read (points are charged per issue returned).
        assert.deepEqual(
          jira.requestsTo(SEARCH).map((r) => (r.body as { jql: string }).jql),
          Array(2).fill('(project = AGG) AND (cf[10016] IS NOT EMPTY)'),
          '200 issues = 2 pages of 100',
        );
      });
    }
    it('a field Jira cannot search for emptiness: the same sum from every issue', async () => {
      jira.fault(SEARCH, { status: 400, body: { errorMessages: ["Field 'cf[10016]' is not searchable."], errors: {} } });
      const result = await readNumbers(client(), config({ type: 'aggregate', fieldId: SP, op: 'sum' }), { now: NOW });
      assert.ok(Math.abs((result.value ?? Number.NaN) - expected.sum) < 1e-9);
      assert.deepEqual(
        jira.requestsTo(SEARCH).map((r) => (r.body as { jql: string }).jql),
        ['(project = AGG) AND (cf[10016] IS NOT EMPTY)', 'project = AGG', 'project = AGG', 'project = AGG'],
      );
    });
    it('countNonEmpty counts numbers and non-empty lists, not null/absent/[]', async () => {
      assert.equal(
        (await readNumbers(client(), config({ type: 'aggregate', fieldId: SP, op: 'countNonEmpty' }), { now: NOW })).value,
        expected.countNonEmpty,
      );
      assert.equal(
        (await readNumbers(client(), config({ type: 'aggregate', fieldId: 'labels', op: 'countNonEmpty' }), { now: NOW })).value,
        AGG.filter((i) => (i.fields.labels as string[]).length > 0).length,
      );
    });
    it('asks only for the field, paging with nextPageToken', () => {
      return aggregateField(client(), 'project = AGG', SP, 'sum').then(() => {
        const bodies = jira.requestsTo(SEARCH).map((r) => r.body as { fields: string[]; nextPageToken?: string; maxResults: number });
        assert.deepEqual(
          bodies.map((b) => b.fields),
          [[SP], [SP], [SP]],
        );
        assert.equal(bodies[0].nextPageToken, undefined);
        assert.ok(bodies[1].nextPageToken && bodies[2].nextPageToken);
      });
    });
    it('no issues: a sum is 0, every other aggregation has no value', async () => {
      for (const op of ['sum', 'avg', 'min', 'max', 'median', 'countNonEmpty'] as const) {
        const result = await readNumbers(
          client(),
          config({ type: 'aggregate', fieldId: SP, op }, { source: { type: 'jql', jql: 'project = NONE' } }),
          { now: NOW },
        );
        assert.equal(result.value, op === 'sum' || op === 'countNonEmpty' ? 0 : null, op);
      }
    });
    it('the 5,000 cap: 50 pages, then partial (the result covers the first 5,000)', async () => {
      // The cap, not the time budget: 50 loopback pages may take longer than 8 s on a loaded machine.
      const patient = new JiraClient(fetchTransport({ baseUrl: jira.url, email: 'ann@example.com', apiToken: 't' }), { budgetMs: 120_000 });
      const result = await readNumbers(
        patient,
        config({ type: 'aggregate', fieldId: SP, op: 'sum' }, { source: { type: 'jql', jql: 'project = BIG' } }),
        { now: NOW },
      );
      assert.equal(ISSUE_CAP, 5_000);
      assert.equal(result.value, 5_000);
      assert.equal(result.partial, true);
      assert.equal(jira.requestsTo(SEARCH).length, 50);
    });
    it('a smaller cap stops mid-page', async () => {
      const result = await aggregateField(client(), 'project = AGG', SP, 'countNonEmpty', 150);
      assert.deepEqual(result, { value: reference(AGG.slice(0, 150).map((i) => i.fields[SP])).countNonEmpty, partial: true, covered: 150 });
    });
    it('a text value in a number field is INVALID_CONFIG naming the field', async () => {
      await assert.rejects(
        readNumbers(client(), config({ type: 'aggregate', fieldId: SP, op: 'avg' }, { source: { type: 'jql', jql: 'project = TEXT' } }), {
          now: NOW,
        }),
        (e: unknown) =>
          e instanceof GlanceError && !(e instanceof JiraError) && e.code === 'INVALID_CONFIG' && english(e.said).includes(SP),
      );
    });
    it('aggregate() table', () => {
      assert.equal(aggregate([1, 2, 3, 4], 'median', 'f'), 2.5);
      assert.equal(aggregate([5, null, 1, undefined, 3], 'median', 'f'), 3);
      assert.equal(aggregate([-2, -8], 'max', 'f'), -2);
      assert.equal(aggregate(['', '  ', [], null, 'a', { value: 'x' }], 'countNonEmpty', 'f'), 2);
      assert.equal(aggregate([], 'avg', 'f'), null);
    });
  });

  describe('dates: age and days until due, against the injected clock', () => {
    it('oldest age: one search ordered by created, 1 issue, field created', async () => {
      const result = await readNumbers(client(), config({ type: 'age', op: 'oldest' }, { source: { type: 'jql', jql: 'project = AGE' } }), {
        now: NOW,
      });
      assert.equal(result.value, 40);
      const bodies = jira.requestsTo(SEARCH).map((r) => r.body);
      assert.deepEqual(bodies, [{ jql: 'project = AGE ORDER BY created ASC', fields: ['created'], maxResults: 1 }]);
      assert.equal(result.links.value, `/issues/?jql=${encodeURIComponent('project = AGE ORDER BY created ASC')}`);
    });
    it('average age over every issue (1 decimal)', async () => {
      const result = await readNumbers(
        client(),
        config({ type: 'age', op: 'average' }, { source: { type: 'jql', jql: 'project = AGE' } }),
        { now: NOW },
      );
      assert.equal(result.value, Math.round(((3 + 10 + 0.5 + 40) / 4) * 10) / 10);
    });
    it('the same cached dates give a later age at a later clock', async () => {
      const later = NOW + 2 * 86_400_000;
      const result = await readNumbers(client(), config({ type: 'age', op: 'oldest' }, { source: { type: 'jql', jql: 'project = AGE' } }), {
        now: later,
      });
      assert.equal(result.value, 42);
    });
    it('days until the nearest due date: negative when overdue', async () => {
      const result = await readNumbers(client(), config({ type: 'dueIn' }, { source: { type: 'jql', jql: 'project = DUE' } }), {
        now: NOW,
      });
      assert.equal(result.value, -2);
      assert.deepEqual(
        jira.requestsTo(SEARCH).map((r) => r.body),
        [
          {
            jql: '(project = DUE) AND (duedate IS NOT EMPTY AND statusCategory != Done) ORDER BY duedate ASC',
            fields: ['duedate'],
            maxResults: 1,
          },
        ],
      );
      const early = await readNumbers(client(), config({ type: 'dueIn' }, { source: { type: 'jql', jql: 'project = DUE' } }), {
        now: Date.parse('2026-11-20T23:00:00Z'),
      });
      assert.equal(early.value, 3);
    });
    it('no issues: no value (never 0 days)', async () => {
      for (const metric of [{ type: 'age', op: 'oldest' }, { type: 'age', op: 'average' }, { type: 'dueIn' }] as Metric[]) {
        const result = await readNumbers(client(), config(metric, { source: { type: 'jql', jql: 'project = NONE' } }), { now: NOW });
        assert.equal(result.value, null, metric.type);
      }
    });
  });

  describe('expected progress', () => {
    const progress = (expected: GadgetConfig['expected']) => config({ type: 'ratio' }, { kind: 'progress', expected });
    it('from dates: no Jira call beyond the ratio', async () => {
      const result = await readNumbers(client(), progress({ start: '2026-11-01', end: '2026-11-20' }), {
        now: Date.parse('2026-11-12T12:00:00Z'),
      });
      assert.deepEqual(result.expected, { fraction: 0.575, day: 12, days: 20 });
      assert.equal(jira.requestsTo('/rest/api/3/version').length, 0);
    });
    it('from a version: GET /rest/api/3/version/{id}, its start and release dates', async () => {
      const result = await readNumbers(client(), progress({ versionId: '10010' }), { now: Date.parse('2026-11-12T12:00:00Z') });
      assert.deepEqual(result.expected, { fraction: 0.575, day: 12, days: 20 });
      assert.deepEqual(
        jira.requestsTo('/rest/api/3/version').map((r) => [r.method, r.path]),
        [['GET', '/rest/api/3/version/10010']],
      );
    });
    const errors: [string, string, string, RegExp][] = [
      ['no start date', '10011', 'INVALID_CONFIG', /The version "2\.0" has no start date in Jira; set it there, or enter the dates/],
      ['no dates at all', '10012', 'INVALID_CONFIG', /"3\.0" has no start date and no release date/],
      ['released before it starts', '10013', 'INVALID_CONFIG', /released \(2026-11-01\) before it starts/],
      ['unknown version', '99999', 'NOT_FOUND', /Could not find version/],
    ];
    for (const [name, id, code, message] of errors) {
      it(`${name} → ${code}`, async () => {
        await assert.rejects(
          readNumbers(client(), progress({ versionId: id }), { now: NOW }),
          (e: unknown) =>
            // Jira's refusal (unknown version) is a JiraError; a version without usable dates is Glance's own finding.
            e instanceof GlanceError &&
            e instanceof JiraError === (code === 'NOT_FOUND') &&
            e.code === code &&
            message.test(english(e.said)),
        );
      });
    }
    it('not read for gauges and counters', async () => {
      const result = await readNumbers(client(), { ...progress({ versionId: '10010' }), kind: 'gauge' }, { now: NOW });
      assert.equal(result.expected, undefined);
      assert.equal(jira.requestsTo('/rest/api/3/version').length, 0);
    });
  });

  it('a formula dividing by zero fails with NO_DATA, a Glance error that is not a Jira error', async () => {
    const variable = (name: 'A' | 'B', jql: string) => ({
      name,
      source: { type: 'jql' as const, jql },
      metric: { type: 'count' as const },
    });
    const variables = [variable('A', 'project = AGG'), variable('B', 'project = NONE')];
    const formula: Metric = { type: 'formula', expression: 'A / B', variables };
    await assert.rejects(
      readNumbers(client(), config(formula), { now: NOW }),
      (e: unknown) =>
        e instanceof GlanceError && !(e instanceof JiraError) && e.code === 'NO_DATA' && english(e.said) === 'division by zero',
    );
  });
});
