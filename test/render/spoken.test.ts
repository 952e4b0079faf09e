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

test('expected progress: the gap in points, and at 240 px the caption still says which figure is time', () => {
  const svg = render(
    { kind: 'progress', title: 'Sprint', label: 'issues done' },
    { value: 21, total: 50, expected: { fraction: 0.57, day: 12, days: 20 } },
    { width: 240 },
  );
  const texts = [...svg.matchAll(/<text[^>]*>([^<]*)/g)].map((m) => m[1]);
  assert.ok(texts.includes('Behind by 15 points'), texts.join(' | '));
  assert.ok(texts.includes('57% of time elapsed · Day 12 of 20'), texts.join(' | '));
  assert.match(label(svg), /behind by 15 points \(57% of time elapsed · Day 12 of 20\)/);
});

test('expected progress: the time caption names itself, keeps the sprint at 300 px and survives German and French at 240 px', () => {
  const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)/g)].map((m) => m[1]);
  const reading = { value: 21, total: 70, segments: { todo: 30, inProgress: 19, done: 21 } };
  const sprint = render(
    { kind: 'progress', title: 'Sprint', showSegments: true },
    { ...reading, expected: { fraction: 0.45, day: 41, days: 91, sprint: 'GLANCE Sprint 14' } },
    { width: 300 },
  );
  assert.ok(
    texts(sprint).some((x) => x.startsWith('GLANCE Sprint 14 · ') && x.endsWith('Day 41 of 91')),
    texts(sprint).join(' | '),
  );
  for (const [locale, words] of [
    ['de-DE', /^45\u00A0% der Zeit vergangen( · Tag 41 von 91)?$/],
    ['fr-FR', /^45\u00A0% du temps écoulé( · Jour 41 sur 91)?$/],
  ] as const) {
    const svg = render(
      { kind: 'progress', title: 'Sprint', showSegments: true },
      { ...reading, expected: { fraction: 0.45, day: 41, days: 91 } },
      { width: 240, locale },
    );
    assert.ok(
      texts(svg).some((x) => words.test(x)),
      `${locale}: ${texts(svg).join(' | ')}`,
    );
  }
});
