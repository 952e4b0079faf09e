/**
 * Date-derived metrics over the source's issues: age (days since `created`, of the oldest issue or
 * on average) and days until the nearest due date (negative when overdue). The reads return dates;
 * the days are computed against the render's clock, so a cached read never goes stale by a day.
 */
import { andJql, orderedAscending } from '../jql/compose';
import { readFieldValues } from './aggregate';
import { DAY_MS, parseJiraDate, utcDay } from './calendar';
import type { Reads } from './reads';
import { guard } from './source';

/** JQL of the oldest issues first (also the drill-through of an age). */
export function oldestFirst(jql: string): string {
  return guard(() => orderedAscending(jql, 'created'));
}

/** JQL of the issues with a due date, the nearest first (also the drill-through of "days until due"). */
export function dueFirst(jql: string): string {
  return guard(() => orderedAscending(andJql(jql, 'duedate IS NOT EMPTY'), 'duedate'));
}

/** Days (1 decimal) since the oldest issue of `jql` was created; null without issues. */
export async function oldestAge(reads: Reads, jql: string): Promise<number | null> {
  const created = await reads.get({ read: 'oldestCreated', jql }, async () => {
    const page = await reads.client.searchPage(oldestFirst(jql), ['created'], 1);
    const ms = parseJiraDate(page.issues[0]?.fields?.created);
    return Number.isFinite(ms) ? ms : null;
  });
  return created === null ? null : days(reads.now - created);
}

/** Average days (1 decimal) since the issues of `jql` were created; partial beyond the cap. */
export async function averageAge(reads: Reads, jql: string): Promise<{ value: number | null; partial: boolean; covered: number }> {
  const { mean, partial, covered } = await reads.get({ read: 'meanCreated', jql }, async () => {
    const { values, partial } = await readFieldValues(reads.client, jql, 'created');
    const times = values.map(parseJiraDate).filter(Number.isFinite);
    return { mean: times.length === 0 ? null : times.reduce((a, b) => a + b, 0) / times.length, partial, covered: values.length };
  });
  return { value: mean === null ? null : days(reads.now - mean), partial, covered };
}

/** Whole days from today (UTC) to the earliest due date among the issues of `jql`; null if none has one. */
export async function daysUntilDue(reads: Reads, jql: string): Promise<number | null> {
  const due = await reads.get({ read: 'nearestDue', jql }, async () => {
    const page = await reads.client.searchPage(dueFirst(jql), ['duedate'], 1);
    const ms = parseJiraDate(page.issues[0]?.fields?.duedate);
    return Number.isFinite(ms) ? utcDay(ms) : null;
  });
  return due === null ? null : Math.round((due - utcDay(reads.now)) / DAY_MS);
}

/** Elapsed days with one decimal; never negative (a clock slightly behind Jira's is not an age). */
function days(ms: number): number {
  return Math.max(0, Math.round((ms / DAY_MS) * 10) / 10) || 0;
}
