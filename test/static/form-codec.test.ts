/**
 * The edit form's codec without a browser: a configuration → the form's values → a configuration.
 * Every form preset, every preview gadget (versions 1 and 2, validated as the edit view does on
 * load) and a table of version-2 settings come back exactly as they went in; the edge cases show what
 * the form leaves out, normalises or passes on for the resolver to explain.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PREVIEW_GADGETS } from '../../dev/dashboard/preview-gadgets';
import type { GadgetConfig } from '../../functions/config/types';
import { validate } from '../../functions/config/validate';
import { fromValues, toValues, type Draft, type FormValues, type VariableValues } from '../../static/edit/codec';
import { FORM_PRESETS } from '../../static/edit/presets';

/** What the edit view does on load: the resolver's normalised config (v1 migrated to v2). */
function validated(raw: unknown): GadgetConfig {
  const r = validate(raw);
  assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
  return r.config;
}

const roundTrip = (config: Draft): Draft => fromValues(toValues(config), config);
/** The form's values for `config` with `change` applied, read back. */
const edited = (config: Draft, change: (v: FormValues) => void): Draft => {
  const values = toValues(config);
  change(values);
  return fromValues(values, config);
};

const jql = (q: string) => ({ type: 'jql' as const, jql: q });
const SP = 'customfield_10016';
const base: GadgetConfig = { version: 2, kind: 'counter', source: jql('project = ABC'), metric: { type: 'count' } };
const progress: GadgetConfig = { ...base, kind: 'progress', metric: { type: 'ratio' } };

/** Version-2 settings, each shown by the form and so read back unchanged. */
const V2: [string, GadgetConfig][] = [
  ['minimal counter', base],
  ['saved filter', { ...base, source: { type: 'filter', filterId: '10000' } }],
  ['project with a preset', { ...base, source: { type: 'project', projectKey: 'ABC', preset: 'open-bugs' } }],
  ['every aggregation', { ...base, kind: 'gauge', metric: { type: 'aggregate', op: 'median', fieldId: SP }, min: 0, max: 40 }],
  ['count of non-empty', { ...base, metric: { type: 'aggregate', op: 'countNonEmpty', fieldId: 'labels' } }],
  ['age of the oldest', { ...base, metric: { type: 'age', op: 'oldest' } }],
  ['average age', { ...base, metric: { type: 'age', op: 'average' } }],
  ['days until due', { ...base, metric: { type: 'dueIn' } }],
  [
    'ratio with done JQL and segments',
    { ...base, kind: 'progress', metric: { type: 'ratio', doneJql: 'resolution = Done', segments: true } },
  ],
  [
    'progress of a sum with a maximum',
    { ...base, kind: 'progress', metric: { type: 'aggregate', op: 'sum', fieldId: 'timeestimate' }, max: 100 },
  ],
  [
    'formula with four variables over every kind of source',
    {
      ...base,
      metric: {
        type: 'formula',
        expression: '(A + C) / B * D',
        variables: [
          { name: 'A', source: jql('project = ABC'), metric: { type: 'count' } },
          { name: 'B', source: { type: 'project', projectKey: 'ABC', preset: 'all' }, metric: { type: 'dueIn' } },
          { name: 'C', source: { type: 'filter', filterId: '7' }, metric: { type: 'ratio', doneJql: 'status = Closed' } },
          { name: 'D', source: jql('project = DEF'), metric: { type: 'aggregate', op: 'avg', fieldId: SP } },
        ],
      },
    },
  ],
  [
    'thresholds in percent with a custom colour and names',
    {
      ...base,
      target: 50,
      thresholds: {
        mode: 'percent',
        base: '#aabbcc',
        baseLabel: 'low',
        steps: [
          { from: 50, color: 'amber', label: 'mid' },
          { from: 90, color: 'teal' },
        ],
      },
    },
  ],
  ['absolute thresholds without steps', { ...base, thresholds: { base: 'red', steps: [] } }],
  ['lower is better, colour-blind palette', { ...base, higherIsBetter: false, palette: 'colorblind' }],
  [
    'every format setting',
    { ...base, format: { style: 'currency', decimals: 2, prefix: '~', suffix: '/mo', unit: 'net', currency: 'EUR' } },
  ],
  ['compact with no decimals', { ...base, format: { style: 'compact', decimals: 0 } }],
  [
    'comparison in percent with decimals',
    { ...base, compare: { source: jql('project = ABC AND created < -7d'), label: 'vs last week', mode: 'percent', decimals: 1 } },
  ],
  ['trend of the matching number per month', { ...base, trend: { series: 'matching', interval: 'month', points: 12 } }],
  ['expected progress between dates', { ...progress, expected: { start: '2026-03-02', end: '2026-03-15' } }],
  ['expected progress of a version', { ...progress, expected: { versionId: '10107' } }],
  ['expected progress against the active sprint', { ...progress, expected: { sprint: 'active' } }],
  [
    'value mappings and no-value text',
    {
      ...base,
      mappings: [
        { value: 0, text: 'All clear' },
        { value: -1.5, text: 'odd' },
      ],
      noValueText: 'Nothing',
    },
  ],
  ['title, label and an hourly refresh', { ...base, title: 'Open bugs', label: 'bugs', refresh: 60 }],
  ['a refresh the list does not offer', { ...base, refresh: 7 }],
  ['a pinned locale (no control: kept as loaded)', { ...base, locale: 'de-DE' }],
];

describe('form codec: round trips', () => {
  const today = new Date('2026-03-04T12:00:00Z');

  test('every form preset reads back exactly', () => {
    for (const p of FORM_PRESETS) assert.deepEqual(roundTrip(p.config(today)), p.config(today), p.id);
  });

  test('every preview gadget (version 1 and 2), as the edit view loads it, reads back exactly', () => {
    assert.ok(PREVIEW_GADGETS.some((g) => g.config.version === 1) && PREVIEW_GADGETS.some((g) => g.config.version === 2));
    for (const g of PREVIEW_GADGETS) {
      const config = validated(g.config);
      assert.deepEqual(roundTrip(config), config, g.id);
    }
  });

  for (const [name, config] of V2) {
    test(`v2: ${name}`, () => {
      assert.deepEqual(validated(config), config, 'the case is a normalised configuration');
      assert.deepEqual(roundTrip(config), config);
    });
  }

  test('a version-1 configuration is read back as version 2 (a sum becomes an aggregation)', () => {
    const v1 = { version: 1, kind: 'gauge', source: jql('project = ABC'), metric: { type: 'sum', fieldId: SP }, max: 10 } as const;
    const shownAsItIs = roundTrip(v1); // a stored v1 the resolver refused is shown as it is
    assert.deepEqual(shownAsItIs, { ...v1, version: 2, metric: { type: 'aggregate', op: 'sum', fieldId: SP } });
    assert.deepEqual(shownAsItIs, validated(v1));
  });
});

describe('form codec: what the form shows', () => {
  test('a fresh form: a counter of a JQL query, no options on, the lists at their defaults', () => {
    const v = toValues({});
    assert.equal(v.kind, 'counter');
    assert.deepEqual(v.source, { type: 'jql', jql: '', filterId: '', projectKey: '', preset: 'all' });
    assert.deepEqual(v.metric, { choice: 'count', fieldId: '', doneJql: '', segments: false });
    assert.deepEqual([v.thresholds.on, v.compare.on, v.trend.on, v.expected.mode], [false, false, false, '']);
    assert.deepEqual([v.thresholds.mode, v.thresholds.base, v.compare.mode], ['absolute', 'green', 'both']);
    assert.deepEqual([v.trend.series, v.trend.interval, v.trend.points], ['created', 'week', '8']);
    assert.deepEqual([v.higherIsBetter, v.palette, v.refresh], ['true', 'default', '0']);
  });

  test('the metric list: aggregations and ages by their op, a version-1 sum as "sum"', () => {
    const choice = (metric: unknown) => toValues({ metric } as Draft).metric.choice;
    assert.equal(choice({ type: 'aggregate', op: 'max', fieldId: 'x' }), 'max');
    assert.equal(choice({ type: 'age', op: 'average' }), 'age-average');
    assert.equal(choice({ type: 'sum', fieldId: 'x' }), 'sum');
    assert.equal(choice({ type: 'formula', expression: 'A', variables: [] }), 'formula');
    assert.equal(choice({ type: 'future' }), 'future', 'a word the form does not know is shown as it is');
  });

  test('a stored configuration the resolver refused is shown without throwing', () => {
    const junk = {
      kind: 'pie',
      source: 'nope',
      metric: { type: 'formula', variables: [null, { source: 3 }] },
      thresholds: { steps: 'x', base: 'pink' },
      mappings: [null],
      expected: 'soon',
    };
    const v = toValues(junk as unknown as Draft);
    assert.equal(v.kind, 'pie');
    assert.deepEqual(
      v.formula.variables.map((x) => x.name),
      ['A', 'B'],
      'variables without a name get their letter',
    );
    assert.deepEqual([v.thresholds.steps, v.thresholds.base, v.mappings, v.expected.mode], [[], '', [{ value: '', text: '' }], '']);
  });
});

describe('form codec: edge cases of reading', () => {
  /** Variable A over `jql`, counted, as the form shows it. */
  const variableA = (q: string): VariableValues => ({
    name: 'A',
    source: toValues({ source: jql(q) }).source,
    metric: toValues(base).metric,
  });
  const cases: { name: string; config: Draft; change: (v: FormValues) => void; check: (d: Draft) => void }[] = [
    {
      name: 'blank optional texts are left out',
      config: { ...base, title: 'T', label: 'L' },
      change: (v) => ((v.title = ''), (v.label = '')),
      check: (d) => assert.ok(!('title' in d) && !('label' in d)),
    },
    {
      name: 'a number typed with a letter is passed on as text',
      config: base,
      change: (v) => (v.min = '12a'),
      check: (d) => assert.equal(d.min, '12a'),
    },
    {
      name: 'a number field left empty is left out',
      config: { ...base, target: 5 },
      change: (v) => (v.target = ''),
      check: (d) => assert.ok(!('target' in d)),
    },
    {
      name: 'a value mapping left empty is null',
      config: base,
      change: (v) => v.mappings.push({ value: '', text: 'x' }),
      check: (d) => assert.deepEqual(d.mappings, [{ value: null, text: 'x' }]),
    },
    {
      name: 'the comparison shows "both" by leaving the mode out',
      config: base,
      change: (v) => ((v.compare.on = true), (v.compare.source.jql = 'a = 1')),
      check: (d) => assert.deepEqual(d.compare, { source: jql('a = 1') }),
    },
    {
      name: 'a comparison is for counters only',
      config: { ...base, kind: 'gauge' },
      change: (v) => (v.compare.on = true),
      check: (d) => assert.ok(!('compare' in d)),
    },
    {
      name: 'a formula has no comparison',
      config: base,
      change: (v) => ((v.compare.on = true), (v.metric.choice = 'formula'), (v.formula.variables = [variableA('project = ABC')])),
      check: (d) => assert.ok(!('compare' in d)),
    },
    {
      name: 'a trend is for counters and gauges',
      config: progress,
      change: (v) => (v.trend.on = true),
      check: (d) => assert.ok(!('trend' in d)),
    },
    {
      name: 'expected progress is for progress bars',
      config: base,
      change: (v) => ((v.expected.mode = 'dates'), (v.expected.start = '2026-01-01')),
      check: (d) => assert.ok(!('expected' in d)),
    },
    {
      name: 'status segments are for progress bars',
      config: { ...base, metric: { type: 'ratio' } },
      change: (v) => (v.metric.segments = true),
      check: (d) => assert.deepEqual(d.metric, { type: 'ratio' }),
    },
    {
      name: 'a currency is kept for the currency style only, upper-cased',
      config: base,
      change: (v) => ((v.format.style = 'currency'), (v.format.currency = 'eur')),
      check: (d) => assert.deepEqual(d.format, { style: 'currency', currency: 'EUR' }),
    },
    {
      name: 'a currency without its style is dropped',
      config: base,
      change: (v) => (v.format.currency = 'eur'),
      check: (d) => assert.ok(!('format' in d)),
    },
    {
      name: 'thresholds turned on start from green, absolute',
      config: base,
      change: (v) => ((v.thresholds.on = true), (v.thresholds.base = '')),
      check: (d) => assert.deepEqual(d.thresholds, { base: 'green', steps: [] }),
    },
    {
      name: 'refresh off is left out',
      config: { ...base, refresh: 15 },
      change: (v) => (v.refresh = '0'),
      check: (d) => assert.ok(!('refresh' in d)),
    },
    {
      name: "a formula over an empty query takes variable A's issues for the trend",
      config: base,
      change: (v) => {
        v.source.jql = ' ';
        v.metric.choice = 'formula';
        v.formula = { expression: 'A', variables: [variableA('x = 1')] };
      },
      check: (d) => assert.deepEqual(d.source, jql('x = 1')),
    },
    {
      name: 'a metric word the form does not know keeps the loaded metric',
      config: { ...base, metric: { type: 'future' } } as unknown as Draft,
      change: () => undefined,
      check: (d) => assert.deepEqual(d.metric, { type: 'future' }),
    },
    {
      name: 'a project without a preset reads back with "all" (the same issues)',
      config: { ...base, source: { type: 'project', projectKey: 'ABC' } },
      change: () => undefined,
      check: (d) => assert.deepEqual(d.source, { type: 'project', projectKey: 'ABC', preset: 'all' }),
    },
    {
      name: 'a source type the form does not know reads as JQL',
      config: base,
      change: (v) => (v.source.type = 'board'),
      check: (d) => assert.deepEqual(d.source, jql('project = ABC')),
    },
    {
      name: 'a newer version keeps its number and its own settings; known settings come from the form',
      config: { ...base, version: 3, colour: 'red', title: 'old' } as unknown as Draft,
      change: (v) => (v.title = 'new'),
      check: (d) => assert.deepEqual(d, { ...base, version: 3, colour: 'red', title: 'new' }),
    },
    {
      name: 'a version-1 configuration is written as version 2',
      config: { ...base, version: 1 },
      change: () => undefined,
      check: (d) => assert.equal(d.version, 2),
    },
  ];
  for (const { name, config, change, check } of cases) test(name, () => check(edited(config, change)));
});
