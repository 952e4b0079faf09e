/**
 * The edit form's visibility rules (static/edit/visibility.ts), without a browser: each rule is a
 * predicate over the form's values, evaluated here on what the form shows for a configuration
 * (codec.ts `toValues`). Where they sit in the form is covered in Chromium (test/browser/edit-*.test.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toValues, type Draft } from '../../static/edit/codec';
import {
  compareOn,
  expectedIs,
  formatIs,
  hasScale,
  isFormula,
  kindIs,
  metricIs,
  notFormula,
  sourceIs,
  thresholdsOn,
  trendOn,
  type Rule,
} from '../../static/edit/visibility';

const holds = (rule: Rule, config: Draft) => rule(toValues(config));
const gadget = (patch: Draft = {}): Draft => ({
  kind: 'counter',
  source: { type: 'jql', jql: 'project = ABC' },
  metric: { type: 'count' },
  ...patch,
});

test('kind, metric and source rules hold for the values they name', () => {
  assert.equal(holds(kindIs('counter', 'gauge'), gadget({ kind: 'gauge' })), true);
  assert.equal(holds(kindIs('counter', 'gauge'), gadget({ kind: 'progress' })), false);
  const own = metricIs((v) => v.metric, 'sum', 'avg');
  assert.equal(holds(own, gadget({ metric: { type: 'aggregate', op: 'avg', fieldId: 'customfield_1' } })), true);
  assert.equal(holds(own, gadget()), false);
  assert.equal(
    holds(
      metricIs((v) => v.metric, 'age-oldest', 'age-average'),
      gadget({ metric: { type: 'age', op: 'average' } }),
    ),
    true,
  );
  assert.equal(
    holds(
      sourceIs((v) => v.source, 'filter'),
      gadget({ source: { type: 'filter', filterId: '1' } }),
    ),
    true,
  );
  assert.equal(
    holds(
      sourceIs((v) => v.compare.source, 'filter'),
      gadget({ source: { type: 'filter', filterId: '1' } }),
    ),
    false,
  );
});

test('a formula hides the comparison and shows its editor; a variable’s choosers follow that variable', () => {
  const formula = gadget({
    metric: {
      type: 'formula',
      expression: 'A / B',
      variables: [
        { name: 'A', source: { type: 'jql', jql: 'project = ABC' }, metric: { type: 'count' } },
        { name: 'B', source: { type: 'filter', filterId: '10000' }, metric: { type: 'ratio' } },
      ],
    },
  });
  assert.equal(holds(isFormula, formula), true);
  assert.equal(holds(notFormula, formula), false);
  assert.equal(holds(notFormula, gadget()), true);
  const second = { source: (v: ReturnType<typeof toValues>) => v.formula.variables[1]?.source };
  assert.equal(holds(sourceIs(second.source, 'filter'), formula), true);
  assert.equal(
    holds(
      sourceIs((v) => v.formula.variables[0]?.source, 'filter'),
      formula,
    ),
    false,
  );
  assert.equal(
    holds(
      metricIs((v) => v.formula.variables[1]?.metric, 'ratio'),
      formula,
    ),
    true,
  );
  // A variable that is not there (removed meanwhile) shows none of its parts.
  assert.equal(
    holds(
      sourceIs((v) => v.formula.variables[5]?.source, 'jql', 'filter', 'project'),
      formula,
    ),
    false,
  );
});

test('the scale shows unless the progress bar shows done of total', () => {
  assert.equal(holds(hasScale, gadget({ kind: 'progress', metric: { type: 'ratio' } })), false);
  assert.equal(holds(hasScale, gadget({ kind: 'progress', metric: { type: 'aggregate', op: 'sum', fieldId: 'f' } })), true);
  assert.equal(holds(hasScale, gadget({ kind: 'gauge', metric: { type: 'ratio' } })), true);
});

test('switches and lists: thresholds, trend, comparison, currency, expected progress', () => {
  assert.equal(holds(thresholdsOn, gadget()), false);
  assert.equal(holds(thresholdsOn, gadget({ thresholds: { base: 'green', steps: [{ from: 5, color: 'red' }] } })), true);
  assert.equal(holds(trendOn, gadget({ trend: { series: 'created', interval: 'week', points: 8 } })), true);
  assert.equal(holds(compareOn, gadget({ compare: { source: { type: 'jql', jql: 'project = PREV' } } })), true);
  assert.equal(holds(compareOn, gadget()), false);
  assert.equal(holds(formatIs('currency'), gadget({ format: { style: 'currency', currency: 'EUR' } })), true);
  assert.equal(holds(formatIs('currency'), gadget()), false);
  const progress = gadget({ kind: 'progress', metric: { type: 'ratio' } });
  assert.equal(holds(expectedIs(''), progress), true);
  assert.equal(holds(expectedIs('version'), { ...progress, expected: { versionId: '10' } }), true);
  assert.equal(holds(expectedIs('sprint'), { ...progress, expected: { sprint: 'active' } }), true);
  assert.equal(holds(expectedIs('dates'), { ...progress, expected: { start: '2026-01-01', end: '2026-02-01' } }), true);
});

test('a rule naming a word the configuration lacks does not compile', () => {
  // @ts-expect-error: no such gadget kind
  kindIs('pie');
  // @ts-expect-error: no such metric
  metricIs((v) => v.metric, 'mean');
  // @ts-expect-error: no such source type
  sourceIs((v) => v.source, 'board');
  // @ts-expect-error: no such expected-progress mode
  expectedIs('weeks');
});
