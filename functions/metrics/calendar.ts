/** UTC calendar arithmetic for trends, ages and expected progress. Pure: the clock is always passed in. */

export const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Midnight UTC of the day containing `ms`. */
export function utcDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** `yyyy-mm-dd` of the UTC day containing `ms` (the form JQL date literals take). */
export function isoDate(ms: number): string {
  return new Date(utcDay(ms)).toISOString().slice(0, 10);
}

/** Midnight UTC of a `yyyy-mm-dd` date, or NaN if it is not one. */
export function parseIsoDate(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return Number.NaN;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return isoDate(ms) === text ? ms : Number.NaN;
}

/** "Nov 17" */
export function dayLabel(ms: number): string {
  const d = new Date(ms);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
}

/** "Nov 2026" */
export function monthLabel(ms: number): string {
  const d = new Date(ms);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** Monday 00:00 UTC of the ISO week containing `ms`. */
export function isoWeekStart(ms: number): number {
  const day = utcDay(ms);
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday = 0
  return day - weekday * DAY_MS;
}

/** The first of the month `offset` months from the month containing `ms` (00:00 UTC). */
export function monthStart(ms: number, offset = 0): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 1);
}

/** A Jira date-time ("2026-11-20T10:00:00.000+0000") or date ("2026-11-20") → ms, or NaN. */
export function parseJiraDate(value: unknown): number {
  if (typeof value !== 'string') return Number.NaN;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return parseIsoDate(value);
  // Jira writes offsets as +0000; Date.parse wants +00:00.
  const normalised = value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  return /^\d{4}-\d{2}-\d{2}T/.test(normalised) ? Date.parse(normalised) : Number.NaN;
}
