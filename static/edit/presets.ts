/**
 * Ready-made settings that fill the whole form in one click. Queries work on any Jira site (each has
 * a restriction, as Jira refuses unbounded queries); users then narrow them to their projects.
 */
import type { GadgetConfig, Source } from '../../functions/config/types';

export interface FormPreset {
  id: string;
  name: string;
  /** One line under the button. */
  blurb: string;
  /** A valid configuration, as the resolver normalises it (so the form reads it back unchanged). */
  config(today: Date): GadgetConfig;
}

const jql = (q: string): Source => ({ type: 'jql', jql: q });

export const FORM_PRESETS: readonly FormPreset[] = [
  {
    id: 'open-bugs',
    name: 'Open bugs',
    blurb: 'Counter with bugs created per week',
    config: () => ({
      version: 2,
      kind: 'counter',
      title: 'Open bugs',
      label: 'open bugs',
      source: jql('issuetype = Bug AND statusCategory != Done'),
      metric: { type: 'count' },
      higherIsBetter: false,
      trend: { series: 'created', interval: 'week', points: 8 },
    }),
  },
  {
    id: 'net-flow',
    name: 'Created vs resolved this week',
    blurb: 'Net flow: created − resolved',
    config: () => ({
      version: 2,
      kind: 'counter',
      title: 'Net flow this week',
      label: 'created − resolved',
      source: jql('created >= startOfWeek()'),
      metric: {
        type: 'formula',
        expression: 'A - B',
        variables: [
          { name: 'A', source: jql('created >= startOfWeek()'), metric: { type: 'count' } },
          { name: 'B', source: jql('resolved >= startOfWeek()'), metric: { type: 'count' } },
        ],
      },
      higherIsBetter: false,
      mappings: [{ value: 0, text: 'Balanced' }],
    }),
  },
  {
    id: 'active-sprint',
    name: 'Active sprint progress',
    blurb: 'Status segments, marked against the active sprint’s dates',
    config: () => ({
      version: 2,
      kind: 'progress',
      title: 'Sprint progress',
      label: 'issues done',
      source: jql('sprint in openSprints()'),
      metric: { type: 'ratio', segments: true },
      expected: { sprint: 'active' },
    }),
  },
  {
    id: 'story-points',
    name: 'Story points done',
    blurb: 'Gauge of done story points against a target',
    config: () => ({
      version: 2,
      kind: 'gauge',
      title: 'Story points done',
      label: 'points this sprint',
      source: jql('sprint in openSprints() AND statusCategory = Done'),
      metric: { type: 'aggregate', op: 'sum', fieldId: 'customfield_10016' },
      min: 0,
      max: 100,
      target: 80,
      thresholds: {
        mode: 'percent',
        base: 'red',
        steps: [
          { from: 50, color: 'amber', label: 'behind' },
          { from: 80, color: 'green', label: 'on track' },
        ],
      },
      format: { unit: 'pts' },
    }),
  },
  {
    id: 'sla-breaches',
    name: 'SLA breaches',
    blurb: 'Open issues past their SLA, lower is better',
    config: () => ({
      version: 2,
      kind: 'counter',
      title: 'SLA breaches',
      label: 'open issues past their SLA',
      source: jql('labels = sla-breach AND statusCategory != Done'),
      metric: { type: 'count' },
      higherIsBetter: false,
      thresholds: { base: 'green', steps: [{ from: 1, color: 'amber', label: 'warning' }, { from: 10, color: 'red', label: 'critical' }] },
      mappings: [{ value: 0, text: 'All clear' }],
      palette: 'colorblind',
    }),
  },
];
