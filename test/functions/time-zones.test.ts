/**
 * Issue 16, "Time zones": every window, "today", label, due-in, age and expected-progress day is the
 * user's local one — at hours where the local and the UTC date differ, on DST switch days — and what
 * a trend point counts is what its drill-through link shows (checked against the demo Jira, which
 * evaluates JQL dates in each user's zone as Jira does).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { GadgetConfig } from '../../functions/config/types';
import { JiraClient } from '../../functions/jira/client';
import { fetchTransport } from '../../functions/jira/fetch-transport';
import type { Transport } from '../../functions/jira/transport';
import { dayOf, isoDate, startOfDay } from '../../functions/metrics/calendar';
import { expectedFraction } from '../../functions/metrics/expected';
import { readNumbers } from '../../functions/metrics/read-numbers';
import { trendWindows, windowJql } from '../../functions/metrics/trend';
import type { Place } from '../../functions/place';
import { startDemoJira, type DemoJira } from '../../dev/demo-jira/server';
import { BOB } from '../../dev/demo-jira/users';

const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;
const place = (timeZone: string, locale = 'en-US'): Place => ({ timeZone, locale });

describe("trend windows end with the user's today", () => {
  const last = (now: string, interval: 'day' | 'week' | 'month', p: Place) => {
    const ws = trendWindows(at(now), interval, 3, p);
    const w = ws[2];
    return {
      label: w.label,
      jql: windowJql('project = A', 'created', w),
      labels: ws.map((x) => x.label),
      contains: w.start <= at(now) && at(now) < w.end,
    };
  };

  it('Kiritimati (UTC+14) in the afternoon UTC: the last point is today there, not yesterday', () => {
    const w = last('2026-11-24T15:00:00Z', 'day', place('Pacific/Kiritimati'));
    assert.deepEqual(w.labels, ['Nov 23', 'Nov 24', 'Nov 25']);
    assert.equal(w.jql, '(project = A) AND (created >= "2026-11-25" AND created < "2026-11-26")');
    assert.ok(w.contains);
  });

  it('Honolulu (UTC−10) in the evening: the last point is today, not tomorrow', () => {
    const w = last('2026-11-25T05:00:00Z', 'day', place('Pacific/Honolulu'));
    assert.deepEqual(w.labels, ['Nov 22', 'Nov 23', 'Nov 24']);
    assert.equal(w.jql, '(project = A) AND (created >= "2026-11-24" AND created < "2026-11-25")');
    assert.ok(w.contains);
  });

  it('Kolkata (UTC+5:30) half an hour after local midnight', () => {
    assert.equal(last('2026-11-24T19:00:00Z', 'day', place('Asia/Kolkata')).label, 'Nov 25');
    assert.equal(last('2026-11-24T18:29:00Z', 'day', place('Asia/Kolkata')).label, 'Nov 24');
  });

  it('Tonga (UTC+13) on Monday morning while UTC is still on Sunday: this week has begun', () => {
    const w = last('2026-11-22T12:00:00Z', 'week', place('Pacific/Tongatapu'));
    assert.equal(w.jql, '(project = A) AND (created >= "2026-11-23" AND created < "2026-11-30")');
    assert.ok(w.contains);
  });

  it('Honolulu on the evening of 30 November: the month is still November', () => {
    const w = last('2026-12-01T05:00:00Z', 'month', place('Pacific/Honolulu'));
    assert.deepEqual(w.labels, ['Sep 2026', 'Oct 2026', 'Nov 2026']);
    assert.ok(w.contains);
  });

  it('DST switch days are 23 and 25 hours long, and the week around one 167 hours', () => {
    const berlin = place('Europe/Berlin');
    const span = (now: string, interval: 'day' | 'week') => {
      const [w] = trendWindows(at(now), interval, 1, berlin);
      return [isoDate(w.from), (w.end - w.start) / HOUR];
    };
    assert.deepEqual(span('2026-03-29T12:00:00Z', 'day'), ['2026-03-29', 23]);
    assert.deepEqual(span('2026-10-25T12:00:00Z', 'day'), ['2026-10-25', 25]);
    assert.deepEqual(span('2026-03-29T12:00:00Z', 'week'), ['2026-03-23', 167]);
    // New York, the evening before its switch (already 8 March in UTC).
    const [ny] = trendWindows(at('2026-03-08T03:00:00Z'), 'day', 1, place('America/New_York'));
    assert.deepEqual([isoDate(ny.from), (ny.end - ny.start) / HOUR], ['2026-03-07', 24]);
  });

  it("labels in the user's locale", () => {
    assert.deepEqual(last('2026-11-24T15:00:00Z', 'day', place('Pacific/Kiritimati', 'de-DE')).labels, [
      '23. Nov.',
      '24. Nov.',
      '25. Nov.',
    ]);
    assert.deepEqual(last('2026-12-01T05:00:00Z', 'month', place('Pacific/Honolulu', 'de-DE')).labels, [
      'Sept. 2026',
      'Okt. 2026',
      'Nov. 2026',
    ]);
  });

  it('property: windows are contiguous local days/weeks/months, and the last one contains now', () => {
    const zones = [
      'UTC',
      'Pacific/Honolulu',
      'Asia/Kolkata',
      'Pacific/Tongatapu',
      'Pacific/Kiritimati',
      'Europe/Berlin',
      'America/New_York',
      'America/Santiago',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.constantFrom('day' as const, 'week' as const, 'month' as const),
        fc.integer({ min: 2, max: 12 }),
        fc.integer({ min: at('2024-01-01T00:00:00Z'), max: at('2030-01-01T00:00:00Z') }),
        (zone, interval, points, now) => {
          const ws = trendWindows(now, interval, points, place(zone));
          assert.equal(ws.length, points);
          ws.forEach((w, i) => {
            assert.equal(w.start, startOfDay(w.from, zone));
            assert.equal(w.end, startOfDay(w.to, zone));
            assert.equal(dayOf(w.start, zone), w.from);
            if (i > 0) assert.equal(w.from, ws[i - 1].to);
          });
          assert.ok(ws[points - 1].start <= now && now < ws[points - 1].end);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("expected progress counts the user's days", () => {
  const plan = (now: string, p: Place) => expectedFraction('2026-11-01', '2026-11-20', at(now), p);

  it('Kiritimati: early on the 12th there, still the 11th in UTC → Day 12 of 20', () => {
    assert.deepEqual(plan('2026-11-11T12:00:00Z', place('Pacific/Kiritimati')), { fraction: 0.5542, day: 12, days: 20 });
  });

  it('Honolulu: the evening of the 11th there, the 12th in UTC → Day 11 of 20', () => {
    const honolulu = plan('2026-11-12T08:00:00Z', place('Pacific/Honolulu'));
    assert.deepEqual([honolulu.day, honolulu.days], [11, 20]);
  });

  it('before the local start and after the local end: the local first and last day (the render writes them in the locale)', () => {
    assert.deepEqual(plan('2026-11-01T05:00:00Z', place('Pacific/Honolulu')), { fraction: 0, starts: '2026-11-01' });
    assert.deepEqual(plan('2026-11-20T10:00:00Z', place('Pacific/Kiritimati', 'de-DE')), { fraction: 1, ended: '2026-11-20' });
    const last = plan('2026-11-20T09:59:00Z', place('Pacific/Kiritimati'));
    assert.deepEqual([last.day, last.days], [20, 20]);
  });

  it("a span over a DST switch: the day number is the calendar's, the fraction real time", () => {
    // 1–10 March in New York is 239 hours; 00:30 EDT on the 9th is 191.5 hours in: Day 9, not Day 8.
    assert.deepEqual(expectedFraction('2026-03-01', '2026-03-10', at('2026-03-09T04:30:00Z'), place('America/New_York')), {
      fraction: 0.8013,
      day: 9,
      days: 10,
    });
  });
});

/** A Jira stand-in over plain functions: `search` answers search/jql by JQL. */
function fakeJira(search: (jql: string) => Record<string, unknown>[]): JiraClient {
  const transport: Transport = {
    async request(_method, path, body) {
      const jql = (body as { jql?: string }).jql ?? '';
      const answer = path.value.startsWith('/rest/api/3/search/jql')
        ? { issues: search(jql).map((fields, i) => ({ id: String(i + 1), fields })), isLast: true }
        : { count: 0 };
      return { status: 200, headers: new Headers(), text: JSON.stringify(answer) };
    },
  };
  return new JiraClient(transport);
}

describe("due-in and ages on the user's calendar", () => {
  const gadget = (metric: GadgetConfig['metric']): GadgetConfig => ({
    version: 2,
    kind: 'counter',
    source: { type: 'jql', jql: 'project = A' },
    metric,
  });

  it('a due date of the 25th: due today in Kiritimati, due tomorrow in Honolulu, at the same UTC hours', async () => {
    const client = fakeJira(() => [{ duedate: '2026-11-25' }]);
    const dueIn = async (now: string, p: Place) => (await readNumbers(client, gadget({ type: 'dueIn' }), { now: at(now), place: p })).value;
    assert.equal(await dueIn('2026-11-24T15:00:00Z', place('Pacific/Kiritimati')), 0);
    assert.equal(await dueIn('2026-11-24T15:00:00Z', place('UTC')), 1);
    assert.equal(await dueIn('2026-11-25T05:00:00Z', place('Pacific/Honolulu')), 1);
    assert.equal(await dueIn('2026-11-25T05:00:00Z', place('UTC')), 0);
    assert.equal(await dueIn('2026-11-26T05:00:00Z', place('Asia/Kolkata')), -1);
  });

  it('ages count the local clock: across a DST switch a wall-clock day is a day', async () => {
    // Saturday 12:00 EST → Sunday 13:12 EDT in New York: 25.2 hours on the wall clock (1.05 days → 1.1), 24.2 elapsed.
    const client = fakeJira(() => [{ created: '2026-03-07T17:00:00.000+0000' }]);
    const now = at('2026-03-08T17:12:00Z');
    for (const type of ['oldest', 'average'] as const) {
      assert.equal(
        (await readNumbers(client, gadget({ type: 'age', op: type }), { now, place: place('America/New_York') })).value,
        1.1,
        type,
      );
      assert.equal((await readNumbers(client, gadget({ type: 'age', op: type }), { now, place: place('UTC') })).value, 1, type);
    }
  });
});

describe("a trend's points count what their drill-through links show (demo Jira, Bob in Berlin)", () => {
  // 23:30 UTC on 15 March is 00:30 on the 16th in Berlin: local and UTC dates differ.
  const NOW = new Date('2026-03-15T23:30:00.000Z');
  const berlin = place(BOB.timeZone, 'de-DE');
  let jira: DemoJira;
  before(async () => {
    jira = await startDemoJira({ now: NOW, faults: { rules: [] }, latencyMs: 0 });
  });
  /**
   * A client per read, as each resolver call has one: its time budget (DEFAULT_BUDGET_MS) runs from
   * its creation, so one client shared by the whole describe could run out on a loaded machine.
   */
  const bob = () => new JiraClient(fetchTransport({ baseUrl: jira.url, email: BOB.email, apiToken: BOB.apiToken }));
  after(() => jira.close());

  /** Sums story points over every issue of `jql` as the demo Jira evaluates it (Bob's zone). */
  async function pointsOf(jql: string): Promise<number> {
    const client = bob();
    let total = 0;
    let token: string | undefined;
    do {
      const page = await client.searchPage(jql, ['customfield_10016'], 100, token);
      total += page.issues.reduce((sum, i) => sum + (typeof i.fields?.customfield_10016 === 'number' ? i.fields.customfield_10016 : 0), 0);
      token = page.nextPageToken ?? undefined;
    } while (token);
    return total;
  }

  it("matching aggregate: the locally bucketed sums equal Jira's sums over each point's link", async () => {
    const config: GadgetConfig = {
      version: 2,
      kind: 'counter',
      source: { type: 'jql', jql: 'project = GLANCE' },
      metric: { type: 'aggregate', fieldId: 'customfield_10016', op: 'sum' },
      trend: { series: 'matching', interval: 'day', points: 7 },
    };
    const result = await readNumbers(bob(), config, { now: NOW.getTime(), place: berlin });
    const points = result.trend!;
    assert.equal(points.at(-1)!.label, '16. März', "the last point is Berlin's today");
    for (const [i, point] of points.entries()) {
      const jql = decodeURIComponent(result.links[`trend-${i}`].replace('/issues/?jql=', ''));
      assert.equal(point.value, await pointsOf(jql), `${point.label}: ${jql}`);
    }
    // The check can fail: issues were created between Berlin's midnight and UTC's on these days.
    const boundaries = Array.from({ length: 7 }, (_, k) => at(`2026-03-${String(10 + k).padStart(2, '0')}T00:00:00Z`));
    const between = jira.dataset.issues.filter(
      (issue) => issue.project === 'GLANCE' && boundaries.some((b) => issue.created >= b - HOUR && issue.created < b),
    );
    assert.ok(between.length > 0, 'no issue near a local midnight: the comparison would prove nothing');
  });

  it("created per day: each point's count is the count of its link", async () => {
    const config: GadgetConfig = {
      version: 2,
      kind: 'counter',
      source: { type: 'jql', jql: 'project in (GLANCE, OPS)' },
      metric: { type: 'count' },
      trend: { series: 'created', interval: 'day', points: 7 },
    };
    const result = await readNumbers(bob(), config, { now: NOW.getTime(), place: berlin });
    for (const [i, point] of result.trend!.entries()) {
      const jql = decodeURIComponent(result.links[`trend-${i}`].replace('/issues/?jql=', ''));
      const start = startOfDay(dayOf(NOW.getTime(), berlin.timeZone) - 6 + i, berlin.timeZone);
      const expected = jira.dataset.issues.filter(
        (issue) => ['GLANCE', 'OPS'].includes(issue.project) && issue.created >= start && issue.created < start + 24 * HOUR,
      ).length;
      assert.equal(point.value, expected, jql);
      assert.equal(point.value, await bob().approximateCount(jql));
    }
  });
});
