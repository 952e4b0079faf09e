/** Every clause the demo cannot evaluate exactly is refused with a Jira-shaped 400 — never a number. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DemoJira } from '../../dev/demo-jira/server';
import { ALICE, BOB, call, count, start } from './helpers';

const UNBOUNDED = 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.';

/** [jql, a fragment the message must contain] — as Alice, who sees everything. */
const REFUSED: [string, string][] = [
  // unknown and unsupported fields
  ['universe = 42', "Field 'universe' does not exist or you do not have permission to view it."],
  ['component = UI', "does not support searching by the field 'component'"],
  ['description ~ foo', "does not support searching by the field 'description'"],
  ['Customer = Acme', "does not support searching by the field 'Customer'"],
  ['issue.property[foo].bar = 1', "does not support searching by the field 'issue.property'"],
  // history operators
  ['status was Done', "history searches: the operator 'WAS'"],
  ['status was in (Done, Closed)', "the operator 'WAS IN'"],
  ['status was not Done', "the operator 'WAS NOT'"],
  ['assignee changed', "the operator 'CHANGED'"],
  // operators a field does not support
  ['summary = login', "The operator '=' is not supported by the 'summary' field."],
  ['status > Done', "The operator '>' is not supported by the 'status' field."],
  ['labels > a', "The operator '>' is not supported by the 'labels' field."],
  ['project ~ GLANCE', "The operator '~' is not supported by the 'project' field."],
  ['created ~ yesterday', "The operator '~' is not supported by the 'created' field."],
  ['filter > 10000', "The operator '>' is not supported by the 'filter' field."],
  ['key is EMPTY', "The operator 'is' is not supported by the 'key' field."],
  // unknown values
  ['project = NOPE', "The value 'NOPE' does not exist for the field 'project'."],
  ['issuetype = Saga', "The value 'Saga' does not exist for the field 'issuetype'."],
  ['status = Blocked', "The value 'Blocked' does not exist for the field 'status'."],
  ['statusCategory = Finished', "The value 'Finished' does not exist for the field 'statusCategory'."],
  ['priority = Urgent', "The value 'Urgent' does not exist for the field 'priority'."],
  ['resolution = Fixed', "The value 'Fixed' does not exist for the field 'resolution'."],
  ['assignee = mallory', "The value 'mallory' does not exist for the field 'assignee'."],
  ['fixVersion = 9.9', "The value '9.9' does not exist for the field 'fixVersion'."],
  ['sprint = "Sprint 999"', "The value 'Sprint 999' does not exist for the field 'sprint'."],
  ['filter = 99999', "The value '99999' does not exist for the field 'filter'."],
  ['key = NOPE-1', "An issue with key 'NOPE-1' does not exist for field 'key'."],
  ['key = "not a key"', "The issue key 'not a key' for field 'key' is invalid."],
  // malformed values
  ['created > yesterday', "Date value 'yesterday' for field 'created' is invalid."],
  ['created > "2026-02-30"', "Date value '2026-02-30' for field 'created' is invalid."],
  ['"Story Points" > lots', "The value 'lots' is not a valid number for the field 'Story Points'."],
  ['originalEstimate > "a while"', "is not a valid duration for the field 'originalEstimate'"],
  ['summary ~ "!!"', 'has no words to search for'],
  // functions
  ['created > startOfWeek(-1x)', "Invalid increment '-1x' for function 'startOfWeek'"],
  ['created > startOfDay(1, 2)', 'expected between 0 and 1 arguments but got 2'],
  ['created > now(1)', "Function 'now' expected 0 arguments but got 1."],
  ['assignee in membersOf("jira-users")', "does not support the JQL function 'membersOf()'"],
  ['issue in linkedIssues(GLANCE-1)', "does not support the JQL function 'linkedIssues()'"],
  ['created > someFunction()', "Unable to find JQL function 'someFunction()'."],
  ['created = currentUser()', "The function 'currentUser' is not supported by the field 'created'."],
  ['assignee = startOfDay()', "The function 'startOfDay' is not supported by the field 'assignee'."],
  ['labels in openSprints()', "The function 'openSprints' is not supported by the field 'labels'."],
  // ORDER BY
  ['project = GLANCE ORDER BY labels', "Field 'labels' does not support sorting."],
  ['project = GLANCE ORDER BY universe', "Field 'universe' does not exist"],
];

const PARSE_ERRORS = [
  'project = ',
  'project = GLANCE AND',
  'status in (Done',
  'project = GLANCE GLANCE',
  '(project = OPS',
  'status = Done BEFORE now()',
  'created >= 2026/01/01',
  'status = (Done, Closed)',
  'status is Done',
  'created > EMPTY',
];

describe('unsupported or invalid JQL gets a Jira-shaped 400', () => {
  let jira: DemoJira;
  before(async () => {
    jira = await start();
  });
  after(() => jira.close());

  test('every refused clause, on both search endpoints and in jql/parse', async () => {
    for (const [jql, fragment] of REFUSED) {
      const res = await count(jira, ALICE, jql);
      assert.equal(res.status, 400, `${jql} → ${res.text}`);
      assert.deepEqual(Object.keys(res.json).sort(), ['errorMessages', 'errors'], jql);
      assert.ok(
        res.json.errorMessages.some((m: string) => m.includes(fragment)),
        `${jql}: ${res.text}`,
      );

      const search = await call(jira, ALICE, 'POST', '/rest/api/3/search/jql', { jql, fields: ['key'] });
      assert.equal(search.status, 400, jql);
      assert.deepEqual(search.json.errorMessages, res.json.errorMessages, jql);

      const parsed = await call(jira, ALICE, 'POST', '/rest/api/3/jql/parse?validation=strict', { queries: [jql] });
      assert.equal(parsed.status, 200);
      assert.equal(parsed.json.queries[0].structure, undefined, jql);
      assert.deepEqual(parsed.json.queries[0].errors, res.json.errorMessages, jql);
    }
  });

  test('a refused clause inside a bigger query still refuses the whole query, listing every problem', async () => {
    const res = await count(jira, ALICE, 'project = GLANCE AND (status was Done OR universe = 1) AND priority = Urgent');
    assert.equal(res.status, 400);
    assert.equal(res.json.errorMessages.length, 3, res.text);
  });

  test('a refused clause under NOT is not turned into "everything"', async () => {
    const res = await count(jira, ALICE, 'project = GLANCE AND NOT status was Done');
    assert.equal(res.status, 400);
  });

  test('parse errors name the position, like Jira', async () => {
    for (const jql of PARSE_ERRORS) {
      const res = await count(jira, ALICE, jql);
      assert.equal(res.status, 400, `${jql} → ${res.text}`);
      assert.equal(res.json.errorMessages.length >= 1, true);
      assert.match(res.json.errorMessages[0], /^Error in the JQL Query: .+ \(line 1, character \d+\)$/, jql);
    }
  });

  test('unbounded JQL (empty, blank, ORDER BY only) is refused on search/jql and approximate-count', async () => {
    for (const jql of ['', '   ', 'ORDER BY created DESC']) {
      const counted = await count(jira, ALICE, jql);
      assert.equal(counted.status, 400, jql);
      assert.deepEqual(counted.json, { errorMessages: [UNBOUNDED], errors: {} });
      const searched = await call(jira, ALICE, 'POST', '/rest/api/3/search/jql', { jql });
      assert.equal(searched.status, 400);
      assert.deepEqual(searched.json.errorMessages, [UNBOUNDED]);
    }
    const missing = await call(jira, ALICE, 'POST', '/rest/api/3/search/approximate-count', {});
    assert.deepEqual(missing.json.errorMessages, [UNBOUNDED]);
  });

  test('a project the user cannot browse does not exist for them', async () => {
    for (const jql of ['project = SEC', 'project = Security', 'project in (GLANCE, SEC)', 'project = 10002']) {
      const res = await count(jira, BOB, jql);
      assert.equal(res.status, 400, jql);
      assert.match(res.json.errorMessages[0], /^The value '(SEC|Security|10002)' does not exist for the field 'project'\.$/);
      assert.equal((await count(jira, ALICE, jql)).status, 200, jql);
    }
    const key = await count(jira, BOB, 'key = SEC-1');
    assert.deepEqual(key.json.errorMessages, ["An issue with key 'SEC-1' does not exist for field 'key'."]);
  });

  test('a saved filter follows its own JQL rules: shared but about SEC → refused for Bob', async () => {
    const res = await count(jira, BOB, 'filter = 10006');
    assert.equal(res.status, 400);
    assert.deepEqual(res.json.errorMessages, ["The value 'SEC' does not exist for the field 'project'."]);
    const private_ = await count(jira, BOB, 'filter = 10002');
    assert.deepEqual(private_.json.errorMessages, ["The value '10002' does not exist for the field 'filter'."]);
  });

  test('jql/parse: valid queries get a structure, warn keeps it next to the errors, none skips validation', async () => {
    const queries = [
      'project = GLANCE AND NOT (status in (Done, Closed) OR assignee is EMPTY) ORDER BY created DESC',
      'universe = 42',
      'a = ',
    ];
    const strict = await call(jira, ALICE, 'POST', '/rest/api/3/jql/parse?validation=strict', { queries });
    assert.equal(strict.status, 200);
    assert.deepEqual(strict.json.queries[0], {
      query: queries[0],
      structure: {
        where: {
          operator: 'and',
          clauses: [
            { field: { name: 'project' }, operator: '=', operand: { value: 'GLANCE' } },
            {
              operator: 'not',
              clauses: [
                {
                  operator: 'or',
                  clauses: [
                    { field: { name: 'status' }, operator: 'in', operand: { values: [{ value: 'Done' }, { value: 'Closed' }] } },
                    { field: { name: 'assignee' }, operator: 'is', operand: { keyword: 'EMPTY' } },
                  ],
                },
              ],
            },
          ],
        },
        orderBy: { fields: [{ field: { name: 'created' }, direction: 'desc' }] },
      },
    });
    assert.deepEqual(strict.json.queries[1], {
      query: 'universe = 42',
      errors: ["Field 'universe' does not exist or you do not have permission to view it."],
    });
    assert.equal(strict.json.queries[2].structure, undefined);
    assert.match(strict.json.queries[2].errors[0], /^Error in the JQL Query: /);

    const warn = await call(jira, ALICE, 'POST', '/rest/api/3/jql/parse?validation=warn', { queries: ['universe = 42'] });
    assert.ok(warn.json.queries[0].structure.where);
    assert.equal(warn.json.queries[0].errors.length, 1);
    const none = await call(jira, ALICE, 'POST', '/rest/api/3/jql/parse?validation=none', { queries: ['universe = 42'] });
    assert.deepEqual(Object.keys(none.json.queries[0]).sort(), ['query', 'structure']);

    const get = await call(jira, BOB, 'GET', `/rest/api/3/jql/parse?query=${encodeURIComponent('project = SEC')}`);
    assert.deepEqual(get.json.queries[0].errors, ["The value 'SEC' does not exist for the field 'project'."]);
    const bad = await call(jira, ALICE, 'POST', '/rest/api/3/jql/parse', { queries: 'project = GLANCE' });
    assert.equal(bad.status, 400);
  });
});
