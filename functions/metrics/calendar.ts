/**
 * Calendar arithmetic in the user's time zone: the one place that knows what a "day" is for trend
 * windows, "today", labels, due-in, ages and expected progress. Jira evaluates JQL date literals
 * (`created >= "2026-11-30"`) and date functions in the searcher's time zone, so a day here is the
 * user's local day: it starts at local midnight (or, where a DST jump skips midnight, at the first
 * instant after it) and lasts 23, 24 or 25 hours.
 *
 * Two kinds of numbers, never mixed:
 * - an instant: milliseconds since the epoch (the clock, Jira's date-times);
 * - a {@link Day}: a calendar date without a zone, counted in whole days since 1970-01-01, so
 *   `day + 1` is the next date whatever DST does. {@link dayOf} and {@link startOfDay} convert
 *   between the two in a zone.
 *
 * Zone offsets come from Intl.DateTimeFormat with `timeZone` (the runtime's tz data); no dependency.
 * Pure: the clock is always passed in.
 */

import { memo } from '../../i18n/memo';

export const DAY_MS = 86_400_000;

/** A calendar date as whole days since 1970-01-01 (day 0 is Thursday 1 January 1970). */
export type Day = number;

// eslint-disable-next-line no-restricted-syntax -- Intl.DateTimeFormat per valid time zone: no Jira data; bounded to 64
const offsetFormats = memo<string, Intl.DateTimeFormat>(64);
// eslint-disable-next-line no-restricted-syntax -- Intl.DateTimeFormat per locale and zone: no Jira data; bounded to 64
const labelFormats = memo<string, Intl.DateTimeFormat>(64);

/**
 * The zone's offset from UTC at `ms`, in milliseconds (+05:30 → 19 800 000). Throws a RangeError
 * for a zone Intl does not know; callers pass zones checked by functions/place.ts.
 */
export function offsetMs(ms: number, timeZone: string): number {
  if (timeZone === 'UTC') return 0;
  const format = offsetFormats(
    timeZone,
    () =>
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      }),
  );
  const p: Record<string, number> = {};
  for (const { type, value } of format.formatToParts(ms)) p[type] = Number(value);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(ms / 1000) * 1000;
}

/** The local wall-clock time at `ms` written as if it were UTC (for day arithmetic and ages). */
export function wallClock(ms: number, timeZone: string): number {
  return ms + offsetMs(ms, timeZone);
}

/**
 * The instant at which the zone's clocks show `wall` (a wall-clock time written as if UTC). A time
 * that occurs twice (the hour after a DST fall-back) gives the earlier instant; a time skipped by a
 * DST jump gives the instant as many minutes after the jump as it lies after the jump's start —
 * what Java's ZonedDateTime (and so Jira) does.
 */
export function instantOfWall(wall: number, timeZone: string): number {
  // Zones change offset at most every few weeks: the offsets a day before and after are the two around any jump.
  const before = wall - offsetMs(wall - DAY_MS, timeZone);
  const after = wall - offsetMs(wall + DAY_MS, timeZone);
  const fits = (t: number) => wallClock(t, timeZone) === wall;
  if (fits(before) && fits(after)) return Math.min(before, after);
  if (fits(after)) return after;
  return before;
}

/** The local date (in `timeZone`) of the instant `ms`. */
export function dayOf(ms: number, timeZone: string): Day {
  return Math.floor(wallClock(ms, timeZone) / DAY_MS);
}

/** The first instant of the local date `day` in `timeZone` (00:00, or the end of a DST gap at midnight). */
export function startOfDay(day: Day, timeZone: string): number {
  return instantOfWall(day * DAY_MS, timeZone);
}

/** `yyyy-mm-dd` of a date: the form JQL date literals take, which Jira reads as that day in the user's zone. */
export function isoDate(day: Day): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The date of a `yyyy-mm-dd` text (Jira's due dates, version dates, configured dates), or NaN if it is not one. */
export function parseIsoDate(text: string): Day {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return Number.NaN;
  const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
  return isoDate(day) === text ? day : Number.NaN;
}

/** The Monday of the ISO week containing `day`. */
export function weekStart(day: Day): Day {
  return day - ((((day + 3) % 7) + 7) % 7);
}

/** The first of the month `offset` months from the month containing `day`. */
export function monthStart(day: Day, offset = 0): Day {
  const d = new Date(day * DAY_MS);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 1) / DAY_MS;
}

/** A month in the locale's words: "Nov 2026" (en-US), "Nov. 2026" (de-DE). */
export function monthLabel(day: Day, locale: string): string {
  return labelFormats(`m|${locale}`, () => new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' })).format(
    day * DAY_MS,
  );
}

/** A Jira date-time ("2026-11-20T10:00:00.000+0000") or date ("2026-11-20", as midnight UTC) → ms, or NaN. */
export function parseJiraDate(value: unknown): number {
  if (typeof value !== 'string') return Number.NaN;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return parseIsoDate(value) * DAY_MS;
  // Jira writes offsets as +0000; Date.parse wants +00:00.
  const normalised = value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  return /^\d{4}-\d{2}-\d{2}T/.test(normalised) ? Date.parse(normalised) : Number.NaN;
}
