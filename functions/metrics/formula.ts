/**
 * Formulas over named metrics: a small recursive-descent parser and evaluator. No `eval`, no
 * `Function`: the grammar is only
 *
 *   expr    := term (('+' | '-') term)*
 *   term    := unary (('*' | '/') unary)*
 *   unary   := '-' unary | primary
 *   primary := number | A..E | '(' expr ')'
 *
 * Positions in errors are 1-based character columns. `−` (U+2212), `×` and `÷` are read as `-`, `*`, `/`.
 */

import { VARIABLE_NAMES, type VariableName } from '../config/vocabulary';
import type { Said } from '../../i18n/arguments';
import { said } from '../errors';

export type Expr =
  | { kind: 'number'; value: number; at: number }
  | { kind: 'variable'; name: VariableName; at: number }
  | { kind: 'negate'; operand: Expr; at: number }
  | { kind: 'binary'; op: '+' | '-' | '*' | '/'; left: Expr; right: Expr; at: number };

/** A syntax error: `message` ends with the 1-based position, e.g. "Unexpected ')' at 7". */
export class FormulaError extends Error {
  constructor(
    reason: string,
    readonly position: number,
    after = '',
  ) {
    super(`${reason} at ${position}${after}`);
    this.name = 'FormulaError';
  }
}

/** Longest formula the parser reads (the configuration allows fewer characters). */
const MAX_FORMULA_LENGTH = 500;
/** Deepest nesting of parentheses and unary minus (keeps the recursion bounded). */
const MAX_DEPTH = 40;

type Token =
  | { type: 'number'; value: number; text: string; at: number }
  | { type: 'variable'; name: VariableName; text: string; at: number }
  | { type: 'op'; op: '+' | '-' | '*' | '/' | '(' | ')'; text: string; at: number }
  | { type: 'end'; text: ''; at: number };

const OPS: Record<string, '+' | '-' | '*' | '/' | '(' | ')'> = {
  '+': '+',
  '-': '-',
  '−': '-',
  '*': '*',
  '×': '*',
  '/': '/',
  '÷': '/',
  '(': '(',
  ')': ')',
};

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    const number = /^(?:\d+(?:\.\d+)?|\.\d+)/.exec(source.slice(i, i + 40));
    if (number) {
      const text = number[0];
      if (/^[\d.]/.test(source.slice(i + text.length, i + text.length + 1)))
        throw new FormulaError(`Unexpected '${source[i + text.length]}'`, i + text.length + 1);
      tokens.push({ type: 'number', value: Number(text), text, at: i + 1 });
      i += text.length;
      continue;
    }
    if (/[A-Za-z_]/.test(ch)) {
      const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i))![0];
      if (!(VARIABLE_NAMES as readonly string[]).includes(word)) {
        throw new FormulaError(`Unknown name '${word.slice(0, 20)}'`, i + 1, ': use the variables A to E');
      }
      tokens.push({ type: 'variable', name: word as VariableName, text: word, at: i + 1 });
      i += word.length;
      continue;
    }
    const op = OPS[ch];
    if (!op) throw new FormulaError(`Unexpected '${String.fromCodePoint(source.codePointAt(i) ?? 0xfffd)}'`, i + 1);
    tokens.push({ type: 'op', op, text: ch, at: i + 1 });
    i += 1;
  }
  tokens.push({ type: 'end', text: '', at: source.length + 1 });
  return tokens;
}

/** Parses a formula; throws {@link FormulaError} (and only that) on any problem. */
export function parseFormula(source: string): Expr {
  if (typeof source !== 'string' || source.trim() === '') throw new FormulaError('The formula is empty', 1);
  if (source.length > MAX_FORMULA_LENGTH)
    throw new FormulaError(`The formula is too long (at most ${MAX_FORMULA_LENGTH} characters)`, MAX_FORMULA_LENGTH + 1);
  const tokens = tokenize(source);
  let index = 0;
  const peek = () => tokens[index];
  const isOp = (token: Token, ...ops: string[]) => token.type === 'op' && ops.includes(token.op);
  const unexpected = (token: Token): FormulaError =>
    token.type === 'end'
      ? new FormulaError('The formula ends too early', token.at)
      : new FormulaError(`Unexpected '${token.text}'`, token.at);

  const expr = (depth: number): Expr => {
    let left = term(depth);
    while (isOp(peek(), '+', '-')) {
      const token = tokens[index++] as Extract<Token, { type: 'op' }>;
      left = { kind: 'binary', op: token.op as '+' | '-', left, right: term(depth), at: token.at };
    }
    return left;
  };
  const term = (depth: number): Expr => {
    let left = unary(depth);
    while (isOp(peek(), '*', '/')) {
      const token = tokens[index++] as Extract<Token, { type: 'op' }>;
      left = { kind: 'binary', op: token.op as '*' | '/', left, right: unary(depth), at: token.at };
    }
    return left;
  };
  const unary = (depth: number): Expr => {
    const token = peek();
    if (depth > MAX_DEPTH) throw new FormulaError('The formula is nested too deeply', token.at);
    if (isOp(token, '-')) {
      index += 1;
      return { kind: 'negate', operand: unary(depth + 1), at: token.at };
    }
    return primary(depth);
  };
  const primary = (depth: number): Expr => {
    const token = tokens[index];
    if (token.type === 'number') {
      index += 1;
      return { kind: 'number', value: token.value, at: token.at };
    }
    if (token.type === 'variable') {
      index += 1;
      return { kind: 'variable', name: token.name, at: token.at };
    }
    if (isOp(token, '(')) {
      index += 1;
      const inner = expr(depth + 1);
      const close = peek();
      if (!isOp(close, ')')) {
        throw close.type === 'end' ? new FormulaError("Missing ')'", close.at, ` (to close the '(' at ${token.at})`) : unexpected(close);
      }
      index += 1;
      return inner;
    }
    throw unexpected(token);
  };

  const tree = expr(0);
  if (peek().type !== 'end') throw unexpected(peek());
  return tree;
}

/** The variables a formula uses, in A..E order. */
export function variablesOf(expr: Expr): VariableName[] {
  const seen = new Set<VariableName>();
  const walk = (e: Expr): void => {
    if (e.kind === 'variable') seen.add(e.name);
    else if (e.kind === 'negate') walk(e.operand);
    else if (e.kind === 'binary') {
      walk(e.left);
      walk(e.right);
    }
  };
  walk(expr);
  return VARIABLE_NAMES.filter((v) => seen.has(v));
}

/** Results beyond this are treated as no data (they are not a meaningful Jira number). */
const MAX_FORMULA_RESULT = 1e15;

/** A formula's value, or why it has none (a catalogue message: words are chosen at the resolver's edge). */
type Evaluation = { ok: true; value: number } | { ok: false; said: Said };

/**
 * Evaluates a parsed formula. Division by zero, a variable without a value, and results that are
 * not finite or beyond ±1e15 give `{ok: false, said}` (shown as "No data: <its words>").
 */
export function evaluateFormula(expr: Expr, values: Partial<Record<VariableName, number | null>>): Evaluation {
  const fail = (why: Said) => {
    throw new NoValue(why);
  };
  const run = (e: Expr): number => {
    switch (e.kind) {
      case 'number':
        return e.value;
      case 'variable': {
        const v = values[e.name];
        return typeof v === 'number' && Number.isFinite(v) ? v : fail(said('formula.noValue', { name: e.name }));
      }
      case 'negate':
        return -run(e.operand);
      case 'binary': {
        const left = run(e.left);
        const right = run(e.right);
        if (e.op === '/' && right === 0) return fail(said('formula.divisionByZero'));
        return e.op === '+' ? left + right : e.op === '-' ? left - right : e.op === '*' ? left * right : left / right;
      }
    }
  };
  try {
    const value = run(expr);
    if (Number.isNaN(value)) return { ok: false, said: said('formula.notANumber') };
    if (!Number.isFinite(value) || Math.abs(value) > MAX_FORMULA_RESULT) return { ok: false, said: said('formula.tooLarge') };
    // 12 significant digits: 0.1 + 0.2 is 0.3, not 0.30000000000000004 (far beyond what a gadget shows).
    const tidy = Number(value.toPrecision(12));
    return { ok: true, value: tidy === 0 ? 0 : tidy };
  } catch (error) {
    if (error instanceof NoValue) return { ok: false, said: error.said };
    throw error;
  }
}

class NoValue extends Error {
  constructor(readonly said: Said) {
    super(said.key);
  }
}
