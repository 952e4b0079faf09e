/**
 * Compiles a parsed JQL query into a predicate over issues and a comparator for ORDER BY.
 * Every problem is collected (Jira lists them all) and thrown once as a JqlError: a query the
 * demo cannot evaluate exactly is refused, never answered with a wrong number.
 */
import type { Clause, Operand, OrderBy, TerminalClause } from '@atlassianlabs/jql-ast';
import type { DemoIssue } from '../dataset';
import { canBrowse } from '../users';
import { evaluateFunction, functionError } from './functions';
import { compileText } from './text';
import type { Atom, Comparator, Predicate } from './predicate';
import type { JqlContext } from './context';
import { JqlError, unknownField, unsupportedOperator } from './errors';
import { findField, sortKeyFor, type FieldSpec } from './fields';
import { parseJql } from './parse';

const HISTORY_OPERATORS = new Set(['was', 'was not', 'was in', 'was not in', 'changed']);

/** Compiles the WHERE part (undefined → matches everything visible). */
export function compileWhere(where: Clause | void, ctx: JqlContext): Predicate {
  const errors: string[] = [];
  const predicate = where ? compileClause(where, ctx, errors) : () => true;
  if (errors.length > 0) throw new JqlError([...new Set(errors)]);
  return predicate;
}

/** Compiles ORDER BY; without one, newest issues first (by id). */
export function compileOrderBy(orderBy: OrderBy | void): Comparator {
  const byIdDesc: Comparator = (a, b) => Number(b.id) - Number(a.id);
  if (!orderBy) return byIdDesc;
  const errors: string[] = [];
  const keys: { key: (i: DemoIssue) => string | number | null; desc: boolean }[] = [];
  for (const field of orderBy.fields) {
    const key = sortKeyFor(field.field.value);
    if (key === undefined) errors.push(unknownField(field.field.value));
    else if (key === 'unsortable') errors.push(`Field '${field.field.value}' does not support sorting.`);
    else keys.push({ key, desc: field.direction?.value?.toLowerCase() === 'desc' });
  }
  if (errors.length > 0) throw new JqlError(errors);
  return (a, b) => {
    for (const { key, desc } of keys) {
      const order = compareNullsLast(key(a), key(b), desc);
      if (order !== 0) return order;
    }
    return byIdDesc(a, b);
  };
}

function compareNullsLast(x: string | number | null, y: string | number | null, desc: boolean): number {
  if (x === y) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  const order = x < y ? -1 : 1;
  return desc ? -order : order;
}

function compileClause(clause: Clause, ctx: JqlContext, errors: string[]): Predicate {
  switch (clause.clauseType) {
    case 'compound': {
      const parts = clause.clauses.map((c) => compileClause(c, ctx, errors));
      return clause.operator.value === 'and' ? (i) => parts.every((p) => p(i)) : (i) => parts.some((p) => p(i));
    }
    case 'not': {
      const inner = compileClause(clause.clause, ctx, errors);
      return (i) => !inner(i);
    }
    case 'terminal':
      return compileTerminal(clause, ctx, errors);
  }
}

function atoms(operand: Operand): Atom[] {
  switch (operand.operandType) {
    case 'value':
      return [{ kind: 'value', value: operand.value }];
    case 'keyword':
      return [{ kind: 'empty' }];
    case 'function':
      return [{ kind: 'function', name: operand.function.value, args: operand.arguments.map((a) => a.value) }];
    case 'list':
      return operand.values.flatMap(atoms);
  }
}

const NEVER: Predicate = () => false;

function compileTerminal(clause: TerminalClause, ctx: JqlContext, errors: string[]): Predicate {
  const fieldName = clause.field.value;
  const operator = clause.operator?.value;
  const operand = clause.operand ?? undefined;
  if (!operator || (!operand && operator !== 'changed')) {
    errors.push(`Error in the JQL Query: the clause on '${fieldName}' is incomplete.`);
    return NEVER;
  }
  const field = findField(fieldName);
  if (field === undefined) {
    errors.push(unknownField(fieldName));
    return NEVER;
  }
  if (field === 'unsupported') {
    errors.push(`The demo Jira does not support searching by the field '${fieldName}'.`);
    return NEVER;
  }
  if (HISTORY_OPERATORS.has(operator)) {
    errors.push(`The demo Jira does not support history searches: the operator '${operator.toUpperCase()}' on the field '${fieldName}'.`);
    return NEVER;
  }
  if (!operand) return NEVER;
  if (!allowedOperators(field).has(operator)) {
    errors.push(unsupportedOperator(operator, fieldName));
    return NEVER;
  }
  const list = atoms(operand);
  if ((operator === 'is' || operator === 'is not') && !(list.length === 1 && list[0].kind === 'empty')) {
    errors.push(`The operator '${operator}' can only be used with the value EMPTY (field '${fieldName}').`);
    return NEVER;
  }
  if (operand.operandType === 'list' && operator !== 'in' && operator !== 'not in') {
    errors.push(`The operator '${operator}' does not support the list value for the field '${fieldName}'.`);
    return NEVER;
  }

  if (field.kind === 'filter') return compileFilter(field, operator, list, ctx, errors);
  if (field.kind === 'text') return compileText(field, operator, list, errors);
  if (field.kind === 'key') return compileKey(field, operator, list, ctx, errors);

  const resolved = resolveAtoms(field, list, ctx, errors);
  if (!resolved) return NEVER;
  const { values, empty } = resolved;

  if (operator === '<' || operator === '>' || operator === '<=' || operator === '>=') {
    if (empty || values.length !== 1) {
      errors.push(`The operator '${operator}' needs exactly one value for the field '${fieldName}' (EMPTY is not comparable).`);
      return NEVER;
    }
    return compileComparison(field, operator, values[0]);
  }

  const set = new Set(values);
  const positive = operator === '=' || operator === 'in' || operator === 'is';
  if (field.kind === 'multi') {
    const get = field.get as (i: DemoIssue) => (string | number)[];
    if (positive)
      return (i) => {
        const v = get(i);
        return v.length === 0 ? empty : v.some((x) => set.has(x));
      };
    // != / NOT IN never match an issue with no value (Jira semantics), EMPTY in the list only says "and not empty".
    return (i) => {
      const v = get(i);
      return v.length > 0 && !v.some((x) => set.has(x));
    };
  }
  const get = field.get as (i: DemoIssue) => string | number | null;
  if (positive)
    return (i) => {
      const v = get(i);
      return v === null ? empty : set.has(v);
    };
  return (i) => {
    const v = get(i);
    return v !== null && !set.has(v);
  };
}

function allowedOperators(field: FieldSpec): ReadonlySet<string> {
  const equality = ['=', '!=', 'in', 'not in', 'is', 'is not'];
  const ordered = [...equality, '<', '>', '<=', '>='];
  switch (field.kind) {
    case 'date':
    case 'number':
      return new Set(ordered);
    case 'option':
      return new Set(field.rank ? ordered : equality);
    case 'multi':
      return new Set(equality);
    case 'text':
      return new Set(['~', '!~', 'is', 'is not']);
    case 'key':
      return new Set(['=', '!=', 'in', 'not in', '<', '>', '<=', '>=']);
    case 'filter':
      return new Set(['=', '!=', 'in', 'not in']);
  }
}

/** Values of the operand for the field; `empty` when EMPTY (or "Unresolved") is among them. */
function resolveAtoms(
  field: FieldSpec,
  list: Atom[],
  ctx: JqlContext,
  errors: string[],
): { values: (string | number)[]; empty: boolean } | undefined {
  const values: (string | number)[] = [];
  let empty = false;
  let ok = true;
  for (const atom of list) {
    if (atom.kind === 'empty') {
      empty = true;
      continue;
    }
    const result =
      atom.kind === 'value'
        ? (field.resolve?.(atom.value, ctx) ?? { values: [atom.value] })
        : evaluateFunction(field, atom.name, atom.args, ctx);
    if ('error' in result) {
      errors.push(result.error);
      ok = false;
      continue;
    }
    for (const v of result.values) {
      if (v === '') empty = true;
      else values.push(v);
    }
  }
  return ok ? { values, empty } : undefined;
}

function compileComparison(field: FieldSpec, operator: string, bound: string | number): Predicate {
  const rank = field.rank;
  const get = field.get as (i: DemoIssue) => string | number | null;
  const b = rank ? rank(String(bound)) : (bound as number);
  const test = (v: number): boolean => (operator === '<' ? v < b : operator === '>' ? v > b : operator === '<=' ? v <= b : v >= b);
  return (i) => {
    const v = get(i);
    if (v === null) return false;
    return test(rank ? rank(String(v)) : (v as number));
  };
}

function compileKey(field: FieldSpec, operator: string, list: Atom[], ctx: JqlContext, errors: string[]): Predicate {
  const targets: DemoIssue[] = [];
  for (const atom of list) {
    if (atom.kind !== 'value') {
      errors.push(
        atom.kind === 'empty' ? `The field '${field.name}' does not support searching for EMPTY values.` : functionError(field, atom.name),
      );
      return NEVER;
    }
    const value = atom.value.trim();
    const byId = /^\d+$/.test(value);
    if (!byId && !/^[A-Za-z][A-Za-z0-9_]*-\d+$/.test(value)) {
      errors.push(`The issue key '${value}' for field '${field.name}' is invalid.`);
      return NEVER;
    }
    const issue = ctx.dataset.issues.find((i) => (byId ? i.id === value : i.key.toLowerCase() === value.toLowerCase()));
    if (!issue || !canBrowse(ctx.accountId, issue.project)) {
      errors.push(`An issue with key '${value}' does not exist for field '${field.name}'.`);
      return NEVER;
    }
    targets.push(issue);
  }
  if (operator === '<' || operator === '>' || operator === '<=' || operator === '>=') {
    const [bound] = targets;
    const test = (n: number): boolean =>
      operator === '<' ? n < bound.number : operator === '>' ? n > bound.number : operator === '<=' ? n <= bound.number : n >= bound.number;
    return (i) => i.project === bound.project && test(i.number);
  }
  const ids = new Set(targets.map((t) => t.id));
  return operator === '=' || operator === 'in' ? (i) => ids.has(i.id) : (i) => !ids.has(i.id);
}

function compileFilter(field: FieldSpec, operator: string, list: Atom[], ctx: JqlContext, errors: string[]): Predicate {
  const parts: Predicate[] = [];
  for (const atom of list) {
    if (atom.kind !== 'value') {
      errors.push(`The field '${field.name}' only accepts a saved filter id or name.`);
      return NEVER;
    }
    const saved = ctx.dataset.filters.find(
      (f) => (f.id === atom.value || f.name.toLowerCase() === atom.value.toLowerCase()) && (f.shared || f.owner === ctx.accountId),
    );
    if (!saved) {
      errors.push(`The value '${atom.value}' does not exist for the field '${field.name}'.`);
      return NEVER;
    }
    const stack = ctx.filterStack ?? [];
    if (stack.includes(saved.id)) {
      errors.push(`The saved filter '${saved.name}' refers to itself.`);
      return NEVER;
    }
    const parsed = parseJql(saved.jql);
    if (parsed.errors.length > 0) {
      errors.push(...parsed.errors);
      return NEVER;
    }
    try {
      parts.push(compileWhere(parsed.query?.where, { ...ctx, filterStack: [...stack, saved.id] }));
    } catch (error) {
      if (!(error instanceof JqlError)) throw error;
      errors.push(...error.messages);
      return NEVER;
    }
  }
  const any: Predicate = (i) => parts.some((p) => p(i));
  return operator === '=' || operator === 'in' ? any : (i) => !any(i);
}
