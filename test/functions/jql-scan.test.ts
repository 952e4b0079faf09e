/**
 * The render path's JQL scanner against Atlassian's grammar (@atlassianlabs/jql-ast, the reference):
 * real-world queries, malformed ones, and generated ones. Composition must keep ORDER BY out and every
 * clause (each OR) inside its parentheses.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { andJql } from '../../functions/jql/compose';
import { MAX_JQL_LENGTH, scanJql } from '../../functions/jql/scan';
import { grammar, validJql } from '../helpers/jql-grammar';

const DONE = 'statusCategory = Done';
const doneShape = grammar(DONE).whereShape;
/** The restriction is the whole query. */
const SAME = Symbol('same');

/** Realistic JQL (saved filters, gadget sources, Atlassian's documentation examples) and its restriction. */
const REAL_WORLD: [string, string | typeof SAME | null][] = [
  ['project = ABC ORDER BY created DESC', 'project = ABC'],
  [
    'project = "My Project" AND status = "In Progress" ORDER BY priority DESC, updated ASC',
    'project = "My Project" AND status = "In Progress"',
  ],
  ['assignee = currentUser() AND resolution = Unresolved ORDER BY updated DESC', 'assignee = currentUser() AND resolution = Unresolved'],
  ['assignee in membersOf("jira-software-users") AND statusCategory != Done', SAME],
  ['status changed to Done after -7d', SAME],
  ['status CHANGED FROM "In Progress" TO Done DURING (startOfWeek(), now())', SAME],
  ['"Epic Link" = ABC-1', SAME],
  ['text ~ "order by"', SAME],
  [`summary ~ '\\"quoted\\"'`, SAME],
  ['(project = A OR project = B) AND (type = Bug OR (type = Story AND priority = High))', SAME],
  ['cf[10016] > 3', SAME],
  ['issue in linkedIssues(ABC-1, "blocks")', SAME],
  ['assignee is EMPTY', SAME],
  ['fixVersion is not EMPTY ORDER BY fixVersion', 'fixVersion is not EMPTY'],
  ['priority != Low', SAME],
  ['summary ~ "login*" OR description ~ "sign in"', SAME],
  ['labels NOT IN (wontfix, duplicate)', SAME],
  ['status WAS IN ("To Do", "In Progress") BEFORE "2026-01-01"', SAME],
  ['status was not Done on "2026-03-01"', SAME],
  ['project = OPS order by rank', 'project = OPS'],
  ['project = OPS ORDER\n  BY Rank ASC', 'project = OPS'],
  ['sprint in openSprints() AND "Story Points" > 3', SAME],
  ['created >= -30d AND created < startOfDay()', SAME],
  ['updated >= startOfWeek(-1w) AND updated < startOfWeek()', SAME],
  ['duedate <= endOfMonth() AND resolution is EMPTY', SAME],
  ['reporter = "5b10ac8d82e05b22cc7d4ef5"', SAME],
  ['issuekey in (ABC-1, ABC-2, ABC-3)', SAME],
  ['filter = 10000 AND priority in (High, Highest)', SAME],
  ['filter = "My open bugs" ORDER BY created', 'filter = "My open bugs"'],
  ['NOT (status = Done) AND project = X', SAME],
  ['project = X AND NOT assignee = currentUser()', SAME],
  ['component in componentsLeadByUser() OR component is EMPTY', SAME],
  ['issuetype in standardIssueTypes() AND issuetype != Epic', SAME],
  ['issue in watchedIssues()', SAME],
  ['summary !~ "draft"', SAME],
  [`project = X AND (labels = "a(b" OR labels = 'c)d')`, SAME],
  ['project = X AND summary ~ "ORDER BY \\"x\\""', SAME],
  ['cf[10020] in (10, 20) AND cf[10016] is not EMPTY ORDER BY cf[10016] DESC', 'cf[10020] in (10, 20) AND cf[10016] is not EMPTY'],
  ['project = "ORDER"', SAME],
  ['labels = order_by', SAME],
  [
    'project in projectsWhereUserHasRole("Developers") AND statusCategory = "In Progress" ORDER BY Rank',
    'project in projectsWhereUserHasRole("Developers") AND statusCategory = "In Progress"',
  ],
  ['key = ABC-1 || key = ABC-2', SAME],
  ['key = ABC-1 && key = ABC-2', SAME],
  ['  project = A  ORDER BY key  ', 'project = A'],
  ['project = A\tAND\tstatus = Done', SAME],
  ['"Start date[Date]" >= "2026-01-01"', SAME],
  ['issue.property[support].level = 2', SAME],
  ['summary ~ "\\\\\\\\server\\\\share"', SAME],
  ['text ~ "\\"order by\\" OR x"', SAME],
  ['assignee was currentUser() BY "abc"', SAME],
  ['status changed by membersOf("qa") after startOfMonth()', SAME],
  ['project = Ω AND summary ~ "中文"', SAME],
  ['(project = A)', SAME],
  ['ORDER BY key', null],
  ['project = A ORDER BY "Story Points" DESC, key', 'project = A'],
  ['worklogDate >= "2026/01/01" AND worklogAuthor = currentUser()', SAME],
  ['labels = "😀😀" AND labels != secret', SAME],
  ['summary ~ "🚀🚀🚀🚀🚀🚀🚀" OR a = b', SAME],
  ['summary ~ "e\u0301te\u0301 👩‍💻" ORDER BY created', 'summary ~ "e\u0301te\u0301 👩‍💻"'],
  ['labels = "a\u00a0b" OR labels = a\u00a0', SAME],
];

describe('scanJql on real-world queries', () => {
  for (const [jql, expected] of REAL_WORLD) {
    const where = expected === SAME ? jql : expected;
    it(JSON.stringify(jql), () => {
      const reference = grammar(jql);
      assert.deepEqual(reference.errors, [], 'the table holds valid JQL');
      const scanned = scanJql(jql);
      assert.deepEqual(scanned, { ok: true, where, hasOrderBy: reference.hasOrderBy });
      if (where === null) return;
      // The grammar drops parentheses around the whole restriction; the clause trees must be equal.
      assert.equal(grammar(where).whereShape, reference.whereShape);
      const composed = andJql(jql, DONE);
      assert.equal(composed, `(${where}) AND (${DONE})`);
      const parsed = grammar(composed);
      assert.deepEqual(parsed.errors, []);
      assert.equal(parsed.operator, 'and');
      assert.deepEqual(parsed.clauses, [reference.whereShape, doneShape]);
    });
  }
  it('holds more than 40 queries', () => assert.ok(REAL_WORLD.length > 40));
});

describe('scanJql refuses what would move a string or a parenthesis', () => {
  const cases: [string, string, RegExp][] = [
    [
      'unterminated double quote',
      'summary ~ "abc OR project = X',
      /^A quoted string is not closed \(add a double quote at its end\): "abc OR project = X$/,
    ],
    ['unterminated single quote', "summary ~ 'abc", /not closed \(add a single quote at its end\): 'abc$/],
    ['escaped closing quote', 'summary ~ "abc\\"', /not closed/],
    ['unterminated after an emoji', 'summary ~ "🔥', /not closed .*: "🔥$/],
    ['unknown escape in quotes', 'summary ~ "a\\qb"', /^A backslash starts no JQL escape \(JQL knows .*\): \\qb"$/],
    ['short unicode escape', 'summary ~ "\\u00e"', /no JQL escape .*: \\u00e"$/],
    ['upper-case unicode escape', 'summary ~ "\\U00e9"', /no JQL escape .*: \\U00e9"$/],
    ['unknown escape in a word', 'labels = a\\(b OR x = 1)', /no JQL escape .*: \\\(b OR x = 1\)$/],
    ['backslash at the end', 'labels = a\\', /no JQL escape .*: \\$/],
    ['tab inside quotes', 'summary ~ "a\tb"', /control character \(U\+0009, write a tab as \\t\): "a\tb"$/],
    ['control character inside quotes', 'summary ~ "a\u0001b"', /control character \(U\+0001\)/],
    ['C1 control inside quotes', "summary ~ 'a\u0085b'", /control character \(U\+0085\)/],
    ['unmatched ")"', 'project = A) OR (project = B', /^A "\)" closes no "\(": \) OR \(project = B$/],
    ['")" before "("', ')(', /closes no "\("/],
    ['unclosed "("', 'project = (A', /A "\(" is not closed/],
    ['two unclosed "("', '((a = 1', /2 "\(" are not closed/],
    ['")" inside ORDER BY', 'a = 1 ORDER BY b)', /closes no/],
    ['too long', `project = A AND summary ~ "${'x'.repeat(MAX_JQL_LENGTH)}"`, /longer than 10,000 characters/],
  ];
  for (const [name, jql, message] of cases) {
    it(name, () => {
      const scanned = scanJql(jql);
      assert.equal(scanned.ok, false);
      assert.match(scanned.ok ? '' : scanned.errors.join(' '), message);
      if (jql.length <= MAX_JQL_LENGTH) assert.notDeepEqual(grammar(jql).errors, [], 'the grammar refuses it too');
    });
  }
  it('quotes at most 20 characters (code points) of the query in a message', () => {
    const scanned = scanJql(`summary ~ "${'😀'.repeat(30)}`);
    assert.equal(
      scanned.ok ? '' : scanned.errors[0],
      `A quoted string is not closed (add a double quote at its end): "${'😀'.repeat(19)}…`,
    );
  });
});

describe('words end where the lexer ends them', () => {
  // A character ends a word (so ORDER after it is a keyword) exactly when the grammar refuses it inside a value.
  it('every character from U+0000 to U+02FF, and a few beyond', () => {
    const chars = [
      ...Array.from({ length: 0x300 }, (_, i) => String.fromCharCode(i)),
      '\u2028',
      '\u3000',
      '\ufeff',
      '😀',
      '\ud800',
      '\udc00',
    ];
    const disagree = chars.filter((c) => {
      const scanned = scanJql(`labels = a${c}ORDER BY k`);
      const inWord = scanned.ok && !scanned.hasOrderBy;
      return inWord !== (grammar(`labels = a${c}b`).errors.length === 0);
    });
    assert.deepEqual(disagree, []);
  });
});

describe('ORDER BY is the keyword pair at the top level only', () => {
  const cases: [string, string | null, boolean][] = [
    ['a = 1 order  by b', 'a = 1', true],
    ['a = 1 OrDeR\r\n\tbY b', 'a = 1', true],
    ['(a = 1)ORDER BY b', '(a = 1)', true],
    ['a = "x"ORDER BY b', 'a = "x"', true],
    ['a = orderly OR b = by', 'a = orderly OR b = by', false],
    ['a = b\\ ORDER BY c', 'a = b\\ ORDER BY c', false], // "b\ ORDER" is one word (an escaped space)
    ['summary ~ "ORDER BY x" AND text ~ \'order by\'', 'summary ~ "ORDER BY x" AND text ~ \'order by\'', false],
    ['a in f(ORDER BY) ', 'a in f(ORDER BY)', false],
    ['ORDER BY a', null, true],
    ['  \n ', null, false],
  ];
  for (const [jql, where, hasOrderBy] of cases) {
    it(JSON.stringify(jql), () => assert.deepEqual(scanJql(jql), { ok: true, where, hasOrderBy }));
  }
  it('trims JQL whitespace only: U+00A0 and U+FEFF are word characters in JQL', () => {
    assert.deepEqual(scanJql(' \t\r\nlabels = x\u00a0\ufeff \n'), { ok: true, where: 'labels = x\u00a0\ufeff', hasOrderBy: false });
    assert.equal(grammar('labels = x\u00a0\ufeff').where, 'labels = x\u00a0\ufeff');
  });
});

describe('scanJql and the grammar agree (property)', () => {
  it('generated valid queries: the restriction is the text the query was built from, the grammar finds the same clauses', () => {
    fc.assert(
      fc.property(validJql(), ({ jql, where, hasOrderBy }) => {
        const reference = grammar(jql);
        assert.deepEqual(reference.errors, []);
        assert.deepEqual(scanJql(jql), { ok: true, where, hasOrderBy });
        assert.equal(reference.hasOrderBy, hasOrderBy);
        const alone = grammar(where);
        assert.equal(alone.where, reference.where); // the grammar's own restriction, positions in UTF-16
        assert.equal(alone.whereShape, reference.whereShape);
        const composed = grammar(andJql(jql, DONE));
        assert.deepEqual([composed.errors, composed.operator, composed.clauses], [[], 'and', [reference.whereShape, doneShape]]);
      }),
      { numRuns: 300 },
    );
  });

  // Strings made of JQL's delicate parts: whatever the scanner accepts composes safely, what it refuses the grammar refuses.
  const piece = fc.constantFrom(
    '(',
    ')',
    '"',
    "'",
    '\\',
    ' ',
    '\n',
    '\t',
    'a',
    'x = 1',
    ' OR ',
    ' and ',
    'order',
    ' by ',
    'ORDER BY k',
    '😀',
    'e\u0301',
    'u',
    '0041',
    'n',
    '=',
    ',',
    '\u0001',
    '\u007f',
    '\u00a0',
    '\ud800',
    '"a"',
    'in',
    '[',
    '~',
    '!',
    '#',
  );
  it('any text: refused only if the grammar refuses it; accepted restrictions stay one group when composed', () => {
    fc.assert(
      fc.property(fc.string({ unit: piece, maxLength: 12 }), (jql) => {
        const scanned = scanJql(jql);
        if (!scanned.ok) {
          assert.notDeepEqual(grammar(jql).errors, []);
          return;
        }
        if (scanned.where === null) return;
        const alone = grammar(scanned.where);
        const composed = grammar(andJql(jql, DONE));
        if (alone.errors.length > 0) {
          // Invalid stays invalid: Jira answers with its message, never with another query's count.
          assert.notDeepEqual(composed.errors, []);
          return;
        }
        assert.deepEqual([composed.errors, composed.operator, composed.clauses], [[], 'and', [alone.whereShape, doneShape]]);
        const reference = grammar(jql);
        if (reference.errors.length === 0) assert.equal(reference.whereShape, alone.whereShape);
      }),
      { numRuns: 1_000 },
    );
  });
});
