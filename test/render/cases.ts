/**
 * The table of render cases shared by the golden snapshots, the property tests and the PNG gallery.
 */
import type { Reading, RenderOptions, RenderSpec, StatusSpec, Thresholds } from '../../render/types';

export interface RenderCase {
  name: string;
  spec: RenderSpec;
  reading: Reading;
  options?: RenderOptions;
}

export interface StatusCase {
  name: string;
  status: StatusSpec;
  options?: RenderOptions;
}

/** red < 50 ≤ amber < 80 ≤ green. */
export const UP_GOOD: Thresholds = {
  base: 'red',
  baseLabel: 'at risk',
  steps: [
    { from: 50, color: 'amber', label: 'warning' },
    { from: 80, color: 'green', label: 'on track' },
  ],
};

/** green < 10 ≤ amber < 25 ≤ red (e.g. open bugs: fewer is better). */
export const DOWN_GOOD: Thresholds = {
  base: 'green',
  baseLabel: 'healthy',
  steps: [
    { from: 25, color: 'red', label: 'critical' },
    { from: 10, color: 'amber', label: 'warning' },
  ],
};

/** Open bugs: fine below 30, warning from 30, critical from 50 (lower is better). */
export const BUGS: Thresholds = {
  base: 'green',
  steps: [
    { from: 30, color: 'amber', label: 'warning' },
    { from: 50, color: 'red', label: 'critical' },
  ],
};

/** red below 50 %, amber below 80 %, green from 80 % of the scale or target. */
export const PERCENT_UP: Thresholds = { ...UP_GOOD, mode: 'percent' };

const WEEKS = ['Oct 6', 'Oct 13', 'Oct 20', 'Oct 27', 'Nov 3', 'Nov 10', 'Nov 17', 'Nov 24'];
/** Created per week over 8 weeks. */
export const TREND: NonNullable<Reading['trend']> = {
  series: 'created',
  interval: 'week',
  points: [12, 15, 9, 18, 24, 22, 31, 30].map((value, i) => ({ value, label: WEEKS[i] })),
};
/** Gaps (a failed window), an isolated point, negative values. */
export const TREND_GAPS: NonNullable<Reading['trend']> = {
  label: '8 weeks',
  points: [-4, 6, null, 3, null, -8, 2, 5].map((value, i) => ({ value, label: WEEKS[i] })),
};

const LONG = 'Story points completed in the current sprint across all teams of the platform group';
const RTL = 'משימות פתוחות בספרינט';
const EMOJI = '🚀 Launch readiness ✅';

export const GAUGE_CASES: RenderCase[] = [
  { name: 'zero', spec: { kind: 'gauge', title: 'Sprint done', label: 'issues done' }, reading: { value: 0, min: 0, max: 100 } },
  { name: 'min', spec: { kind: 'gauge', title: 'Velocity', label: 'points' }, reading: { value: 10, min: 10, max: 50 } },
  { name: 'max', spec: { kind: 'gauge', title: 'Sprint done', thresholds: UP_GOOD }, reading: { value: 100, min: 0, max: 100 } },
  {
    name: 'mid',
    spec: { kind: 'gauge', title: 'Sprint done', label: 'issues done', thresholds: UP_GOOD },
    reading: { value: 62, min: 0, max: 100, target: 80 },
  },
  {
    name: 'over-max',
    spec: { kind: 'gauge', title: 'Capacity used', format: { unit: 'pts' } },
    reading: { value: 150, min: 0, max: 120, target: 100 },
  },
  { name: 'under-min', spec: { kind: 'gauge', title: 'Throughput' }, reading: { value: -20, min: 0, max: 40 } },
  {
    name: 'negative',
    spec: { kind: 'gauge', title: 'Net change', label: 'created − resolved' },
    reading: { value: -12, min: -50, max: 50, target: 0 },
  },
  {
    name: 'huge',
    spec: { kind: 'gauge', title: 'Logged revenue', format: { prefix: '$' } },
    reading: { value: 12_345_678_901, min: 0, max: 20_000_000_000 },
  },
  {
    name: 'huge-compact',
    spec: { kind: 'gauge', title: 'Logged revenue', format: { style: 'compact', prefix: '$' } },
    reading: { value: 12_345_678_901, min: 0, max: 20_000_000_000 },
  },
  {
    name: 'decimals',
    spec: { kind: 'gauge', title: 'Average age', format: { decimals: 2, unit: 'days' } },
    reading: { value: 3.14159, min: 0, max: 10 },
  },
  {
    name: 'percent',
    spec: { kind: 'gauge', title: 'Test coverage', format: { style: 'percent', decimals: 1 }, thresholds: UP_GOOD },
    reading: { value: 87.46, min: 0, max: 100, target: 90 },
  },
  {
    name: 'duration',
    spec: { kind: 'gauge', title: 'Time logged', label: 'of estimate', format: { style: 'duration' } },
    reading: { value: 100_800, min: 0, max: 288_000, target: 144_000 },
  },
  {
    name: 'long-title',
    spec: { kind: 'gauge', title: LONG, label: 'a label that is much too long for the space between min and max' },
    reading: { value: 33, min: 0, max: 100 },
  },
  { name: 'rtl-title', spec: { kind: 'gauge', title: RTL, label: 'בעיות' }, reading: { value: 42, min: 0, max: 100 } },
  { name: 'emoji-title', spec: { kind: 'gauge', title: EMOJI }, reading: { value: 71, min: 0, max: 100 } },
  {
    name: 'reversed',
    spec: { kind: 'gauge', title: 'Open bugs', thresholds: DOWN_GOOD, higherIsBetter: false },
    reading: { value: 18, min: 0, max: 40, target: 10 },
  },
  {
    name: 'partial',
    spec: { kind: 'gauge', title: 'Estimate sum', format: { unit: 'h' } },
    reading: { value: 412, min: 0, max: 600, partial: true },
  },
  { name: 'no-data', spec: { kind: 'gauge', title: 'Sprint done' }, reading: { value: null, min: 0, max: 100 } },
  { name: 'bad-scale', spec: { kind: 'gauge', title: 'Sprint done' }, reading: { value: 5, min: 10, max: 10 } },
  { name: 'no-title', spec: { kind: 'gauge', thresholds: UP_GOOD }, reading: { value: 55, min: 0, max: 100 } },
  {
    name: 'narrow',
    spec: { kind: 'gauge', title: 'Sprint done', label: 'issues', thresholds: UP_GOOD },
    reading: { value: 62, min: 0, max: 100, target: 80 },
    options: { width: 160 },
  },
  {
    name: 'wide',
    spec: { kind: 'gauge', title: 'Sprint done', label: 'issues', thresholds: UP_GOOD },
    reading: { value: 62, min: 0, max: 100, target: 80 },
    options: { width: 1200 },
  },
  {
    // Issue 25: a wide gauge with a trend puts the trend beside it, not in a thin strip under it.
    name: 'wide-trend',
    spec: { kind: 'gauge', title: 'Story points', label: 'points done' },
    reading: { value: 286, target: 300, trend: TREND },
    options: { width: 1200 },
  },
  {
    name: 'wide-trend-640',
    spec: { kind: 'gauge', title: 'Story points', label: 'points done', thresholds: UP_GOOD },
    reading: { value: 62, min: 0, max: 100, trend: TREND },
    options: { width: 640 },
  },
  {
    name: 'locale-de',
    spec: { kind: 'gauge', title: 'Umsatz', format: { decimals: 1, unit: '€' } },
    reading: { value: 1234.5, min: 0, max: 5000 },
    options: { locale: 'de-DE' },
  },
  // Issue 11: trend, percent thresholds, colour-blind palette, mappings, formats.
  {
    name: 'trend',
    spec: { kind: 'gauge', title: 'Sprint done', label: 'issues done', thresholds: UP_GOOD },
    reading: { value: 62, min: 0, max: 100, target: 80, trend: TREND },
  },
  {
    name: 'trend-gaps',
    spec: { kind: 'gauge', title: 'Net flow', label: 'created − resolved' },
    reading: { value: 5, min: -20, max: 20, trend: TREND_GAPS },
  },
  {
    name: 'trend-narrow',
    spec: { kind: 'gauge', title: 'Sprint done', thresholds: UP_GOOD },
    reading: { value: 62, min: 0, max: 100, trend: TREND },
    options: { width: 160 },
  },
  {
    name: 'percent-thresholds',
    spec: { kind: 'gauge', title: 'Story points', format: { unit: 'pts' }, thresholds: PERCENT_UP },
    reading: { value: 130, min: 0, max: 200 },
  },
  {
    name: 'critical',
    spec: { kind: 'gauge', title: 'Open bugs', thresholds: BUGS, higherIsBetter: false },
    reading: { value: 57, min: 0, max: 80 },
  },
  {
    name: 'colorblind',
    spec: { kind: 'gauge', title: 'Sprint done', label: 'issues done', thresholds: UP_GOOD, palette: 'colorblind' },
    reading: { value: 62, min: 0, max: 100, target: 80 },
  },
  {
    name: 'colorblind-critical',
    spec: { kind: 'gauge', title: 'Open bugs', thresholds: BUGS, higherIsBetter: false, palette: 'colorblind' },
    reading: { value: 57, min: 0, max: 80, trend: TREND },
  },
  {
    name: 'mapping',
    spec: { kind: 'gauge', title: 'Blockers', thresholds: BUGS, higherIsBetter: false, mappings: [{ value: 0, text: 'All clear' }] },
    reading: { value: 0, min: 0, max: 80 },
  },
  {
    name: 'no-value-text',
    spec: { kind: 'gauge', title: 'Sprint done', noValueText: 'No sprint running' },
    reading: { value: null, min: 0, max: 100 },
  },
  {
    name: 'days',
    spec: { kind: 'gauge', title: 'Time logged', format: { style: 'days' } },
    reading: { value: 100_800, min: 0, max: 288_000, target: 144_000 },
  },
];

export const COUNTER_CASES: RenderCase[] = [
  { name: 'zero', spec: { kind: 'counter', title: 'Blockers', label: 'open blockers' }, reading: { value: 0 } },
  { name: 'mid', spec: { kind: 'counter', title: 'Open bugs', label: 'in project GLANCE' }, reading: { value: 42 } },
  { name: 'negative', spec: { kind: 'counter', title: 'Net change', label: 'created − resolved this week' }, reading: { value: -17 } },
  { name: 'huge', spec: { kind: 'counter', title: 'Issues ever created' }, reading: { value: 123_456_789_012_345 } },
  {
    name: 'decimals',
    spec: { kind: 'counter', title: 'Average points', format: { decimals: 3, unit: 'pts' } },
    reading: { value: 5.6667 },
  },
  {
    name: 'percent',
    spec: { kind: 'counter', title: 'Bugs reopened', format: { style: 'percent', decimals: 1 } },
    reading: { value: 12.345, compare: 15, compareLabel: 'vs last month' },
  },
  {
    name: 'duration',
    spec: { kind: 'counter', title: 'Remaining estimate', format: { style: 'duration' } },
    reading: { value: 100_800, compare: 72_000, compareLabel: 'vs yesterday' },
  },
  {
    name: 'up-good',
    spec: { kind: 'counter', title: 'Resolved this week', label: 'issues' },
    reading: { value: 1234, compare: 1100, compareLabel: 'vs last week' },
  },
  {
    name: 'up-bad',
    spec: { kind: 'counter', title: 'Open bugs', higherIsBetter: false },
    reading: { value: 58, compare: 41, compareLabel: 'vs last week' },
  },
  {
    name: 'down-good',
    spec: { kind: 'counter', title: 'Open bugs', higherIsBetter: false },
    reading: { value: 33, compare: 41, compareLabel: 'vs last week' },
  },
  {
    name: 'compare-zero',
    spec: { kind: 'counter', title: 'New incidents' },
    reading: { value: 3, compare: 0, compareLabel: 'vs last week' },
  },
  { name: 'no-change', spec: { kind: 'counter', title: 'New incidents' }, reading: { value: 3, compare: 3, compareLabel: 'vs last week' } },
  { name: 'target', spec: { kind: 'counter', title: 'Story points done', format: { unit: 'pts' } }, reading: { value: 42, target: 50 } },
  {
    name: 'partial',
    spec: { kind: 'counter', title: 'Original estimate', format: { unit: 'h' }, label: 'first 5,000 issues' },
    reading: { value: 9_876, partial: true },
  },
  {
    name: 'partial-narrow',
    spec: { kind: 'counter', title: 'Original estimate', format: { unit: 'h' } },
    reading: { value: 9_876, partial: true, covered: 5_000 },
    options: { width: 200 },
  },
  {
    name: 'long-title',
    spec: {
      kind: 'counter',
      title: LONG,
      label: 'a label that is much too long to fit on one line of this small gadget',
      format: { unit: 'story points' },
    },
    reading: { value: 4321, compare: 4000, compareLabel: 'compared with the same period of the previous quarter' },
  },
  { name: 'rtl-title', spec: { kind: 'counter', title: RTL, label: 'בעיות פתוחות' }, reading: { value: 42 } },
  { name: 'emoji-title', spec: { kind: 'counter', title: EMOJI, label: '🐛 bugs' }, reading: { value: 7 } },
  { name: 'no-data', spec: { kind: 'counter', title: 'Open bugs' }, reading: { value: null } },
  {
    name: 'narrow',
    spec: { kind: 'counter', title: 'Open bugs', label: 'in GLANCE', higherIsBetter: false },
    reading: { value: 1_234_567, compare: 1_200_000, compareLabel: 'vs last week' },
    options: { width: 160 },
  },
  {
    name: 'wide',
    spec: { kind: 'counter', title: 'Open bugs', label: 'in GLANCE' },
    reading: { value: 1234, compare: 1300, target: 1000, compareLabel: 'vs last week' },
    options: { width: 1200 },
  },
  {
    // Issue 25: a wide counter's number grows (to 88 px) and the block is centred; a trend goes beside it.
    name: 'wide-trend',
    spec: { kind: 'counter', title: 'Open bugs', label: 'open bugs', thresholds: BUGS, higherIsBetter: false },
    reading: { value: 81, compare: 70, compareLabel: 'vs last week', trend: TREND },
    options: { width: 1200 },
  },
  {
    name: 'wide-trend-640',
    spec: { kind: 'counter', title: 'Open bugs', label: 'open bugs' },
    reading: { value: 81, trend: TREND },
    options: { width: 640 },
  },
  // Issue 11: trend, threshold states, colour-blind palette, mappings, formats, comparison modes.
  {
    name: 'trend',
    spec: { kind: 'counter', title: 'Created per week', label: 'issues created' },
    reading: { value: 30, compare: 31, compareLabel: 'vs last week', trend: TREND },
  },
  {
    name: 'trend-gaps',
    spec: { kind: 'counter', title: 'Net flow', label: 'created − resolved' },
    reading: { value: 5, trend: TREND_GAPS },
  },
  {
    name: 'trend-narrow',
    spec: { kind: 'counter', title: 'Open bugs', thresholds: BUGS, higherIsBetter: false },
    reading: { value: 42, trend: TREND },
    options: { width: 160 },
  },
  {
    name: 'trend-wide',
    spec: { kind: 'counter', title: 'Created per week', label: 'issues created' },
    reading: { value: 30, compare: 31, compareLabel: 'vs last week', trend: TREND },
    options: { width: 1200 },
  },
  {
    name: 'state-ok',
    spec: { kind: 'counter', title: 'Open bugs', label: 'open bugs', thresholds: BUGS, higherIsBetter: false },
    reading: { value: 12 },
  },
  {
    name: 'state-warning',
    spec: { kind: 'counter', title: 'Open bugs', label: 'open bugs', thresholds: BUGS, higherIsBetter: false },
    reading: { value: 42, compare: 38, compareLabel: 'vs last week' },
  },
  {
    name: 'state-critical',
    spec: { kind: 'counter', title: 'Open bugs', label: 'open bugs', thresholds: BUGS, higherIsBetter: false },
    reading: { value: 57, compare: 38, compareLabel: 'vs last week' },
  },
  {
    name: 'percent-of-target',
    spec: { kind: 'counter', title: 'Story points done', format: { unit: 'pts' }, thresholds: PERCENT_UP },
    reading: { value: 42, target: 50 },
  },
  {
    name: 'colorblind',
    spec: { kind: 'counter', title: 'Open bugs', label: 'open bugs', thresholds: BUGS, higherIsBetter: false, palette: 'colorblind' },
    reading: { value: 57, compare: 38, compareLabel: 'vs last week', trend: TREND },
  },
  {
    name: 'colorblind-down',
    spec: { kind: 'counter', title: 'Open bugs', label: 'open bugs', thresholds: BUGS, higherIsBetter: false, palette: 'colorblind' },
    reading: { value: 22, compare: 38, compareLabel: 'vs last week' },
  },
  {
    name: 'mapping',
    spec: {
      kind: 'counter',
      title: 'Blockers',
      label: 'open blockers',
      thresholds: BUGS,
      higherIsBetter: false,
      mappings: [{ value: 0, text: 'All clear' }],
    },
    reading: { value: 0, compare: 2, compareLabel: 'vs yesterday' },
  },
  {
    name: 'no-value-text',
    spec: { kind: 'counter', title: 'SLA breaches', noValueText: 'Nothing measured yet' },
    reading: { value: null },
  },
  {
    name: 'currency',
    spec: { kind: 'counter', title: 'Budget spent', format: { style: 'currency', currency: 'EUR' } },
    reading: { value: 48_250.5, compare: 41_000, compareLabel: 'vs last month' },
    options: { locale: 'de-DE' },
  },
  // Issue 16: a de-DE viewer — grouping "1.234", decimal comma, German day labels from the server (7 days in Berlin).
  {
    name: 'locale-de',
    spec: { kind: 'counter', title: 'Offene Fehler', label: 'in GLANCE' },
    reading: {
      value: 1234,
      compare: 1100,
      compareLabel: 'ggü. Vorwoche',
      trend: {
        label: '7 Tage',
        points: [1180, 1195, 1201, 1190, 1212, 1226, 1234].map((value, i) => ({ value, label: `${10 + i}. März` })),
      },
    },
    options: { locale: 'de-DE' },
  },
  {
    name: 'currency-usd',
    spec: { kind: 'counter', title: 'Budget spent', format: { style: 'currency', currency: 'USD', decimals: 0 } },
    reading: { value: 1_482_250, target: 2_000_000 },
  },
  {
    name: 'days',
    spec: { kind: 'counter', title: 'Remaining estimate', format: { style: 'days' } },
    reading: { value: 748_800, compare: 676_800, compareLabel: 'vs last week' },
  },
  {
    name: 'suffix',
    spec: { kind: 'counter', title: 'Throughput', format: { prefix: '~', suffix: '/wk', unit: 'issues' } },
    reading: { value: 37, compare: 31, compareLabel: 'vs last month' },
  },
  {
    name: 'compare-percent',
    spec: { kind: 'counter', title: 'Resolved this week', compare: { mode: 'percent', decimals: 0 } },
    reading: { value: 1234, compare: 1100, compareLabel: 'vs last week' },
  },
  {
    name: 'compare-absolute',
    spec: { kind: 'counter', title: 'Average points', format: { unit: 'pts' }, compare: { mode: 'absolute', decimals: 2 } },
    reading: { value: 5.6667, compare: 5.1, compareLabel: 'vs last sprint' },
  },
  {
    name: 'compare-pp',
    spec: { kind: 'counter', title: 'Done ratio', format: { style: 'percent', decimals: 1 }, compare: { decimals: 1 } },
    reading: { value: 62.5, compare: 58, compareLabel: 'vs last sprint' },
  },
];

const SEGMENTS = { todo: 12, inProgress: 17, done: 21 };

export const PROGRESS_CASES: RenderCase[] = [
  { name: 'zero', spec: { kind: 'progress', title: 'Release 2.4' }, reading: { value: 0, total: 40 } },
  { name: 'mid', spec: { kind: 'progress', title: 'Release 2.4' }, reading: { value: 21, total: 50 } },
  { name: 'complete', spec: { kind: 'progress', title: 'Release 2.4', thresholds: UP_GOOD }, reading: { value: 40, total: 40 } },
  { name: 'almost', spec: { kind: 'progress', title: 'Release 2.4' }, reading: { value: 498, total: 500 } },
  { name: 'tiny', spec: { kind: 'progress', title: 'Migration' }, reading: { value: 1, total: 500 } },
  { name: 'over', spec: { kind: 'progress', title: 'Release 2.4' }, reading: { value: 55, total: 50 } },
  {
    name: 'segments',
    spec: { kind: 'progress', title: 'Sprint 42', showSegments: true },
    reading: { value: 21, total: 50, segments: SEGMENTS },
  },
  { name: 'thresholds', spec: { kind: 'progress', title: 'Sprint 42', thresholds: UP_GOOD }, reading: { value: 31, total: 50 } },
  {
    name: 'decimals',
    spec: { kind: 'progress', title: 'Points burned', format: { decimals: 1, unit: 'pts' }, label: 'burned' },
    reading: { value: 12.5, total: 40 },
  },
  {
    name: 'huge',
    spec: { kind: 'progress', title: 'Backlog cleanup', format: { style: 'compact' } },
    reading: { value: 1_234_567, total: 9_876_543 },
  },
  { name: 'no-issues', spec: { kind: 'progress', title: 'Release 2.4' }, reading: { value: 0, total: 0 } },
  { name: 'no-data', spec: { kind: 'progress', title: 'Release 2.4' }, reading: { value: null } },
  {
    name: 'long-title',
    spec: { kind: 'progress', title: LONG, label: 'issues resolved by the platform group this quarter', showSegments: true },
    reading: { value: 21, total: 50, segments: SEGMENTS },
  },
  { name: 'rtl-title', spec: { kind: 'progress', title: RTL }, reading: { value: 7, total: 20 } },
  { name: 'emoji-title', spec: { kind: 'progress', title: EMOJI }, reading: { value: 7, total: 20 } },
  {
    name: 'narrow',
    spec: { kind: 'progress', title: 'Sprint 42', showSegments: true },
    reading: { value: 21, total: 50, segments: SEGMENTS },
    options: { width: 160 },
  },
  {
    name: 'wide',
    spec: { kind: 'progress', title: 'Sprint 42', showSegments: true },
    reading: { value: 21, total: 50, segments: SEGMENTS },
    options: { width: 1200 },
  },
  // Issue 11: expected progress, threshold states, colour-blind palette, mappings.
  {
    name: 'expected-behind',
    spec: { kind: 'progress', title: 'Sprint 42' },
    reading: { value: 21, total: 50, expected: { fraction: 0.5 } },
  },
  {
    name: 'expected-ahead',
    spec: { kind: 'progress', title: 'Release 2.4' },
    reading: { value: 31, total: 50, expected: { fraction: 0.5 } },
  },
  {
    name: 'expected-on-track',
    spec: { kind: 'progress', title: 'Release 2.4' },
    reading: { value: 26, total: 50, expected: { fraction: 0.51, label: 'of the sprint gone' } },
  },
  {
    name: 'expected-segments',
    spec: { kind: 'progress', title: 'Sprint 42', showSegments: true },
    reading: { value: 21, total: 50, segments: SEGMENTS, expected: { fraction: 0.62 } },
  },
  {
    name: 'expected-narrow',
    spec: { kind: 'progress', title: 'Sprint 42', thresholds: UP_GOOD },
    reading: { value: 21, total: 50, expected: { fraction: 0.62 } },
    options: { width: 160 },
  },
  // Issue 19: the active sprint's name and day; a name too long for the row gives way to the day alone.
  {
    name: 'expected-sprint',
    spec: { kind: 'progress', title: 'Sprint progress', showSegments: true },
    reading: { value: 21, total: 50, segments: SEGMENTS, expected: { fraction: 0.55, day: 6, days: 10, sprint: 'Sprint 42' } },
  },
  {
    name: 'expected-sprint-long',
    spec: { kind: 'progress', title: 'Sprint progress' },
    reading: { value: 21, total: 50, expected: { fraction: 0.55, day: 6, days: 10, sprint: 'Checkout and Payments Sprint 2026-48' } },
  },
  {
    name: 'colorblind',
    spec: { kind: 'progress', title: 'Sprint 42', thresholds: UP_GOOD, palette: 'colorblind' },
    reading: { value: 31, total: 50, expected: { fraction: 0.5 } },
  },
  {
    name: 'colorblind-segments',
    spec: { kind: 'progress', title: 'Sprint 42', showSegments: true, palette: 'colorblind' },
    reading: { value: 21, total: 50, segments: SEGMENTS },
  },
  {
    name: 'mapping',
    spec: { kind: 'progress', title: 'Release 2.4', thresholds: UP_GOOD, mappings: [{ value: 100, text: 'Shipped' }] },
    reading: { value: 40, total: 40 },
  },
  { name: 'no-value-text', spec: { kind: 'progress', title: 'Release 2.4', noValueText: 'Pick a version' }, reading: { value: null } },
];

export const STATUS_CASES: StatusCase[] = [
  {
    name: 'error',
    status: {
      state: 'error',
      title: 'Open bugs',
      message: 'The JQL query is not valid',
      detail: "Field 'prioritee' does not exist or you do not have permission to view it.",
    },
  },
  { name: 'empty', status: { state: 'empty', title: 'Open bugs', message: 'No data' } },
  { name: 'loading', status: { state: 'loading', message: 'Loading…' } },
  {
    name: 'error-gauge',
    status: {
      state: 'error',
      title: 'Sprint done',
      message: 'Jira is not answering',
      detail: 'Retried 3 times. Try again in a minute.',
      kind: 'gauge',
    },
  },
  {
    name: 'long',
    status: {
      state: 'error',
      message: 'You do not have permission to see the issues of the filter this gadget uses, ask its owner to share it',
      detail: 'x'.repeat(400),
    },
    options: { width: 160 },
  },
];

/** Every gadget case, named `<kind>-<case>`. */
export const ALL_CASES: RenderCase[] = [...GAUGE_CASES, ...COUNTER_CASES, ...PROGRESS_CASES].map((c) => ({
  ...c,
  name: `${c.spec.kind}-${c.name}`,
}));
