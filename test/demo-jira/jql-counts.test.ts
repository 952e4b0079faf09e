/**
 * The JQL evaluator against a table of queries whose expected counts are computed here, independently,
 * by filtering the raw dataset with plain predicates — for both demo users.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DemoJira } from '../../dev/demo-jira/server';
import { ALICE, BOB, allKeys, count, start, visibleTo } from './helpers';
import { TABLE } from './jql-table';

describe('JQL counts match an independent computation over the dataset', () => {
  let jira: DemoJira;
  before(async () => {
    jira = await start();
  });
  after(() => jira.close());

  for (const user of [ALICE, BOB]) {
    test(`every row of the table, as ${user.displayName}`, async () => {
      const visible = visibleTo(jira, user);
      for (const [jql, predicate, mayBeZero] of TABLE) {
        const expected = visible.filter((i) => predicate(i, user)).length;
        if (!mayBeZero) assert.ok(expected > 0, `table row has no matching issue, so it proves nothing: ${jql}`);
        const res = await count(jira, user, jql);
        assert.equal(res.status, 200, `${jql}: ${res.text}`);
        assert.deepEqual(res.json, { count: expected }, jql);
      }
    });
  }

  test('the table exercises rows that differ between the users', async () => {
    const differing = TABLE.filter(
      ([, p]) => visibleTo(jira, ALICE).filter((i) => p(i, ALICE)).length !== visibleTo(jira, BOB).filter((i) => p(i, BOB)).length,
    );
    assert.ok(differing.length > 20, `only ${differing.length} rows differ`);
  });

  test('search/jql returns the same issues as the count, for a sample of rows', async () => {
    for (const [jql, predicate] of TABLE.filter((_, index) => index % 9 === 0)) {
      const expected = visibleTo(jira, BOB)
        .filter((i) => predicate(i, BOB))
        .map((i) => i.key)
        .sort();
      const { keys } = await allKeys(jira, BOB, jql, 100);
      assert.deepEqual([...keys].sort(), expected, jql);
    }
  });
});
