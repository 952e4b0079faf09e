/**
 * The configuration vocabulary (functions/config/vocabulary.ts) against the types it mirrors and the
 * validator that enforces it. The type checks below fail `tsc --noEmit` (npm run typecheck, CI) when a
 * list and its type drift apart; the tests check that the validator accepts exactly each list.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { GadgetConfig } from '../../functions/config/types';
import { validateInEnglish as validate } from '../helpers/in-english';
import * as V from '../../functions/config/vocabulary';
import type { ColorName, GadgetKind, NumberFormat, Thresholds } from '../../render/types';

/** `true` only when A and B are the same union. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Member<L extends readonly unknown[]> = L[number];

// Each line is a compile error when the list misses or adds a member of its type.
const sameLists: true[] = [
  true satisfies Same<Member<typeof V.CONFIG_KEYS>, keyof GadgetConfig>,
  true satisfies Same<Member<typeof V.GADGET_KINDS>, GadgetKind>,
  true satisfies Same<Member<typeof V.COLOR_NAMES>, ColorName>,
  true satisfies Same<Member<typeof V.THRESHOLD_MODES>, NonNullable<Thresholds['mode']>>,
  true satisfies Same<Member<typeof V.FORMAT_STYLES>, NonNullable<NumberFormat['style']>>,
  true satisfies Same<Member<typeof V.METRIC_TYPES>, GadgetConfig['metric']['type']>,
];

const base = { version: 2, kind: 'counter', source: { type: 'jql', jql: 'project = ABC' }, metric: { type: 'count' } };
const jql = { type: 'jql', jql: 'project = ABC' };
const sourceOf: Record<string, object> = { jql: { jql: 'project = ABC' }, filter: { filterId: '1' }, project: { projectKey: 'ABC' } };

/** Each list → a config using one of its words; `null` for a word outside the list. */
const uses: [string, readonly string[], (word: string) => Record<string, unknown>][] = [
  ['GADGET_KINDS', V.GADGET_KINDS, (w) => ({ ...base, kind: w, max: 10 })],
  ['SOURCE_TYPES', V.SOURCE_TYPES, (w) => ({ ...base, source: { type: w, ...sourceOf[w] } })],
  ['PROJECT_PRESETS', V.PROJECT_PRESETS, (w) => ({ ...base, source: { type: 'project', projectKey: 'ABC', preset: w } })],
  ['AGGREGATE_OPS', V.AGGREGATE_OPS, (w) => ({ ...base, metric: { type: 'aggregate', op: w, fieldId: 'customfield_1' } })],
  ['AGE_OPS', V.AGE_OPS, (w) => ({ ...base, metric: { type: 'age', op: w } })],
  [
    'VARIABLE_NAMES',
    V.VARIABLE_NAMES,
    (w) => ({ ...base, metric: { type: 'formula', expression: w, variables: [{ name: w, source: jql, metric: { type: 'count' } }] } }),
  ],
  ['COLOR_NAMES', V.COLOR_NAMES, (w) => ({ ...base, thresholds: { base: w, steps: [] } })],
  ['THRESHOLD_MODES', V.THRESHOLD_MODES, (w) => ({ ...base, thresholds: { base: 'green', steps: [], mode: w } })],
  ['FORMAT_STYLES', V.FORMAT_STYLES, (w) => ({ ...base, format: { style: w, currency: 'EUR' } })],
  ['COMPARE_MODES', V.COMPARE_MODES, (w) => ({ ...base, compare: { source: jql, mode: w } })],
  ['TREND_SERIES', V.TREND_SERIES, (w) => ({ ...base, trend: { series: w, interval: 'week', points: 4 } })],
  ['TREND_INTERVALS', V.TREND_INTERVALS, (w) => ({ ...base, trend: { series: 'created', interval: w, points: 4 } })],
  ['PALETTES', V.PALETTES, (w) => ({ ...base, palette: w })],
];

describe('configuration vocabulary', () => {
  test('every list matches the type it mirrors (checked by tsc)', () => {
    assert.equal(sameLists.length, 6);
  });

  test('METRIC_TYPES are the source metrics and the formula; lists have no duplicates', () => {
    assert.deepEqual(V.METRIC_TYPES, [...V.SOURCE_METRIC_TYPES, 'formula']);
    for (const [name, list] of uses) assert.equal(new Set(list).size, list.length, name);
  });

  for (const [name, list, config] of uses) {
    test(`the validator accepts every word of ${name} and nothing else`, () => {
      for (const word of list) {
        const r = validate(config(word));
        assert.ok(r.ok, `${name} ${word}: ${JSON.stringify(!r.ok && r.errors)}`);
      }
      assert.equal(validate(config('nonsense')).ok, false, `${name} refuses a word outside the list`);
    });
  }

  test('a version-2 configuration may hold every key of CONFIG_KEYS and no other', () => {
    assert.equal(validate({ ...base, refresh: 5, palette: 'default' }).ok, true);
    const r = validate({ ...base, colour: 'red' });
    assert.ok(!r.ok && r.errors.some((e) => e.path === 'colour'));
    for (const key of V.CONFIG_KEYS) {
      const r2 = validate({ ...base, [key]: { surely: 'wrong' } });
      if (!r2.ok) assert.ok(!r2.errors.some((e) => e.path === key && /not a Glance setting/.test(e.message)), key);
    }
  });
});
