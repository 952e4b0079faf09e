/**
 * GadgetConfig: what the dashboard stores in the gadget's own configuration (view.submit(config)).
 * Validated on every read by `validate.ts`; older versions are migrated there.
 */
import type { GadgetKind, NumberFormat, Thresholds } from '../../render/types.ts';

/** Where the issues come from. */
export type Source =
  | { type: 'jql'; jql: string }
  | { type: 'filter'; filterId: string }
  | { type: 'project'; projectKey: string; preset?: ProjectPreset };

/** Project presets: a JQL clause added to `project = KEY`. */
export type ProjectPreset = 'all' | 'open' | 'open-bugs' | 'created-7d' | 'resolved-7d';

/** What number is computed from the source. */
export type Metric =
  | { type: 'count' }
  | { type: 'sum'; fieldId: string }
  /** done ratio: count(source AND done) / count(source); default done clause `statusCategory = Done`. */
  | { type: 'ratio'; doneJql?: string; segments?: boolean };

/** Counter comparison: the same metric over a second source. */
export interface Compare {
  source: Source;
  /** e.g. "vs last week" */
  label?: string;
}

export interface GadgetConfigV1 {
  version: 1;
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
  format?: NumberFormat;
  compare?: Compare;
  /** Auto-refresh in minutes (0 / absent = off). */
  refresh?: number;
}

export type GadgetConfig = GadgetConfigV1;

/** One validation problem, addressed by a dotted path such as `source.jql` or `thresholds.steps.1.from`. */
export interface FieldError {
  path: string;
  message: string;
}
