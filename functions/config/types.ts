/**
 * GadgetConfig: what the dashboard stores in the gadget's own configuration (view.submit(config)).
 * Validated on every read by `validate.ts`; version 1 (types-v1.ts) is migrated to version 2 there (`migrate.ts`).
 *
 * The one source of the configuration's shape. The checker is held to it by the compiler: each
 * object's allowed keys are `membersOf<T>()` of its type here (checker.ts: every member, no other),
 * and validate.ts builds the result from every member of GadgetConfig, so a member added here fails
 * to compile until the checker reads it (bench/RESULTS.md "Configuration: one source of truth").
 */
import type { GadgetKind, NumberFormat, Thresholds } from '../../render/types';
import type {
  AgeOp,
  AggregateOp,
  CompareMode,
  Palette,
  ProjectPreset,
  SourceType,
  TrendInterval,
  TrendSeries,
  VariableName,
} from './vocabulary';

export type { AgeOp, AggregateOp, CompareMode, Palette, ProjectPreset, SourceType, TrendInterval, TrendSeries, VariableName };

/** Where the issues come from. */
export type Source =
  { type: 'jql'; jql: string } | { type: 'filter'; filterId: string } | { type: 'project'; projectKey: string; preset?: ProjectPreset };

/** What number is computed from the source. */
export type Metric =
  | { type: 'count' }
  | { type: 'aggregate'; fieldId: string; op: AggregateOp }
  /** done ratio: count(source AND done) / count(source); default done clause `statusCategory = Done`. */
  | { type: 'ratio'; doneJql?: string; segments?: boolean }
  /** Days since `created`: the oldest issue or the average over the source's issues. */
  | { type: 'age'; op: AgeOp }
  /** Days until the nearest (earliest) due date among the source's issues; negative = overdue. */
  | { type: 'dueIn' }
  /** Arithmetic over 1–5 variables A..E, each a metric over its own source. */
  | { type: 'formula'; expression: string; variables: Variable[] };

/** A metric that reads one source (everything but a formula). */
export type SourceMetric = Exclude<Metric, { type: 'formula' }>;

export interface Variable {
  name: VariableName;
  source: Source;
  metric: SourceMetric;
}

/**
 * Trend sparkline computed at read time from JQL time windows (nothing stored): `points` windows
 * aligned to UTC days / ISO weeks (Monday) / months, the last one containing now.
 */
export interface Trend {
  series: TrendSeries;
  interval: TrendInterval;
  /** 2..12 */
  points: number;
}

/**
 * Expected progress: planned dates (yyyy-mm-dd, end inclusive), a Jira version's start and release
 * dates, or the start and end of the active sprint the source's issues share.
 */
/** `sprint`: 'active' (the one active sprint of the issues) or the id of a sprint picked in the form (the issues are narrowed to it). */
export type Expected = { start: string; end: string } | { versionId: string } | { sprint: 'active' | number };

/** The number format a configuration sets (`negativeUnit` is the server's, never a setting). */
export type FormatSetting = Omit<NumberFormat, 'negativeUnit'>;

/** Counter comparison (v2): the same metric over a second source, with how the delta is written. */
export interface CompareV2 {
  source: Source;
  label?: string;
  mode?: CompareMode;
  decimals?: number;
}

/** The current version (version 1, frozen in types-v1.ts, is migrated to it on every read). */
export interface GadgetConfigV2 {
  version: 2;
  kind: GadgetKind;
  title?: string;
  /** Words under the value, e.g. "open bugs". */
  label?: string;
  source: Source;
  metric: Metric;
  min?: number;
  max?: number;
  target?: number;
  thresholds?: Thresholds;
  /** Threshold/delta direction: true (default) = higher is better. */
  higherIsBetter?: boolean;
  format?: FormatSetting;
  compare?: CompareV2;
  /** Auto-refresh in minutes (0 / absent = off). */
  refresh?: number;
  trend?: Trend;
  expected?: Expected;
  /** Exact value → words, at most 20. */
  mappings?: { value: number; text: string }[];
  noValueText?: string;
  palette?: Palette;
  /**
   * BCP 47 locale for numbers, dates and month names ("de-DE"); absent = each viewer's own Jira
   * locale. Days are always the viewer's time zone: that is how Jira counts the JQL dates.
   */
  locale?: string;
}

export type GadgetConfig = GadgetConfigV2;

/** One validation problem, addressed by a dotted path such as `source.jql` or `metric.variables.1.source.jql`. */
export interface FieldError {
  path: string;
  message: string;
}
