import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arcPath, fraction, linePath, pointAt } from '../../render/geometry';

test('fraction clamps into [0, 1] and handles degenerate scales', () => {
  assert.equal(fraction(50, 0, 100), 0.5);
  assert.equal(fraction(150, 0, 100), 1);
  assert.equal(fraction(-5, 0, 100), 0);
  assert.equal(fraction(-20, -50, 50), 0.3);
  assert.equal(fraction(5, 10, 10), 0);
  assert.equal(fraction(NaN, 0, 1), 0);
});

test('pointAt: 0 is left, 0.5 is the top, 1 is right', () => {
  const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  const left = pointAt(100, 100, 50, 0);
  const top = pointAt(100, 100, 50, 0.5);
  const right = pointAt(100, 100, 50, 1);
  assert.ok(near(left.x, 50) && near(left.y, 100));
  assert.ok(near(top.x, 100) && near(top.y, 50));
  assert.ok(near(right.x, 150) && near(right.y, 100));
});

test('arcPath writes exact path strings, rounded only at the output', () => {
  const cases: [number, number, number, number, number, string][] = [
    [160, 160, 100, 0, 1, 'M60 160A100 100 0 0 1 260 160'],
    [160, 160, 100, 0, 0.5, 'M60 160A100 100 0 0 1 160 60'],
    [160, 160, 100, 0.5, 1, 'M160 60A100 100 0 0 1 260 160'],
    [160, 160, 100, 0, 0.25, 'M60 160A100 100 0 0 1 89.29 89.29'],
    [160, 160, 100, 0, 1 / 3, 'M60 160A100 100 0 0 1 110 73.4'],
    [100, 120.5, 63.25, 0, 0.62, 'M36.75 120.5A63.25 63.25 0 0 1 123.28 61.69'],
    [160, 160, 100, 1, 0, 'M60 160A100 100 0 0 1 260 160'], // reversed span
    [160, 160, 100, -1, 2, 'M60 160A100 100 0 0 1 260 160'], // clamped
  ];
  for (const [cx, cy, r, f0, f1, expected] of cases) assert.equal(arcPath(cx, cy, r, f0, f1), expected, `${f0}..${f1}`);
});

test('arcPath is empty for an empty span or radius', () => {
  assert.equal(arcPath(0, 0, 10, 0.3, 0.3), '');
  assert.equal(arcPath(0, 0, 0, 0, 1), '');
  assert.equal(arcPath(0, 0, NaN, 0, 1), '');
});

test('linePath', () => {
  assert.equal(linePath({ x: 1.005, y: -0.001 }, { x: 2, y: 3 }), 'M1 0L2 3');
});
