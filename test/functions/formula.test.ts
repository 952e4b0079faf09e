import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { evaluateFormula, FormulaError, parseFormula, variablesOf } from '../../functions/metrics/formula';
import { english } from '../helpers/in-english';

const env = { A: 12, B: 4, C: -3, D: 0, E: 0.5 };
const run = (text: string, values: Record<string, number | null> = env) => evaluateFormula(parseFormula(text), values);

describe('formula: evaluation table', () => {
  const cases: [string, number][] = [
    ['A / B * 100', 300],
    ['A - B', 8],
    ['A − B', 8],
    ['A × B ÷ 2', 24],
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['10 - 4 - 3', 3],
    ['100 / 10 / 5', 2],
    ['-A + B', -8],
    ['-(A + B)', -16],
    ['--A', 12],
    ['A * -B', -48],
    ['2 * -(-3)', 6],
    ['C * C', 9],
    ['.5 + 0.25', 0.75],
    ['((((A))))', 12],
    ['E * 4', 2],
    ['  A/B*100  ', 300],
    ['A - A', 0],
    ['-D', 0],
    ['0.1 + 0.2', 0.3],
    ['A / 3 * 3', 12],
  ];
  for (const [text, expected] of cases) {
    it(`${text} = ${expected}`, () => {
      const result = run(text);
      assert.deepEqual(result, { ok: true, value: expected });
      if (result.ok) assert.equal(Object.is(result.value, -0), false, 'never -0');
    });
  }
});

describe('formula: syntax errors name the position (1-based)', () => {
  const cases: [string, string][] = [
    ['(A + B))', "Unexpected ')' at 8"],
    ['A +', 'The formula ends too early at 4'],
    ['(A', "Missing ')' at 3 (to close the '(' at 1)"],
    ['A B', "Unexpected 'B' at 3"],
    ['2A', "Unexpected 'A' at 2"],
    ['* A', "Unexpected '*' at 1"],
    ['A + F', "Unknown name 'F' at 5: use the variables A to E"],
    ['a + b', "Unknown name 'a' at 1: use the variables A to E"],
    ['1.2.3', "Unexpected '.' at 4"],
    ['A % B', "Unexpected '%' at 3"],
    ['A + 😀', "Unexpected '😀' at 5"],
    ['()', "Unexpected ')' at 2"],
    ['', 'The formula is empty at 1'],
    ['Math.max(A)', "Unknown name 'Math' at 1: use the variables A to E"],
    ['constructor', "Unknown name 'constructor' at 1: use the variables A to E"],
    ['('.repeat(60) + 'A' + ')'.repeat(60), 'The formula is nested too deeply at 42'],
    ['-'.repeat(60) + 'A', 'The formula is nested too deeply at 42'],
  ];
  for (const [text, message] of cases) {
    it(JSON.stringify(text.slice(0, 30)), () => {
      assert.throws(
        () => parseFormula(text),
        (e: unknown) => e instanceof FormulaError && e.message === message,
      );
    });
  }
});

describe('formula: no-data results', () => {
  const cases: [string, Record<string, number | null>, string][] = [
    ['A / D', env, 'division by zero'],
    ['A / (B - 4)', env, 'division by zero'],
    ['A / B', { A: 1, B: null }, 'B has no value'],
    ['A + B', { A: 1 }, 'B has no value'],
    ['A * A * A', { A: 1e6 }, 'the result is too large'],
    ['A * 10', { A: 1e308 }, 'the result is too large'],
    ['A - A', { A: Number.POSITIVE_INFINITY }, 'A has no value'],
    ['A', { A: Number.NaN }, 'A has no value'],
  ];
  for (const [text, values, reason] of cases) {
    it(`${text} → ${reason}`, () => {
      const result = run(text, values);
      assert.equal(result.ok, false);
      assert.equal(!result.ok && english(result.said), reason);
    });
  }
  it('0 / 0 is division by zero, not NaN', () => assert.deepEqual(run('0 / 0'), { ok: false, said: { key: 'formula.divisionByZero' } }));
  it("the reason is a catalogue message, so the card can say it in the viewer's language", () => {
    const result = run('A / B', { A: 1, B: null });
    assert.deepEqual(result, { ok: false, said: { key: 'formula.noValue', values: { name: 'B' } } });
    assert.equal(!result.ok && english(result.said), 'B has no value');
  });
});

describe('formula: variables used', () => {
  it('lists them in A..E order, once each', () => {
    assert.deepEqual(variablesOf(parseFormula('E + A * (C - A) / 2')), ['A', 'C', 'E']);
    assert.deepEqual(variablesOf(parseFormula('1 + 2')), []);
  });
});

describe('formula: properties', () => {
  const token = fc.constantFrom(
    'A',
    'B',
    'C',
    'D',
    'E',
    'F',
    '1',
    '0',
    '2.5',
    '.5',
    '+',
    '-',
    '−',
    '*',
    '/',
    '(',
    ')',
    ' ',
    'x',
    '%',
    '1.',
    '😀',
    '\u0000',
    '"',
    'eval',
    '=',
  );
  it('any text: parses to a tree or throws FormulaError, never anything else (eval and Function trapped)', () => {
    // eslint-disable-next-line no-eval -- kept to be put back: the test traps eval, it never calls it
    const trapped = { eval: globalThis.eval, Function: globalThis.Function };
    const trap = () => {
      throw new Error('dynamic code was evaluated');
    };
    Object.assign(globalThis, { eval: trap, Function: trap });
    try {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.array(token, { maxLength: 40 }).map((t) => t.join('')),
            fc.string({ maxLength: 60 }),
          ),
          (text) => {
            let tree;
            try {
              tree = parseFormula(text);
            } catch (error) {
              assert.ok(error instanceof FormulaError, String(error));
              assert.match(error.message, / at \d+/);
              return;
            }
            const result = evaluateFormula(tree, env);
            if (result.ok) assert.ok(Number.isFinite(result.value) && !Object.is(result.value, -0));
            else assert.ok(english(result.said).length > 0);
          },
        ),
        { numRuns: 2_000 },
      );
    } finally {
      Object.assign(globalThis, trapped);
    }
  });

  it('generated well-formed expressions evaluate like an independent reference', () => {
    type Node = { text: string; value: (v: typeof env) => number };
    const leaf = fc.oneof(
      fc.constantFrom('A', 'B', 'C', 'E').map((n): Node => ({ text: n, value: (v) => v[n as keyof typeof env] })),
      fc.integer({ min: 0, max: 99 }).map((n): Node => ({ text: String(n), value: () => n })),
    );
    const { expr } = fc.letrec<{ expr: Node }>((tie) => ({
      expr: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.tuple(tie('expr'), fc.constantFrom('+', '-', '*'), tie('expr')).map(([l, op, r]): Node => ({
          text: `(${l.text} ${op} ${r.text})`,
          value: (v) => (op === '+' ? l.value(v) + r.value(v) : op === '-' ? l.value(v) - r.value(v) : l.value(v) * r.value(v)),
        })),
        tie('expr').map((e): Node => ({ text: `-(${e.text})`, value: (v) => -e.value(v) })),
      ),
    }));
    fc.assert(
      fc.property(expr, (node) => {
        const expected = node.value(env);
        const result = run(node.text);
        if (Math.abs(expected) > 1e15) return;
        assert.deepEqual(result, { ok: true, value: expected === 0 ? 0 : Number(expected.toPrecision(12)) });
      }),
      { numRuns: 500 },
    );
  });
});
