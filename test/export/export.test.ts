/**
 * Portable export on a small hand-built tree (independent of the gadget renderers): no text or
 * font references left, well-formed, accessible name kept, same pixels as the live text.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { toPortable, type ExportFont } from '../../render/export';
import { el, toSvgString, type Child, type SvgElement } from '../../render/svg';
import { fontsFor, loadExportFonts } from '../../functions/export/fonts';
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

test('characters no font has stay live text, reported; nothing is left out', async () => {
  const { svg, live, outlined } = await toPortable(card('42', { title: '🚀 Sprint 漢字 goal' }), fonts);
  assert.deepEqual(live, ['字', '漢', '🚀']);
  const root = parseXml(svg);
  assert.equal(root.attrs['aria-label'], '🚀 Sprint 漢字 goal: 42');
  const texts = allElements(root).filter((e) => e.name === 'text');
  assert.equal(texts.length, 1, 'only the title stays text');
  assert.equal(texts[0].attrs['font-size'], '14');
  assert.equal(texts[0].attrs['font-weight'], '600');
  assert.match(texts[0].attrs['font-family'], /Inter/, "the gadget's own font stack by default");
  assert.ok(outlined.includes('42\u00A0pts'));
  const plain = toSvgString(card('42', { title: '🚀 Sprint 漢字 goal' }));
  assert.ok(diffRatio(rasterise(svg, 640), rasterise(plain, 640)) < 0.0005, 'drawn as the live render draws it');
});

test('with more fonts, CJK, symbols and emoji are outlined; the full-width brackets and numbers all stay', async () => {
  const title = '▲ +6（23.1%）・186 件中 113 件・10月12日 한국어 简体 繁體 😀';
  const { svg, live, outlined } = await toPortable(card('42', { title }), fonts, { more: (m) => fontsFor(m, 'ja-JP') });
  assert.deepEqual(live, []);
  assert.ok(outlined.includes(title));
  assert.ok(!allElements(parseXml(svg)).some((e) => e.name === 'text'));
  assert.ok(svg.length > (await toPortable(card('42', { title: '' }), fonts)).svg.length + 5000, 'the title is drawn');
});

test('Arabic, Hebrew, Thai and Devanagari stay live text with the given font stack and their own style', async () => {
  for (const title of ['مرحبا بالعالم 42', 'שלום 7%', 'สวัสดี 3', 'नमस्ते 12']) {
    const { svg, live } = await toPortable(card('42', { title }), fonts, { liveFontFamily: 'Inter, "Noto Sans Arabic"' });
    assert.ok(live.length > 0, title);
    const [text] = allElements(parseXml(svg)).filter((e) => e.name === 'text');
    assert.equal(text.attrs['font-family'], 'Inter, "Noto Sans Arabic"');
    assert.equal(text.children.map((c) => (typeof c === 'string' ? c : '')).join(''), title);
  }
});

test('a title of lone surrogates around a character exports (satori never sees the halves)', async () => {
  const { svg, live, outlined } = await toPortable(card('42', { title: '\uD83D:\uDE00' }), fonts);
  assert.deepEqual(live, []);
  assert.ok(outlined.includes(':'));
  assert.doesNotMatch(svg, /[\uD800-\uDFFF]/);
});

test('Latin, Greek and Cyrillic are all drawn from the bundled subsets', async () => {
  const { live, svg } = await toPortable(card('42', { title: 'Čeština Ωμέγα Привет Tiếng' }), fonts);
  assert.deepEqual(live, []);
  const a = rasterise(svg, 640);
  const b = rasterise((await toPortable(card('42', { title: '' }), fonts)).svg, 640);
  assert.ok(diffRatio(a, b) > 0.005);
});

test('an empty text disappears instead of leaving an empty path; an all-missing one stays text', async () => {
  const tree = el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', viewBox: '0 0 100 20' },
    el('text', { x: 0, y: 10 }, '😀😀'),
    el('text', { x: 0, y: 10 }, '   '),
    el('text', { x: 0, y: 10 }),
  );
  const { svg, live } = await toPortable(tree, fonts);
  assert.equal(
    svg,
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 20"><text x="0" y="10" font-size="16" font-weight="400">😀😀</text></svg>',
  );
  assert.deepEqual(live, ['😀']);
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
