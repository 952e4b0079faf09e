/**
 * Configuration + numbers read from Jira → what the render core draws: a RenderSpec (presentation)
 * and a Reading (numbers). Pure; no Jira, no clock.
 */
import type { NumberFormat, Reading, RenderSpec } from '../render/types';
import type { GadgetConfig } from './config/types';
import type { MetricResult, RawValue } from './metrics/read-numbers';
import { translator } from '../i18n/index';

interface RenderInputs {
  spec: RenderSpec;
  reading: Reading;
}

/** Maps a validated configuration and its metric result to the render inputs (default words in `locale`'s language). */
export function renderInputs(config: GadgetConfig, result: MetricResult, locale?: string): RenderInputs {
  const ratio = config.metric.type === 'ratio';
  // A ratio on a gauge or counter is shown as a percentage; the progress bar shows done of total.
  const asPercent = ratio && config.kind !== 'progress';
  const counter = config.kind === 'counter';
  const spec: RenderSpec = strip({
    kind: config.kind,
    // No title of its own: a saved filter's gadget is titled by the filter's name (read as the viewer).
    title: config.title ?? result.sourceName,
    label: config.label,
    format: formatOf(config, asPercent, locale, result.value),
    thresholds: config.thresholds,
    higherIsBetter: config.higherIsBetter,
    showSegments: config.kind === 'progress' && config.metric.type === 'ratio' && config.metric.segments === true ? true : undefined,
    mappings: config.mappings,
    noValueText: config.noValueText,
    palette: config.palette,
    compare:
      counter && config.compare && (config.compare.mode !== undefined || config.compare.decimals !== undefined)
        ? strip({ mode: config.compare.mode, decimals: config.compare.decimals })
        : undefined,
  });
  const reading: Reading = strip({
    value: asPercent ? percent(result) : result.value,
    min: config.min ?? (asPercent ? 0 : undefined),
    max: config.max ?? (asPercent ? 100 : undefined),
    target: config.target,
    total: config.kind === 'progress' ? (ratio ? result.total : config.max) : undefined,
    segments: spec.showSegments ? result.segments : undefined,
    compare: counter && result.compare ? (asPercent ? percent(result.compare) : result.compare.value) : undefined,
    compareLabel: counter && result.compare ? config.compare?.label : undefined,
    partial: result.partial || result.compare?.partial ? true : undefined,
    covered: result.partial ? result.covered : undefined,
    estimated: spec.showSegments && disagree(result) ? true : undefined,
    trend:
      config.kind !== 'progress' && result.trend
        ? {
            points: result.trend.map((p) => ({ value: p.value, label: p.label })),
            // What each point counts, per what: named under the line and in the spoken text (render/trend.ts).
            ...(config.trend ? { series: config.trend.series, interval: config.trend.interval } : {}),
          }
        : undefined,
    expected: config.kind === 'progress' && result.expected ? strip({ ...result.expected }) : undefined,
  });
  return { spec, reading };
}

/**
 * Jira's time-tracking fields: seconds (GET /rest/api/3/field lists them with schema type "number";
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-fields/).
 */
// eslint-disable-next-line no-restricted-syntax -- a constant (the ids of Jira time-tracking fields)
const TIME_FIELDS = new Set([
  'timespent',
  'timeoriginalestimate',
  'timeestimate',
  'aggregatetimespent',
  'aggregatetimeoriginalestimate',
  'aggregatetimeestimate',
]);

/**
 * The configured format; ratios default to percent, ages and due dates to days, sums of time fields to
 * durations. Days until due past the date read "3 days overdue" (unless the user typed a unit).
 */
function formatOf(config: GadgetConfig, asPercent: boolean, locale?: string, value?: number | null): NumberFormat | undefined {
  if (asPercent) return { style: 'percent', ...config.format };
  const m = config.metric;
  if (m.type === 'aggregate' && m.op !== 'countNonEmpty' && TIME_FIELDS.has(m.fieldId) && !config.format?.style) {
    return { ...config.format, style: 'duration' };
  }
  const t = translator(locale);
  if (config.metric.type === 'dueIn' && config.format?.unit === undefined && typeof value === 'number' && value < 0) {
    return { unit: t('unit.days'), negativeUnit: t('unit.daysOverdue', { count: Math.round(Math.abs(value)) }), ...config.format };
  }
  if (config.metric.type === 'age' || config.metric.type === 'dueIn') return { unit: t('unit.days'), ...config.format };
  return config.format;
}

/**
 * True when the status segments do not add up to the total. Each is a separate call to
 * `POST /rest/api/3/search/approximate-count`, which Jira documents as an estimate ("Provides an
 * estimated count of the issues that match the JQL", Jira Cloud REST API v3, Issue search:
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/
 * #api-rest-api-3-search-approximate-count-post): separate estimates need not agree. We then keep
 * Jira's numbers (no invented correction), draw the segments as shares of their own sum, and mark the
 * card "≈ estimated" (render/frame.ts titleNote) so nothing is presented as exact.
 */
function disagree(raw: RawValue): boolean {
  const s = raw.segments;
  return s !== undefined && raw.total !== undefined && s.todo + s.inProgress + s.done !== raw.total;
}

/**
 * Marks `reading` as counted in UTC when the request carried no time zone and the configuration
 * counts days itself (a trend's windows, expected progress, ages, due dates): the card says so
 * instead of silently using UTC. Plain counts do not depend on our zone (Jira evaluates JQL dates).
 */
export function noteMissingZone(config: GadgetConfig, reading: Reading, place: { zoneMissing?: boolean }): void {
  const countsDays = config.trend !== undefined || config.expected !== undefined || ['age', 'dueIn'].includes(config.metric.type);
  if (place.zoneMissing && countsDays) reading.zoneUnknown = true;
}

/** done / total in percent with one decimal; null when there are no issues. */
export function percent(raw: RawValue): number | null {
  if (raw.total === undefined || raw.total <= 0 || raw.value === null) return null;
  return Math.round((raw.value / raw.total) * 1000) / 10;
}

function strip<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}
