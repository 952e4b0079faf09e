/** Validation of the source and the metric (formulas included) of a configuration. */
import { FormulaError, parseFormula, variablesOf } from '../metrics/formula';
import { join, strip, type Checker } from './checker';
import { LIMITS } from './limits';
import type { Metric, Source, SourceMetric, Variable, VariableName } from './types';
import { AGE_OPS, AGGREGATE_OPS, METRIC_TYPES, PROJECT_PRESETS, SOURCE_METRIC_TYPES, SOURCE_TYPES, VARIABLE_NAMES } from './vocabulary';

/** Validates where the issues come from. */
export function parseSource(c: Checker, value: unknown, path: string): Source | undefined {
  const obj = c.object(value, path, 'Where the issues come from');
  if (!obj) return undefined;
  const type = c.oneOf(obj.type, SOURCE_TYPES, join(path, 'type'), 'The source');
  switch (type) {
    case 'jql': {
      c.unknownKeys(obj, ['type', 'jql'], path);
      const jql = c.jql(obj.jql, join(path, 'jql'), 'a JQL query', true);
      return jql === undefined ? undefined : { type, jql };
    }
    case 'filter': {
      c.unknownKeys(obj, ['type', 'filterId'], path);
      const raw = obj.filterId;
      const id = typeof raw === 'number' && Number.isSafeInteger(raw) ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
      if (!/^[0-9]+$/.test(id) || id.length > LIMITS.filterId) return c.fail(join(path, 'filterId'), 'Choose a saved filter.');
      return { type, filterId: id };
    }
    case 'project': {
      c.unknownKeys(obj, ['type', 'projectKey', 'preset'], path);
      const key = typeof obj.projectKey === 'string' ? obj.projectKey.trim().toUpperCase() : '';
      const keyOk = /^[A-Z][A-Z0-9_]*$/.test(key) && key.length <= LIMITS.projectKey;
      if (!keyOk) c.fail(join(path, 'projectKey'), 'Choose a project (a project key such as ABC).');
      const preset = obj.preset === undefined || obj.preset === null
        ? undefined
        : c.oneOf(obj.preset, PROJECT_PRESETS, join(path, 'preset'), 'The project preset');
      if (!keyOk || (obj.preset !== undefined && obj.preset !== null && preset === undefined)) return undefined;
      return preset === undefined ? { type, projectKey: key } : { type, projectKey: key, preset };
    }
    default:
      return undefined;
  }
}

/** Validates the metric; a formula's variables are metrics over their own sources (never formulas). */
export function parseMetric(c: Checker, value: unknown, path: string, allowFormula = true): Metric | undefined {
  const obj = c.object(value, path, 'What to compute');
  if (!obj) return undefined;
  const allowed = allowFormula ? METRIC_TYPES : SOURCE_METRIC_TYPES;
  const what = allowFormula ? 'The calculation' : 'The calculation of a variable';
  const type = c.oneOf(obj.type, allowed, join(path, 'type'), what);
  switch (type) {
    case 'count':
    case 'dueIn':
      c.unknownKeys(obj, ['type'], path);
      return { type };
    case 'aggregate':
      return c.clean(() => {
        c.unknownKeys(obj, ['type', 'fieldId', 'op'], path);
        const op = c.oneOf(obj.op, AGGREGATE_OPS, join(path, 'op'), 'The aggregation');
        const id = typeof obj.fieldId === 'string' ? obj.fieldId.trim() : '';
        if (!/^[A-Za-z0-9_.-]+$/.test(id) || id.length > LIMITS.fieldId) {
          return c.fail(join(path, 'fieldId'), 'Choose a field to aggregate (a number field, or any field for "count of non-empty").');
        }
        return op === undefined ? undefined : { type, fieldId: id, op };
      });
    case 'ratio':
      return c.clean(() => {
        c.unknownKeys(obj, ['type', 'doneJql', 'segments'], path);
        const doneJql = c.jql(obj.doneJql, join(path, 'doneJql'), 'the "done" condition', false);
        const segments = c.optBoolean(obj, 'segments', path, 'Status segments');
        return { type, ...strip({ doneJql, segments }) };
      });
    case 'age':
      return c.clean(() => {
        c.unknownKeys(obj, ['type', 'op'], path);
        const op = c.oneOf(obj.op, AGE_OPS, join(path, 'op'), 'The age');
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
    c.unknownKeys(obj, ['type', 'expression', 'variables'], path);
    const expression = parseExpression(c, obj.expression, join(path, 'expression'));
    const variables = parseVariables(c, obj.variables, join(path, 'variables'));
    if (expression === undefined || variables === undefined) return undefined;
    const defined = new Set(variables.map((v) => v.name));
    const missing = expression.used.filter((name) => !defined.has(name));
    if (missing.length > 0) {
      const [are, those] = missing.length > 1 ? ['they are', 'those variables'] : ['it is', 'that variable'];
      return c.fail(join(path, 'expression'), `The formula uses ${missing.join(', ')} but ${are} not defined: add ${those} below.`);
    }
    return { type: 'formula', expression: expression.text, variables };
  });
}

function parseExpression(c: Checker, value: unknown, path: string): { text: string; used: VariableName[] } | undefined {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    return c.fail(path, 'Enter a formula, for example A / B * 100.');
  }
  if (typeof value !== 'string') return c.fail(path, 'The formula must be text.');
  const text = value.trim();
  if (text.length > LIMITS.formula) return c.fail(path, `The formula is too long (at most ${LIMITS.formula} characters).`);
  try {
    return { text, used: variablesOf(parseFormula(text)) };
  } catch (error) {
    if (error instanceof FormulaError) return c.fail(path, `${error.message}.`);
    throw error;
  }
}

function parseVariables(c: Checker, value: unknown, path: string): Variable[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return c.fail(path, 'Add at least one variable (A) for the formula.');
  if (value.length > LIMITS.variables) return c.fail(path, `Use at most ${LIMITS.variables} variables (A to E).`);
  return c.clean(() => {
    const seen = new Set<string>();
    const variables: Variable[] = [];
    value.forEach((raw, i) => {
      const p = join(path, i);
      const obj = c.object(raw, p, `Variable ${i + 1}`);
      if (!obj) return;
      c.unknownKeys(obj, ['name', 'source', 'metric'], p);
      const name = c.oneOf(obj.name, VARIABLE_NAMES, join(p, 'name'), 'The variable name');
      if (name !== undefined && seen.has(name)) c.fail(join(p, 'name'), `${name} is defined twice; each variable needs its own letter.`);
      if (name !== undefined) seen.add(name);
      const source = parseSource(c, obj.source, join(p, 'source'));
      const metric = parseMetric(c, obj.metric, join(p, 'metric'), false) as SourceMetric | undefined;
      if (name !== undefined && source !== undefined && metric !== undefined) variables.push({ name, source, metric });
    });
    return variables;
  });
}
