/**
 * The active sprint of a source's issues from the Sprint field (functions/metrics/sprint.ts), against
 * the Jira double with Jira Software's field shapes: GET /rest/api/3/field lists the Sprint field with
 * schema custom `com.pyxis.greenhopper.jira:gh-sprint`; the field's value on an issue is an array of
 * {id, name, state, boardId, goal, startDate, endDate, completeDate?}.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { JiraClient } from '../../functions/jira/client';
import { fetchTransport } from '../../functions/jira/fetch-transport';
import { Reads } from '../../functions/metrics/reads';
import { activeSprintOf, findActiveSprint, SPRINT_FIELD_SCHEMA } from '../../functions/metrics/sprint';
import { startJiraDouble, type DoubleField, type DoubleIssue, type JiraDouble } from '../helpers/jira-double';

const FIELD = 'customfield_10020';
const SEARCH = '/rest/api/3/search/jql';
const SPRINT_FIELD: DoubleField = { id: FIELD, name: 'Sprint', custom: true, schema: { type: 'array', custom: SPRINT_FIELD_SCHEMA, customId: 10020 } };
const closed = { id: 36, name: 'Sprint 41', state: 'closed', boardId: 3, goal: '', startDate: '2026-11-02T09:00:00.000Z', endDate: '2026-11-13T17:00:00.000Z', completeDate: '2026-11-13T16:30:00.000Z' };
const active = { id: 37, name: 'Sprint 42', state: 'active', boardId: 3, goal: 'Ship it', startDate: '2026-11-16T09:00:00.000Z', endDate: '2026-11-27T17:00:00.000Z' };
const otherActive = { id: 52, name: 'Ops Sprint 7', state: 'active', boardId: 5, goal: '', startDate: '2026-11-18T08:00:00.000Z', endDate: '2026-12-01T17:00:00.000Z' };
const issue = (key: string, sprints: unknown): DoubleIssue => ({ id: key, key, fields: { [FIELD]: sprints } });

/** Issues per JQL as Glance composes it. */
const SEARCHES: Record<string, DoubleIssue[]> = {
  '(project = ONE) AND (sprint in openSprints())': [issue('ONE-1', [closed, active])],
  '((project = ONE) AND (sprint in openSprints())) AND (sprint != 37)': [],
  '(project = TWO) AND (sprint in openSprints())': [issue('TWO-1', [active])],
  '((project = TWO) AND (sprint in openSprints())) AND (sprint != 37)': [issue('OPS-4', [otherActive])],
  '(project = NONE) AND (sprint in openSprints())': [],
  '(project = ODD) AND (sprint in openSprints())': [issue('ODD-1', ['com.atlassian.greenhopper.service.sprint.Sprint@1[id=37,state=ACTIVE]', { ...active, endDate: 'soon' }])],
};

describe('the active sprint of a source', () => {
  let jira: JiraDouble;
  let fields: DoubleField[];
  const cache = new Map<string, unknown>();
  const reads = (withCache = false) =>
    new Reads(new JiraClient(fetchTransport({ baseUrl: jira.url, email: 'ann@example.com', apiToken: 't' })), Date.parse('2026-11-21T12:00:00Z'), withCache
      ? async (key, load) => {
          const id = JSON.stringify(key);
          if (!cache.has(id)) cache.set(id, await load());
          return { value: cache.get(id), at: 0 };
        }
      : undefined);

  before(async () => {
    jira = await startJiraDouble({ issues: (jql) => SEARCHES[jql] ?? [], get fields() { return fields; } });
  });
  after(() => jira.close());
  beforeEach(() => {
    jira.reset();
    cache.clear();
    fields = [{ id: 'summary', name: 'Summary', custom: false, schema: { type: 'string', system: 'summary' } }, SPRINT_FIELD];
  });

  it('one active sprint: two searches of one issue, the Sprint field only', async () => {
    assert.deepEqual(await findActiveSprint(reads(), 'project = ONE'), { found: 'one', sprint: { id: 37, name: 'Sprint 42', startDate: active.startDate, endDate: active.endDate } });
    const searches = jira.requestsTo(SEARCH).map((r) => r.body as { jql: string; fields: string[]; maxResults: number });
    assert.deepEqual(searches.map((s) => [s.jql, s.fields, s.maxResults]), [
      ['(project = ONE) AND (sprint in openSprints())', [FIELD], 1],
      ['((project = ONE) AND (sprint in openSprints())) AND (sprint != 37)', [FIELD], 1],
    ]);
  });

  it('issues in two active sprints: several, with both names', async () => {
    assert.deepEqual(await findActiveSprint(reads(), 'project = TWO'), { found: 'several', names: ['Sprint 42', 'Ops Sprint 7'] });
  });

  it('no issue in an active sprint: none, after one search', async () => {
    assert.deepEqual(await findActiveSprint(reads(), 'project = NONE'), { found: 'none' });
    assert.equal(jira.requestsTo(SEARCH).length, 1);
  });

  it('a site without Jira Software (no Sprint field): no-field, and no search', async () => {
    fields = fields.filter((f) => f.id !== FIELD);
    assert.deepEqual(await findActiveSprint(reads(), 'project = ONE'), { found: 'no-field' });
    assert.equal(jira.requestsTo(SEARCH).length, 0);
  });

  it('values it cannot use (legacy strings, an end that is not a date) are no sprint', async () => {
    assert.deepEqual(await findActiveSprint(reads(), 'project = ODD'), { found: 'none' });
  });

  it('is cached like other readings: the same source again makes no Jira call', async () => {
    await findActiveSprint(reads(true), 'project = ONE');
    const before = jira.requests.length;
    assert.equal((await findActiveSprint(reads(true), 'project = ONE')).found, 'one');
    assert.equal(jira.requests.length, before);
  });

  it('reads the active one of an issue\'s sprints, whatever the order and case of its state', () => {
    assert.equal(activeSprintOf([closed, { ...active, state: 'ACTIVE' }])?.id, 37);
    assert.equal(activeSprintOf([closed]), undefined);
    assert.equal(activeSprintOf(null), undefined);
    assert.equal(activeSprintOf([{ ...active, id: '37' }]), undefined);
    assert.equal(activeSprintOf([{ ...active, endDate: active.startDate }]), undefined);
  });
});
