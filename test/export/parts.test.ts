/** Unit tests of the export's path and text helpers (no satori). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePath, transformPath, yExtent } from '../../render/export-path';
import { INITIAL_STYLE, collectRuns, normaliseRuns, styleOf, type Run } from '../../render/export-text';
import { liveLayoutChars } from '../../render/export-scripts';
import { el } from '../../render/svg';

test('transformPath scales then translates every point, writing compact relative path data', () => {
  assert.equal(transformPath('M10 20L30 40Q50 60 70 80Z', 0.5, 1, 2), 'M6 12l10 10q10 10 20 20z');
  assert.equal(transformPath('M1 1C2 2 3 3 4 4Z M5 5L6 6', 1 / 3, 0, 0), 'M.33.33c.34.34.67.67 1 1zm1.34 1.34.33.33');
  assert.equal(transformPath('M-1.5 -2L1e1 0', 1, 0, 0), 'M-1.5-2l11.5 2');
  assert.equal(transformPath('M0 0 1 1 2 0', 1, 0, 0), 'M0 0l1 1 1-1', 'extra moveto pairs are linetos');
  assert.equal(transformPath('', 2, 5, 5), '');
});

test('transformPath: zero-length lines are dropped; relative moves after z start from the subpath start', () => {
  assert.equal(transformPath('M5 5L5 5L6 5L5 5ZM7 7L8 8Z', 1, 0, 0), 'M5 5l1 0-1 0zm2 2 1 1z');
  assert.equal(transformPath('M1 1L2 2Z', 1, 0, 0), 'M1 1l1 1z');
});

test('transformPath: rounding does not accumulate along a contour', () => {
  const d = `M0 0${Array.from({ length: 300 }, (_, i) => `L${(i + 1) * 0.333} 0`).join('')}`;
  const out = transformPath(d, 1, 0, 0);
  const deltas = (out.split('l')[1].match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
  assert.equal(deltas.length, 600);
  const x = deltas.filter((_, i) => i % 2 === 0).reduce((s, v) => s + Math.round(v * 100), 0);
  assert.equal(x, Math.round(300 * 0.333 * 100), 'the end point is exact to 1/100');
});

test('parsePath rejects what it cannot transform correctly', () => {
  assert.throws(() => parsePath('m1 1l2 2'), /relative/);
  assert.throws(() => parsePath('M0 0A1 1 0 0 1 2 2'), /unexpected path character "A"/);
  assert.throws(() => parsePath('M0 0L1'), /L has 1 numbers/);
  assert.throws(() => parsePath('1 2'), /without a command/);
});

test('yExtent includes control points; empty path → null', () => {
  assert.deepEqual(yExtent('M0 5Q1 -3 2 9Z'), { min: -3, max: 9 });
  assert.equal(yExtent(''), null);
});

const run = (text: string): Run => ({ text, style: INITIAL_STYLE, attrs: {}, dx: 0, dy: 0 });

test('normaliseRuns applies SVG whitespace rules across runs', () => {
  const texts = (input: string[]): string[] => normaliseRuns(input.map(run)).map((r) => r.text);
  assert.deepEqual(texts(['  a  b ', ' c  ']), ['a b ', 'c']);
  assert.deepEqual(texts(['a\n\tb']), ['a b']);
  assert.deepEqual(texts(['42', '\u00A0pts']), ['42', '\u00A0pts'], 'no-break space is kept');
  assert.deepEqual(texts([' ', ' ']), ['', '']);
  assert.deepEqual(texts(['a ', '', ' ']), ['a', '', '']);
  assert.deepEqual(texts(['\u202Babc\u202C\u00AD']), ['abc'], 'bidi controls and soft hyphens have no glyph');
  assert.deepEqual(texts(['👩\u200D💻']), ['👩\u200D💻'], 'zero-width joiner kept inside emoji');
});

test('liveLayoutChars: whole graphemes of scripts and sequences satori cannot lay out like a browser', () => {
  assert.deepEqual(liveLayoutChars('a👩‍💻b ok ✔️'), ['👩‍💻', '✔️']);
  assert.deepEqual(liveLayoutChars('مرحبا'), ['م', 'ر', 'ح', 'ب', 'ا']);
  assert.deepEqual(liveLayoutChars('שלום 42'), ['ש', 'ל', 'ו', 'ם']);
  assert.deepEqual(liveLayoutChars('สวัสดี'), ['ส', 'วั', 'ดี']);
  assert.deepEqual(liveLayoutChars('नमस्ते'), ['न', 'म', 'स्ते']);
  assert.deepEqual(liveLayoutChars('Sprint 42 · 漢字 한국어 😀 ▲ +6（23.1%）Čeština'), []);
});

test('normaliseRuns removes lone surrogates and XML-illegal characters as render/svg.ts does', () => {
  const run: Run = { text: '\uD83D:\uDE00 a\u0000b\uFFFE', style: INITIAL_STYLE, attrs: {}, dx: 0, dy: 0 };
  assert.equal(normaliseRuns([run])[0].text, ': ab');
});

test('styleOf inherits and parses presentation attributes', () => {
  const s = styleOf(
    el('g', { 'font-size': '20px', 'font-weight': 'bold', 'text-anchor': 'end', direction: 'rtl', 'dominant-baseline': 'central' }),
    INITIAL_STYLE,
  );
  assert.deepEqual(s, { size: 20, weight: 700, anchor: 'end', baseline: 'central', direction: 'rtl', letterSpacing: 0 });
  const child = styleOf(el('text', { 'font-size': 'large', 'font-weight': 600, 'text-anchor': 'bogus' }), s);
  assert.equal(child.size, 20, 'unknown size inherits');
  assert.equal(child.weight, 600);
  assert.equal(child.anchor, 'end');
});

test('collectRuns splits tspans, inherits style and paint, and starts chunks at x/y', () => {
  const text = el(
    'text',
    { x: 10, y: 20, fill: '#111111', 'font-size': 30 },
    'a',
    el('tspan', { fill: '#222222', 'font-size': 10 }, 'b', el('tspan', { 'font-weight': 600 }, 'c')),
    el('tspan', { x: 50, dy: 5 }, 'd'),
  );
  const runs = collectRuns(text, styleOf(text, INITIAL_STYLE));
  assert.deepEqual(
    runs.map((r) => [r.text, r.style.size, r.style.weight, r.attrs.fill, r.x, r.y, r.dy]),
    [
      ['a', 30, 400, undefined, 10, 20, 0],
      ['b', 10, 400, '#222222', undefined, undefined, 0],
      ['c', 10, 600, '#222222', undefined, undefined, 0],
      ['d', 30, 400, undefined, 50, undefined, 5],
    ],
  );
});
