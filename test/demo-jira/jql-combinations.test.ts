/**
 * Property test: random AND / OR / NOT trees over the table's clauses count exactly what the same
 * combination of their plain predicates selects.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { DemoJira } from '../../dev/demo-jira/server';
import { ALICE, BOB, count, start, visibleTo } from './helpers';
import { TABLE, type Pred } from './jql-table';

const LEAVES = TABLE.filter(([jql]) => !/ORDER BY/i.test(jql));

interface Expr {
  jql: string;
  pred: Pred;
}

const leaf: fc.Arbitrary<Expr> = fc.constantFrom(...LEAVES).map(([jql, pred]) => ({ jql, pred }));

const expr: fc.Arbitrary<Expr> = fc.letrec<{ node: Expr }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc
      .tuple(tie('node'), tie('node'))
      .map(([a, b]): Expr => ({ jql: `(${a.jql}) AND (${b.jql})`, pred: (i, u) => a.pred(i, u) && b.pred(i, u) })),
    fc
      .tuple(tie('node'), tie('node'))
      .map(([a, b]): Expr => ({ jql: `(${a.jql}) OR (${b.jql})`, pred: (i, u) => a.pred(i, u) || b.pred(i, u) })),
    tie('node').map((a): Expr => ({ jql: `NOT (${a.jql})`, pred: (i, u) => !a.pred(i, u) })),
  ),
})).node;

/** Unparenthesised chains check precedence: AND binds tighter than OR. */
const chain: fc.Arbitrary<Expr> = fc
  .tuple(leaf, leaf, leaf, fc.boolean())
  .map(([a, b, c, andFirst]) =>
    andFirst
      ? { jql: `${wrap(a)} AND ${wrap(b)} OR ${wrap(c)}`, pred: (i, u) => (a.pred(i, u) && b.pred(i, u)) || c.pred(i, u) }
      : { jql: `${wrap(a)} OR ${wrap(b)} AND ${wrap(c)}`, pred: (i, u) => a.pred(i, u) || (b.pred(i, u) && c.pred(i, u)) },
  );

function wrap(e: Expr): string {
  return / (AND|OR) /i.test(e.jql) ? `(${e.jql})` : e.jql;
}

describe('combinations of supported clauses', () => {
  let jira: DemoJira;
  before(async () => {
    jira = await start();
  });
  after(() => jira.close());

  for (const [name, arbitrary] of [
    ['nested AND/OR/NOT', expr],
    ['precedence without parentheses', chain],
  ] as const) {
    test(name, async () => {
      await fc.assert(
        fc.asyncProperty(arbitrary, fc.constantFrom(ALICE, BOB), async (e, user) => {
          const expected = visibleTo(jira, user).filter((i) => e.pred(i, user)).length;
          const res = await count(jira, user, e.jql);
          assert.equal(res.status, 200, `${e.jql}: ${res.text}`);
          assert.equal(res.json.count, expected, e.jql);
        }),
        { numRuns: 120, seed: 20260315 },
      );
    });
  }
});
