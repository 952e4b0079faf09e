/**
 * A table of JQL queries with the plain-JS predicate each must equal, written against the raw dataset
 * independently of the evaluator. Used by the count test and the combination property test.
 */
import type { DemoIssue } from '../../dev/demo-jira/dataset';
import { ALICE, BOB, PEOPLE, type DemoUser } from '../../dev/demo-jira/users';

const t = (iso: string): number => Date.parse(iso);
const NOW_MS = t('2026-03-15T10:30:00.000Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Calendar boundaries for NOW in each demo user's profile time zone, written out by hand (weeks start
 * on Monday). Alice is in America/New_York: EST (UTC−5) until 2026-03-08 02:00, EDT (UTC−4) after, so
 * NOW is Sunday 06:30 there and her last week is a 167-hour week. Bob is in Europe/Berlin: CET (UTC+1)
 * all of this table's span, NOW is Sunday 11:30.
 */
const BOUNDS = {
  [ALICE.accountId]: {
    day: t('2026-03-15T04:00:00.000Z'),
    week: t('2026-03-09T04:00:00.000Z'),
    lastWeek: t('2026-03-02T05:00:00.000Z'),
    endOfWeek: t('2026-03-16T03:59:59.999Z'),
    month: t('2026-03-01T05:00:00.000Z'),
    lastMonth: t('2026-02-01T05:00:00.000Z'),
    endOfJanuary: t('2026-02-01T04:59:59.999Z'),
    year: t('2026-01-01T05:00:00.000Z'),
    endOfYesterday: t('2026-03-15T03:59:59.999Z'),
  },
  [BOB.accountId]: {
    day: t('2026-03-14T23:00:00.000Z'),
    week: t('2026-03-08T23:00:00.000Z'),
    lastWeek: t('2026-03-01T23:00:00.000Z'),
    endOfWeek: t('2026-03-15T22:59:59.999Z'),
    month: t('2026-02-28T23:00:00.000Z'),
    lastMonth: t('2026-01-31T23:00:00.000Z'),
    endOfJanuary: t('2026-01-31T22:59:59.999Z'),
    year: t('2025-12-31T23:00:00.000Z'),
    endOfYesterday: t('2026-03-14T22:59:59.999Z'),
  },
};
const b = (u: DemoUser) => BOUNDS[u.accountId];

/** A JQL date literal ("2026-02-15", "2026-02-15T12:00") as the instant it means for `u` (offsets by hand, as above). */
function local(u: DemoUser, text: string): number {
  const full = text.length === 10 ? `${text}T00:00` : text;
  const offset = u.accountId === BOB.accountId ? '+01:00' : full < '2026-03-08T02:00' ? '-05:00' : '-04:00';
  return t(`${full}:00${offset}`);
}

/** A due date (a date, held as midnight UTC of it): Jira compares it on the searcher's calendar. */
const date = (text: string): number => t(`${text}T00:00:00Z`);

const carol = PEOPLE.find((p) => p.displayName === 'Carol Chen')!;
const dan = PEOPLE.find((p) => p.displayName === 'Dan Diaz')!;

export type Pred = (i: DemoIssue, user: DemoUser) => boolean;
const words = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
const rank: Record<string, number> = { Highest: 5, High: 4, Medium: 3, Low: 2, Lowest: 1 };

/** [jql, predicate, may the expected count be 0?] */
export const TABLE: [string, Pred, boolean?][] = [
  // project: key, name, id, lists, negation
  ['project = GLANCE', (i) => i.project === 'GLANCE'],
  ['project = "Glance Web"', (i) => i.project === 'GLANCE'],
  ['project = 10001', (i) => i.project === 'OPS'],
  ['project = ops', (i) => i.project === 'OPS'],
  ['project in (GLANCE, OPS)', (i) => i.project === 'GLANCE' || i.project === 'OPS'],
  ['project != OPS', (i) => i.project !== 'OPS'],
  ['project not in (GLANCE)', (i) => i.project !== 'GLANCE'],
  // issue type
  ['issuetype = Bug', (i) => i.issueType === 'Bug'],
  ['type = story', (i) => i.issueType === 'Story'],
  ['issuetype = 10004', (i) => i.issueType === 'Bug'],
  ['issuetype in (Bug, Task)', (i) => i.issueType === 'Bug' || i.issueType === 'Task'],
  ['issuetype != Epic', (i) => i.issueType !== 'Epic'],
  ['issuetype not in (Epic, Story)', (i) => i.issueType !== 'Epic' && i.issueType !== 'Story'],
  // status and status category
  ['status = "In Progress"', (i) => i.status === 'In Progress'],
  ['status in ("To Do", Backlog)', (i) => i.status === 'To Do' || i.status === 'Backlog'],
  ['status != Done', (i) => i.status !== 'Done'],
  ['status = 6', (i) => i.status === 'Closed'],
  ['statusCategory = Done', (i) => i.status === 'Done' || i.status === 'Closed'],
  ['statusCategory != Done', (i) => !['Done', 'Closed'].includes(i.status)],
  ['statusCategory = "In Progress"', (i) => i.status === 'In Progress' || i.status === 'In Review'],
  ['statusCategory = 2', (i) => i.status === 'To Do' || i.status === 'Backlog'],
  ['statusCategory in (new, indeterminate)', (i) => !['Done', 'Closed'].includes(i.status)],
  ['statusCategory not in ("To Do")', (i) => !['To Do', 'Backlog'].includes(i.status)],
  // people: != and NOT IN never match an empty value
  ['assignee = currentUser()', (i, u) => i.assignee === u.accountId],
  ['assignee is EMPTY', (i) => i.assignee === null],
  ['assignee is not EMPTY', (i) => i.assignee !== null],
  ['assignee = EMPTY', (i) => i.assignee === null],
  ['assignee != EMPTY', (i) => i.assignee !== null],
  [`assignee = "${carol.email}"`, (i) => i.assignee === carol.accountId],
  ['assignee = "Dan Diaz"', (i) => i.assignee === dan.accountId],
  [`assignee = ${carol.accountId}`, (i) => i.assignee === carol.accountId],
  ['assignee in (currentUser(), EMPTY)', (i, u) => i.assignee === u.accountId || i.assignee === null],
  ['assignee != currentUser()', (i, u) => i.assignee !== null && i.assignee !== u.accountId],
  [`assignee not in (EMPTY, "${dan.displayName}")`, (i) => i.assignee !== null && i.assignee !== dan.accountId],
  ['reporter = currentUser()', (i, u) => i.reporter === u.accountId],
  [
    'reporter in ("Erin Ek", "Carol Chen")',
    (i) => ['Erin Ek', 'Carol Chen'].includes(PEOPLE.find((p) => p.accountId === i.reporter)!.displayName),
  ],
  // priority, with its order (greater = more urgent)
  ['priority = High', (i) => i.priority === 'High'],
  ['priority > Medium', (i) => i.priority === 'Highest' || i.priority === 'High'],
  ['priority <= Low', (i) => i.priority === 'Low' || i.priority === 'Lowest'],
  ['priority >= 3', (i) => rank[i.priority] >= 3],
  ['priority in (Highest, 2)', (i) => i.priority === 'Highest' || i.priority === 'High'],
  // resolution, incl. Jira's "Unresolved"
  ['resolution = Unresolved', (i) => i.resolution === null],
  ['resolution != Unresolved', (i) => i.resolution !== null],
  ['resolution = "Won\'t Do"', (i) => i.resolution === "Won't Do"],
  ['resolution is EMPTY', (i) => i.resolution === null],
  ['resolution in (Duplicate, Unresolved)', (i) => i.resolution === 'Duplicate' || i.resolution === null],
  // labels (multi-valued)
  ['labels = frontend', (i) => i.labels.includes('frontend')],
  ['labels in (ux, a11y)', (i) => i.labels.includes('ux') || i.labels.includes('a11y')],
  ['labels != frontend', (i) => i.labels.length > 0 && !i.labels.includes('frontend')],
  ['labels is EMPTY', (i) => i.labels.length === 0],
  ['labels not in (frontend, backend)', (i) => i.labels.length > 0 && !i.labels.includes('frontend') && !i.labels.includes('backend')],
  ['labels = nosuchlabel', () => false, true],
  // dates: relative periods, absolute dates, functions with increments
  ['created >= -7d', (i) => i.created >= NOW_MS - 7 * DAY],
  ['created > -2w', (i) => i.created > NOW_MS - 14 * DAY],
  ['created > "-1w 2d"', (i) => i.created > NOW_MS - 9 * DAY],
  ['updated >= -4h', (i) => i.updated >= NOW_MS - 4 * HOUR, true],
  ['updated >= -36h', (i) => i.updated >= NOW_MS - 36 * HOUR],
  ['created < "2025-12-01"', (i, u) => i.created < local(u, '2025-12-01')],
  ['created >= 2026-01-01 AND created < "2026/02/01"', (i, u) => i.created >= local(u, '2026-01-01') && i.created < local(u, '2026-02-01')],
  ['created > "2026/02/15 12:00"', (i, u) => i.created > local(u, '2026-02-15T12:00')],
  ['created >= startOfWeek()', (i, u) => i.created >= b(u).week],
  ['created >= startOfWeek(-1) AND created < startOfWeek()', (i, u) => i.created >= b(u).lastWeek && i.created < b(u).week],
  ['created >= startOfWeek("-7d") AND created < startOfWeek()', (i, u) => i.created >= b(u).lastWeek && i.created < b(u).week],
  ['created > startOfMonth(-1)', (i, u) => i.created > b(u).lastMonth],
  ['created >= startOfMonth()', (i, u) => i.created >= b(u).month],
  ['created >= startOfYear()', (i, u) => i.created >= b(u).year],
  ['created <= endOfMonth(-2)', (i, u) => i.created <= b(u).endOfJanuary],
  ['created <= endOfDay(-1)', (i, u) => i.created <= b(u).endOfYesterday],
  ['updated > startOfDay(-3)', (i, u) => i.updated > b(u).day - 3 * DAY],
  ['created < now()', () => true],
  ['created > now()', () => false, true],
  ['resolved >= -30d', (i) => i.resolved !== null && i.resolved >= NOW_MS - 30 * DAY],
  ['resolutiondate is EMPTY', (i) => i.resolved === null],
  ['resolved >= startOfMonth()', (i, u) => i.resolved !== null && i.resolved >= b(u).month],
  ['duedate < now() AND statusCategory != Done', (i) => i.duedate !== null && i.duedate < NOW_MS && !['Done', 'Closed'].includes(i.status)],
  ['duedate is not EMPTY', (i) => i.duedate !== null],
  [
    'duedate <= endOfWeek() AND duedate >= startOfWeek()',
    (i) => i.duedate !== null && i.duedate <= date('2026-03-15') && i.duedate >= date('2026-03-09'),
  ],
  ['due >= 2026-03-01', (i) => i.duedate !== null && i.duedate >= date('2026-03-01')],
  ['created != 2026-01-01', (i, u) => i.created !== local(u, '2026-01-01')],
  // the forms config v2's backend sends: absolute-date windows (trends), open at a window's end, due dates
  ['created >= "2026-03-09" AND created < "2026-03-16"', (i, u) => i.created >= b(u).week && i.created < b(u).day + DAY],
  [
    'created >= "2026-02-02" AND created < "2026-02-09"',
    (i, u) => i.created >= local(u, '2026-02-02') && i.created < local(u, '2026-02-09'),
  ],
  [
    '(project = GLANCE) AND (created >= "2026-02-01" AND created < "2026-03-01")',
    (i, u) => i.project === 'GLANCE' && i.created >= b(u).lastMonth && i.created < b(u).month,
  ],
  [
    'resolved >= "2026-03-02" AND resolved < "2026-03-09"',
    (i, u) => i.resolved !== null && i.resolved >= b(u).lastWeek && i.resolved < b(u).week,
  ],
  [
    'resolutiondate > "2026-03-01" AND resolutiondate <= "2026-03-09 12:00"',
    (i, u) => i.resolved !== null && i.resolved > b(u).month && i.resolved <= b(u).week + 12 * HOUR,
  ],
  [
    'created <= "2026-03-09" AND (resolved > "2026-03-09" OR resolved IS EMPTY)',
    (i, u) => i.created <= b(u).week && (i.resolved === null || i.resolved > b(u).week),
  ],
  [
    '(issuetype = Bug) AND (created <= "2026-02-16" AND (resolved > "2026-02-16" OR resolved IS EMPTY))',
    (i, u) => i.issueType === 'Bug' && i.created <= local(u, '2026-02-16') && (i.resolved === null || i.resolved > local(u, '2026-02-16')),
  ],
  ['(project = OPS) AND (created < "2026-03-02")', (i, u) => i.project === 'OPS' && i.created < b(u).lastWeek],
  [
    'duedate < "2026-03-15" AND resolution = Unresolved',
    (i) => i.duedate !== null && i.duedate < date('2026-03-15') && i.resolution === null,
  ],
  [
    'duedate >= "2026-03-15" AND statusCategory != Done',
    (i) => i.duedate !== null && i.duedate >= date('2026-03-15') && !['Done', 'Closed'].includes(i.status),
  ],
  [
    '(statusCategory != Done) AND (duedate IS NOT EMPTY) ORDER BY duedate ASC',
    (i) => i.duedate !== null && !['Done', 'Closed'].includes(i.status),
  ],
  [
    'due > "2026-03-15" AND due <= "2026-04-30"',
    (i) => i.duedate !== null && i.duedate > date('2026-03-15') && i.duedate <= date('2026-04-30'),
  ],
  ['(project = GLANCE) ORDER BY created ASC', (i) => i.project === 'GLANCE'],
  // versions by id (what a version-based expected progress and the drill-through use), the SLA label
  ['fixVersion = 10106', (i) => i.fixVersions.includes('1.6')],
  ['fixVersion = "1.6" AND statusCategory = Done', (i) => i.fixVersions.includes('1.6') && ['Done', 'Closed'].includes(i.status)],
  ['fixVersion in (10107, "1.5.1")', (i) => i.fixVersions.includes('2.0') || i.fixVersions.includes('1.5.1')],
  ['fixVersion != 10106 AND project = GLANCE', (i) => i.project === 'GLANCE' && i.fixVersions.length > 0 && !i.fixVersions.includes('1.6')],
  ['fixVersion = Later', () => false, true],
  ['labels = sla-breach', (i) => i.labels.includes('sla-breach')],
  [
    'issuetype = Bug AND labels = sla-breach AND resolution = Unresolved',
    (i) => i.issueType === 'Bug' && i.labels.includes('sla-breach') && i.resolution === null,
  ],
  ['issuetype = Bug AND labels != sla-breach', (i) => i.issueType === 'Bug' && i.labels.length > 0 && !i.labels.includes('sla-breach')],
  // non-empty numbers: what "count of non-empty" and the aggregations page over
  ['"Story Points" IS NOT EMPTY', (i) => i.storyPoints !== null],
  [
    '"Story Points" is not EMPTY AND project = GLANCE AND issuetype = Story',
    (i) => i.storyPoints !== null && i.project === 'GLANCE' && i.issueType === 'Story',
  ],
  ['"Business Value" IS EMPTY AND issuetype = Story', (i) => i.businessValue === null && i.issueType === 'Story'],
  ['timespent IS NOT EMPTY', (i) => i.timeSpent !== null],
  ['timeoriginalestimate IS NOT EMPTY AND timespent IS EMPTY', (i) => i.originalEstimate !== null && i.timeSpent === null],
  // numbers: story points under every name, another number field, durations
  ['"Story Points" > 3', (i) => i.storyPoints !== null && i.storyPoints > 3],
  ['cf[10016] = 5', (i) => i.storyPoints === 5],
  ['customfield_10016 is EMPTY', (i) => i.storyPoints === null],
  ['"story points" >= 0.5 AND "Story Points" < 2', (i) => i.storyPoints !== null && i.storyPoints >= 0.5 && i.storyPoints < 2],
  ['"Story Points" in (1, 2, 3)', (i) => i.storyPoints === 1 || i.storyPoints === 2 || i.storyPoints === 3],
  ['"Story Points" != 8', (i) => i.storyPoints !== null && i.storyPoints !== 8],
  ['"Business Value" >= 50', (i) => i.businessValue !== null && i.businessValue >= 50],
  ['cf[10030] is not EMPTY', (i) => i.businessValue !== null],
  ['originalEstimate > 4h', (i) => i.originalEstimate !== null && i.originalEstimate > 4 * 3600],
  ['timeoriginalestimate >= 1d', (i) => i.originalEstimate !== null && i.originalEstimate >= 8 * 3600],
  ['originalEstimate = 120', (i) => i.originalEstimate === 7200],
  ['originalEstimate is EMPTY', (i) => i.originalEstimate === null],
  ['timespent > 1w', (i) => i.timeSpent !== null && i.timeSpent > 40 * 3600],
  ['timeSpent <= "1d 4h"', (i) => i.timeSpent !== null && i.timeSpent <= 12 * 3600],
  // text search: words, all terms, phrase, prefix, negation
  ['summary ~ login', (i) => words(i.summary).includes('login')],
  ['summary ~ "Dashboard"', (i) => words(i.summary).includes('dashboard')],
  ['text ~ crash', (i) => words(i.summary).includes('crash')],
  ['summary ~ "crash login"', (i) => words(i.summary).includes('crash') && words(i.summary).includes('login')],
  ['summary ~ "\\"blank screen\\""', (i) => /\bblank screen\b/i.test(i.summary)],
  ['summary ~ "dash*"', (i) => words(i.summary).some((w) => w.startsWith('dash'))],
  ['summary !~ export', (i) => !words(i.summary).includes('export')],
  ['summary ~ "log"', (i) => words(i.summary).includes('log')],
  // keys and ids
  ['key = GLANCE-10', (i) => i.key === 'GLANCE-10'],
  ['issuekey in (glance-1, OPS-2)', (i) => i.key === 'GLANCE-1' || i.key === 'OPS-2'],
  ['key > GLANCE-1600', (i) => i.project === 'GLANCE' && i.number > 1600],
  ['key <= OPS-5', (i) => i.project === 'OPS' && i.number <= 5],
  ['key != GLANCE-1 AND project = GLANCE', (i) => i.project === 'GLANCE' && i.key !== 'GLANCE-1'],
  ['id = 10041', (i) => i.id === '10041'],
  // versions and sprints
  ['fixVersion = 1.2', (i) => i.fixVersions.includes('1.2')],
  ['fixVersion in releasedVersions()', (i) => i.fixVersions.some((v) => ['1.0', '1.1', '1.2', '1.3', '1.4', '1.5'].includes(v))],
  ['fixVersion in unreleasedVersions()', (i) => i.fixVersions.some((v) => ['1.5.1', '1.6', '2.0', 'Later'].includes(v))],
  ['fixVersion is EMPTY AND project = GLANCE', (i) => i.project === 'GLANCE' && i.fixVersions.length === 0],
  ['sprint in openSprints()', (i, _u) => i.sprint === 14 || i.sprint === 29],
  ['sprint in closedSprints()', (i) => i.sprint !== null && i.sprint !== 14 && i.sprint !== 15 && i.sprint !== 29 && i.sprint !== 30],
  ['sprint in futureSprints()', (i) => i.sprint === 15 || i.sprint === 30],
  ['sprint is EMPTY', (i) => i.sprint === null],
  ['sprint = "GLANCE Sprint 13"', (i) => i.sprint === 13],
  ['sprint = 29', (i) => i.sprint === 29],
  [
    'project = GLANCE AND sprint in openSprints() AND statusCategory = Done',
    (i) => i.project === 'GLANCE' && i.sprint === 14 && ['Done', 'Closed'].includes(i.status),
  ],
  // boolean logic and precedence (AND binds tighter than OR)
  [
    'project = GLANCE AND (issuetype = Bug OR priority = Highest)',
    (i) => i.project === 'GLANCE' && (i.issueType === 'Bug' || i.priority === 'Highest'),
  ],
  [
    'project = OPS OR project = GLANCE AND issuetype = Bug',
    (i) => i.project === 'OPS' || (i.project === 'GLANCE' && i.issueType === 'Bug'),
  ],
  ['NOT project = GLANCE', (i) => i.project !== 'GLANCE'],
  ['NOT (status = Done OR status = Closed)', (i) => !['Done', 'Closed'].includes(i.status)],
  ['NOT assignee = currentUser()', (i, u) => i.assignee !== u.accountId],
  ['issuetype = Bug AND NOT labels = frontend', (i) => i.issueType === 'Bug' && !i.labels.includes('frontend')],
  ['project = GLANCE ORDER BY created DESC', (i) => i.project === 'GLANCE'],
  ['statusCategory != Done ORDER BY priority DESC, key ASC', (i) => !['Done', 'Closed'].includes(i.status)],
  // saved filters, including one that uses currentUser()
  ['filter = 10000', (i) => i.issueType === 'Bug' && !['Done', 'Closed'].includes(i.status)],
  ['filter = "Open bugs" AND project = OPS', (i) => i.project === 'OPS' && i.issueType === 'Bug' && !['Done', 'Closed'].includes(i.status)],
  ['filter = 10003', (i, u) => i.assignee === u.accountId && i.resolution === null],
  ['filter != 10001 AND project = GLANCE', (i) => i.project === 'GLANCE' && i.sprint !== 14],
];
