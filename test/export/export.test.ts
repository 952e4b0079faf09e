/**
 * Portable export on a small hand-built tree (independent of the gadget renderers): no text or
 * font references left, well-formed, accessible name kept, same pixels as the live text.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { toPortable, type ExportFont } from '../../render/export';
import { el, toSvgString, type Child, type SvgElement } from '../../render/svg';
import { loadExportFonts } from '../../functions/export/fonts';
import { allElements, forbiddenMarkup, parseXml } from '../helpers/xml';
import { diffRatio, rasterise } from './raster';

let fonts: ExportFont[];
before(async () => {
  fonts = await loadExportFonts();
});

/** A counter-like card: title, big centred value with a unit tspan, end-anchored footer with a coloured tspan. */
function card(value: string, opts: { title?: string; valueX?: number } = {}): SvgElement {
  const title = opts.title ?? 'Open bugs';
  const label = `${title}: ${value}`;
  const children: Child[] = [
    el('title', {}, label),
    el('rect', { width: 320, height: 160, rx: 8, fill: '#FFFFFF' }),
    el('text', { x: 16, y: 29, 'font-size': 14, 'font-weight': 600, fill: '#172B4D' }, title),
    el(
      'text',
      { x: opts.valueX ?? 160, y: 100, 'font-size': 48, 'font-weight': 600, fill: '#0C66E4', 'text-anchor': 'middle' },
      value,
      el('tspan', { 'font-size': 20, 'font-weight': 400, fill: '#626F86' }, '\u00A0pts'),
    ),
    el(
      'text',
      { x: 304, y: 140, 'font-size': 12, fill: '#626F86', 'text-anchor': 'end' },
      'vs last week ',
      el('tspan', { fill: '#AE2E24', 'font-weight': 600 }, '+12%'),
    ),
    el(
      'g',
      { 'font-size': 11, fill: '#626F86' },
      el('text', { x: 16, y: 140, 'dominant-baseline': 'central' }, 'central'),
      el('text', { x: 80, y: 140, 'dominant-baseline': 'middle' }, 'middle'),
    ),
  ];
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: '0 0 320 160',
      width: '100%',
      role: 'img',
      'aria-label': label,
      'font-family': "Inter, -apple-system, 'Segoe UI', sans-serif",
    },
    ...children,
  );
}

test('portable SVG has no <text> and no font references, and stays CSP-clean', async () => {
  const { svg } = await toPortable(card('42'), fonts);
  const names = allElements(parseXml(svg)).map((e) => e.name);
  assert.ok(!names.includes('text') && !names.includes('tspan'), 'no text elements');
  assert.ok(names.filter((n) => n === 'path').length >= 5, 'one path per text run at least');
  assert.doesNotMatch(svg, /font-family|font-size|font-weight|@font-face|url\(/);
  assert.deepEqual(forbiddenMarkup(svg), []);
});

test('portable SVG keeps <title>, aria-label, role, viewBox and the shapes', async () => {
  const tree = card('42');
  const root = parseXml((await toPortable(tree, fonts)).svg);
  assert.equal(root.attrs['aria-label'], 'Open bugs: 42');
  assert.equal(root.attrs.role, 'img');
  assert.equal(root.attrs.viewBox, '0 0 320 160');
  const title = root.children[0];
  assert.ok(typeof title !== 'string' && title.name === 'title' && title.children[0] === 'Open bugs: 42');
  const rect = allElements(root).find((e) => e.name === 'rect');
  assert.deepEqual(rect?.attrs, { width: '320', height: '160', rx: '8', fill: '#FFFFFF' });
});

test('outlines carry the colours of their text and tspans', async () => {
  const root = parseXml((await toPortable(card('42'), fonts)).svg);
  const fills = allElements(root)
    .filter((e) => e.name === 'path' || e.name === 'g')
    .map((e) => e.attrs.fill);
  for (const colour of ['#172B4D', '#0C66E4', '#626F86', '#AE2E24']) assert.ok(fills.includes(colour), colour);
});

test('rasterises with resvg to the expected size', async () => {
  const { svg } = await toPortable(card('42'), fonts);
  const image = rasterise(svg, 640);
  assert.equal(image.width, 640);
  assert.equal(image.height, 320);
});

test('the pixels depend on the value', async () => {
  const a = rasterise((await toPortable(card('42'), fonts)).svg, 640);
  const b = rasterise((await toPortable(card('43'), fonts)).svg, 640);
  assert.ok(diffRatio(a, b) > 0.002, `42 and 43 differ (${diffRatio(a, b)})`);
});

test('outlines land where the live text is drawn (same Inter in resvg)', async () => {
  const tree = card('1,234');
  const live = rasterise(toSvgString(tree), 640);
  const portable = rasterise((await toPortable(tree, fonts)).svg, 640);
  const diff = diffRatio(live, portable);
  assert.ok(diff < 0.002, `live vs portable differ in ${(diff * 100).toFixed(3)}% of pixels`);
  // The comparison is sharp enough to notice a 1 px shift of the value.
  const shifted = rasterise((await toPortable(card('1,234', { valueX: 161 }), fonts)).svg, 640);
  assert.ok(diffRatio(live, shifted) > 4 * diff, 'a 1 px shift is detected');
});

test('the same input gives the same bytes', async () => {
  const a = await toPortable(card('42'), fonts);
  const b = await toPortable(card('42'), fonts);
  assert.equal(a.svg, b.svg);
});

test('characters missing from the fonts are dropped and reported; the title keeps them', async () => {
  const { svg, dropped } = await toPortable(card('42', { title: '🚀 Sprint 漢字 goal' }), fonts);
  assert.deepEqual(dropped, ['字', '漢', '🚀']);
  const root = parseXml(svg);
  assert.equal(root.attrs['aria-label'], '🚀 Sprint 漢字 goal: 42');
  const withEmoji = rasterise(svg, 640);
  const plain = rasterise((await toPortable(card('42', { title: 'Sprint goal' }), fonts)).svg, 640);
  assert.ok(diffRatio(withEmoji, plain) < 0.0005, 'title drawn as "Sprint goal", no tofu boxes');
});

test('Latin, Greek and Cyrillic are all drawn from the bundled subsets', async () => {
  const { dropped, svg } = await toPortable(card('42', { title: 'Čeština Ωμέγα Привет Tiếng' }), fonts);
  assert.deepEqual(dropped, []);
  const a = rasterise(svg, 640);
  const b = rasterise((await toPortable(card('42', { title: '' }), fonts)).svg, 640);
  assert.ok(diffRatio(a, b) > 0.005);
});

test('an all-missing or empty text disappears instead of leaving an empty path', async () => {
  const tree = el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', viewBox: '0 0 100 20' },
    el('text', { x: 0, y: 10 }, '😀😀'),
    el('text', { x: 0, y: 10 }, '   '),
    el('text', { x: 0, y: 10 }),
  );
  const { svg, dropped } = await toPortable(tree, fonts);
  assert.equal(svg, '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 20"/>');
  assert.deepEqual(dropped, ['😀']);
});

test('text-only attributes are removed from every element, other attributes kept', async () => {
  const tree = el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', viewBox: '0 0 100 20', 'font-family': 'Inter', 'font-size': 12 },
    el(
      'g',
      { 'text-anchor': 'middle', opacity: 0.5 },
      el('text', { x: 50, y: 15, id: 'v', 'aria-hidden': 'true', transform: 'rotate(5)' }, 'Hi'),
    ),
  );
  const root = parseXml((await toPortable(tree, fonts)).svg);
  assert.deepEqual(root.attrs, { xmlns: 'http://www.w3.org/2000/svg', viewBox: '0 0 100 20' });
  const g = allElements(root).find((e) => e.name === 'g');
  assert.deepEqual(g?.attrs, { opacity: '0.5' });
  const path = allElements(root).find((e) => e.name === 'path');
  assert.deepEqual(Object.keys(path?.attrs ?? {}), ['id', 'aria-hidden', 'transform', 'd']);
});

test('needs at least one font', async () => {
  await assert.rejects(toPortable(card('1'), []), /at least one font/);
});
