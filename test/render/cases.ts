/**
 * The table of render cases shared by the golden snapshots, the property tests and the PNG gallery.
 */
import type { Reading, RenderOptions, RenderSpec, StatusSpec, Thresholds } from '../../render/types.ts';

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

const LONG = 'Story points completed in the current sprint across all teams of the platform group';
const RTL = 'משימות פתוחות בספרינט';
const EMOJI = '🚀 Launch readiness ✅';

export const GAUGE_CASES: RenderCase[] = [
  { name: 'zero', spec: { kind: 'gauge', title: 'Sprint done', label: 'issues done' }, reading: { value: 0, min: 0, max: 100 } },
  { name: 'min', spec: { kind: 'gauge', title: 'Velocity', label: 'points' }, reading: { value: 10, min: 10, max: 50 } },
  { name: 'max', spec: { kind: 'gauge', title: 'Sprint done', thresholds: UP_GOOD }, reading: { value: 100, min: 0, max: 100 } },
  { name: 'mid', spec: { kind: 'gauge', title: 'Sprint done', label: 'issues done', thresholds: UP_GOOD }, reading: { value: 62, min: 0, max: 100, target: 80 } },
  { name: 'over-max', spec: { kind: 'gauge', title: 'Capacity used', format: { unit: 'pts' } }, reading: { value: 150, min: 0, max: 120, target: 100 } },
  { name: 'under-min', spec: { kind: 'gauge', title: 'Throughput' }, reading: { value: -20, min: 0, max: 40 } },
  { name: 'negative', spec: { kind: 'gauge', title: 'Net change', label: 'created − resolved' }, reading: { value: -12, min: -50, max: 50, target: 0 } },
  { name: 'huge', spec: { kind: 'gauge', title: 'Logged revenue', format: { prefix: '$' } }, reading: { value: 12_345_678_901, min: 0, max: 20_000_000_000 } },
  { name: 'huge-compact', spec: { kind: 'gauge', title: 'Logged revenue', format: { style: 'compact', prefix: '$' } }, reading: { value: 12_345_678_901, min: 0, max: 20_000_000_000 } },
  { name: 'decimals', spec: { kind: 'gauge', title: 'Average age', format: { decimals: 2, unit: 'days' } }, reading: { value: 3.14159, min: 0, max: 10 } },
  { name: 'percent', spec: { kind: 'gauge', title: 'Test coverage', format: { style: 'percent', decimals: 1 }, thresholds: UP_GOOD }, reading: { value: 87.46, min: 0, max: 100, target: 90 } },
  { name: 'duration', spec: { kind: 'gauge', title: 'Time logged', label: 'of estimate', format: { style: 'duration' } }, reading: { value: 100_800, min: 0, max: 288_000, target: 144_000 } },
  { name: 'long-title', spec: { kind: 'gauge', title: LONG, label: 'a label that is much too long for the space between min and max' }, reading: { value: 33, min: 0, max: 100 } },
  { name: 'rtl-title', spec: { kind: 'gauge', title: RTL, label: 'בעיות' }, reading: { value: 42, min: 0, max: 100 } },
  { name: 'emoji-title', spec: { kind: 'gauge', title: EMOJI }, reading: { value: 71, min: 0, max: 100 } },
  { name: 'reversed', spec: { kind: 'gauge', title: 'Open bugs', thresholds: DOWN_GOOD, higherIsBetter: false }, reading: { value: 18, min: 0, max: 40, target: 10 } },
  { name: 'partial', spec: { kind: 'gauge', title: 'Estimate sum', format: { unit: 'h' } }, reading: { value: 412, min: 0, max: 600, partial: true } },
  { name: 'no-data', spec: { kind: 'gauge', title: 'Sprint done' }, reading: { value: null, min: 0, max: 100 } },
  { name: 'bad-scale', spec: { kind: 'gauge', title: 'Sprint done' }, reading: { value: 5, min: 10, max: 10 } },
  { name: 'no-title', spec: { kind: 'gauge', thresholds: UP_GOOD }, reading: { value: 55, min: 0, max: 100 } },
  { name: 'narrow', spec: { kind: 'gauge', title: 'Sprint done', label: 'issues', thresholds: UP_GOOD }, reading: { value: 62, min: 0, max: 100, target: 80 }, options: { width: 160 } },
  { name: 'wide', spec: { kind: 'gauge', title: 'Sprint done', label: 'issues', thresholds: UP_GOOD }, reading: { value: 62, min: 0, max: 100, target: 80 }, options: { width: 1200 } },
  { name: 'locale-de', spec: { kind: 'gauge', title: 'Umsatz', format: { decimals: 1, unit: '€' } }, reading: { value: 1234.5, min: 0, max: 5000 }, options: { locale: 'de-DE' } },
];

export const COUNTER_CASES: RenderCase[] = [
  { name: 'zero', spec: { kind: 'counter', title: 'Blockers', label: 'open blockers' }, reading: { value: 0 } },
  { name: 'mid', spec: { kind: 'counter', title: 'Open bugs', label: 'in project GLANCE' }, reading: { value: 42 } },
  { name: 'negative', spec: { kind: 'counter', title: 'Net change', label: 'created − resolved this week' }, reading: { value: -17 } },
  { name: 'huge', spec: { kind: 'counter', title: 'Issues ever created' }, reading: { value: 123_456_789_012_345 } },
  { name: 'decimals', spec: { kind: 'counter', title: 'Average points', format: { decimals: 3, unit: 'pts' } }, reading: { value: 5.6667 } },
  { name: 'percent', spec: { kind: 'counter', title: 'Bugs reopened', format: { style: 'percent', decimals: 1 } }, reading: { value: 12.345, compare: 15, compareLabel: 'vs last month' }, },
  { name: 'duration', spec: { kind: 'counter', title: 'Remaining estimate', format: { style: 'duration' } }, reading: { value: 100_800, compare: 72_000, compareLabel: 'vs yesterday' }, },
  { name: 'up-good', spec: { kind: 'counter', title: 'Resolved this week', label: 'issues' }, reading: { value: 1234, compare: 1100, compareLabel: 'vs last week' } },
  { name: 'up-bad', spec: { kind: 'counter', title: 'Open bugs', higherIsBetter: false }, reading: { value: 58, compare: 41, compareLabel: 'vs last week' } },
  { name: 'down-good', spec: { kind: 'counter', title: 'Open bugs', higherIsBetter: false }, reading: { value: 33, compare: 41, compareLabel: 'vs last week' } },
  { name: 'compare-zero', spec: { kind: 'counter', title: 'New incidents' }, reading: { value: 3, compare: 0, compareLabel: 'vs last week' } },
  { name: 'no-change', spec: { kind: 'counter', title: 'New incidents' }, reading: { value: 3, compare: 3, compareLabel: 'vs last week' } },
  { name: 'target', spec: { kind: 'counter', title: 'Story points done', format: { unit: 'pts' } }, reading: { value: 42, target: 50 } },
  { name: 'partial', spec: { kind: 'counter', title: 'Original estimate', format: { unit: 'h' }, label: 'first 5,000 issues' }, reading: { value: 9_876, partial: true } },
  { name: 'long-title', spec: { kind: 'counter', title: LONG, label: 'a label that is much too long to fit on one line of this small gadget', format: { unit: 'story points' } }, reading: { value: 4321, compare: 4000, compareLabel: 'compared with the same period of the previous quarter' } },
  { name: 'rtl-title', spec: { kind: 'counter', title: RTL, label: 'בעיות פתוחות' }, reading: { value: 42 } },
  { name: 'emoji-title', spec: { kind: 'counter', title: EMOJI, label: '🐛 bugs' }, reading: { value: 7 } },
  { name: 'no-data', spec: { kind: 'counter', title: 'Open bugs' }, reading: { value: null } },
  { name: 'narrow', spec: { kind: 'counter', title: 'Open bugs', label: 'in GLANCE', higherIsBetter: false }, reading: { value: 1_234_567, compare: 1_200_000, compareLabel: 'vs last week' }, options: { width: 160 } },
  { name: 'wide', spec: { kind: 'counter', title: 'Open bugs', label: 'in GLANCE' }, reading: { value: 1234, compare: 1300, target: 1000, compareLabel: 'vs last week' }, options: { width: 1200 } },
];

const SEGMENTS = { todo: 12, inProgress: 17, done: 21 };

export const PROGRESS_CASES: RenderCase[] = [
  { name: 'zero', spec: { kind: 'progress', title: 'Release 2.4' }, reading: { value: 0, total: 40 } },
  { name: 'mid', spec: { kind: 'progress', title: 'Release 2.4' }, reading: { value: 21, total: 50 } },
  { name: 'complete', spec: { kind: 'progress', title: 'Release 2.4', thresholds: UP_GOOD }, reading: { value: 40, total: 40 } },
  { name: 'almost', spec: { kind: 'progress', title: 'Release 2.4' }, reading: { value: 498, total: 500 } },
  { name: 'tiny', spec: { kind: 'progress', title: 'Migration' }, reading: { value: 1, total: 500 } },
  { name: 'over', spec: { kind: 'progress', title: 'Release 2.4' }, reading: { value: 55, total: 50 } },
  { name: 'segments', spec: { kind: 'progress', title: 'Sprint 42', showSegments: true }, reading: { value: 21, total: 50, segments: SEGMENTS } },
  { name: 'thresholds', spec: { kind: 'progress', title: 'Sprint 42', thresholds: UP_GOOD }, reading: { value: 31, total: 50 } },
  { name: 'decimals', spec: { kind: 'progress', title: 'Points burned', format: { decimals: 1, unit: 'pts' }, label: 'burned' }, reading: { value: 12.5, total: 40 } },
  { name: 'huge', spec: { kind: 'progress', title: 'Backlog cleanup', format: { style: 'compact' } }, reading: { value: 1_234_567, total: 9_876_543 } },
  { name: 'no-issues', spec: { kind: 'progress', title: 'Release 2.4' }, reading: { value: 0, total: 0 } },
  { name: 'no-data', spec: { kind: 'progress', title: 'Release 2.4' }, reading: { value: null } },
  { name: 'long-title', spec: { kind: 'progress', title: LONG, label: 'issues resolved by the platform group this quarter', showSegments: true }, reading: { value: 21, total: 50, segments: SEGMENTS } },
  { name: 'rtl-title', spec: { kind: 'progress', title: RTL }, reading: { value: 7, total: 20 } },
  { name: 'emoji-title', spec: { kind: 'progress', title: EMOJI }, reading: { value: 7, total: 20 } },
  { name: 'narrow', spec: { kind: 'progress', title: 'Sprint 42', showSegments: true }, reading: { value: 21, total: 50, segments: SEGMENTS }, options: { width: 160 } },
  { name: 'wide', spec: { kind: 'progress', title: 'Sprint 42', showSegments: true }, reading: { value: 21, total: 50, segments: SEGMENTS }, options: { width: 1200 } },
];

export const STATUS_CASES: StatusCase[] = [
  { name: 'error', status: { state: 'error', title: 'Open bugs', message: 'The JQL query is not valid', detail: "Field 'prioritee' does not exist or you do not have permission to view it." } },
  { name: 'empty', status: { state: 'empty', title: 'Open bugs', message: 'No data' } },
  { name: 'loading', status: { state: 'loading', message: 'Loading…' } },
  { name: 'error-gauge', status: { state: 'error', title: 'Sprint done', message: 'Jira is not answering', detail: 'Retried 3 times. Try again in a minute.', kind: 'gauge' } },
  { name: 'long', status: { state: 'error', message: 'You do not have permission to see the issues of the filter this gadget uses, ask its owner to share it', detail: 'x'.repeat(400) }, options: { width: 160 } },
];

/** Every gadget case, named `<kind>-<case>`. */
export const ALL_CASES: RenderCase[] = [...GAUGE_CASES, ...COUNTER_CASES, ...PROGRESS_CASES].map((c) => ({ ...c, name: `${c.spec.kind}-${c.name}` }));
