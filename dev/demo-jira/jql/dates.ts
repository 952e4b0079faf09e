/**
 * JQL date operands: absolute dates, relative periods ("-7d", "4w 2d") and the date functions
 * (startOfDay/Week/Month/Year, endOf…, now) with optional increments ("-1", "+2w", "-3M").
 * As in Jira, dates and functions are read in the searcher's time zone: "2026-03-29" is local
 * midnight, startOfDay() the start of the local day (23 or 25 hours long on a DST switch); relative
 * periods are plain durations back from now. Weeks start on Monday.
 */
import { DAY_MS, instantOfWall, wallClock } from '../../../functions/metrics/calendar';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const PERIOD_UNITS: Readonly<Record<string, number>> = { w: 7 * DAY_MS, d: DAY_MS, h: HOUR, m: MINUTE };

/** Message Jira shows for a date it cannot read. */
export const invalidDate = (value: string, field: string): string =>
  `Date value '${value}' for field '${field}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', ` +
  `'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`;

/** Parses an absolute or relative date operand (absolute ones in `timeZone`); undefined when invalid. */
export function parseDateValue(text: string, nowMs: number, timeZone: string): number | undefined {
  const value = text.trim();
  const absolute = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(value);
  if (absolute) {
    const [, y, mo, d, h = '0', mi = '0'] = absolute;
    const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi));
    const check = new Date(wall);
    if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d) || Number(h) > 23) return undefined;
    return instantOfWall(wall, timeZone);
  }
  const offset = parsePeriod(value);
  return offset === undefined ? undefined : nowMs + offset;
}

/** "-7d", "4w 2d", "+3h", "-1w2d" → signed milliseconds. */
function parsePeriod(value: string): number | undefined {
  const match = /^([+-]?)\s*((?:\d+\s*[wdhm]\s*)+)$/.exec(value);
  if (!match) return undefined;
  let total = 0;
  for (const [, n, unit] of match[2].matchAll(/(\d+)\s*([wdhm])/g)) total += Number(n) * PERIOD_UNITS[unit];
  return match[1] === '-' ? -total : total;
}

type Period = 'day' | 'week' | 'month' | 'year';
const FUNCTION_PERIODS: Readonly<Record<string, { period: Period; end: boolean }>> = {
  startofday: { period: 'day', end: false },
  startofweek: { period: 'week', end: false },
  startofmonth: { period: 'month', end: false },
  startofyear: { period: 'year', end: false },
  endofday: { period: 'day', end: true },
  endofweek: { period: 'week', end: true },
  endofmonth: { period: 'month', end: true },
  endofyear: { period: 'year', end: true },
};

/** The date function names this evaluator knows (lower case). */
export const DATE_FUNCTIONS: ReadonlySet<string> = new Set([...Object.keys(FUNCTION_PERIODS), 'now']);

/**
 * Evaluates a date function in `timeZone`. Returns a number, or a message when the increment is
 * invalid. endOf… is the last millisecond of the local period.
 */
export function evaluateDateFunction(name: string, args: readonly string[], nowMs: number, timeZone: string): number | string {
  const lower = name.toLowerCase();
  if (lower === 'now') return args.length === 0 ? nowMs : `Function 'now' expected 0 arguments but got ${args.length}.`;
  const spec = FUNCTION_PERIODS[lower];
  if (args.length > 1) return `Function '${name}' expected between 0 and 1 arguments but got ${args.length}.`;
  // Calendar arithmetic on the local wall clock (written as if UTC), then back to an instant.
  let date = startOf(spec.period, wallClock(nowMs, timeZone));
  if (args.length === 1) {
    const inc = /^([+-]?)(\d+)([yMwdhm]?)$/.exec(args[0].trim());
    if (!inc) return `Invalid increment '${args[0]}' for function '${name}'. Use e.g. -1, +2w or -3M.`;
    const amount = (inc[1] === '-' ? -1 : 1) * Number(inc[2]);
    date = addUnits(date, amount, inc[3] || spec.period);
  }
  return spec.end ? instantOfWall(addUnits(date, 1, spec.period), timeZone) - 1 : instantOfWall(date, timeZone);
}

function startOf(period: Period, ms: number): number {
  const d = new Date(ms);
  switch (period) {
    case 'day':
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    case 'week': {
      const weekday = (d.getUTCDay() + 6) % 7;
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - weekday);
    }
    case 'month':
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    case 'year':
      return Date.UTC(d.getUTCFullYear(), 0, 1);
  }
}

function addUnits(ms: number, amount: number, unit: string): number {
  const d = new Date(ms);
  switch (unit) {
    case 'y':
    case 'year':
      return Date.UTC(d.getUTCFullYear() + amount, d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes());
    case 'M':
    case 'month':
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + amount, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes());
    case 'w':
    case 'week':
      return ms + amount * 7 * DAY_MS;
    case 'd':
    case 'day':
      return ms + amount * DAY_MS;
    case 'h':
      return ms + amount * HOUR;
    default:
      return ms + amount * MINUTE;
  }
}

/**
 * Time-tracking durations as JQL reads them: "4h", "1d 2h", "1w", "30m"; a bare number is minutes.
 * Jira's default time tracking: 1d = 8h, 1w = 5d. Returns seconds, or undefined when invalid.
 */
export function parseDuration(text: string): number | undefined {
  const value = text.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 60;
  if (!/^(\d+(\.\d+)?\s*[wdhm]\s*)+$/.test(value)) return undefined;
  const seconds: Readonly<Record<string, number>> = { w: 5 * 8 * 3600, d: 8 * 3600, h: 3600, m: 60 };
  let total = 0;
  for (const [, n, unit] of value.matchAll(/(\d+(?:\.\d+)?)\s*([wdhm])/g)) total += Number(n) * seconds[unit];
  return total;
}
