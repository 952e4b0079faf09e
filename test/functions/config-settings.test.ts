/**
 * Configurations of version 2 (formulas, percent thresholds, trends, mappings, expected progress…):
 * what validation accepts, every bad field named, the migration from version 1, and its properties.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { migrateV1 } from '../../functions/config/migrate';
import type { GadgetConfigV1 } from '../../functions/config/types-v1';
import { validateInEnglish as validate } from '../helpers/in-english';

const base = { version: 2, kind: 'counter', source: { type: 'jql', jql: 'project = ABC' }, metric: { type: 'count' } };
const v2 = (patch: Record<string, unknown>) => ({ ...base, ...patch });
const jql = (q: string) => ({ type: 'jql', jql: q });
const formula = (expression: unknown, variables: unknown) => v2({ metric: { type: 'formula', expression, variables } });
const A = { name: 'A', source: jql('project = ABC AND statusCategory = Done'), metric: { type: 'count' } };
const B = { name: 'B', source: jql('project = ABC'), metric: { type: 'count' } };

describe('validate v2: accepted configurations', () => {
  const cases: [string, unknown, Record<string, unknown>][] = [
    ...(['sum', 'avg', 'min', 'max', 'median', 'countNonEmpty'] as const).map((op): [string, unknown, Record<string, unknown>] => [
      `aggregate ${op}`,
      v2({ metric: { type: 'aggregate', op, fieldId: 'customfield_10016' } }),
      { metric: { type: 'aggregate', op, fieldId: 'customfield_10016' } },
    ]),
    ['age oldest', v2({ metric: { type: 'age', op: 'oldest' } }), { metric: { type: 'age', op: 'oldest' } }],
    ['age average', v2({ metric: { type: 'age', op: 'average' } }), { metric: { type: 'age', op: 'average' } }],
    ['days until due', v2({ metric: { type: 'dueIn' } }), { metric: { type: 'dueIn' } }],
    [
      'formula done % (trimmed)',
      formula('  A / B * 100 ', [A, B]),
      { metric: { type: 'formula', expression: 'A / B * 100', variables: [A, B] } },
    ],
    [
      'formula with unicode minus and an unused variable',
      formula('A − B', [A, B, { ...B, name: 'C' }]),
      { metric: { type: 'formula', expression: 'A − B', variables: [A, B, { ...B, name: 'C' }] } },
    ],
    [
      'formula variable with its own aggregate metric',
      formula('A / 3600', [
        { name: 'A', source: { type: 'project', projectKey: 'abc' }, metric: { type: 'aggregate', op: 'sum', fieldId: 'timespent' } },
      ]),
      {
        metric: {
          type: 'formula',
          expression: 'A / 3600',
          variables: [
            { name: 'A', source: { type: 'project', projectKey: 'ABC' }, metric: { type: 'aggregate', op: 'sum', fieldId: 'timespent' } },
          ],
        },
      },
    ],
    [
      'trend on a counter',
      v2({ trend: { series: 'created', interval: 'week', points: 8 } }),
      { trend: { series: 'created', interval: 'week', points: 8 } },
    ],
    [
      'trend 2 and 12 points',
      v2({ kind: 'gauge', trend: { series: 'open', interval: 'month', points: 12 } }),
      { trend: { series: 'open', interval: 'month', points: 12 } },
    ],
    [
      'trend of the metric itself for an aggregate',
      v2({ metric: { type: 'aggregate', op: 'avg', fieldId: 'x' }, trend: { series: 'matching', interval: 'day', points: 2 } }),
      { trend: { series: 'matching', interval: 'day', points: 2 } },
    ],
    [
      'expected dates on a progress bar',
      v2({ kind: 'progress', metric: { type: 'ratio' }, expected: { start: '2026-11-01', end: '2026-11-20' } }),
      { expected: { start: '2026-11-01', end: '2026-11-20' } },
    ],
    [
      'expected version id as number',
      v2({ kind: 'progress', metric: { type: 'ratio' }, expected: { versionId: 10010 } }),
      { expected: { versionId: '10010' } },
    ],
    [
      'expected: the active sprint',
      v2({ kind: 'progress', metric: { type: 'ratio', segments: true }, expected: { sprint: 'active' } }),
      { expected: { sprint: 'active' } },
    ],
    [
      'expected: a sprint picked in the form, by its id (issue #25: issues in several active sprints)',
      v2({ kind: 'progress', metric: { type: 'ratio' }, expected: { sprint: '42' } }),
      { expected: { sprint: 42 } },
    ],
    [
      'mappings, no-value text, palette',
      v2({
        mappings: [
          { value: 0, text: 'All clear' },
          { value: 1, text: ' One ' },
        ],
        noValueText: 'Nothing yet',
        palette: 'colorblind',
      }),
      {
        mappings: [
          { value: 0, text: 'All clear' },
          { value: 1, text: 'One' },
        ],
        noValueText: 'Nothing yet',
        palette: 'colorblind',
      },
    ],
    ['empty mappings are dropped', v2({ mappings: [] }), { mappings: undefined }],
    [
      'compare mode and decimals',
      v2({ compare: { source: jql('project = PREV'), label: 'vs last week', mode: 'percent', decimals: 1 } }),
      { compare: { source: jql('project = PREV'), label: 'vs last week', mode: 'percent', decimals: 1 } },
    ],
    [
      'percent thresholds',
      v2({
        thresholds: {
          base: 'red',
          mode: 'percent',
          steps: [
            { from: 50, color: 'amber' },
            { from: 80, color: 'green' },
          ],
        },
      }),
      {
        thresholds: {
          base: 'red',
          mode: 'percent',
          steps: [
            { from: 50, color: 'amber' },
            { from: 80, color: 'green' },
          ],
        },
      },
    ],
    [
      'currency format (code upper-cased), suffix, days',
      v2({ format: { style: 'currency', currency: 'eur', suffix: '/wk' } }),
      { format: { style: 'currency', currency: 'EUR', suffix: '/wk' } },
    ],
    ['days style', v2({ format: { style: 'days', decimals: 1 } }), { format: { style: 'days', decimals: 1 } }],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => {
      const result = validate(input);
      assert.equal(result.ok, true, JSON.stringify(result));
      if (!result.ok) return;
      assert.equal(result.config.version, 2);
      for (const [key, value] of Object.entries(expected))
        assert.deepEqual((result.config as unknown as Record<string, unknown>)[key], value, key);
      assert.deepEqual(validate(result.config), result, 'validating the normalised config changes nothing');
    });
  }
});

describe('validate v2: rejected configurations name every bad field', () => {
  const six = ['A', 'B', 'C', 'D', 'E', 'A'].map((name) => ({ ...B, name }));
  const cases: [string, unknown, string[], RegExp?][] = [
    ['future version', v2({ version: 3 }), ['version'], /newer Glance \(version 3\)/],
    ['version 0', v2({ version: 0 }), ['version'], /Unknown configuration version 0/],
    ['v1 sum is not a v2 metric', v2({ metric: { type: 'sum', fieldId: 'x' } }), ['metric.type']],
    [
      'aggregate without op',
      v2({ metric: { type: 'aggregate', fieldId: 'x' } }),
      ['metric.op'],
      /sum, avg, min, max, median, countNonEmpty/,
    ],
    ['aggregate with a bad field id', v2({ metric: { type: 'aggregate', op: 'avg', fieldId: 'a b' } }), ['metric.fieldId']],
    ['age without op', v2({ metric: { type: 'age' } }), ['metric.op'], /oldest, average/],
    ['formula syntax error with its position', formula('(A + B))', [A, B]), ['metric.expression'], /^Unexpected '\)' at 8\.$/],
    ['formula ends early', formula('A +', [A]), ['metric.expression'], /ends too early at 4/],
    ['formula unknown name', formula('A + F', [A]), ['metric.expression'], /Unknown name 'F' at 5/],
    ['formula empty', formula('  ', [A]), ['metric.expression'], /Enter a formula/],
    ['formula too long', formula(`A${' + 1'.repeat(60)}`, [A]), ['metric.expression'], /at most 200/],
    ['formula uses an undefined variable', formula('A / B', [A]), ['metric.expression'], /uses B but it is not defined/],
    ['no variables', formula('1 + 1', []), ['metric.variables'], /at least one/],
    ['six variables', formula('A', six), ['metric.variables'], /at most 5/],
    ['duplicate variable names', formula('A', [A, { ...B, name: 'A' }]), ['metric.variables.1.name'], /defined twice/],
    ['variable name outside A..E', formula('A', [A, { ...B, name: 'F' }]), ['metric.variables.1.name'], /A, B, C, D, E/],
    [
      'variable with a bad JQL',
      formula('A / B', [A, { ...B, source: jql('project = (') }]),
      ['metric.variables.1.source.jql'],
      /not valid JQL/,
    ],
    [
      'variable with a formula metric',
      formula('A', [{ ...A, metric: { type: 'formula', expression: 'A', variables: [] } }]),
      ['metric.variables.0.metric.type'],
      /variable must be one of: count, aggregate, ratio, age, dueIn/,
    ],
    ['variable without a source', formula('A', [{ name: 'A', metric: { type: 'count' } }]), ['metric.variables.0.source']],
    ['trend with 1 point', v2({ trend: { series: 'created', interval: 'week', points: 1 } }), ['trend.points'], /from 2 to 12/],
    ['trend with 13 points', v2({ trend: { series: 'created', interval: 'week', points: 13 } }), ['trend.points']],
    [
      'trend with a bad interval and series',
      v2({ trend: { series: 'all', interval: 'year', points: 4 } }),
      ['trend.series', 'trend.interval'],
    ],
    [
      'trend on a progress bar',
      v2({ kind: 'progress', metric: { type: 'ratio' }, trend: { series: 'created', interval: 'day', points: 4 } }),
      ['trend'],
      /counters and gauges/,
    ],
    ['matching trend of a formula', { ...formula('A', [A]), trend: { series: 'matching', interval: 'day', points: 4 } }, ['trend.series']],
    [
      'expected end before start',
      v2({ kind: 'progress', metric: { type: 'ratio' }, expected: { start: '2026-11-20', end: '2026-11-01' } }),
      ['expected.end'],
      /after the start/,
    ],
    [
      'expected same day',
      v2({ kind: 'progress', metric: { type: 'ratio' }, expected: { start: '2026-11-20', end: '2026-11-20' } }),
      ['expected.end'],
    ],
    [
      'expected impossible date',
      v2({ kind: 'progress', metric: { type: 'ratio' }, expected: { start: '2026-02-30', end: '2026-11-01' } }),
      ['expected.start'],
      /real date/,
    ],
    ['expected without dates', v2({ kind: 'progress', metric: { type: 'ratio' }, expected: {} }), ['expected.start', 'expected.end']],
    [
      'expected version id with letters',
      v2({ kind: 'progress', metric: { type: 'ratio' }, expected: { versionId: '10x' } }),
      ['expected.versionId'],
    ],
    [
      'expected sprint other than active',
      v2({ kind: 'progress', metric: { type: 'ratio' }, expected: { sprint: 'next' } }),
      ['expected.sprint'],
      /must be "active"/,
    ],
    [
      'expected sprint with dates too',
      v2({ kind: 'progress', metric: { type: 'ratio' }, expected: { sprint: 'active', start: '2026-11-01' } }),
      ['expected.start'],
      /not a Glance setting/,
    ],
    ['expected sprint on a gauge', v2({ kind: 'gauge', expected: { sprint: 'active' } }), ['expected'], /progress bars only/],
    ['expected on a counter', v2({ expected: { start: '2026-11-01', end: '2026-11-20' } }), ['expected'], /progress bars only/],
    ['21 mappings', v2({ mappings: Array.from({ length: 21 }, (_, i) => ({ value: i, text: 'x' })) }), ['mappings'], /at most 20/],
    [
      'mapping without text, duplicate value',
      v2({ mappings: [{ value: 0, text: 'a' }, { value: 0, text: 'b' }, { value: 2 }] }),
      ['mappings.1.value', 'mappings.2.text'],
    ],
    ['mapping text too long', v2({ mappings: [{ value: 0, text: 'x'.repeat(41) }] }), ['mappings.0.text'], /at most 40/],
    ['no-value text too long', v2({ noValueText: 'x'.repeat(41) }), ['noValueText']],
    ['unknown palette', v2({ palette: 'neon' }), ['palette']],
    ['compare of a formula', { ...formula('A', [A]), compare: { source: jql('project = X') } }, ['compare'], /own sources/],
    [
      'compare decimals out of range, bad mode',
      v2({ compare: { source: jql('project = X'), mode: 'ratio', decimals: 4 } }),
      ['compare.mode', 'compare.decimals'],
    ],
    ['threshold mode', v2({ thresholds: { base: 'red', steps: [], mode: 'relative' } }), ['thresholds.mode']],
    ['currency style without a code', v2({ format: { style: 'currency' } }), ['format.currency']],
    ['currency code not ISO', v2({ format: { style: 'currency', currency: 'E1' } }), ['format.currency']],
    ['suffix too long', v2({ format: { suffix: 'x'.repeat(11) } }), ['format.suffix']],
    ['progress of an age needs a max', v2({ kind: 'progress', metric: { type: 'age', op: 'oldest' } }), ['max']],
  ];
  for (const [name, input, paths, message] of cases) {
    it(name, () => {
      const result = validate(input);
      assert.equal(result.ok, false, JSON.stringify(result));
      if (result.ok) return;
      assert.deepEqual(result.errors.map((e) => e.path).sort(), [...paths].sort(), JSON.stringify(result.errors));
      for (const e of result.errors) assert.ok(e.message.length > 5 && !/undefined|\[object/.test(e.message), e.message);
      if (message) assert.match(result.errors[0].message, message);
    });
  }
});

describe('migration v1 → v2', () => {
  const v1 = (patch: Partial<GadgetConfigV1>): GadgetConfigV1 => ({
    version: 1,
    kind: 'counter',
    source: { type: 'jql', jql: 'project = ABC' },
    metric: { type: 'count' },
    ...patch,
  });
  const cases: [string, GadgetConfigV1, Record<string, unknown>][] = [
    ['count', v1({}), { metric: { type: 'count' } }],
    [
      'sum → aggregate sum',
      v1({ metric: { type: 'sum', fieldId: 'customfield_10016' } }),
      { metric: { type: 'aggregate', op: 'sum', fieldId: 'customfield_10016' } },
    ],
    [
      'ratio with segments',
      v1({ kind: 'progress', metric: { type: 'ratio', doneJql: 'resolution is not EMPTY', segments: true } }),
      { metric: { type: 'ratio', doneJql: 'resolution is not EMPTY', segments: true } },
    ],
    [
      'everything else carried over',
      v1({
        kind: 'gauge',
        title: 'Bugs',
        label: 'open bugs',
        min: 0,
        max: 200,
        target: 150,
        higherIsBetter: false,
        refresh: 15,
        thresholds: { base: 'green', steps: [{ from: 100, color: 'red', label: 'critical' }] },
        format: { style: 'compact', decimals: 1, prefix: '~', unit: 'bugs' },
        source: { type: 'project', projectKey: 'ABC', preset: 'open-bugs' },
      }),
      {
        kind: 'gauge',
        title: 'Bugs',
        label: 'open bugs',
        min: 0,
        max: 200,
        target: 150,
        higherIsBetter: false,
        refresh: 15,
        thresholds: { base: 'green', steps: [{ from: 100, color: 'red', label: 'critical' }] },
        format: { style: 'compact', decimals: 1, prefix: '~', unit: 'bugs' },
        source: { type: 'project', projectKey: 'ABC', preset: 'open-bugs' },
      },
    ],
    [
      'compare with label',
      v1({ compare: { source: { type: 'filter', filterId: '10100' }, label: 'vs last week' } }),
      { compare: { source: { type: 'filter', filterId: '10100' }, label: 'vs last week' } },
    ],
  ];
  for (const [name, config, expected] of cases) {
    it(name, () => {
      const result = validate(config);
      assert.equal(result.ok, true, JSON.stringify(result));
      if (!result.ok) return;
      assert.equal(result.config.version, 2);
      for (const [key, value] of Object.entries(expected))
        assert.deepEqual((result.config as unknown as Record<string, unknown>)[key], value, key);
      assert.deepEqual(result.config, migrateV1(config), 'validate migrates exactly as the typed migration');
      // Round trip: the migrated config, stored and read again, is unchanged.
      const again = validate(JSON.parse(JSON.stringify(result.config)));
      assert.deepEqual(again, result);
    });
  }
  it('v1 errors keep their v1 paths', () => {
    const result = validate({ version: 1, kind: 'counter', source: { type: 'jql', jql: '' }, metric: { type: 'sum' } });
    assert.equal(result.ok, false);
    if (!result.ok) assert.deepEqual(result.errors.map((e) => e.path).sort(), ['metric.fieldId', 'source.jql']);
  });
});

describe('validate: properties', () => {
  it('never throws; every error has a dotted path and a message; accepted configs are fixed points', async () => {
    const fc = (await import('fast-check')).default;
    const leaf = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom('A / B * 100', 'A +', 'count', 'formula', 'aggregate', 'ratio', 'week', '2026-11-01', 'project = ABC'),
    );
    const metric = fc.oneof(
      fc.record(
        {
          type: fc.constantFrom('count', 'dueIn', 'sum', 'formula', 'age', 'aggregate', 'ratio'),
          op: fc.constantFrom('sum', 'avg', 'oldest', 'nope'),
          fieldId: fc.constantFrom('customfield_10016', 'a b', ''),
        },
        { requiredKeys: ['type'] },
      ),
      fc.record({
        type: fc.constant('formula'),
        expression: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('A / B * 100', 'A − B', '(A')),
        variables: fc.array(
          fc.record({
            name: fc.constantFrom('A', 'B', 'C', 'F'),
            source: fc.constant({ type: 'jql', jql: 'project = ABC' }),
            metric: fc.constantFrom({ type: 'count' }, { type: 'formula' }, { type: 'ratio' }),
          }),
          { maxLength: 6 },
        ),
      }),
    );
    const sometimes = <T>(arb: import('fast-check').Arbitrary<T>) =>
      fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: arb, weight: 1 });
    const config = fc
      .record({
        version: fc.constantFrom(1, 2, 2, 2, 3, '2'),
        kind: fc.constantFrom('gauge', 'counter', 'counter', 'progress', 'pie'),
        source: fc.oneof(
          { arbitrary: fc.constant({ type: 'jql', jql: 'project = ABC' }), weight: 3 },
          {
            arbitrary: fc.record({ type: fc.constantFrom('jql', 'filter', 'project'), jql: leaf, filterId: leaf, projectKey: leaf }),
            weight: 1,
          },
        ),
        metric: fc.oneof({ arbitrary: fc.constant({ type: 'count' }), weight: 2 }, { arbitrary: metric, weight: 2 }),
        max: sometimes(fc.integer({ min: 1, max: 100 })),
        trend: sometimes(
          fc.record({
            series: fc.constantFrom('created', 'matching', 'x'),
            interval: fc.constantFrom('day', 'week', 'year'),
            points: fc.integer({ min: 0, max: 14 }),
          }),
        ),
        expected: sometimes(fc.oneof(fc.record({ start: leaf, end: leaf }), fc.record({ versionId: leaf }), fc.record({ sprint: leaf }))),
        mappings: sometimes(fc.array(fc.record({ value: leaf, text: leaf }), { maxLength: 22 })),
        noValueText: sometimes(leaf),
        palette: sometimes(fc.constantFrom('default', 'colorblind', 'neon')),
        extra: sometimes(fc.dictionary(fc.string({ maxLength: 6 }), leaf, { maxKeys: 2 })),
      })
      .map(({ extra, ...c }) => ({ ...extra, ...Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) }));
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(config, fc.anything()), (input) => {
        const result = validate(input);
        if (result.ok) {
          accepted += 1;
          assert.equal(result.config.version, 2);
          assert.deepEqual(validate(JSON.parse(JSON.stringify(result.config))), result);
          return;
        }
        assert.ok(result.errors.length > 0);
        for (const e of result.errors) {
          assert.ok(e.path !== '' && !e.path.startsWith('.') && !e.path.endsWith('.'), JSON.stringify(e.path));
          assert.ok(e.message.length > 5 && !/undefined|\[object|NaN/.test(e.message), e.message);
        }
        assert.equal(new Set(result.errors.map((e) => e.path)).size, result.errors.length, 'one message per path');
      }),
      { numRuns: 1_500 },
    );
    assert.ok(accepted > 20, `${accepted} random configs accepted: the generator reaches valid ones`);
  });
});
