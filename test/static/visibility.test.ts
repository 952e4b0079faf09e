/** The edit form's `data-show` rule language (static/edit/visibility.ts), without a browser. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRule, ruleHolds, shows } from '../../static/edit/visibility';

test('rules: path=a|b, path!=a, checkbox id; paths (with a dot, or kind) address controls by config path', () => {
  assert.deepEqual(parseRule('kind=counter|gauge'), { id: 'f-kind', values: ['counter', 'gauge'], negate: false });
  assert.deepEqual(parseRule('metric.type!=formula'), { id: 'f-metric-type', values: ['formula'], negate: true });
  assert.deepEqual(parseRule('use-trend'), { id: 'use-trend', negate: false });
  const variable = { id: 'f-metric-variables-1-metric-type', values: ['sum'], negate: false };
  assert.deepEqual(parseRule('metric.variables.1.metric.type=sum'), variable);
});

test('a rule holds for the values it names; a missing control shows only `!=` parts', () => {
  const control = (value: string, checked = false) => ({ value, checked });
  const cases: [string, { value: string; checked: boolean } | null, boolean][] = [
    ['kind=counter|gauge', control('gauge'), true],
    ['kind=counter|gauge', control('progress'), false],
    ['metric.type!=formula', control('count'), true],
    ['metric.type!=formula', control('formula'), false],
    ['use-trend', control('on', true), true],
    ['use-trend', control('on', false), false],
    ['use-trend', null, false],
    ['kind=counter', null, false],
    ['metric.type!=formula', null, true],
    ['expected.mode=', control(''), true],
  ];
  for (const [rule, c, want] of cases) assert.equal(ruleHolds(parseRule(rule), c), want, `${rule} on ${JSON.stringify(c)}`);
});

test('rules joined by `;` are alternatives: the scale shows unless the progress bar shows done of total', () => {
  // A stand-in root: querySelector('#id') answers the control of that id.
  const root = (controls: Record<string, string>) =>
    ({ querySelector: (sel: string) => (sel.slice(1) in controls ? { value: controls[sel.slice(1)], checked: false } : null) }) as never;
  const rule = 'kind!=progress;metric.type!=ratio';
  assert.equal(shows(root({ 'f-kind': 'progress', 'f-metric-type': 'ratio' }), rule), false);
  assert.equal(shows(root({ 'f-kind': 'progress', 'f-metric-type': 'sum' }), rule), true);
  assert.equal(shows(root({ 'f-kind': 'gauge', 'f-metric-type': 'ratio' }), rule), true);
});
