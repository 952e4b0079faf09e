/**
 * Ready-made settings that fill the whole form in one click. Queries work on any Jira site (each has
 * a restriction, as Jira refuses unbounded queries); users then narrow them to their projects.
 */
import type { GadgetConfig, Source } from '../../functions/config/types';
import type { FormKey } from '../../i18n/en/form';
import { t } from './translate';

/** A preset: its button's words are catalogue keys; its titles and labels are written in the viewer's language when picked. */
export interface FormPreset {
  id: string;
  /** The gadget it is for: each gadget's form offers the presets of its own kind. */
  kind: GadgetConfig['kind'];
  name: FormKey;
  /** One line under the button. */
  blurb: FormKey;
  /** A valid configuration, as the resolver normalises it (so the form reads it back unchanged). */
  config(today: Date): GadgetConfig;
}

const jql = (q: string): Source => ({ type: 'jql', jql: q });

export const FORM_PRESETS: readonly FormPreset[] = [
  {
    id: 'open-bugs',
    kind: 'counter',
    name: 'preset.openBugs.name',
    blurb: 'preset.openBugs.blurb',
    config: () => ({
      version: 2,
      kind: 'counter',
      title: t('preset.openBugs.title'),
      label: t('preset.openBugs.label'),
      source: jql('issuetype = Bug AND statusCategory != Done'),
      metric: { type: 'count' },
      higherIsBetter: false,
      trend: { series: 'created', interval: 'week', points: 8 },
    }),
  },
  {
    id: 'net-flow',
    kind: 'counter',
    name: 'preset.netFlow.name',
    blurb: 'preset.netFlow.blurb',
    config: () => ({
      version: 2,
      kind: 'counter',
      title: t('preset.netFlow.title'),
      label: t('preset.netFlow.label'),
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
      mappings: [{ value: 0, text: t('preset.netFlow.balanced') }],
    }),
  },
  {
    id: 'active-sprint',
    kind: 'progress',
    name: 'preset.activeSprint.name',
    blurb: 'preset.activeSprint.blurb',
    config: () => ({
      version: 2,
      kind: 'progress',
      title: t('preset.activeSprint.title'),
      label: t('preset.issuesDone'),
      source: jql('sprint in openSprints()'),
      metric: { type: 'ratio', segments: true },
      expected: { sprint: 'active' },
    }),
  },
  {
    id: 'story-points',
    kind: 'gauge',
    name: 'preset.storyPoints.name',
    blurb: 'preset.storyPoints.blurb',
    config: () => ({
      version: 2,
      kind: 'gauge',
      title: t('preset.storyPoints.title'),
      label: t('preset.storyPoints.label'),
      source: jql('sprint in openSprints() AND statusCategory = Done'),
      metric: { type: 'aggregate', op: 'sum', fieldId: 'customfield_10016' },
      // No maximum: the scale ends at a round number above the points (render/gauge.ts), so a big
      // team's 423 points are not an overflowing 0–100 gauge.
      thresholds: {
        mode: 'percent',
        base: 'red',
        steps: [
          { from: 50, color: 'amber', label: t('preset.behind') },
          { from: 80, color: 'green', label: t('preset.onTrack') },
        ],
      },
      format: { unit: t('preset.storyPoints.unit') },
    }),
  },
  {
    id: 'sla-breaches',
    kind: 'counter',
    name: 'preset.slaBreaches.name',
    blurb: 'preset.slaBreaches.blurb',
    config: () => ({
      version: 2,
      kind: 'counter',
      title: t('preset.slaBreaches.title'),
      label: t('preset.slaBreaches.label'),
      source: jql('labels = sla-breach AND statusCategory != Done'),
      metric: { type: 'count' },
      higherIsBetter: false,
      thresholds: {
        base: 'green',
        steps: [
          { from: 1, color: 'amber', label: t('preset.warning') },
          { from: 10, color: 'red', label: t('preset.critical') },
        ],
      },
      mappings: [{ value: 0, text: t('preset.allClear') }],
      palette: 'colorblind',
    }),
  },
];
