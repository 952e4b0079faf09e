/**
 * Fewer requests for a trend of created or resolved issues: instead of one count per window (8 weekly
 * points = 8 requests), one search of the issues' dates over the whole range, binned into the windows
 * here — exact, as long as the range holds at most one page of issues. With more, the windows are
 * counted one by one as before (that one request is the price of finding out).
 *
 * Which limit this serves: Jira's per-second burst limit counts requests (per tenant, endpoint and
 * method), and a cold dashboard spends it all at once on fresh instances; the hourly quota counts
 * points (1 per request + 1 per object returned: Atlassian, "Rate limiting",
 * https://developer.atlassian.com/cloud/jira/platform/rate-limiting), which a search of up to 100
 * issues raises by as many points. bench/RESULTS.md reports both.
 */
import type { Trend } from '../config/types';
import { fieldValue, readIssueFields } from './aggregate';
import { parseJiraDate } from './calendar';
import type { Reads } from './jira-reads';
import { windowJql, type TrendWindow } from './trend';

/** At most this many issues in the whole range: one page of a search (Jira returns up to 100). */
const FEW_ISSUES = 100;

/**
 * The number of issues created (or resolved) in each window, from one search of their dates, or null
 * when the range holds more than {@link FEW_ISSUES} issues (or a date Glance cannot read).
 */
export async function countsFromDates(
  reads: Reads,
  sourceJql: string,
  series: Extract<Trend['series'], 'created' | 'resolved'>,
  windows: readonly TrendWindow[],
): Promise<number[] | null> {
  if (windows.length < 2) return null;
  const range = windowJql(sourceJql, series, { ...windows[0], to: windows[windows.length - 1].to });
  const dates = await reads.get({ read: 'datesInRange', jql: range, field: series, cap: FEW_ISSUES }, async () => {
    const { rows, partial } = await readIssueFields(reads.client, range, [series], (f) => parseJiraDate(fieldValue(f, series)), FEW_ISSUES);
    return partial || rows.some((d) => !Number.isFinite(d)) ? null : rows;
  });
  return dates && windows.map((w) => dates.filter((d) => d >= w.start && d < w.end).length);
}
