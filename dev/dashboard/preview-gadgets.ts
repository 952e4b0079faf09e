/**
 * The preconfigured gadgets of the preview dashboard, written against the demo Jira's dataset
 * (projects GLANCE, OPS, SEC; Story Points = customfield_10016; saved filter 10000 "Open bugs"; version
 * 10107 "GLANCE 2.0"; label sla-breach). The sprint progress is marked against the active sprint; the
 * last four show more version-2 settings: a trend sparkline, percent thresholds, expected progress
 * from a Jira version, and a formula.
 * On a real site (JIRA_BASE_URL) they are a starting point: edit them to use your own projects.
 */
import type { Gadget } from '../server/gadgets';

export const PREVIEW_GADGETS: readonly Gadget[] = [
  {
    id: 'new-bugs',
    kind: 'counter',
    config: {
      version: 1,
      kind: 'counter',
      title: 'New bugs this week',
      label: 'bugs created in 7 days',
      source: { type: 'jql', jql: 'project = GLANCE AND type = Bug AND created >= -7d' },
      metric: { type: 'count' },
      higherIsBetter: false,
      compare: {
        source: { type: 'jql', jql: 'project = GLANCE AND type = Bug AND created >= -14d AND created < -7d' },
        label: 'vs previous week',
      },
      refresh: 15,
    },
  },
  {
    id: 'sprint-progress',
    kind: 'progress',
    config: {
      version: 2,
      kind: 'progress',
      title: 'Glance Web sprint',
      label: 'issues done',
      source: { type: 'jql', jql: 'project = GLANCE AND sprint in openSprints() AND sprint not in futureSprints()' },
      metric: { type: 'ratio', segments: true },
      // The time elapsed in the sprint these issues share, from their Sprint field.
      expected: { sprint: 'active' },
    },
  },
  {
    id: 'sprint-points',
    kind: 'gauge',
    config: {
      version: 1,
      kind: 'gauge',
      title: 'Story points done',
      label: 'points this sprint',
      source: {
        type: 'jql',
        jql: 'project = GLANCE AND sprint in openSprints() AND sprint not in futureSprints() AND statusCategory = Done',
      },
      metric: { type: 'sum', fieldId: 'customfield_10016' },
      // No maximum: the scale follows the points and the target (0–300 on the demo data).
      target: 240,
      thresholds: {
        base: 'red',
        steps: [
          { from: 120, color: 'amber', label: 'behind' },
          { from: 200, color: 'green', label: 'on track' },
        ],
      },
      format: { unit: 'pts' },
    },
  },
  {
    id: 'open-bugs',
    kind: 'counter',
    config: {
      version: 1,
      kind: 'counter',
      title: 'Open bugs',
      label: 'across your projects',
      source: { type: 'filter', filterId: '10000' },
      metric: { type: 'count' },
      higherIsBetter: false,
      thresholds: {
        base: 'green',
        steps: [
          { from: 150, color: 'amber' },
          { from: 300, color: 'red' },
        ],
      },
    },
  },
  {
    id: 'security-backlog',
    kind: 'counter',
    config: {
      version: 1,
      kind: 'counter',
      title: 'Security backlog',
      label: 'open SEC issues',
      source: { type: 'project', projectKey: 'SEC', preset: 'open' },
      metric: { type: 'count' },
      higherIsBetter: false,
    },
  },
  {
    id: 'ops-done',
    kind: 'gauge',
    config: {
      version: 1,
      kind: 'gauge',
      title: 'Operations done',
      label: 'of all OPS issues',
      source: { type: 'project', projectKey: 'OPS', preset: 'all' },
      metric: { type: 'ratio' },
      thresholds: {
        base: 'red',
        steps: [
          { from: 50, color: 'amber' },
          { from: 75, color: 'green' },
        ],
      },
    },
  },
  {
    id: 'bug-trend',
    kind: 'counter',
    config: {
      version: 2,
      kind: 'counter',
      title: 'Open Glance Web bugs',
      label: 'open bugs',
      source: { type: 'jql', jql: 'project = GLANCE AND issuetype = Bug AND statusCategory != Done' },
      metric: { type: 'count' },
      higherIsBetter: false,
      trend: { series: 'created', interval: 'week', points: 8 },
      thresholds: {
        base: 'green',
        steps: [
          { from: 60, color: 'amber', label: 'warning' },
          { from: 90, color: 'red', label: 'critical' },
        ],
      },
    },
  },
  {
    id: 'bug-age',
    kind: 'gauge',
    config: {
      version: 2,
      kind: 'gauge',
      title: 'Average age of open OPS bugs',
      label: 'days since created',
      source: { type: 'jql', jql: 'project = OPS AND issuetype = Bug AND statusCategory != Done' },
      metric: { type: 'age', op: 'average' },
      min: 0,
      max: 90,
      higherIsBetter: false,
      thresholds: {
        mode: 'percent',
        base: 'green',
        baseLabel: 'fresh',
        steps: [
          { from: 50, color: 'amber', label: 'ageing' },
          { from: 75, color: 'red', label: 'stale' },
        ],
      },
      format: { unit: 'days' },
    },
  },
  {
    id: 'release-progress',
    kind: 'progress',
    config: {
      version: 2,
      kind: 'progress',
      title: 'Glance Web 2.0',
      label: 'issues done',
      source: { type: 'jql', jql: 'project = GLANCE AND fixVersion = 10107' },
      metric: { type: 'ratio', segments: true },
      expected: { versionId: '10107' },
    },
  },
  {
    id: 'sla-rate',
    kind: 'counter',
    config: {
      version: 2,
      kind: 'counter',
      title: 'SLA breach rate',
      label: 'of bugs breached their SLA',
      source: { type: 'jql', jql: 'issuetype = Bug AND labels = sla-breach' },
      metric: {
        type: 'formula',
        expression: 'A / B * 100',
        variables: [
          { name: 'A', source: { type: 'jql', jql: 'issuetype = Bug AND labels = sla-breach' }, metric: { type: 'count' } },
          { name: 'B', source: { type: 'jql', jql: 'issuetype = Bug' }, metric: { type: 'count' } },
        ],
      },
      higherIsBetter: false,
      format: { style: 'percent', decimals: 1 },
      thresholds: {
        base: 'green',
        steps: [
          { from: 15, color: 'amber', label: 'warning' },
          { from: 25, color: 'red', label: 'critical' },
        ],
      },
      palette: 'colorblind',
      noValueText: 'No bugs yet',
    },
  },
];

/**
 * Gadgets for a real site (JIRA_BASE_URL): queries that work on any Jira without knowing its projects
 * (each has a restriction, as Jira refuses unbounded queries). Edit them to point at your projects.
 */
export const SITE_GADGETS: readonly Gadget[] = [
  {
    id: 'site-created',
    kind: 'counter',
    config: {
      version: 1,
      kind: 'counter',
      title: 'Created this week',
      label: 'issues created in 7 days',
      source: { type: 'jql', jql: 'created >= -7d' },
      metric: { type: 'count' },
      compare: { source: { type: 'jql', jql: 'created >= -14d AND created < -7d' }, label: 'vs previous week' },
    },
  },
  {
    id: 'site-resolved',
    kind: 'counter',
    config: {
      version: 1,
      kind: 'counter',
      title: 'Resolved this week',
      label: 'issues resolved in 7 days',
      source: { type: 'jql', jql: 'resolved >= -7d' },
      metric: { type: 'count' },
      compare: { source: { type: 'jql', jql: 'resolved >= -14d AND resolved < -7d' }, label: 'vs previous week' },
    },
  },
  {
    id: 'site-my-work',
    kind: 'progress',
    config: {
      version: 1,
      kind: 'progress',
      title: 'My work this month',
      label: 'of my issues updated in 30 days are done',
      source: { type: 'jql', jql: 'assignee = currentUser() AND updated >= -30d' },
      metric: { type: 'ratio', segments: true },
    },
  },
  {
    id: 'site-my-open',
    kind: 'gauge',
    config: {
      version: 1,
      kind: 'gauge',
      title: 'My open issues',
      label: 'assigned to me, not done',
      source: { type: 'jql', jql: 'assignee = currentUser() AND statusCategory != Done' },
      metric: { type: 'count' },
      min: 0,
      max: 50,
      higherIsBetter: false,
      thresholds: {
        base: 'green',
        steps: [
          { from: 20, color: 'amber' },
          { from: 35, color: 'red' },
        ],
      },
    },
  },
];
