import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { trendWindows, windowJql } from '../../functions/metrics/trend';
import { expectedFraction, type ExpectedProgress } from '../../functions/metrics/expected';
import { isoDate, parseJiraDate } from '../../functions/metrics/calendar';
import { DEFAULT_PLACE } from '../../functions/place';

const at = (iso: string) => Date.parse(iso);
const spans = (now: string, interval: 'day' | 'week' | 'month', points: number) =>
  trendWindows(at(now), interval, points, DEFAULT_PLACE).map((w) => [isoDate(w.from), isoDate(w.to), w.label]);

describe('trend windows in UTC: aligned to day / ISO week (Monday) / month, the last containing now', () => {
  const cases: [string, string, 'day' | 'week' | 'month', number, string[][]][] = [
    [
      'days across a month end (2026 is not a leap year)',
      '2026-03-01T05:00:00Z',
      'day',
      3,
      [
        ['2026-02-27', '2026-02-28', 'Feb 27'],
        ['2026-02-28', '2026-03-01', 'Feb 28'],
        ['2026-03-01', '2026-03-02', 'Mar 1'],
      ],
    ],
    [
      'days across Feb 29 of a leap year',
      '2028-03-01T23:59:59Z',
      'day',
      2,
      [
        ['2028-02-29', '2028-03-01', 'Feb 29'],
        ['2028-03-01', '2028-03-02', 'Mar 1'],
      ],
    ],
    [
      'days across a year end',
      '2027-01-01T00:00:00Z',
      'day',
      2,
      [
        ['2026-12-31', '2027-01-01', 'Dec 31'],
        ['2027-01-01', '2027-01-02', 'Jan 1'],
      ],
    ],
    [
      'weeks across a year end (now a Friday)',
      '2027-01-01T12:00:00Z',
      'week',
      3,
      [
        ['2026-12-14', '2026-12-21', 'Dec 14'],
        ['2026-12-21', '2026-12-28', 'Dec 21'],
        ['2026-12-28', '2027-01-04', 'Dec 28'],
      ],
    ],
    [
      'week when now is Monday 00:00',
      '2026-11-23T00:00:00Z',
      'week',
      2,
      [
        ['2026-11-16', '2026-11-23', 'Nov 16'],
        ['2026-11-23', '2026-11-30', 'Nov 23'],
      ],
    ],
    ['week when now is Sunday 23:59', '2026-11-29T23:59:59Z', 'week', 1, [['2026-11-23', '2026-11-30', 'Nov 23']]],
    [
      'months across a year end',
      '2026-01-15T08:00:00Z',
      'month',
      3,
      [
        ['2025-11-01', '2025-12-01', 'Nov 2025'],
        ['2025-12-01', '2026-01-01', 'Dec 2025'],
        ['2026-01-01', '2026-02-01', 'Jan 2026'],
      ],
    ],
    [
      'months on the 31st (no day overflow)',
      '2026-03-31T12:00:00Z',
      'month',
      2,
      [
        ['2026-02-01', '2026-03-01', 'Feb 2026'],
        ['2026-03-01', '2026-04-01', 'Mar 2026'],
      ],
    ],
    [
      'months of a leap February',
      '2028-03-01T00:00:00Z',
      'month',
      2,
      [
        ['2028-02-01', '2028-03-01', 'Feb 2028'],
        ['2028-03-01', '2028-04-01', 'Mar 2028'],
      ],
    ],
  ];
  for (const [name, now, interval, points, expected] of cases) it(name, () => assert.deepEqual(spans(now, interval, points), expected));

  it('12 weekly windows are contiguous and 7 days long', () => {
    const ws = trendWindows(at('2026-11-25T12:00:00Z'), 'week', 12, DEFAULT_PLACE);
    assert.equal(ws.length, 12);
    ws.forEach((w, i) => {
      assert.equal(w.end - w.start, 7 * 86_400_000);
      if (i > 0) assert.equal(w.start, ws[i - 1].end);
      assert.equal(new Date(w.start).getUTCDay(), 1, 'Monday');
    });
    assert.ok(ws[11].start <= at('2026-11-25T12:00:00Z') && at('2026-11-25T12:00:00Z') < ws[11].end);
  });
});

describe('trend window JQL: absolute quoted dates, source parenthesised', () => {
  const w = trendWindows(at('2026-11-25T12:00:00Z'), 'week', 1, DEFAULT_PLACE)[0];
  const cases: [string, 'created' | 'resolved' | 'open' | 'matching', string][] = [
    ['created', 'created', '(project = A OR project = B) AND (created >= "2026-11-23" AND created < "2026-11-30")'],
    ['resolved', 'resolved', '(project = A OR project = B) AND (resolved >= "2026-11-23" AND resolved < "2026-11-30")'],
    [
      'open at the end',
      'open',
      '(project = A OR project = B) AND (created <= "2026-11-30" AND (resolved > "2026-11-30" OR resolved IS EMPTY))',
    ],
    ['matching', 'matching', '(project = A OR project = B) AND (created < "2026-11-30")'],
  ];
  for (const [name, series, jql] of cases) it(name, () => assert.equal(windowJql('project = A OR project = B', series, w), jql));
});

describe('expected progress from dates (end day inclusive, clamped)', () => {
  const cases: [string, string, ExpectedProgress][] = [
    ['before the start', '2026-10-31T23:00:00Z', { fraction: 0, starts: '2026-11-01' }],
    ['at the start', '2026-11-01T00:00:00Z', { fraction: 0, day: 1, days: 20 }],
    ['day 12, noon', '2026-11-12T12:00:00Z', { fraction: 0.575, day: 12, days: 20 }],
    ['last day', '2026-11-20T18:00:00Z', { fraction: 0.9875, day: 20, days: 20 }],
    ['after the end', '2026-11-21T00:00:00Z', { fraction: 1, ended: '2026-11-20' }],
    ['long after', '2027-06-01T00:00:00Z', { fraction: 1, ended: '2026-11-20' }],
  ];
  for (const [name, now, expected] of cases)
    it(name, () => assert.deepEqual(expectedFraction('2026-11-01', '2026-11-20', at(now), DEFAULT_PLACE), expected));
});

describe('Jira dates', () => {
  it('reads Jira date-times with +0000 offsets and plain dates', () => {
    assert.equal(parseJiraDate('2026-11-20T10:00:00.000+0000'), at('2026-11-20T10:00:00Z'));
    assert.equal(parseJiraDate('2026-11-20T10:00:00.000-0530'), at('2026-11-20T15:30:00Z'));
    assert.equal(parseJiraDate('2026-11-20'), at('2026-11-20T00:00:00Z'));
    for (const bad of ['2026-02-30', 'yesterday', 42, null, '']) assert.ok(Number.isNaN(parseJiraDate(bad)), String(bad));
  });
});
