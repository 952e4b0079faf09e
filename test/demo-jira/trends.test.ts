/**
 * What trends and aggregations read: counts over consecutive absolute-date windows add up to the whole
 * range, open-at-end windows match an independent computation, the weekly series is not a straight line,
 * and search/jql returns the fields the aggregations need in Jira's formats.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DemoIssue } from '../../dev/demo-jira/dataset';
import type { DemoJira } from '../../dev/demo-jira/server';
import { ALICE, BOB, allKeys, call, count, start, visibleTo } from './helpers';

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Monday of NOW's week (15 March 2026 is a Sunday), written out by hand. */
const THIS_WEEK = Date.parse('2026-03-09T00:00:00Z');
const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
/** The 8 weekly windows ending with the current week, oldest first: [start, end) as dates (midnight UTC of each). */
const WEEKS = Array.from({ length: 8 }, (_, i) => THIS_WEEK - (7 - i) * 7 * DAY).map((s) => [s, s + 7 * DAY] as const);
/**
 * The instant a date literal means for `user` (Jira reads it in the profile zone), offsets by hand: Alice
 * is in New York (UTC−5, UTC−4 from 8 March 2026), Bob in Berlin (UTC+1 until 29 March 2026).
 */
const at = (user: typeof ALICE, date: number): number =>
  user === BOB ? date - HOUR : date + (date < Date.parse('2026-03-08T00:00:00Z') ? 5 : 4) * HOUR;

async function counted(jira: DemoJira, user: typeof ALICE, jql: string): Promise<number> {
  const res = await count(jira, user, jql);
  assert.equal(res.status, 200, `${jql}: ${res.text}`);
  return res.json.count;
}

describe('trend windows and aggregation reads', () => {
  let jira: DemoJira;
  before(async () => {
    jira = await start();
  });
  after(() => jira.close());

  test('created per week over 8 weeks adds up to the count of the whole 8-week range', async () => {
    assert.equal(day(WEEKS[0][0]), '2026-01-19');
    for (const user of [ALICE, BOB]) {
      for (const source of ['project = GLANCE', 'issuetype = Bug', 'statusCategory != Done OR statusCategory = Done']) {
        const weekly: number[] = [];
        for (const [s, e] of WEEKS)
          weekly.push(await counted(jira, user, `(${source}) AND (created >= "${day(s)}" AND created < "${day(e)}")`));
        const whole = await counted(jira, user, `(${source}) AND (created >= "${day(WEEKS[0][0])}" AND created < "${day(WEEKS[7][1])}")`);
        assert.equal(
          weekly.reduce((a, b) => a + b, 0),
          whole,
          `${user.displayName}: ${source}`,
        );
        assert.ok(whole > 0);
      }
    }
  });

  test('resolved per day adds up to the week, and the windows leave nothing out at their edges', async () => {
    const [s, e] = WEEKS[6];
    let days = 0;
    for (let d = s; d < e; d += DAY) days += await counted(jira, ALICE, `resolved >= "${day(d)}" AND resolved < "${day(d + DAY)}"`);
    const week = await counted(jira, ALICE, `resolved >= "${day(s)}" AND resolved < "${day(e)}"`);
    assert.equal(days, week);
    assert.equal(
      week,
      jira.dataset.issues.filter((i) => i.resolved !== null && i.resolved >= at(ALICE, s) && i.resolved < at(ALICE, e)).length,
    );
  });

  test('open at the end of each week equals an independent count over the dataset', async () => {
    for (const user of [ALICE, BOB]) {
      // Bob cannot browse SEC (naming it would be an error), so his source names only his projects.
      const source = user === BOB ? 'project in (GLANCE, OPS)' : 'project in (GLANCE, OPS, SEC)';
      for (const [, e] of WEEKS) {
        const jql = `(${source}) AND (created <= "${day(e)}" AND (resolved > "${day(e)}" OR resolved IS EMPTY))`;
        const end = at(user, e);
        const expected = visibleTo(jira, user).filter((i) => i.created <= end && (i.resolved === null || i.resolved > end)).length;
        assert.equal(await counted(jira, user, jql), expected, jql);
      }
    }
  });

  test("a date literal is the searcher's local day: 8 March is 23 hours in New York, 24 in Berlin", async () => {
    const jql = 'created >= "2026-03-08" AND created < "2026-03-09"';
    const inWindow = (from: string, to: string) => (i: DemoIssue) => i.created >= Date.parse(from) && i.created < Date.parse(to);
    const alice = visibleTo(jira, ALICE).filter(inWindow('2026-03-08T05:00:00Z', '2026-03-09T04:00:00Z'));
    const bob = visibleTo(jira, BOB).filter(inWindow('2026-03-07T23:00:00Z', '2026-03-08T23:00:00Z'));
    assert.equal(await counted(jira, ALICE, jql), alice.length);
    assert.equal(await counted(jira, BOB, jql), bob.length);
    // startOfDay(-7) on Sunday 15 March is the same local midnight.
    assert.equal(await counted(jira, ALICE, 'created >= startOfDay(-7) AND created < startOfDay(-6)'), alice.length);
    const keys = async (user: typeof ALICE) => (await allKeys(jira, user, `project = GLANCE AND ${jql}`, 100)).keys.sort();
    assert.deepEqual(
      await keys(ALICE),
      alice
        .filter((i) => i.project === 'GLANCE')
        .map((i) => i.key)
        .sort(),
    );
    assert.notDeepEqual(await keys(ALICE), await keys(BOB), 'the same literal means different issues for the two users');
  });

  test('the weekly series look like real work: created and resolved both go up and down, and resolving keeps pace', () => {
    const issues = jira.dataset.issues;
    const weekly = (at: (i: DemoIssue) => number | null) =>
      WEEKS.map(
        ([s, e]) =>
          issues.filter((i) => {
            const t = at(i);
            return t !== null && t >= s && t < e;
          }).length,
      );
    for (const series of [weekly((i) => i.created), weekly((i) => i.resolved)]) {
      const steps = series.slice(1).map((v, k) => v - series[k]);
      assert.ok(steps.some((d) => d > 0) && steps.some((d) => d < 0), `not monotonic: ${series}`);
    }
    const created = weekly((i) => i.created)
      .slice(0, 7)
      .reduce((a, b) => a + b, 0);
    const resolved = weekly((i) => i.resolved)
      .slice(0, 7)
      .reduce((a, b) => a + b, 0);
    assert.ok(resolved > created * 0.6 && resolved < created * 1.2, `created ${created}, resolved ${resolved}`);
  });

  test('search/jql returns dates, due dates, numbers and empties in Jira formats', async () => {
    const fields = [
      'created',
      'updated',
      'resolutiondate',
      'duedate',
      'timespent',
      'timeoriginalestimate',
      'customfield_10016',
      'customfield_10030',
      'labels',
    ];
    const res = await call(jira, ALICE, 'POST', '/rest/api/3/search/jql', {
      jql: 'project = GLANCE ORDER BY key ASC',
      fields,
      maxResults: 100,
    });
    assert.equal(res.json.issues.length, 100);
    const seen = { dueNull: 0, due: 0, resolvedNull: 0, pointsNull: 0 };
    for (const issue of res.json.issues) {
      const raw = jira.dataset.issues.find((i) => i.key === issue.key)!;
      const f = issue.fields;
      assert.deepEqual(Object.keys(f).sort(), [...fields].sort());
      for (const key of ['created', 'updated']) assert.match(f[key], /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/);
      assert.equal(f.created, new Date(raw.created).toISOString().replace('Z', '+0000'));
      if (raw.resolved === null) {
        assert.equal(f.resolutiondate, null);
        seen.resolvedNull++;
      } else assert.equal(Date.parse(f.resolutiondate.replace('+0000', 'Z')), raw.resolved);
      if (raw.duedate === null) {
        assert.equal(f.duedate, null);
        seen.dueNull++;
      } else {
        assert.match(f.duedate, /^\d{4}-\d\d-\d\d$/);
        assert.equal(Date.parse(`${f.duedate}T00:00:00Z`), raw.duedate);
        seen.due++;
      }
      assert.equal(f.timespent, raw.timeSpent);
      assert.equal(f.timeoriginalestimate, raw.originalEstimate);
      assert.equal(f.customfield_10016, raw.storyPoints);
      if (raw.storyPoints === null) seen.pointsNull++;
      assert.equal(f.customfield_10030, raw.businessValue);
      for (const n of [f.timespent, f.timeoriginalestimate, f.customfield_10016, f.customfield_10030])
        assert.ok(n === null || typeof n === 'number');
    }
    assert.ok(
      Object.values(seen).every((n) => n > 0),
      JSON.stringify(seen),
    );
  });

  test('the first issue by ORDER BY created ASC / duedate ASC is the oldest / the nearest due (what age and days-until-due read)', async () => {
    const open = visibleTo(jira, BOB).filter((i) => i.project === 'GLANCE' && i.statusCategory !== 'Done');
    const first = async (jql: string, field: string) =>
      (await call(jira, BOB, 'POST', '/rest/api/3/search/jql', { jql, fields: [field], maxResults: 1 })).json.issues[0].fields[field];
    const oldest = Math.min(...open.map((i) => i.created));
    assert.equal(
      await first('(project = GLANCE AND statusCategory != Done) ORDER BY created ASC', 'created'),
      new Date(oldest).toISOString().replace('Z', '+0000'),
    );
    const due = open.filter((i) => i.duedate !== null).map((i) => i.duedate!);
    assert.ok(due.length > 0);
    assert.equal(
      await first('(project = GLANCE AND statusCategory != Done) AND (duedate IS NOT EMPTY) ORDER BY duedate ASC', 'duedate'),
      day(Math.min(...due)),
    );
    // Without the IS NOT EMPTY guard, issues without a due date sort after those with one.
    assert.equal(await first('project = GLANCE AND statusCategory != Done ORDER BY duedate ASC', 'duedate'), day(Math.min(...due)));
  });

  test('aggregations have something to show: empties differ from the count, both overdue and future due dates, SLA breaches, a paged sum', async () => {
    const source = 'project = GLANCE AND issuetype in (Story, Bug)';
    const all = await counted(jira, BOB, source);
    const withPoints = await counted(jira, BOB, `(${source}) AND ("Story Points" IS NOT EMPTY)`);
    assert.ok(withPoints > 0 && withPoints < all, `${withPoints} of ${all}`);
    const open = visibleTo(jira, BOB).filter((i) => i.statusCategory !== 'Done');
    const today = Date.parse('2026-03-15T00:00:00Z');
    assert.ok(open.filter((i) => i.duedate !== null && i.duedate < today).length > 20, 'overdue open issues');
    assert.ok(open.filter((i) => i.duedate !== null && i.duedate >= today).length > 20, 'open issues due later');
    assert.ok(open.some((i) => i.timeSpent !== null) && open.some((i) => i.originalEstimate !== null && i.timeSpent === null));
    const bugs = visibleTo(jira, BOB).filter((i) => i.issueType === 'Bug');
    const breached = bugs.filter((i) => i.labels.includes('sla-breach')).length;
    assert.ok(breached > bugs.length * 0.05 && breached < bugs.length * 0.5, `SLA breach rate ${breached}/${bugs.length}`);
    assert.equal(await counted(jira, BOB, 'issuetype = Bug AND labels = sla-breach'), breached);

    // A sum the way the backend reads it: every page of one field.
    let token: string | undefined;
    let total = 0;
    let pages = 0;
    do {
      const page = await call(jira, BOB, 'POST', '/rest/api/3/search/jql', {
        jql: source,
        fields: ['timespent'],
        maxResults: 100,
        nextPageToken: token,
      });
      total += page.json.issues.reduce((sum: number, i: { fields: { timespent: number | null } }) => sum + (i.fields.timespent ?? 0), 0);
      token = page.json.nextPageToken;
      pages++;
    } while (token);
    const expected = visibleTo(jira, BOB)
      .filter((i) => i.project === 'GLANCE' && (i.issueType === 'Story' || i.issueType === 'Bug'))
      .reduce((sum, i) => sum + (i.timeSpent ?? 0), 0);
    assert.ok(pages > 1 && expected > 0);
    assert.equal(total, expected);
  });
});
