/**
 * A gauge without a maximum ends at a round number above its value and target, and says so; its
 * target's tick is labelled with the words it speaks (issue #25, points 2 and 3).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gaugeScale, niceCeil } from '../../render/gauge';
import { render } from '../../render/index';

const label = (svg: string) => /aria-label="([^"]*)"/.exec(svg)![1];
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)/g)].map((m) => m[1]);

test('round numbers: 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten', () => {
  const cases: [number, number][] = [
    [423, 500],
    [375, 400],
    [100, 100],
    [101, 120],
    [7, 8],
    [0.33, 0.4],
    [12_345_678, 15_000_000],
  ];
  for (const [v, want] of cases) assert.equal(niceCeil(v), want, String(v));
});

test('no maximum: the scale comes from the value and a quarter above the target; a set maximum is kept', () => {
  assert.deepEqual(gaugeScale({ value: 423 }), { min: 0, max: 500, derived: true });
  assert.deepEqual(gaugeScale({ value: 286, target: 300 }), { min: 0, max: 400, derived: true });
  assert.deepEqual(gaugeScale({ value: 12, min: 10 }), { min: 10, max: 12, derived: true });
  assert.deepEqual(gaugeScale({ value: 0 }), { min: 0, max: 100, derived: true });
  assert.deepEqual(gaugeScale({ value: null }), { min: 0, max: 100, derived: true });
  assert.deepEqual(gaugeScale({ value: 423, max: 100 }), { min: 0, max: 100, derived: false });
});

test('423 story points without a maximum: 0–500, and the spoken text says how the scale was chosen', () => {
  const svg = render({ kind: 'gauge', title: 'Story points done', format: { unit: 'pts' } }, { value: 423 }, { width: 400 });
  assert.ok(texts(svg).includes('500'), 'the maximum under the arc');
  assert.match(label(svg), /on a scale of 0 to 500, the scale ends at a round number above the value/);
});

test('the target tick is labelled inside the arc, or under it when that would touch the value', () => {
  const inside = render({ kind: 'gauge', title: 'Sprint', label: 'points' }, { value: 286, target: 300 }, { width: 400 });
  assert.ok(texts(inside).includes('target 300'), texts(inside).join(' | '));
  assert.ok(texts(inside).includes('points'));
  const atEnd = render({ kind: 'gauge', title: 'Capacity', label: 'used' }, { value: 150, max: 120, target: 100 }, { width: 320 });
  assert.ok(texts(atEnd).includes('used · target 100'), texts(atEnd).join(' | '));
  const de = render({ kind: 'gauge', title: 'Bugs' }, { value: 20, max: 100, target: 90 }, { width: 400, locale: 'de-DE' });
  assert.ok(texts(de).includes('Ziel 90'));
});
