/**
 * The spoken text is built from the words the gadget shows: no doubled units, no invented decimals
 * (issue #25, point 10: "286 pts points", "64.8 days days", "above warning 15.0 %" where 15 was typed).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { render } from '../../render/index';
import { labelSaysUnit } from '../../render/spoken';

const label = (svg: string) => /aria-label="([^"]*)"/.exec(svg)![1];

test('a label that says the unit: the same word, its start, or an abbreviation of its first word', () => {
  const cases: [string, string, boolean][] = [
    ['points this sprint', 'pts', true],
    ['days since created', 'days', true],
    ['hours logged', 'h', true],
    ['open bugs', 'pts', false],
    ['issues done', 'days', false],
    ['points', '%', false],
    ['', 'pts', false],
  ];
  for (const [l, unit, want] of cases) assert.equal(labelSaysUnit(l, unit), want, `${l} / ${unit}`);
});

test('"286 points this sprint", not "286 pts points this sprint"; a unit the label does not say stays', () => {
  const gauge = render({ kind: 'gauge', label: 'points this sprint', format: { unit: 'pts' } }, { value: 286, max: 400 });
  assert.match(label(gauge), /^286 points this sprint on a scale/);
  const counter = render({ kind: 'counter', label: 'days since created', format: { unit: 'days' } }, { value: 64.8 });
  assert.match(label(counter), /^64\.8 days since created/);
  assert.doesNotMatch(label(counter), /days days/);
  const kept = render({ kind: 'counter', label: 'open bugs', format: { unit: 'pts' } }, { value: 12 });
  assert.match(label(kept), /^12 pts open bugs/);
});

test('thresholds, the scale and the target are said as typed, not with the value’s decimals', () => {
  const svg = render(
    {
      kind: 'gauge',
      format: { style: 'percent', decimals: 1 },
      thresholds: { base: 'green', steps: [{ from: 15, color: 'amber', label: 'warning' }] },
    },
    { value: 20.25, max: 100, target: 90 },
  );
  assert.match(label(svg), /20\.3% on a scale of 0% to 100%, target 90%, above warning 15%/);
});

test('expected progress: the gap in points, and at 240 px the day still says which figure is time', () => {
  const svg = render(
    { kind: 'progress', title: 'Sprint', label: 'issues done' },
    { value: 21, total: 50, expected: { fraction: 0.57, day: 12, days: 20 } },
    { width: 240 },
  );
  const texts = [...svg.matchAll(/<text[^>]*>([^<]*)/g)].map((m) => m[1]);
  assert.ok(texts.includes('Behind by 15 points'), texts.join(' | '));
  assert.ok(texts.includes('Day 12 of 20'), texts.join(' | '));
  assert.match(label(svg), /behind by 15 points \(57% · Day 12 of 20\)/);
});
