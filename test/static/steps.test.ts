/** New threshold steps follow the scale and the direction (static/edit/steps.ts; issue #25, point 3). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { baseFor, nextStep, type StepContext } from '../../static/edit/steps';

const ctx = (c: Partial<StepContext>): StepContext => ({
  kind: 'gauge',
  mode: 'absolute',
  min: '',
  max: '',
  target: '',
  higherIsBetter: '',
  ...c,
});
const two = (c: StepContext) => {
  const first = nextStep([], c);
  return [first, nextStep([first], c)].map((s) => [s.from, s.color]);
};

test('two steps on a 0–400 higher-is-better gauge start at 200 (amber) and 320 (green), on a red base', () => {
  const c = ctx({ max: '400' });
  assert.deepEqual(two(c), [
    ['200', 'amber'],
    ['320', 'green'],
  ]);
  assert.equal(baseFor(c), 'red');
});

test('lower is better: amber then red on a green base; percent steps are 50 and 80', () => {
  const c = ctx({ max: '400', higherIsBetter: 'false' });
  assert.deepEqual(two(c), [
    ['200', 'amber'],
    ['320', 'red'],
  ]);
  assert.equal(baseFor(c), 'green');
  assert.deepEqual(two(ctx({ mode: 'percent', max: '400' })), [
    ['50', 'amber'],
    ['80', 'green'],
  ]);
});

test('without a maximum: a gauge goes a quarter past its target, a counter up to its target, else 0–100', () => {
  assert.deepEqual(two(ctx({ target: '300' })), [
    ['190', 'amber'],
    ['300', 'green'],
  ]);
  assert.deepEqual(two(ctx({ kind: 'counter', target: '20', higherIsBetter: 'false' })), [
    ['10', 'amber'],
    ['16', 'red'],
  ]);
  assert.deepEqual(two(ctx({})), [
    ['50', 'amber'],
    ['80', 'green'],
  ]);
  assert.deepEqual(two(ctx({ min: '-50', max: '50' })), [
    ['0', 'amber'],
    ['30', 'green'],
  ]);
});

test('a third step goes halfway from the last to the end, always above it', () => {
  const c = ctx({ max: '400' });
  assert.equal(
    nextStep(
      [
        { from: '200', color: 'amber', label: '' },
        { from: '320', color: 'green', label: '' },
      ],
      c,
    ).from,
    '360',
  );
  assert.equal(
    nextStep(
      [
        { from: '399', color: 'amber', label: '' },
        { from: '400', color: 'green', label: '' },
      ],
      c,
    ).from,
    '410',
  );
});
