/**
 * Version 1 of the gadget configuration, frozen as it was written: configurations stored by Glance
 * 0.x have this shape, and they are only read to be migrated (migrate.ts). It has its own copies of
 * the types it used, so that changing today's types (render's Thresholds and NumberFormat, the
 * sources, the kinds) cannot change what version 1 means. Never edit these; add a version instead.
 */

type GadgetKindV1 = 'gauge' | 'counter' | 'progress';

type ProjectPresetV1 = 'all' | 'open' | 'open-bugs' | 'created-7d' | 'resolved-7d';

type SourceV1 =
  { type: 'jql'; jql: string } | { type: 'filter'; filterId: string } | { type: 'project'; projectKey: string; preset?: ProjectPresetV1 };

export type MetricV1 = { type: 'count' } | { type: 'sum'; fieldId: string } | { type: 'ratio'; doneJql?: string; segments?: boolean };

/** The same metric over a second source. */
interface CompareV1 {
  source: SourceV1;
  /** e.g. "vs last week" */
  label?: string;
}

type ColorV1 = 'green' | 'amber' | 'red' | 'blue' | 'purple' | 'teal' | 'grey' | `#${string}`;

/** `base` below the first step; steps ascending by `from`, values `>= from` take `color`. */
interface ThresholdsV1 {
  base: ColorV1;
  baseLabel?: string;
  steps: { from: number; color: ColorV1; label?: string }[];
}

interface NumberFormatV1 {
  /** number: 1,234.5 · compact: 1.2k · percent: 42% (value already in percent units) · duration: seconds → "3d 4h" */
  style?: 'number' | 'compact' | 'percent' | 'duration';
  /** Fixed decimals (0–3). */
  decimals?: number;
  prefix?: string;
  unit?: string;
}

export interface GadgetConfigV1 {
  version: 1;
  kind: GadgetKindV1;
  title?: string;
  /** Words under the value, e.g. "open bugs". */
  label?: string;
  source: SourceV1;
  metric: MetricV1;
  min?: number;
  max?: number;
  target?: number;
  thresholds?: ThresholdsV1;
  /** Threshold/delta direction: true (default) = higher is better. */
  higherIsBetter?: boolean;
  format?: NumberFormatV1;
  compare?: CompareV1;
  /** Auto-refresh in minutes (0 / absent = off). */
  refresh?: number;
}
