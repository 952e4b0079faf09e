import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GadgetConfig } from '../../functions/config/types';
import type { MetricResult } from '../../functions/metrics/read-numbers';
import { percent, renderInputs } from '../../functions/render-inputs';

const base: GadgetConfig = { version: 2, kind: 'counter', source: { type: 'jql', jql: 'project = A' }, metric: { type: 'count' } };
const href = '/issues/?jql=x';
const links = { value: href };

describe('renderInputs: config + metric result → RenderSpec and Reading', () => {
  const cases: [
    string,
    GadgetConfig,
    MetricResult,
    Partial<ReturnType<typeof renderInputs>['spec']>,
    ReturnType<typeof renderInputs>['reading'],
  ][] = [
    [
      'count on a counter',
      { ...base, title: 'Bugs', label: 'open bugs', higherIsBetter: false },
      { value: 42, href, links },
      { kind: 'counter', title: 'Bugs', label: 'open bugs', higherIsBetter: false },
      { value: 42 },
    ],
    [
      'gauge scale and target from config',
      { ...base, kind: 'gauge', min: 10, max: 200, target: 150 },
      { value: 42, href, links },
      { kind: 'gauge' },
      { value: 42, min: 10, max: 200, target: 150 },
    ],
    [
      'ratio on a gauge is a percentage on 0..100',
      { ...base, kind: 'gauge', metric: { type: 'ratio' } },
      { value: 1, total: 3, href, links },
      { kind: 'gauge', format: { style: 'percent' } },
      { value: 33.3, min: 0, max: 100 },
    ],
    [
      'ratio with no issues has no value',
      { ...base, kind: 'gauge', metric: { type: 'ratio' } },
      { value: 0, total: 0, href, links },
      { kind: 'gauge' },
      { value: null, min: 0, max: 100 },
    ],
    [
      'ratio on progress: done of total, segments when asked',
      { ...base, kind: 'progress', metric: { type: 'ratio', segments: true } },
      { value: 4, total: 10, segments: { todo: 5, inProgress: 1, done: 4 }, href, links },
      { kind: 'progress', showSegments: true },
      { value: 4, total: 10, segments: { todo: 5, inProgress: 1, done: 4 } },
    ],
    [
      'segments read but not asked for are not shown',
      { ...base, kind: 'progress', metric: { type: 'ratio' } },
      { value: 4, total: 10, href, links },
      { kind: 'progress' },
      { value: 4, total: 10 },
    ],
    [
      'count on progress fills to max',
      { ...base, kind: 'progress', max: 50 },
      { value: 20, href, links },
      { kind: 'progress' },
      { value: 20, max: 50, total: 50 },
    ],
    [
      'sum partial is flagged',
      { ...base, metric: { type: 'aggregate', op: 'sum', fieldId: 'cf' } },
      { value: 5000, partial: true, href, links },
      { kind: 'counter' },
      { value: 5000, partial: true },
    ],
    [
      'counter comparison with its label',
      { ...base, compare: { source: { type: 'jql', jql: 'project = B' }, label: 'vs last week' } },
      { value: 42, href, links, compare: { value: 30 } },
      { kind: 'counter' },
      { value: 42, compare: 30, compareLabel: 'vs last week' },
    ],
    [
      'ratio comparison in the same (percent) units',
      { ...base, metric: { type: 'ratio' }, compare: { source: { type: 'jql', jql: 'project = B' } } },
      { value: 1, total: 2, href, links, compare: { value: 1, total: 4 } },
      { kind: 'counter', format: { style: 'percent' } },
      { value: 50, min: 0, max: 100, compare: 25 },
    ],
    [
      'explicit format wins over the percent default',
      { ...base, kind: 'gauge', metric: { type: 'ratio' }, format: { style: 'number', unit: '%' } },
      { value: 1, total: 4, href, links },
      { format: { style: 'number', unit: '%' } },
      { value: 25, min: 0, max: 100 },
    ],
    [
      'v2 display settings pass through',
      {
        ...base,
        mappings: [{ value: 0, text: 'All clear' }],
        noValueText: 'Nothing',
        palette: 'colorblind',
        thresholds: { base: 'red', mode: 'percent', steps: [{ from: 80, color: 'green' }] },
        compare: { source: { type: 'jql', jql: 'project = B' }, mode: 'percent', decimals: 1, label: 'vs last week' },
      },
      { value: 0, href, links, compare: { value: 4 } },
      {
        mappings: [{ value: 0, text: 'All clear' }],
        noValueText: 'Nothing',
        palette: 'colorblind',
        compare: { mode: 'percent', decimals: 1 },
        thresholds: { base: 'red', mode: 'percent', steps: [{ from: 80, color: 'green' }] },
      },
      { value: 0, compare: 4, compareLabel: 'vs last week' },
    ],
    [
      'compare mode is not passed to gauges',
      { ...base, kind: 'gauge', compare: { source: { type: 'jql', jql: 'project = B' }, mode: 'absolute' } },
      { value: 3, href, links },
      { compare: undefined },
      { value: 3 },
    ],
    [
      'trend points on a counter',
      { ...base, trend: { series: 'created', interval: 'week', points: 2 } },
      {
        value: 5,
        href,
        links,
        trend: [
          { value: 3, label: 'Nov 16' },
          { value: null, label: 'Nov 23' },
        ],
      },
      { kind: 'counter' },
      {
        value: 5,
        trend: {
          points: [
            { value: 3, label: 'Nov 16' },
            { value: null, label: 'Nov 23' },
          ],
          series: 'created',
          interval: 'week',
        },
      },
    ],
    [
      'expected progress on a progress bar',
      { ...base, kind: 'progress', metric: { type: 'ratio' }, expected: { start: '2026-11-01', end: '2026-11-20' } },
      { value: 2, total: 8, href, links, expected: { fraction: 0.575, day: 12, days: 20 } },
      { kind: 'progress' },
      { value: 2, total: 8, expected: { fraction: 0.575, day: 12, days: 20 } },
    ],
    [
      'age defaults to days, the configured format wins',
      { ...base, metric: { type: 'age', op: 'oldest' }, format: { decimals: 1 } },
      { value: 12.5, href, links },
      { format: { unit: 'days', decimals: 1 } },
      { value: 12.5 },
    ],
    [
      'no value (e.g. an average of nothing) stays null',
      { ...base, metric: { type: 'aggregate', op: 'avg', fieldId: 'cf' } },
      { value: null, href, links },
      { format: undefined },
      { value: null },
    ],
  ];
  for (const [name, config, result, spec, reading] of cases) {
    it(name, () => {
      const out = renderInputs(config, result);
      for (const [k, v] of Object.entries(spec)) assert.deepEqual((out.spec as unknown as Record<string, unknown>)[k], v, k);
      assert.deepEqual(out.reading, reading);
    });
  }
});

describe('percent', () => {
  const cases: [number, number | undefined, number | null][] = [
    [0, 10, 0],
    [10, 10, 100],
    [2, 3, 66.7],
    [1, 0, null],
    [1, undefined, null],
  ];
  for (const [value, total, expected] of cases)
    it(`${value}/${total} → ${expected}`, () => assert.equal(percent({ value, total }), expected));
});

describe('renderInputs: number defaults per field type (issue #25: 51,761,700 raw seconds of Time Spent)', () => {
  const sum = (fieldId: string, format?: GadgetConfig['format']): GadgetConfig => ({
    ...base,
    metric: { type: 'aggregate', op: 'sum', fieldId },
    ...(format ? { format } : {}),
  });
  it('a sum of a time-tracking field is a duration unless a style is chosen', () => {
    assert.equal(renderInputs(sum('timespent'), { value: 51_761_700, href, links }).spec.format?.style, 'duration');
    assert.equal(
      renderInputs(sum('aggregatetimeoriginalestimate', { decimals: 1 }), { value: 1, href, links }).spec.format?.style,
      'duration',
    );
    assert.equal(renderInputs(sum('timespent', { style: 'compact' }), { value: 1, href, links }).spec.format?.style, 'compact');
    assert.equal(renderInputs(sum('customfield_10016'), { value: 1, href, links }).spec.format, undefined);
  });
});
