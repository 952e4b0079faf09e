/**
 * The codec's parts for sources and metrics (codec.ts puts them together): a source, a metric or a
 * formula variable ⇄ its controls' values, and the two rules every part follows — text where a
 * number belongs is kept ({@link Entered}), and a select's word is passed on as it is ({@link chosen}).
 */
import type { Metric, ProjectPreset, Source, SourceMetric, Variable } from '../../functions/config/types';
import type { MetricV1 } from '../../functions/config/types-v1';
import { AGGREGATE_OPS, VARIABLE_NAMES, type AgeOp, type AggregateOp } from '../../functions/config/vocabulary';

/**
 * A setting as entered: its configuration type, except that a number may be text the user typed
 * (or null for a value mapping left empty), and any member may be missing.
 */
export type Entered<T> = T extends number
  ? number | string | null
  : T extends string | boolean
    ? T
    : T extends readonly (infer U)[]
      ? Entered<U>[]
      : T extends object
        ? { [K in keyof T]?: Entered<T[K]> }
        : T;

/** The metric list's entries over one source: aggregations and ages by their op. */
export type MetricChoice = 'count' | AggregateOp | 'ratio' | `age-${AgeOp}` | 'dueIn';

/** The controls of a source (`source`, `compare.source`, a formula variable's). */
export interface SourceValues {
  type: string;
  jql: string;
  filterId: string;
  projectKey: string;
  preset: string;
}

/** The controls of a metric: the list's choice (a {@link MetricChoice}, 'formula' or a loaded word). */
export interface MetricValues {
  choice: string;
  fieldId: string;
  doneJql: string;
  segments: boolean;
}

export interface VariableValues {
  name: string;
  source: SourceValues;
  metric: MetricValues;
}

/** The controls of `source` (a missing one shows as an empty JQL query). */
export function sourceValues(s: Entered<Source> | undefined): SourceValues {
  return {
    type: text(s?.type ?? 'jql'),
    jql: s?.type === 'jql' ? text(s.jql) : '',
    filterId: s?.type === 'filter' ? text(s.filterId) : '',
    projectKey: s?.type === 'project' ? text(s.projectKey) : '',
    preset: s?.type === 'project' ? text(s.preset ?? 'all') : 'all',
  };
}

/** The source the controls describe; a type the form does not know reads as JQL. */
export function sourceFrom(v: SourceValues): Entered<Source> {
  if (v.type === 'filter') return { type: 'filter', filterId: v.filterId };
  if (v.type === 'project') {
    return { type: 'project', projectKey: v.projectKey, preset: v.preset ? chosen<ProjectPreset>(v.preset) : undefined };
  }
  return { type: 'jql', jql: v.jql };
}

/** The entry of the metric list that stands for `m` (a version-1 `sum` included). */
export function choiceOf(m: Entered<Metric | MetricV1> | undefined): string {
  if (!m) return 'count';
  if (m.type === 'sum') return 'sum';
  if (m.type === 'aggregate') return String(m.op ?? 'sum');
  if (m.type === 'age') return `age-${String(m.op ?? 'oldest')}`;
  return String(m.type ?? 'count');
}

export function metricValues(m: Entered<Metric | MetricV1> | undefined): MetricValues {
  return {
    choice: choiceOf(m),
    fieldId: m?.type === 'aggregate' || m?.type === 'sum' ? text(m.fieldId) : '',
    doneJql: m?.type === 'ratio' ? text(m.doneJql) : '',
    segments: m?.type === 'ratio' && m.segments === true,
  };
}

/**
 * The metric over one source that the controls describe, or undefined for an entry the form does
 * not know (e.g. 'formula'). `withSegments`: the progress bar's status segments switch applies.
 */
export function metricFrom(v: MetricValues, withSegments: boolean): Entered<SourceMetric> | undefined {
  const choice = v.choice;
  if (choice === 'count' || choice === 'dueIn') return { type: choice };
  if (isAggregateOp(choice)) return { type: 'aggregate', op: choice, fieldId: v.fieldId };
  if (choice === 'ratio') {
    return { type: 'ratio', doneJql: v.doneJql || undefined, segments: withSegments && v.segments ? true : undefined };
  }
  if (choice === 'age-oldest' || choice === 'age-average') return { type: 'age', op: choice === 'age-oldest' ? 'oldest' : 'average' };
  return undefined;
}

/** A new formula variable: all its issues are a JQL query still to write, counted. */
export function newVariable(name: string): VariableValues {
  return { name, source: sourceValues({ type: 'jql', jql: '' }), metric: metricValues({ type: 'count' }) };
}

export function variableValues(v: Entered<Variable>, i: number): VariableValues {
  const name = typeof v.name === 'string' ? v.name : (VARIABLE_NAMES[i] ?? 'A');
  return { name, source: sourceValues(v.source), metric: metricValues(v.metric) };
}

function isAggregateOp(word: string): word is AggregateOp {
  return (AGGREGATE_OPS as readonly string[]).includes(word);
}

/** A control's text for a value: '' for nothing. */
export function text(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  // An object or array (a hand-edited config) shows as JSON, not as "[object Object]".
  return v !== null && typeof v === 'object' ? JSON.stringify(v) : '';
}

/**
 * The word a select holds, typed as the setting's words. Selects offer the vocabulary's words, plus
 * a loaded configuration's own when it has another; that one is passed on unchanged for the resolver
 * to name, so this is the one place where the form trusts a control to hold a word of the list.
 */
export function chosen<W extends string>(word: string): W;
export function chosen<W extends string>(word: string | undefined): W | undefined;
export function chosen<W extends string>(word: string | undefined): W | undefined {
  return word as W | undefined;
}
