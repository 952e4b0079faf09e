/**
 * Date-derived metrics over the source's issues: age (days since `created`, of the oldest issue or
 * on average) and days until the nearest due date (negative when overdue), both counted on the
 * user's local calendar (calendar.ts): a due date is due in 1 day all of the local day before it,
 * and an age counts a 23- or 25-hour DST day as one day. The reads return dates; the days are
 * computed against the render's clock.
 */
import { andJql, orderedAscending } from '../jql/compose';
import { fieldValue } from './aggregate';
import { DAY_MS, dayOf, parseIsoDate, parseJiraDate, wallClock } from './calendar';
import type { Reads } from './jira-reads';
import { guard } from './source';

/** JQL of the oldest issues first (also the drill-through of an age). */
export function oldestFirst(jql: string): string {
  return guard(() => orderedAscending(jql, 'created'));
}

/**
 * JQL of the open issues with a due date, the nearest first (also the drill-through of "days until
 * due"): a done issue is due no more, so the most overdue of last year's closed work never counts.
 */
export function dueFirst(jql: string): string {
  return guard(() => orderedAscending(andJql(jql, 'duedate IS NOT EMPTY AND statusCategory != Done'), 'duedate'));
}

/** Days (1 decimal) since the oldest issue of `jql` was created, on the local clock; null without issues. */
export async function oldestAge(reads: Reads, jql: string): Promise<number | null> {
  const created = await reads.get({ read: 'oldestCreated', jql }, async () => {
    const page = await reads.client.searchPage(oldestFirst(jql), ['created'], 1);
    const ms = parseJiraDate(page.issues[0]?.fields?.created);
    return Number.isFinite(ms) ? ms : null;
  });
  const { timeZone } = reads.place;
  return created === null ? null : days(wallClock(reads.now, timeZone) - wallClock(created, timeZone));
}

/** Average days (1 decimal) since the issues of `jql` were created, on the local clock; partial beyond the cap. */
export async function averageAge(reads: Reads, jql: string): Promise<{ value: number | null; partial: boolean; covered: number }> {
  const { timeZone } = reads.place;
  // The mean of local creation times: it depends on the zone, which is part of the key.
  const { mean, partial, covered } = await reads.get({ read: 'meanCreated', jql, timeZone }, async () => {
    const { rows, partial } = await reads.issueRows(jql, {
      fields: ['created'],
      skipsEmpty: null,
      pick: (fields) => parseJiraDate(fieldValue(fields, 'created')),
    });
    const times = rows.filter(Number.isFinite).map((ms) => wallClock(ms, timeZone));
    return { mean: times.length === 0 ? null : times.reduce((a, b) => a + b, 0) / times.length, partial, covered: rows.length };
  });
  return { value: mean === null ? null : days(wallClock(reads.now, timeZone) - mean), partial, covered };
}

/** Whole days from the user's today to the earliest due date among the issues of `jql`; null if none has one. */
export async function daysUntilDue(reads: Reads, jql: string): Promise<number | null> {
  const due = await reads.get({ read: 'nearestDue', jql }, async () => {
    const page = await reads.client.searchPage(dueFirst(jql), ['duedate'], 1);
    const value = page.issues[0]?.fields?.duedate;
    // A due date is a date ("2026-11-20"), not an instant: it needs no zone.
    const day = typeof value === 'string' ? parseIsoDate(value.slice(0, 10)) : Number.NaN;
    return Number.isFinite(day) ? day : null;
  });
  return due === null ? null : due - dayOf(reads.now, reads.place.timeZone);
}

/** Elapsed days with one decimal; never negative (a clock slightly behind Jira's is not an age). */
function days(ms: number): number {
  return Math.max(0, Math.round((ms / DAY_MS) * 10) / 10) || 0;
}
