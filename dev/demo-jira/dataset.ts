/**
 * The demo site's data, generated in code from a seed and a day: the same `now` (truncated to the UTC day)
 * always yields the same issues, so tests can pass a fixed date while the preview looks current.
 * Every timestamp lies before the start of that day, so nothing is "in the future" whatever the hour.
 */
import { DAY_MS } from '../../functions/metrics/calendar';
import { createRng, type Rng } from './prng';
import { ALICE, BOB, PEOPLE } from './users';
import { PROJECTS, LABELS, statusByName, type CategoryName, type DemoIssueType } from './catalog';

const SEED = 0x6c616e63;

/** One issue, flat. Dates are epoch milliseconds; `duedate` is midnight UTC of its day. */
export interface DemoIssue {
  id: string;
  key: string;
  project: string;
  number: number;
  summary: string;
  issueType: DemoIssueType['name'];
  status: string;
  statusCategory: CategoryName;
  priority: string;
  assignee: string | null;
  reporter: string;
  created: number;
  updated: number;
  resolved: number | null;
  resolution: string | null;
  duedate: number | null;
  storyPoints: number | null;
  businessValue: number | null;
  /** Seconds, like Jira's timeoriginalestimate. */
  originalEstimate: number | null;
  /** Seconds, like Jira's timespent. */
  timeSpent: number | null;
  labels: string[];
  fixVersions: string[];
  sprint: number | null;
  customer: string | null;
}

export interface DemoSprint {
  id: number;
  name: string;
  state: 'closed' | 'active' | 'future';
  boardId: number;
  project: string;
  startDate: number;
  endDate: number;
  goal: string;
}

export interface DemoVersion {
  id: string;
  name: string;
  project: string;
  description: string;
  archived: boolean;
  released: boolean;
  /** Midnight UTC of the day, or null when the version has no date. */
  startDate: number | null;
  releaseDate: number | null;
  /** Part of the GLANCE release line that done issues get as fix version. */
  line: boolean;
}

export interface DemoFilter {
  id: string;
  name: string;
  description: string;
  jql: string;
  owner: string;
  /** Shared with every logged-in user; otherwise only the owner sees it. */
  shared: boolean;
}

export interface Dataset {
  /** Start (00:00 UTC) of the day the data was generated for. */
  today: number;
  issues: DemoIssue[];
  sprints: DemoSprint[];
  versions: DemoVersion[];
  filters: DemoFilter[];
}

/** Truncates a time to 00:00 UTC of its day. */
export function startOfUtcDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

interface ProjectPlan {
  key: string;
  count: number;
  types: readonly (readonly [DemoIssueType['name'], number])[];
  areas: readonly string[];
  assignees: readonly (readonly [string | null, number])[];
  reporters: readonly string[];
}

const [carol, dan, erin] = PEOPLE.slice(2).map((p) => p.accountId);
const everyone = PEOPLE.map((p) => p.accountId);

const PLANS: readonly ProjectPlan[] = [
  {
    key: 'GLANCE',
    count: 1700,
    types: [
      ['Bug', 30],
      ['Story', 40],
      ['Task', 24],
      ['Epic', 6],
    ],
    areas: [
      'login page',
      'dashboard',
      'gauge gadget',
      'counter gadget',
      'progress bar',
      'SVG export',
      'settings',
      'search',
      'dark mode',
      'onboarding',
      'edit form',
      'API client',
      'number format',
      'tooltip',
    ],
    assignees: [
      [ALICE.accountId, 24],
      [BOB.accountId, 24],
      [carol, 20],
      [dan, 12],
      [erin, 8],
      [null, 12],
    ],
    reporters: everyone,
  },
  {
    key: 'OPS',
    count: 1300,
    types: [
      ['Bug', 22],
      ['Story', 14],
      ['Task', 58],
      ['Epic', 6],
    ],
    areas: [
      'deploy pipeline',
      'backups',
      'monitoring',
      'alerting',
      'database',
      'CDN',
      'on-call rota',
      'load balancer',
      'log retention',
      'staging cluster',
      'DNS',
      'cost report',
    ],
    assignees: [
      [ALICE.accountId, 14],
      [BOB.accountId, 30],
      [dan, 26],
      [erin, 14],
      [null, 16],
    ],
    reporters: everyone,
  },
  {
    key: 'SEC',
    count: 450,
    types: [
      ['Bug', 45],
      ['Story', 10],
      ['Task', 40],
      ['Epic', 5],
    ],
    areas: [
      'access review',
      'secrets rotation',
      'pen test finding',
      'dependency audit',
      'SSO',
      'audit log',
      'firewall rules',
      'incident response',
      'token scopes',
      'phishing drill',
    ],
    assignees: [
      [ALICE.accountId, 35],
      [dan, 25],
      [erin, 30],
      [null, 10],
    ],
    reporters: [ALICE.accountId, dan, erin],
  },
];

const BUG_WORDS = [
  'Crash',
  'Error',
  'Timeout',
  'Wrong total',
  'Blank screen',
  'Broken layout',
  'Memory leak',
  'Slow response',
  'Flicker',
  'Stale data',
];
const BUG_LINKS = ['in', 'on', 'when opening', 'after saving', 'while loading'];
const STORY_VERBS = ['Export', 'Configure', 'Share', 'Filter', 'Preview', 'Customise', 'Schedule', 'Compare'];
const TASK_VERBS = ['Update', 'Upgrade', 'Clean up', 'Document', 'Migrate', 'Review', 'Automate', 'Measure'];
const EPIC_VERBS = ['Redesign', 'Launch', 'Harden', 'Scale', 'Modernise'];

function summaryFor(rng: Rng, type: DemoIssueType['name'], areas: readonly string[]): string {
  const area = rng.pick(areas);
  switch (type) {
    case 'Bug':
      return `${rng.pick(BUG_WORDS)} ${rng.pick(BUG_LINKS)} ${area}`;
    case 'Story':
      return `${rng.pick(STORY_VERBS)} ${area}`;
    case 'Task':
      return `${rng.pick(TASK_VERBS)} ${area}`;
    case 'Epic':
      return `${rng.pick(EPIC_VERBS)} ${area}`;
  }
}

const DAYS_OF_HISTORY = 180;
/** Mean days from created to resolved, by issue type. */
const LEAD_DAYS: Readonly<Record<DemoIssueType['name'], number>> = { Bug: 5, Task: 7, Story: 10, Epic: 35 };

/** How busy the n-th 7-day stretch before today is (0.55–1): the same for every day's dataset, relative to it. */
function weekLoad(n: number): number {
  return 0.55 + 0.45 * createRng(SEED + 7919 * (n + 1)).next();
}

const SPRINT_DAYS = 14;

function makeSprints(today: number): DemoSprint[] {
  // Sprints start on Mondays; the active one started the Monday of last week.
  const weekday = (new Date(today).getUTCDay() + 6) % 7;
  const activeStart = today - (weekday + 7) * DAY_MS;
  const sprints: DemoSprint[] = [];
  const scrum = PROJECTS.filter((p) => p.scrum);
  const past = Math.ceil(DAYS_OF_HISTORY / SPRINT_DAYS);
  scrum.forEach((project, boardIndex) => {
    for (let k = -past; k <= 1; k++) {
      const startDate = activeStart + k * SPRINT_DAYS * DAY_MS;
      const n = past + k + 1;
      sprints.push({
        id: sprints.length + 1,
        name: `${project.key} Sprint ${n}`,
        state: k < 0 ? 'closed' : k === 0 ? 'active' : 'future',
        boardId: boardIndex + 1,
        project: project.key,
        startDate,
        endDate: startDate + SPRINT_DAYS * DAY_MS,
        goal: k === 0 ? 'Ship what we started' : '',
      });
    }
  });
  return sprints;
}

function makeVersions(today: number): DemoVersion[] {
  const day = (offset: number): number => today + offset * DAY_MS;
  const v = (
    id: number,
    name: string,
    project: string,
    startDate: number | null,
    releaseDate: number | null,
    extra: Partial<DemoVersion> = {},
  ): DemoVersion => ({
    id: String(id),
    name,
    project,
    description: '',
    archived: false,
    released: releaseDate !== null && releaseDate < today,
    startDate,
    releaseDate,
    line: false,
    ...extra,
  });
  // GLANCE ships every 30 days: 1.0–1.5 are out, 1.6 is the current cycle (it spans today).
  const line = ['1.0', '1.1', '1.2', '1.3', '1.4', '1.5', '1.6'].map((name, i) =>
    v(10100 + i, name, 'GLANCE', day(i * 30 - 194), day(i * 30 - 165), {
      line: true,
      archived: i === 0,
      description: i === 6 ? 'Current release: trends and expected progress' : `Release ${name}`,
    }),
  );
  return [
    ...line,
    // A longer major release running beside the cycle, also spanning today.
    v(10107, '2.0', 'GLANCE', day(-40), day(50), { description: 'Redesigned gadgets' }),
    // An unreleased hotfix past its date (Jira's "overdue"), and one with no dates at all.
    v(10108, '1.5.1', 'GLANCE', day(-12), day(-3), { description: 'Hotfix for 1.5', released: false }),
    v(10109, 'Later', 'GLANCE', null, null, { description: 'Ideas without a date' }),
    // Only people who can browse SEC see this one.
    v(10200, 'Audit 2026', 'SEC', day(-30), day(20), { description: 'Yearly security audit' }),
  ];
}

function makeFilters(): DemoFilter[] {
  const f = (id: number, name: string, jql: string, owner: string, shared: boolean, description = ''): DemoFilter => ({
    id: String(id),
    name,
    description,
    jql,
    owner,
    shared,
  });
  return [
    f(
      10000,
      'Open bugs',
      'issuetype = Bug AND statusCategory != Done ORDER BY priority DESC',
      ALICE.accountId,
      true,
      'Every unresolved bug across the projects you can see.',
    ),
    f(10001, 'Glance Web: current sprint', 'project = GLANCE AND sprint in openSprints()', ALICE.accountId, true),
    f(10002, 'Security incidents (private)', 'project = SEC AND issuetype = Bug ORDER BY created DESC', ALICE.accountId, false),
    f(10003, 'My open work', 'assignee = currentUser() AND resolution = Unresolved ORDER BY updated DESC', BOB.accountId, true),
    f(10004, "Bob's ops stories (private)", 'project = OPS AND issuetype = Story', BOB.accountId, false),
    f(10005, 'Created in the last 7 days', 'created >= -7d ORDER BY created DESC', ALICE.accountId, true),
    f(
      10006,
      'Security backlog',
      'project = SEC AND status = Backlog',
      ALICE.accountId,
      true,
      'Shared with everyone, but only people who can browse SEC can run it.',
    ),
  ];
}

/** Generates the whole demo site for the UTC day containing `now`. Deterministic. */
export function generateDataset(now: Date): Dataset {
  const today = startOfUtcDay(now.getTime());
  const rng = createRng(SEED);
  const sprints = makeSprints(today);
  const versions = makeVersions(today);
  const drafts: Omit<DemoIssue, 'id' | 'key' | 'number'>[] = [];

  for (const plan of PLANS) {
    const projectSprints = sprints.filter((s) => s.project === plan.key);
    for (let i = 0; i < plan.count; i++) drafts.push(makeIssue(rng, plan, today, projectSprints, versions));
  }
  // A second stream, so that adding attributes here leaves every value drawn above unchanged.
  const extra = createRng(SEED ^ 0x5a5a5a5a);
  for (const draft of drafts) enrich(extra, draft, today, versions);

  drafts.sort((a, b) => a.created - b.created || a.project.localeCompare(b.project));
  const counters = new Map<string, number>();
  const issues = drafts.map((draft, index): DemoIssue => {
    const number = (counters.get(draft.project) ?? 0) + 1;
    counters.set(draft.project, number);
    return { id: String(10000 + index), key: `${draft.project}-${number}`, number, ...draft };
  });
  return { today, issues, sprints, versions, filters: makeFilters() };
}

function makeIssue(
  rng: Rng,
  plan: ProjectPlan,
  today: number,
  sprints: DemoSprint[],
  versions: DemoVersion[],
): Omit<DemoIssue, 'id' | 'key' | 'number'> {
  const issueType = rng.weighted(plan.types);
  // More recent work is denser, like a real backlog, and some weeks are busier than others;
  // every timestamp is at least a minute before today.
  let ageDays: number;
  do ageDays = DAYS_OF_HISTORY * Math.pow(rng.next(), 1.25);
  while (!rng.chance(weekLoad(Math.floor(ageDays / 7))));
  const created = Math.floor((today - Math.max(60_000, ageDays * DAY_MS)) / 1000) * 1000;

  // Each issue takes its own time to finish (some never do), so work is resolved at a steady, noisy pace
  // behind what is created — not "older issues are done" all at once.
  const parked = rng.chance(issueType === 'Epic' ? 0.3 : 0.12);
  const leadDays = 0.1 + -Math.log(1 - rng.next()) * LEAD_DAYS[issueType];
  const doneAt = created + Math.floor((leadDays * DAY_MS) / 1000) * 1000;
  let status: string;
  if (!parked && doneAt < today - 60_000) status = rng.chance(0.85) ? 'Done' : 'Closed';
  else if (parked)
    status = rng.weighted([
      ['To Do', ageDays > 14 ? 25 : 60],
      ['Backlog', ageDays > 14 ? 75 : 40],
    ]);
  else {
    const progress = ageDays / leadDays;
    status =
      progress > 0.6
        ? rng.weighted([
            ['In Progress', 50],
            ['In Review', 35],
            ['To Do', 15],
          ])
        : progress > 0.2
          ? rng.weighted([
              ['In Progress', 55],
              ['To Do', 35],
              ['In Review', 10],
            ])
          : rng.weighted([
              ['To Do', 70],
              ['Backlog', 10],
              ['In Progress', 20],
            ]);
  }
  const statusCategory = statusByName(status).category;

  let resolved: number | null = null;
  let resolution: string | null = null;
  if (statusCategory === 'Done') {
    resolved = doneAt;
    resolution =
      status === 'Done'
        ? rng.chance(0.95)
          ? 'Done'
          : "Won't Do"
        : rng.weighted([
            ["Won't Do", 5],
            ['Duplicate', 3],
            ['Done', 2],
          ]);
  }
  const lastChange = resolved ?? created;
  const updated = Math.min(
    today - 1000,
    lastChange + Math.floor((rng.next() * (today - lastChange) * (resolved ? 0.05 : 0.6)) / 1000) * 1000,
  );

  const assignee =
    statusCategory === 'In Progress' ? rng.weighted(plan.assignees.filter(([a]) => a !== null)) : rng.weighted(plan.assignees);
  const reporter = rng.pick(plan.reporters);
  const priority = rng.weighted([
    ['Highest', 5],
    ['High', plan.key === 'SEC' ? 35 : 18],
    ['Medium', 50],
    ['Low', 20],
    ['Lowest', 7],
  ]);

  const labels: string[] = [];
  const labelCount = rng.weighted([
    [0, 40],
    [1, 40],
    [2, 20],
  ]);
  while (labels.length < labelCount) {
    const label = plan.key === 'SEC' && rng.chance(0.5) ? 'security' : rng.pick(LABELS);
    if (!labels.includes(label)) labels.push(label);
  }

  let storyPoints: number | null = null;
  if (issueType === 'Story' && rng.chance(0.9)) storyPoints = rng.pick([1, 2, 3, 5, 8, 13]);
  else if (issueType === 'Bug' && rng.chance(0.4)) storyPoints = rng.pick([1, 2, 3]);
  else if (issueType === 'Task' && rng.chance(0.3)) storyPoints = rng.pick([0.5, 1, 2, 3, 5]);

  const businessValue = (issueType === 'Story' || issueType === 'Epic') && rng.chance(0.5) ? rng.int(1, 20) * 5 : null;
  const originalEstimate = issueType !== 'Epic' && rng.chance(0.6) ? rng.pick([1, 2, 4, 8, 16, 24, 40]) * 3600 : null;
  let timeSpent: number | null = null;
  if (statusCategory !== 'To Do') {
    if (originalEstimate !== null) timeSpent = Math.round((originalEstimate * (0.4 + rng.next() * 1.2)) / 900) * 900;
    else if (rng.chance(0.3)) timeSpent = rng.int(1, 16) * 3600;
  }
  const duedate = rng.chance(0.25) ? Math.floor((created + rng.int(7, 45) * DAY_MS) / DAY_MS) * DAY_MS : null;

  let sprint: number | null = null;
  if (sprints.length > 0 && issueType !== 'Epic') {
    const active = sprints.find((s) => s.state === 'active');
    const future = sprints.find((s) => s.state === 'future');
    if (resolved !== null) {
      const during = sprints.find((s) => resolved >= s.startDate && resolved < s.endDate);
      if (during && rng.chance(0.85)) sprint = during.id;
    } else if (statusCategory === 'In Progress') {
      if (rng.chance(0.9)) sprint = active?.id ?? null;
    } else if (status === 'To Do') {
      const r = rng.next();
      sprint = r < 0.25 ? (active?.id ?? null) : r < 0.35 ? (future?.id ?? null) : null;
    }
  }

  const fixVersions: string[] = [];
  if (plan.key === 'GLANCE' && issueType !== 'Epic') {
    if (resolved !== null && resolution === 'Done') {
      const version = versions.find((v) => v.line && v.releaseDate !== null && v.releaseDate >= resolved);
      if (version) fixVersions.push(version.name);
    } else if (resolved === null && sprint !== null && rng.chance(0.5)) {
      fixVersions.push('1.6');
    }
  }
  const customer = plan.key === 'GLANCE' && rng.chance(0.1) ? rng.pick(['Acme', 'Globex', 'Initech']) : null;

  return {
    project: plan.key,
    summary: summaryFor(rng, issueType, plan.areas),
    issueType,
    status,
    statusCategory,
    priority,
    assignee,
    reporter,
    created,
    updated,
    resolved,
    resolution,
    duedate,
    storyPoints,
    businessValue,
    originalEstimate,
    timeSpent,
    labels,
    fixVersions,
    sprint,
    customer,
  };
}

/** Resolution-time targets by priority, in days: a bug that takes (or has taken) longer breaches its SLA. */
export const SLA_DAYS: Readonly<Record<string, number>> = { Highest: 3, High: 7, Medium: 14, Low: 30, Lowest: 45 };
export const SLA_BREACH_LABEL = 'sla-breach';

/**
 * Attributes drawn from their own stream: work planned for 2.0 and the 1.5.1 hotfix, and the `sla-breach`
 * label an automation would put on a bug resolved (or still open) later than its priority's target.
 */
function enrich(rng: Rng, issue: Omit<DemoIssue, 'id' | 'key' | 'number'>, today: number, versions: DemoVersion[]): void {
  const major = versions.find((v) => v.name === '2.0')!;
  if (issue.project === 'GLANCE' && issue.issueType !== 'Bug') {
    if (issue.resolution === 'Done' && issue.resolved! >= major.startDate! && rng.chance(0.3)) issue.fixVersions = ['2.0'];
    else if (issue.resolved === null && issue.sprint === null && rng.chance(0.4)) issue.fixVersions = ['2.0'];
  }
  const hotfix = versions.find((v) => v.name === '1.5.1')!;
  if (issue.project === 'GLANCE' && issue.issueType === 'Bug' && issue.created >= hotfix.startDate! && rng.chance(0.3)) {
    issue.fixVersions = ['1.5.1'];
  }
  if (issue.issueType === 'Bug') {
    const took = (issue.resolved ?? today) - issue.created;
    if (took > SLA_DAYS[issue.priority] * DAY_MS && issue.resolution !== 'Duplicate') issue.labels = [...issue.labels, SLA_BREACH_LABEL];
  }
}
