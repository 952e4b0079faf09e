/**
 * Reads the numbers of a configuration from Jira (as the user): the metric (count, aggregate,
 * ratio with status-category segments, age, days until due, formula), the counter's comparison,
 * the trend points and the expected progress — plus the drill-through link of each part.
 * Rendering is not done here.
 */
import type { Segments } from '../../render/types';
import type { AggregateOp, GadgetConfig, Metric, Source, SourceMetric } from '../config/types';
import { GlanceError } from '../errors';
import type { JiraClient } from '../jira/client';
import { andJql, issueNavigatorHref, quoteJqlValue } from '../jql/compose';
import type { Place } from '../place';
import { aggregate, fieldValue, numberFor } from './aggregate';
import { parseJiraDate } from './calendar';
import { averageAge, daysUntilDue, dueFirst, oldestAge, oldestFirst } from './dates';
import { readExpected, type ExpectedProgress } from './expected';
import { evaluateFormula, parseFormula, variablesOf } from './formula';
import { Reads, type ReadCache } from './jira-reads';
import { guard, savedFilter, sourceJql, type SavedFilter } from './source';
import { trendWindows, windowJql, type TrendWindow } from './trend';
import { countsFromDates } from './trend-dates';
import { inSprint } from './sprint';
import { hiddenProject } from './hidden-project';

/** The default "done" condition of a ratio. */
const DEFAULT_DONE_JQL = 'statusCategory = Done';

/** Raw numbers of one source. For a ratio: `value` = done issues, `total` = all issues. */
export interface RawValue {
  /** null: nothing to show (e.g. an average over no issues). */
  value: number | null;
  total?: number;
  segments?: Segments;
  partial?: boolean;
  /** With `partial`: how many issues the value was computed from. */
  covered?: number;
}

/** Everything read for one configuration. */
export interface MetricResult extends RawValue {
  /** Issue navigator link for the source's issues (relative). */
  href: string;
  /** Drill-through: drill id (`value`, `segment-todo`, `trend-3`, `compare`, …) → issue navigator link. */
  links: Record<string, string>;
  compare?: RawValue;
  /** Trend points, oldest first. */
  trend?: { value: number | null; label: string }[];
  expected?: ExpectedProgress;
  /** When the oldest number was read from Jira (ms); absent = now. */
  at?: number;
  /** A saved filter's name when the gadget counts one: its title when it has none of its own. */
  sourceName?: string;
}

interface ReadOptions {
  /** The render's clock (ms since the epoch); default Date.now(). */
  now?: number;
  /** Shares atomic reads in flight per installation and user; without it every read goes to Jira. */
  cache?: ReadCache;
  /** The user's time zone (days, windows, ages) and locale (date labels); default UTC and en-US. */
  place?: Place;
}

/** A metric over one JQL: its numbers and the JQL behind each drillable part. */
interface SourceReading {
  raw: RawValue;
  /** The issues behind the number (ratio: the numerator). */
  valueJql: string;
  segmentJql?: Record<'todo' | 'inProgress' | 'done', string>;
}

/** Reads everything `config` shows; a project preset on a project the viewer cannot see says so. */
export async function readNumbers(client: JiraClient, given: GadgetConfig, options: ReadOptions = {}): Promise<MetricResult> {
  try {
    return await readAll(client, given, options);
  } catch (error) {
    throw hiddenProject(error, given) ?? error;
  }
}

async function readAll(client: JiraClient, given: GadgetConfig, options: ReadOptions): Promise<MetricResult> {
  const reads = new Reads(client, options.now ?? Date.now(), options.cache, options.place);
  const config = await withPickedSprint(reads, given);
  const showCompare = config.kind === 'counter' && config.compare !== undefined && config.metric.type !== 'formula';
  const [main, compare, trend, expected, sourceName] = await Promise.all([
    readMain(reads, config),
    showCompare ? readSourceMetric(reads, config.compare!.source, config.metric as SourceMetric) : undefined,
    config.trend && config.kind !== 'progress' ? readTrend(reads, config) : undefined,
    config.expected && config.kind === 'progress'
      ? readExpected(reads, config.expected, () => resolveSource(reads, config.source))
      : undefined,
    // A saved filter's name titles a gadget without a title of its own (the same read as its JQL); read
    // whatever the title, so the edit page's last reading still has it when the title is cleared.
    given.source.type === 'filter' ? filterOf(reads, given.source).then((f) => f.name) : undefined,
  ]);
  const links: Record<string, string> = { value: issueNavigatorHref(main.reading.valueJql) };
  for (const [name, jql] of Object.entries(main.reading.segmentJql ?? {})) links[`segment-${name}`] = issueNavigatorHref(jql);
  trend?.points.forEach((point, i) => (links[`trend-${i}`] = issueNavigatorHref(point.jql)));
  if (compare) links.compare = issueNavigatorHref(compare.valueJql);
  const result: MetricResult = { ...main.reading.raw, href: issueNavigatorHref(main.sourceJql), links };
  if (compare) result.compare = compare.raw;
  if (trend) result.trend = trend.points.map(({ value, label }) => ({ value, label }));
  if (expected) result.expected = expected;
  if (sourceName) result.sourceName = sourceName;
  const partial = [main.reading.raw, compare?.raw, trend].filter((part) => part?.partial);
  if (partial.length > 0) {
    result.partial = true;
    const covered = partial.map((part) => part!.covered).filter((n): n is number => typeof n === 'number');
    if (covered.length > 0) result.covered = Math.min(...covered);
  }
  result.at = reads.computedAt;
  return result;
}

/**
 * A progress bar measured against a sprint picked in the form counts the issues of that sprint:
 * its source becomes `(<source>) AND sprint = <id>`, composed as any JQL (jql/compose.ts).
 */
async function withPickedSprint(reads: Reads, config: GadgetConfig): Promise<GadgetConfig> {
  const expected = config.expected;
  if (config.kind !== 'progress' || !expected || !('sprint' in expected) || expected.sprint === 'active') return config;
  const jql = inSprint(await resolveSource(reads, config.source), expected.sprint);
  return { ...config, source: { type: 'jql', jql } };
}

async function readMain(reads: Reads, config: GadgetConfig): Promise<{ reading: SourceReading; sourceJql: string }> {
  if (config.metric.type !== 'formula') {
    // Status segments are drawn on progress bars only: elsewhere they would be counts nobody sees.
    const metric = config.metric.type === 'ratio' && config.kind !== 'progress' ? withoutSegments(config.metric) : config.metric;
    const reading = await readSourceMetric(reads, config.source, metric);
    return { reading, sourceJql: await resolveSource(reads, config.source) };
  }
  const reading = await readFormula(reads, config.metric);
  return { reading, sourceJql: reading.valueJql };
}

/** A formula: each used variable is read through the same shared path as any gadget's metric. */
async function readFormula(reads: Reads, metric: Extract<Metric, { type: 'formula' }>): Promise<SourceReading> {
  const expr = parseFormula(metric.expression);
  // Validation guarantees every used variable is defined; A..E order makes A the first.
  const variables = variablesOf(expr).map((name) => metric.variables.find((v) => v.name === name)!);
  const readings = await Promise.all(variables.map((v) => readSourceMetric(reads, v.source, v.metric)));
  const values = Object.fromEntries(variables.map((v, i) => [v.name, numberOf(v.metric, readings[i].raw)]));
  const result = evaluateFormula(expr, values);
  if (!result.ok) throw new GlanceError('NO_DATA', result.said);
  // The formula's issues: those of its first variable (A in "A / B * 100", the numerator).
  const valueJql = readings[0]?.valueJql ?? '';
  const covered = readings.filter((r) => r.raw.partial && r.raw.covered !== undefined).map((r) => r.raw.covered!);
  const partial = readings.some((r) => r.raw.partial)
    ? { partial: true, ...(covered.length > 0 ? { covered: Math.min(...covered) } : {}) }
    : {};
  return { raw: { value: result.value, ...partial }, valueJql };
}

/** The single number a metric stands for in a formula or a trend: a ratio is its percentage. */
function numberOf(metric: SourceMetric, raw: RawValue): number | null {
  if (metric.type !== 'ratio') return raw.value;
  return raw.total === undefined || raw.total <= 0 || raw.value === null ? null : (raw.value / raw.total) * 100;
}

async function resolveSource(reads: Reads, source: Source): Promise<string> {
  if (source.type !== 'filter') return sourceJql(reads.client, source);
  return (await filterOf(reads, source)).jql;
}

/** A saved filter's JQL and name, read once per render (and shared in flight). */
function filterOf(reads: Reads, source: Extract<Source, { type: 'filter' }>): Promise<SavedFilter> {
  return reads.get({ read: 'filter', filterId: source.filterId }, () => savedFilter(reads.client, source.filterId));
}

async function readSourceMetric(reads: Reads, source: Source, metric: SourceMetric): Promise<SourceReading> {
  return readJqlMetric(reads, await resolveSource(reads, source), metric);
}

/** A (non-formula) metric over a bounded JQL. */
async function readJqlMetric(reads: Reads, jql: string, metric: SourceMetric): Promise<SourceReading> {
  switch (metric.type) {
    case 'count':
      return { raw: { value: await reads.count(jql) }, valueJql: jql };
    case 'aggregate': {
      const { fieldId, op } = metric;
      // One number (or null) per issue is kept while paging; the search is shared with the other parts
      // of this render that read the same issues (metrics/issue-batch.ts).
      const { value, partial, covered } = await reads.get({ read: 'aggregate', jql, fieldId, op }, async () => {
        const read = await reads.issueRows(jql, {
          fields: [fieldId],
          skipsEmpty: skipsEmpty(op, fieldId),
          pick: (fields) => numberFor(fieldValue(fields, fieldId), op, fieldId),
        });
        return { value: aggregate(read.rows, op, fieldId), partial: read.partial, covered: read.rows.length };
      });
      return { raw: partial ? { value, partial, covered } : { value }, valueJql: jql };
    }
    case 'age': {
      if (metric.op === 'oldest') return { raw: { value: await oldestAge(reads, jql) }, valueJql: oldestFirst(jql) };
      const { value, partial, covered } = await averageAge(reads, jql);
      return { raw: partial ? { value, partial, covered } : { value }, valueJql: oldestFirst(jql) };
    }
    case 'dueIn':
      return { raw: { value: await daysUntilDue(reads, jql) }, valueJql: dueFirst(jql) };
    case 'ratio': {
      const doneJql = guard(() => andJql(jql, metric.doneJql ?? DEFAULT_DONE_JQL));
      if (!metric.segments) {
        const [total, done] = await Promise.all([reads.count(jql), reads.count(doneJql)]);
        return { raw: { value: done, total }, valueJql: doneJql };
      }
      const category = (name: string) => guard(() => andJql(jql, `statusCategory = ${quoteJqlValue(name)}`));
      const segmentJql = { todo: category('To Do'), inProgress: category('In Progress'), done: category('Done') };
      const [total, done, todo, inProgress, doneByCategory] = await Promise.all([
        reads.count(jql),
        reads.count(doneJql),
        reads.count(segmentJql.todo),
        reads.count(segmentJql.inProgress),
        metric.doneJql === undefined ? undefined : reads.count(segmentJql.done),
      ]);
      // Without a custom done clause the Done category is the done clause itself: link the JQL that was counted.
      if (metric.doneJql === undefined) segmentJql.done = doneJql;
      return { raw: { value: done, total, segments: { todo, inProgress, done: doneByCategory ?? done } }, valueJql: doneJql, segmentJql };
    }
  }
}

type TrendPoint = { value: number | null; label: string; jql: string };

/**
 * The trend points: one count per window, or for `matching` the metric per window — a ratio as two
 * counts per window; an aggregation from ONE paged read of the source (oldest first, with `created`),
 * bucketed by window locally, since each window is "created before its end" and so a prefix of it.
 */
async function readTrend(reads: Reads, config: GadgetConfig): Promise<{ points: TrendPoint[]; partial: boolean; covered?: number }> {
  const trend = config.trend!;
  const metric = config.metric;
  const source = await resolveSource(reads, config.source);
  // "Created before the end" of a window that ends in the future is the source itself (no issue is
  // created in the future): that point is the value's own read, not another query.
  const windowQuery = (w: TrendWindow) => (trend.series === 'matching' && w.end > reads.now ? source : windowJql(source, trend.series, w));
  const windows = trendWindows(reads.now, trend.interval, trend.points, reads.place).map((w) => ({ ...w, jql: windowQuery(w) }));
  if (trend.series === 'matching' && metric.type === 'aggregate') {
    const { fieldId, op } = metric;
    // Only what the numbers need is kept: when each issue was created and its number (1 for a
    // non-empty value), never the field's own value, which may be 20 KB of text. The same issues as
    // the value's own read: one search serves both (metrics/issue-batch.ts).
    const values = op === 'countNonEmpty' ? 'nonEmpty' : 'numbers';
    const read = await reads.get({ read: 'fieldByCreated', jql: source, fieldId, values }, async (): Promise<CreatedNumbers> => {
      const pick = (fields: Record<string, unknown>) =>
        [parseJiraDate(fieldValue(fields, 'created')), numberFor(fieldValue(fields, fieldId), op, fieldId)] as const;
      const { rows, partial } = await reads.issueRows(source, { fields: [fieldId, 'created'], skipsEmpty: skipsEmpty(op, fieldId), pick });
      return {
        created: Float64Array.from(rows, ([created]) => created),
        numbers: Float64Array.from(rows, ([, n]) => n ?? Number.NaN),
        partial,
      };
    });
    const points = windows.map((w) => ({ value: rounded(aggregate(numbersBefore(read, w.end), op, fieldId)), label: w.label, jql: w.jql }));
    return { points, partial: read.partial, covered: read.created.length };
  }
  if (trend.series === 'matching' && metric.type === 'ratio') {
    const points = await Promise.all(
      windows.map(async (w) => {
        const reading = await readJqlMetric(reads, w.jql, withoutSegments(metric));
        return { value: rounded(numberOf(metric, reading.raw)), label: w.label, jql: reading.valueJql };
      }),
    );
    return { points, partial: false };
  }
  const fromDates =
    trend.series === 'created' || trend.series === 'resolved' ? await countsFromDates(reads, source, trend.series, windows) : null;
  const points = await Promise.all(
    windows.map(async (w, i) => ({ value: fromDates ? fromDates[i] : await reads.count(w.jql), label: w.label, jql: w.jql })),
  );
  return { points, partial: false };
}

/** Creation times and numbers (NaN: empty) of the issues read for a `matching` aggregate trend. */
interface CreatedNumbers {
  created: Float64Array;
  numbers: Float64Array;
  partial: boolean;
}

/** The numbers (null: empty) of the issues created before `end`. */
function numbersBefore(read: CreatedNumbers, end: number): (number | null)[] {
  const out: (number | null)[] = [];
  read.created.forEach((created, i) => {
    if (created < end) out.push(Number.isNaN(read.numbers[i]) ? null : read.numbers[i]);
  });
  return out;
}

/** A numeric aggregate skips issues without a value; a count of non-empty values needs them all (any field type). */
function skipsEmpty(op: AggregateOp, fieldId: string): string[] | null {
  return op === 'countNonEmpty' ? null : [fieldId];
}

function withoutSegments(metric: Extract<Metric, { type: 'ratio' }>): SourceMetric {
  return metric.doneJql === undefined ? { type: 'ratio' } : { type: 'ratio', doneJql: metric.doneJql };
}

function rounded(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1000) / 1000 || 0;
}
