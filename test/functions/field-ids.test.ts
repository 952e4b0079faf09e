/**
 * Field ids are input: one named like an Object.prototype member (`constructor`, `__proto__`,
 * `toString`, `hasOwnProperty`, `valueOf`) must be looked up as an own property — absent means
 * empty, never the prototype's function. Through the metrics (value and `matching` trend) against
 * the Jira double, and through the demo Jira's field selection.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AggregateOp, GadgetConfig } from '../../functions/config/types';
import { validate } from '../../functions/config/validate';
import { JiraClient } from '../../functions/jira/client';
import { fetchTransport } from '../../functions/jira/fetch-transport';
import { fieldValue } from '../../functions/metrics/aggregate';
import { readNumbers } from '../../functions/metrics/read-numbers';
import { startJiraDouble, type DoubleIssue, type JiraDouble } from '../helpers/jira-double';
import { ALICE, call as demoCall, start as startDemo } from '../demo-jira/helpers';
import type { DemoJira } from '../../dev/demo-jira/server';

const IDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'] as const;
const NOW = Date.parse('2026-11-25T12:00:00Z');
const created = new Date(NOW - 3 * 86_400_000).toISOString().replace('Z', '+0000');

/** Project NOFIELD: 3 issues lacking every such field. Project OWNFIELD: 2 issues holding it as their own (7 and null). */
function issuesFor(jql: string): DoubleIssue[] {
  const without = Array.from({ length: 3 }, (_, i) => ({ id: String(i), key: `W-${i}`, fields: { created } }));
  if (jql.includes('NOFIELD')) return without;
  if (jql.includes('OWNFIELD')) {
    return [0, 1].map((i) => {
      const fields: Record<string, unknown> = { created };
      for (const id of IDS)
        Object.defineProperty(fields, id, { value: i === 0 ? 7 : null, enumerable: true, writable: true, configurable: true });
      return { id: String(10 + i), key: `H-${i}`, fields };
    });
  }
  return [];
}

describe('field ids named like Object.prototype members', () => {
  let jira: JiraDouble;
  let demo: DemoJira;
  const client = () => new JiraClient(fetchTransport({ baseUrl: jira.url, email: 'ann@example.com', apiToken: 't' }));
  const config = (fieldId: string, op: AggregateOp, project: string, trend = false): GadgetConfig => {
    const checked = validate({
      version: 2,
      kind: 'counter',
      source: { type: 'jql', jql: `project = ${project}` },
      metric: { type: 'aggregate', fieldId, op },
      ...(trend ? { trend: { series: 'matching', interval: 'week', points: 2 } } : {}),
    });
    assert.ok(checked.ok, `${fieldId} is a valid field id: ${JSON.stringify(checked)}`);
    return checked.config;
  };

  before(async () => {
    jira = await startJiraDouble({ issues: issuesFor });
    demo = await startDemo();
  });
  after(async () => {
    await jira.close();
    await demo.close();
  });

  const table: [AggregateOp, 'NOFIELD' | 'OWNFIELD', number | null][] = [
    ['countNonEmpty', 'NOFIELD', 0],
    ['sum', 'NOFIELD', 0],
    ['avg', 'NOFIELD', null],
    ['max', 'NOFIELD', null],
    ['countNonEmpty', 'OWNFIELD', 1],
    ['sum', 'OWNFIELD', 7],
    ['median', 'OWNFIELD', 7],
  ];
  for (const id of IDS) {
    it(`${id}: an issue without it is empty; its own value counts (value and matching trend)`, async () => {
      for (const [op, project, expected] of table) {
        const result = await readNumbers(client(), config(id, op, project, true), { now: NOW });
        assert.equal(result.value, expected, `${op} of ${id} in ${project}`);
        assert.equal(result.trend?.at(-1)?.value, expected, `trend: ${op} of ${id} in ${project}`);
      }
    });
  }

  it('fieldValue: own properties only', () => {
    for (const id of IDS) {
      assert.equal(fieldValue({}, id), null, id);
      assert.equal(fieldValue(JSON.parse(`{"${id}": 5}`), id), 5, id);
    }
    assert.equal(fieldValue({ a: undefined }, 'a'), null);
  });

  it("the demo Jira returns no such field (not the prototype's) and still answers", async () => {
    const answer = await demoCall(demo, ALICE, 'POST', '/rest/api/3/search/jql', {
      jql: 'project = GLANCE',
      fields: [...IDS, 'summary'],
      maxResults: 2,
    });
    assert.equal(answer.status, 200, answer.text.slice(0, 200));
    for (const issue of answer.json.issues) assert.deepEqual(Object.keys(issue.fields), ['summary']);
  });
});
