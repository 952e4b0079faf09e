/**
 * Trends computed at read time from JQL time windows — nothing is stored anywhere. Windows are
 * aligned to UTC days, ISO weeks (Monday) or months; the last one contains now. Each point is one
 * read (a count, or the metric itself for `matching`), cached on its own window JQL, so a warm
 * render makes no Jira call and a new window only costs its own point.
 */
import type { Trend } from '../config/types';
import { andJql, quoteJqlValue } from '../jql/compose';
import { DAY_MS, dayLabel, isoDate, isoWeekStart, monthLabel, monthStart, utcDay } from './calendar';
import { guard } from './source';

export interface TrendWindow {
  /** Inclusive start, exclusive end (ms, 00:00 UTC). */
  start: number;
  end: number;
  label: string;
}

/** The `points` windows of `interval` ending with the one that contains `now`, oldest first. */
export function trendWindows(now: number, interval: Trend['interval'], points: number): TrendWindow[] {
  return Array.from({ length: points }, (_, i) => {
    const back = points - 1 - i;
    switch (interval) {
      case 'day': {
        const start = utcDay(now) - back * DAY_MS;
        return { start, end: start + DAY_MS, label: dayLabel(start) };
      }
      case 'week': {
        const start = isoWeekStart(now) - back * 7 * DAY_MS;
        return { start, end: start + 7 * DAY_MS, label: dayLabel(start) };
      }
      case 'month': {
        const start = monthStart(now, -back);
        return { start, end: monthStart(now, -back + 1), label: monthLabel(start) };
      }
    }
  });
}

/**
 * The JQL of one window: created / resolved in it, open at its end, or (matching) the source's
 * issues created before its end. Dates are ours, written "yyyy-mm-dd" and quoted.
 */
export function windowJql(sourceJql: string, series: Trend['series'], w: TrendWindow): string {
  const start = quoteJqlValue(isoDate(w.start));
  const end = quoteJqlValue(isoDate(w.end));
  const clause = {
    created: `created >= ${start} AND created < ${end}`,
    resolved: `resolved >= ${start} AND resolved < ${end}`,
    open: `created <= ${end} AND (resolved > ${end} OR resolved IS EMPTY)`,
    matching: `created < ${end}`,
  }[series];
  return guard(() => andJql(sourceJql, clause));
}
