import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { andJql, issueNavigatorHref, JqlCompositionError, quoteJqlValue, restrictionOf } from '../../functions/jql/compose';
import { scanJql } from '../../functions/jql/scan';

describe('andJql', () => {
  const cases: [string, string[], string][] = [
    ['single part kept as is', ['project = ABC'], 'project = ABC'],
    ['ORDER BY stripped', ['project = ABC ORDER BY created DESC', 'statusCategory = Done'], '(project = ABC) AND (statusCategory = Done)'],
    ['ORDER BY lower case stripped', ['project = ABC order by rank', 'x = 1'], '(project = ABC) AND (x = 1)'],
    [
      'OR precedence kept',
      ['project = A OR project = B', 'statusCategory = Done'],
      '(project = A OR project = B) AND (statusCategory = Done)',
    ],
    ['existing parentheses kept', ['(a = 1 OR b = 2) AND c = 3', 'd = 4'], '((a = 1 OR b = 2) AND c = 3) AND (d = 4)'],
    ['ORDER BY inside a string is data', ['summary ~ "order by" ORDER BY key', 'x = 1'], '(summary ~ "order by") AND (x = 1)'],
    ['quoted parenthesis is data', ['summary ~ "a) OR (b"', 'x = 1'], '(summary ~ "a) OR (b") AND (x = 1)'],
    ['three parts', ['a = 1', 'b = 2 OR c = 3', 'd = 4'], '(a = 1) AND (b = 2 OR c = 3) AND (d = 4)'],
  ];
  for (const [name, parts, expected] of cases) {
    it(name, () => assert.equal(andJql(...parts), expected));
  }

  const hostile: [string, string][] = [
    ['unbalanced close breaks out', 'project = A) OR (project = B'],
    ['unbalanced open', 'project = (A'],
    ['only ORDER BY', 'ORDER BY created'],
    ['empty', ''],
    ['unterminated string', 'summary ~ "abc'],
    ['string closed by an escaped quote', 'summary ~ "abc\\" OR (x = 1'],
  ];
  for (const [name, jql] of hostile) {
    it(`rejects: ${name}`, () => assert.throws(() => andJql(jql, 'statusCategory = Done'), JqlCompositionError));
  }

  // The render path checks only what composition needs; Jira refuses the rest with its own words
  // (and the edit view's validateJql asks the full grammar and Jira before saving).
  it('passes other syntax errors through intact, inside their parentheses', () => {
    assert.equal(andJql('project = A AND', 'statusCategory = Done'), '(project = A AND) AND (statusCategory = Done)');
  });
});

describe('quoteJqlValue', () => {
  const cases: [string, string][] = [
    ['ABC', '"ABC"'],
    ['To Do', '"To Do"'],
    ['a"b', '"a\\"b"'],
    ['back\\slash', '"back\\\\slash"'],
    ['" OR project = X', '"\\" OR project = X"'],
    ['line\nbreak', '"line\\nbreak"'],
  ];
  for (const [value, expected] of cases) {
    it(`quotes ${JSON.stringify(value)}`, () => {
      const quoted = quoteJqlValue(value);
      assert.equal(quoted, expected);
      // The quoted value parses as one clause: it cannot end the string or add clauses.
      assert.equal(restrictionOf(`summary ~ ${quoted}`), `summary ~ ${quoted}`);
      assert.deepEqual(scanJql(`summary ~ ${quoted} AND x = 1`), { ok: true, where: `summary ~ ${quoted} AND x = 1`, hasOrderBy: false });
    });
  }
});

describe('scanJql / issueNavigatorHref', () => {
  it('reports ORDER BY and the restriction', () => {
    assert.deepEqual(scanJql('a = 1 ORDER BY b'), { ok: true, where: 'a = 1', hasOrderBy: true });
    assert.deepEqual(scanJql('ORDER BY b'), { ok: true, where: null, hasOrderBy: true });
  });
  it('builds a relative, encoded navigator link', () => {
    assert.equal(issueNavigatorHref('project = "A B" AND x = 1'), '/issues/?jql=project%20%3D%20%22A%20B%22%20AND%20x%20%3D%201');
  });
});

describe('JQL reserved words', () => {
  it('quotes a reserved word as a value (unquoted, Jira and the grammar refuse it)', async () => {
    const { grammarErrors } = await import('../../functions/jql/grammar');
    assert.notDeepEqual(await grammarErrors('project = SUM'), []);
    assert.equal(restrictionOf(`project = ${quoteJqlValue('SUM')}`), 'project = "SUM"');
    assert.deepEqual(await grammarErrors('project = "SUM"'), []);
  });
});
