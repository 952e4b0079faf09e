/**
 * The words of a gadget configuration: each fixed set of values a setting takes, as an `as const`
 * list with its type derived from it. The validator accepts exactly these and the edit form offers
 * exactly these (static/ bundles this file, so it stays plain data: no imports but types, no code).
 * Lists that mirror a render type are checked against it in test/functions/vocabulary.test.ts.
 */
import type { ColorName, GadgetKind, NumberFormat, Thresholds } from '../../render/types';

/** The settings of a version-2 configuration (a test checks they are GadgetConfig's keys). */
export const CONFIG_KEYS = [
  'version',
  'kind',
  'title',
  'label',
  'source',
  'metric',
  'min',
  'max',
  'target',
  'thresholds',
  'higherIsBetter',
  'format',
  'compare',
  'refresh',
  'trend',
  'expected',
  'mappings',
  'noValueText',
  'palette',
  'locale',
] as const;

export const GADGET_KINDS = ['gauge', 'counter', 'progress'] as const satisfies readonly GadgetKind[];

export const SOURCE_TYPES = ['jql', 'filter', 'project'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** Which issues of a project: each adds a JQL clause to `project = KEY` (metrics/source.ts). */
export const PROJECT_PRESETS = ['all', 'open', 'open-bugs', 'created-7d', 'resolved-7d'] as const;
export type ProjectPreset = (typeof PROJECT_PRESETS)[number];

/** Metrics over one source; a formula combines them. */
export const SOURCE_METRIC_TYPES = ['count', 'aggregate', 'ratio', 'age', 'dueIn'] as const;
export const METRIC_TYPES = [...SOURCE_METRIC_TYPES, 'formula'] as const;

/** Aggregations over a field of the source's issues. */
export const AGGREGATE_OPS = ['sum', 'avg', 'min', 'max', 'median', 'countNonEmpty'] as const;
export type AggregateOp = (typeof AGGREGATE_OPS)[number];

/** Ages: of the oldest issue, or the average over the issues. */
export const AGE_OPS = ['oldest', 'average'] as const;
export type AgeOp = (typeof AGE_OPS)[number];

/** Formula variables, in the order the expression's variables are read. */
export const VARIABLE_NAMES = ['A', 'B', 'C', 'D', 'E'] as const;
export type VariableName = (typeof VARIABLE_NAMES)[number];

export const COLOR_NAMES = ['green', 'amber', 'red', 'blue', 'purple', 'teal', 'grey'] as const satisfies readonly ColorName[];

export const THRESHOLD_MODES = ['absolute', 'percent'] as const satisfies readonly Thresholds['mode'][];

export const FORMAT_STYLES = [
  'number',
  'compact',
  'percent',
  'duration',
  'days',
  'currency',
] as const satisfies readonly NumberFormat['style'][];

/** How a counter writes its change against the comparison. */
export const COMPARE_MODES = ['absolute', 'percent', 'both'] as const;
export type CompareMode = (typeof COMPARE_MODES)[number];

export const TREND_SERIES = ['created', 'resolved', 'open', 'matching'] as const;
export type TrendSeries = (typeof TREND_SERIES)[number];

export const TREND_INTERVALS = ['day', 'week', 'month'] as const;
export type TrendInterval = (typeof TREND_INTERVALS)[number];

export const PALETTES = ['default', 'colorblind'] as const;
export type Palette = (typeof PALETTES)[number];
