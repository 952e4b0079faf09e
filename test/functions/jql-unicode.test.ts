/**
 * Issue 16, "every character of the JQL": the grammar counts code points where String#slice counts
 * UTF-16 units, so each emoji used to drop one character from the end of the restriction. The
 * composed restriction must be exactly the user's (or the saved filter's) text minus ORDER BY.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import fc from 'fast-check';
import type { JiraClient } from '../../functions/jira/client';
import { andJql, restrictionOf } from '../../functions/jql/compose';
import { sourceJql } from '../../functions/metrics/source';
import { startJiraDouble, type JiraDouble } from '../helpers/jira-double';
import { validJql } from '../helpers/jql-grammar';
import { call, handlerFor, type Handler } from '../../support/forge-call';

const DONE = 'statusCategory = Done';
const COUNT = '/rest/api/3/search/approximate-count';
const PARSE = '/rest/api/3/jql/parse';

/** The issue's queries: before the fix, the restriction lost one character per emoji. */
const ISSUE_CASES = [
  'labels = "😀😀" AND labels != secret',
  'summary ~ "🚀🚀🚀🚀🚀🚀🚀" OR a = b',
  'summary ~ "😀😀" OR project = OPS',
  'summary ~ "🔥"',
];

describe('restrictions keep every character', () => {
  for (const jql of ISSUE_CASES) {
    it(JSON.stringify(jql), () => {
      assert.equal(restrictionOf(jql), jql);
      assert.equal(restrictionOf(`${jql} ORDER BY created DESC`), jql);
      assert.equal(andJql(`${jql} order by key`, DONE), `(${jql}) AND (${DONE})`);
    });
  }
});

describe('through the resolvers: what Jira is asked', () => {
  let jira: JiraDouble;
  let handler: Handler;
  before(async () => {
    jira = await startJiraDouble({
      count: (jql) => (jql.includes(DONE) ? 1 : 4),
      filters: [{ id: '20000', name: 'Rockets', jql: 'summary ~ "🚀🚀🚀🚀🚀🚀🚀" OR a = b ORDER BY rank' }],
    });
  });
  after(() => jira.close());
  beforeEach(() => {
    jira.reset();
    handler = handlerFor(jira.url);
  });
  const counted = () =>
    jira
      .requestsTo(COUNT)
      .map((r) => (r.body as { jql: string }).jql)
      .sort();
  const progress = (source: unknown) => ({ version: 1, kind: 'progress', source, metric: { type: 'ratio' } });

  for (const jql of ISSUE_CASES) {
    it(`progress of ${JSON.stringify(jql)}: total and done cover the same issues`, async () => {
      const result = await call(
        handler,
        'render',
        {},
        { gadgetConfiguration: progress({ type: 'jql', jql: `${jql} ORDER BY key` }), moduleKey: 'glance-progress' },
      );
      assert.equal(result.ok, true, JSON.stringify(result));
      assert.deepEqual(counted(), [`(${jql}) AND (${DONE})`, jql].sort());
    });
  }

  it("a saved filter's JQL from Jira keeps its OR clause", async () => {
    const result = await call(
      handler,
      'render',
      {},
      { gadgetConfiguration: progress({ type: 'filter', filterId: '20000' }), moduleKey: 'glance-progress' },
    );
    assert.equal(result.ok, true, JSON.stringify(result));
    assert.deepEqual(counted(), [`(summary ~ "🚀🚀🚀🚀🚀🚀🚀" OR a = b) AND (${DONE})`, 'summary ~ "🚀🚀🚀🚀🚀🚀🚀" OR a = b'].sort());
  });

  it('summary ~ "🔥": the render sends it closed and the edit form\'s check agrees', async () => {
    const checked = await call(handler, 'validateJql', { jql: 'summary ~ "🔥"' });
    assert.deepEqual(checked, { ok: true, errors: [] });
    assert.deepEqual(
      jira.requestsTo(PARSE).map((r) => r.body),
      [{ queries: ['summary ~ "🔥"'] }],
    );
    const counter = { version: 1, kind: 'counter', source: { type: 'jql', jql: 'summary ~ "🔥"' }, metric: { type: 'count' } };
    const result = await call(handler, 'render', {}, { gadgetConfiguration: counter });
    assert.equal(result.ok, true, JSON.stringify(result));
    assert.deepEqual(counted(), ['summary ~ "🔥"']);
    assert.equal(result.href, `/issues/?jql=${encodeURIComponent('summary ~ "🔥"')}`);
  });

  it('an unterminated quote after an emoji is refused by both the render and the edit form', async () => {
    const checked = await call(handler, 'validateJql', { jql: 'summary ~ "🔥' });
    assert.equal(checked.ok, false);
    assert.match(checked.errors[0], /quoted string is not closed/);
    const counter = { version: 1, kind: 'counter', source: { type: 'jql', jql: 'summary ~ "🔥' }, metric: { type: 'count' } };
    const result = await call(handler, 'render', {}, { gadgetConfiguration: counter });
    assert.equal(result.ok, false);
    assert.equal(jira.requests.length, 0);
  });
});

describe('generated JQL with astral characters, combining marks, quotes, escapes and ORs (property)', () => {
  it('the composed query holds the exact restriction, from a JQL source or a saved filter', async () => {
    await fc.assert(
      fc.asyncProperty(validJql(), async ({ jql, where }) => {
        assert.equal(restrictionOf(jql), where);
        assert.equal(andJql(jql, DONE), `(${where}) AND (${DONE})`);
        assert.equal(await sourceJql({} as JiraClient, { type: 'jql', jql }), where);
        const client = { filter: async () => ({ id: '1', name: 'F', jql }) } as unknown as JiraClient;
        assert.equal(await sourceJql(client, { type: 'filter', filterId: '1' }), where);
      }),
      { numRuns: 500 },
    );
  });
});
