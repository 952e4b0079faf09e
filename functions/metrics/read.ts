/**
 * Reads the numbers of a configuration from Jira (as the user): count, sum or done ratio with
 * status-category segments, plus the counter's comparison. Rendering is not done here.
 */
import type { Segments } from '../../render/types.ts';
import type { GadgetConfig, Metric, Source } from '../config/types.ts';
import type { JiraClient } from '../jira/client.ts';
import { andJql, issueNavigatorHref, quoteJqlValue } from '../jql/compose.ts';
import { guard, sourceJql } from './source.ts';
import { sumField } from './sum.ts';

/** The default "done" condition of a ratio. */
export const DEFAULT_DONE_JQL = 'statusCategory = Done';

/** Raw numbers of one source. For a ratio: `value` = done issues, `total` = all issues. */
export interface RawValue {
  value: number;
  total?: number;
  segments?: Segments;
  partial?: boolean;
}

/** Everything read for one configuration; cached per user. */
export interface MetricResult extends RawValue {
  /** Issue navigator link for the source's issues (relative). */
  href: string;
  compare?: RawValue;
}

/** The parts of a configuration that change what is read from Jira (the cache key). */
export function readKey(config: GadgetConfig): unknown {
  return { source: config.source, metric: config.metric, compare: config.kind === 'counter' ? config.compare?.source : undefined };
}

/** Reads the metric of `config` over its source (and, for counters, its comparison source). */
export async function readMetric(client: JiraClient, config: GadgetConfig): Promise<MetricResult> {
  const [main, compare] = await Promise.all([
    readSource(client, config.source, config.metric),
    config.kind === 'counter' && config.compare ? readSource(client, config.compare.source, config.metric) : undefined,
  ]);
  const { jql, ...value } = main;
  const result: MetricResult = { ...value, href: issueNavigatorHref(jql) };
  if (compare) {
    const { jql: _unused, ...compareValue } = compare;
    result.compare = compareValue;
  }
  return result;
}

async function readSource(client: JiraClient, source: Source, metric: Metric): Promise<RawValue & { jql: string }> {
  const jql = await sourceJql(client, source);
  switch (metric.type) {
    case 'count':
      return { jql, value: await client.approximateCount(jql) };
    case 'aggregate': {
      const { value, partial } = await sumField(client, jql, metric.fieldId);
      return partial ? { jql, value, partial } : { jql, value };
    }
    case 'ratio': {
      const doneJql = guard(() => andJql(jql, metric.doneJql ?? DEFAULT_DONE_JQL));
      if (!metric.segments) {
        const [total, done] = await Promise.all([client.approximateCount(jql), client.approximateCount(doneJql)]);
        return { jql, value: done, total };
      }
      const category = (name: string) => guard(() => andJql(jql, `statusCategory = ${quoteJqlValue(name)}`));
      const [total, done, todo, inProgress, doneByCategory] = await Promise.all([
        client.approximateCount(jql),
        client.approximateCount(doneJql),
        client.approximateCount(category('To Do')),
        client.approximateCount(category('In Progress')),
        metric.doneJql === undefined ? undefined : client.approximateCount(category('Done')),
      ]);
      return { jql, value: done, total, segments: { todo, inProgress, done: doneByCategory ?? done } };
    }
    default:
      throw new Error(`metric ${metric.type} is not read yet`);
  }
}
