import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_STEPS, palette, resolveColor, sortedSteps, thresholdState } from '../../render/theme';
import type { Thresholds } from '../../render/types';

test('resolveColor: palette names per mode, validated #rrggbb, everything else falls back', () => {
  const cases: [unknown, 'light' | 'dark', string][] = [
    ['green', 'light', '#22A06B'],
    ['green', 'dark', '#2ABB7F'],
    ['red', 'dark', '#F15B50'],
    ['#00ff7f', 'light', '#00FF7F'],
    ['#abc', 'light', '#0C66E4'],
    ['red; fill: url(http://x)', 'light', '#0C66E4'],
    ['url(#a)', 'dark', '#579DFF'],
    ['#12345678', 'light', '#0C66E4'],
    ['hotpink', 'light', '#0C66E4'],
    ['toString', 'light', '#0C66E4'],
    [undefined, 'light', '#0C66E4'],
    [42, 'light', '#0C66E4'],
  ];
  for (const [color, mode, expected] of cases) assert.equal(resolveColor(color as string, mode), expected, String(color));
  assert.equal(resolveColor('nope', 'light', 'grey'), palette('light').named.grey);
});

test('palette: anything but dark is light', () => {
  assert.equal(palette('dark').surface, '#22272B');
  assert.equal(palette(undefined).surface, '#FFFFFF');
  assert.equal(palette('purple' as 'dark').text, '#172B4D');
});

test('thresholdState picks the last step whose from <= value', () => {
  const t: Thresholds = {
    base: 'red',
    baseLabel: 'at risk',
    steps: [
      { from: 80, color: 'green', label: 'good' },
      { from: 50, color: 'amber', label: 'warning' },
    ],
  };
  const cases: [number, string, string | undefined, number][] = [
    [-10, '#C9372C', 'at risk', -1],
    [49.99, '#C9372C', 'at risk', -1],
    [50, '#E2B203', 'warning', 0],
    [79, '#E2B203', 'warning', 0],
    [80, '#22A06B', 'good', 1],
    [1e9, '#22A06B', 'good', 1],
  ];
  for (const [value, color, label, index] of cases)
    assert.deepEqual(thresholdState(value, t, 'light'), { color, label, index }, String(value));
});

test('thresholdState without thresholds, with a NaN value, or with broken steps', () => {
  assert.equal(thresholdState(5, undefined, 'dark').color, '#579DFF');
  const t: Thresholds = {
    base: 'green',
    steps: [
      { from: NaN, color: 'red' },
      { from: 10, color: 'bogus' as 'red' },
    ],
  };
  assert.equal(thresholdState(NaN, t, 'light').color, '#0C66E4');
  assert.equal(thresholdState(5, t, 'light').color, '#22A06B');
  assert.equal(thresholdState(50, t, 'light').color, '#0C66E4'); // invalid colour falls back
});

test('sortedSteps sorts, drops broken steps and keeps at most MAX_STEPS', () => {
  const steps = Array.from({ length: 40 }, (_, i) => ({ from: 40 - i, color: 'red' as const }));
  const sorted = sortedSteps({ base: 'green', steps: [...steps] });
  assert.equal(sorted.length, MAX_STEPS);
  assert.deepEqual(
    sorted.map((s) => s.from),
    steps
      .slice(0, MAX_STEPS)
      .map((s) => s.from)
      .reverse(),
  );
  assert.deepEqual(
    sortedSteps({ base: 'green', steps: [{ from: NaN, color: 'red' }, null as never, { from: 1, color: 'red' }] }).map((s) => s.from),
    [1],
  );
});
