/** Validation of the source and the metric (formulas included) of a configuration. */
import { said } from '../errors';
import { FormulaError, parseFormula, variablesOf } from '../metrics/formula';
import { join, membersOf, strip, type Checker } from './checker';
import { LIMITS } from './limits';
import type { Metric, Source, SourceMetric, Variable, VariableName } from './types';
import { AGE_OPS, AGGREGATE_OPS, METRIC_TYPES, PROJECT_PRESETS, SOURCE_METRIC_TYPES, SOURCE_TYPES, VARIABLE_NAMES } from './vocabulary';

/** Validates where the issues come from. */
export function parseSource(c: Checker, value: unknown, path: string): Source | undefined {
  const obj = c.object(value, path, 'field.source');
  if (!obj) return undefined;
  const type = c.oneOf(obj.type, SOURCE_TYPES, join(path, 'type'), 'field.sourceType');
  switch (type) {
    case 'jql': {
      c.unknownKeys(obj, membersOf<Extract<Source, { type: 'jql' }>>()(['type', 'jql']), path);
      const jql = c.jql(obj.jql, join(path, 'jql'), 'field.jql', 'config.enterJql');
      return jql === undefined ? undefined : { type, jql };
    }
    case 'filter': {
      c.unknownKeys(obj, membersOf<Extract<Source, { type: 'filter' }>>()(['type', 'filterId']), path);
      const raw = obj.filterId;
      const id = typeof raw === 'number' && Number.isSafeInteger(raw) ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
      if (!/^[0-9]+$/.test(id) || id.length > LIMITS.filterId) return c.fail(join(path, 'filterId'), 'config.chooseFilter');
      return { type, filterId: id };
    }
    case 'project': {
      c.unknownKeys(obj, membersOf<Extract<Source, { type: 'project' }>>()(['type', 'projectKey', 'preset']), path);
      const key = typeof obj.projectKey === 'string' ? obj.projectKey.trim().toUpperCase() : '';
      const keyOk = /^[A-Z][A-Z0-9_]*$/.test(key) && key.length <= LIMITS.projectKey;
      if (!keyOk) c.fail(join(path, 'projectKey'), 'config.chooseProject');
      const preset =
        obj.preset === undefined || obj.preset === null
          ? undefined
          : c.oneOf(obj.preset, PROJECT_PRESETS, join(path, 'preset'), 'field.projectPreset');
      if (!keyOk || (obj.preset !== undefined && obj.preset !== null && preset === undefined)) return undefined;
      return preset === undefined ? { type, projectKey: key } : { type, projectKey: key, preset };
    }
    default:
      return undefined;
  }
}

/** Validates the metric; a formula's variables are metrics over their own sources (never formulas). */
export function parseMetric(c: Checker, value: unknown, path: string, allowFormula = true): Metric | undefined {
  const obj = c.object(value, path, 'field.metric');
  if (!obj) return undefined;
  const allowed = allowFormula ? METRIC_TYPES : SOURCE_METRIC_TYPES;
  const what = allowFormula ? 'field.calculation' : 'field.variableCalculation';
  const type = c.oneOf(obj.type, allowed, join(path, 'type'), what);
  switch (type) {
    case 'count':
    case 'dueIn':
      c.unknownKeys(obj, membersOf<Extract<Metric, { type: 'count' | 'dueIn' }>>()(['type']), path);
      return { type };
    case 'aggregate':
      return c.clean(() => {
        c.unknownKeys(obj, membersOf<Extract<Metric, { type: 'aggregate' }>>()(['type', 'fieldId', 'op']), path);
        const op = c.oneOf(obj.op, AGGREGATE_OPS, join(path, 'op'), 'field.aggregation');
        const id = typeof obj.fieldId === 'string' ? obj.fieldId.trim() : '';
        if (!/^[A-Za-z0-9_.-]+$/.test(id) || id.length > LIMITS.fieldId) {
          return c.fail(join(path, 'fieldId'), 'config.chooseField');
        }
        return op === undefined ? undefined : { type, fieldId: id, op };
      });
    case 'ratio':
      return c.clean(() => {
        c.unknownKeys(obj, membersOf<Extract<Metric, { type: 'ratio' }>>()(['type', 'doneJql', 'segments']), path);
        const doneJql = c.jql(obj.doneJql, join(path, 'doneJql'), 'field.doneJql');
        const segments = c.optBoolean(obj, 'segments', path, 'field.segments');
        return { type, ...strip({ doneJql, segments }) };
      });
    case 'age':
      return c.clean(() => {
        c.unknownKeys(obj, membersOf<Extract<Metric, { type: 'age' }>>()(['type', 'op']), path);
        const op = c.oneOf(obj.op, AGE_OPS, join(path, 'op'), 'field.age');
        return op === undefined ? undefined : { type, op };
      });
    case 'formula':
      return parseFormulaMetric(c, obj, path);
    default:
      return undefined;
  }
}

function parseFormulaMetric(c: Checker, obj: Record<string, unknown>, path: string): Metric | undefined {
  return c.clean(() => {
    c.unknownKeys(obj, membersOf<Extract<Metric, { type: 'formula' }>>()(['type', 'expression', 'variables']), path);
    const expression = parseExpression(c, obj.expression, join(path, 'expression'));
    const variables = parseVariables(c, obj.variables, join(path, 'variables'));
    if (expression === undefined || variables === undefined) return undefined;
    const defined = new Set(variables.map((v) => v.name));
    const missing = expression.used.filter((name) => !defined.has(name));
    if (missing.length > 0) {
      return c.fail(join(path, 'expression'), 'config.formulaUndefined', { count: missing.length, names: missing.join(', ') });
    }
    return { type: 'formula', expression: expression.text, variables };
  });
}

function parseExpression(c: Checker, value: unknown, path: string): { text: string; used: VariableName[] } | undefined {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    return c.fail(path, 'config.enterFormula');
  }
  if (typeof value !== 'string') return c.fail(path, 'config.formulaText');
  const text = value.trim();
  if (text.length > LIMITS.formula) return c.fail(path, 'config.formulaTooLong', { max: LIMITS.formula });
  try {
    return { text, used: variablesOf(parseFormula(text)) };
  } catch (error) {
    // The parser's own words (what is unexpected, at which position) stay English for now.
    if (error instanceof FormulaError) return c.fail(path, 'config.formulaSyntax', { error: error.message });
    throw error;
  }
}

function parseVariables(c: Checker, value: unknown, path: string): Variable[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return c.fail(path, 'config.variableNeeded');
  if (value.length > LIMITS.variables) return c.fail(path, 'config.variablesMax', { max: LIMITS.variables });
  return c.clean(() => {
    const seen = new Set<string>();
    const variables: Variable[] = [];
    value.forEach((raw, i) => {
      const p = join(path, i);
      const obj = c.object(raw, p, said('field.variable', { n: i + 1 }));
      if (!obj) return;
      c.unknownKeys(obj, membersOf<Variable>()(['name', 'source', 'metric']), p);
      const name = c.oneOf(obj.name, VARIABLE_NAMES, join(p, 'name'), 'field.variableName');
      if (name !== undefined && seen.has(name)) c.fail(join(p, 'name'), 'config.variableTwice', { name });
      if (name !== undefined) seen.add(name);
      const source = parseSource(c, obj.source, join(p, 'source'));
      const metric = parseMetric(c, obj.metric, join(p, 'metric'), false) as SourceMetric | undefined;
      if (name !== undefined && source !== undefined && metric !== undefined) variables.push({ name, source, metric });
    });
    return variables;
  });
}
