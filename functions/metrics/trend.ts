/**
 * Trends computed at read time from JQL time windows — nothing is stored anywhere. Windows are the
 * user's local days, ISO weeks (Monday) or months; the last one contains now. Each point is one
 * read (a count, or the metric itself for `matching`) keyed on its own window JQL, so a window two
 * parts of one render need at the same moment is read once.
 */
import type { Trend } from '../config/types';
import { andJql, quoteJqlValue } from '../jql/compose';
import type { Place } from '../place';
import { formatDay } from '../../render/format';
import { dayOf, isoDate, monthLabel, monthStart, startOfDay, weekStart, type Day } from './calendar';
import { guard } from './source';

export interface TrendWindow {
  /** The window's first local date, and the date after its last: the JQL's literals. */
  from: Day;
  to: Day;
  /** The instants Jira reads those literals as in the user's zone: inclusive start, exclusive end. */
  start: number;
  end: number;
  /** The first date or the month, in the user's locale. */
  label: string;
}

/** The `points` windows of `interval` ending with the one that contains `now` in the user's zone, oldest first. */
export function trendWindows(now: number, interval: Trend['interval'], points: number, place: Place): TrendWindow[] {
  const today = dayOf(now, place.timeZone);
  const window = (from: Day, to: Day, label: string): TrendWindow => ({
    from,
    to,
    start: startOfDay(from, place.timeZone),
    end: startOfDay(to, place.timeZone),
    label,
  });
  return Array.from({ length: points }, (_, i) => {
    const back = points - 1 - i;
    switch (interval) {
      case 'day':
        return window(today - back, today - back + 1, formatDay(isoDate(today - back), place.locale));
      case 'week': {
        const from = weekStart(today) - back * 7;
        return window(from, from + 7, formatDay(isoDate(from), place.locale));
      }
      case 'month': {
        const from = monthStart(today, -back);
        return window(from, monthStart(today, -back + 1), monthLabel(from, place.locale));
      }
    }
  });
}

/**
 * The JQL of one window: created / resolved in it, open at its end, or (matching) the source's
 * issues created before its end. Dates are ours, written "yyyy-mm-dd" and quoted; Jira reads them
 * as local midnight in the user's zone, the same instants as the window's `start` and `end`.
 */
export function windowJql(sourceJql: string, series: Trend['series'], w: TrendWindow): string {
  const start = quoteJqlValue(isoDate(w.from));
  const end = quoteJqlValue(isoDate(w.to));
  const clause = {
    created: `created >= ${start} AND created < ${end}`,
    resolved: `resolved >= ${start} AND resolved < ${end}`,
    open: `created <= ${end} AND (resolved > ${end} OR resolved IS EMPTY)`,
    matching: `created < ${end}`,
  }[series];
  return guard(() => andJql(sourceJql, clause));
}
