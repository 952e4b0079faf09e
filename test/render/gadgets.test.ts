import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render, renderStatus } from '../../render/index';
import type { Reading, RenderOptions, RenderSpec } from '../../render/types';
import { displayPercent } from '../../render/progress';
import { allElements, parseXml, textContent, type XmlElement } from '../helpers/xml';

function svgOf(spec: RenderSpec, reading: Reading, options?: RenderOptions): XmlElement {
  return parseXml(render(spec, reading, options));
}
const label = (root: XmlElement) => root.attrs['aria-label'];
const paths = (root: XmlElement) => allElements(root).filter((e) => e.name === 'path');
const texts = (root: XmlElement) =>
  allElements(root)
    .filter((e) => e.name === 'text')
    .map(textContent);

test('gauge: a value above max fills the arc but shows the real number', () => {
  const root = svgOf({ kind: 'gauge' }, { value: 150, min: 0, max: 120 });
  const [track, value] = paths(root);
  assert.equal(value.attrs.d, track.attrs.d);
  assert.ok(texts(root).includes('150'));
  assert.match(label(root), /150 on a scale of 0 to 120 \(above the maximum\)/);
});

test('gauge: a value below min draws no value arc and shows the real number', () => {
  const root = svgOf({ kind: 'gauge' }, { value: -20, min: 0, max: 40 });
  assert.equal(paths(root).length, 1); // the track only
  assert.ok(texts(root).includes('-20'));
  assert.match(label(root), /below the minimum/);
});

test('gauge: unusable value or scale renders "No data"', () => {
  const readings: Reading[] = [
    { value: null },
    { value: NaN },
    { value: Infinity },
    { value: 5, min: 10, max: 10 },
    { value: 5, min: 20, max: 10 },
    { value: 5, min: 0, max: Infinity },
    { value: 5, min: NaN, max: 10 },
  ];
  for (const r of readings) assert.match(label(svgOf({ kind: 'gauge', title: 'T' }, r)), /^T: No data/, JSON.stringify(r));
});

test('gauge: threshold state colours the value arc and names the state', () => {
  const spec: RenderSpec = {
    kind: 'gauge',
    thresholds: { base: 'red', baseLabel: 'bad', steps: [{ from: 50, color: '#00aa00', label: 'fine' }] },
  };
  /** The value arc: second path of the round-capped group (the first is the track). */
  const valueArc = (root: XmlElement) =>
    allElements(root).find((e) => e.name === 'g' && e.attrs['stroke-linecap'] === 'round' && e.children.length === 2);
  const arcStroke = (root: XmlElement) => (valueArc(root)?.children[1] as XmlElement).attrs.stroke;
  const low = svgOf(spec, { value: 20 });
  const high = svgOf(spec, { value: 70 });
  assert.equal(arcStroke(low), '#C9372C');
  assert.equal(arcStroke(high), '#00AA00');
  assert.match(label(low), /, bad, below fine 50$/);
  assert.match(label(high), /, fine, above 50$/);
  const hostile = svgOf({ kind: 'gauge', thresholds: { base: 'url(#x)' as 'red', steps: [] } }, { value: 20 });
  assert.equal(arcStroke(hostile), '#0C66E4'); // an invalid colour falls back, never passes through
});

test('counter: delta colour follows higherIsBetter; compare 0 shows the absolute change only', () => {
  const up = render({ kind: 'counter' }, { value: 58, compare: 41 });
  const upBad = render({ kind: 'counter', higherIsBetter: false }, { value: 58, compare: 41 });
  assert.ok(up.includes('fill="#216E4E"')); // success text
  assert.ok(upBad.includes('fill="#AE2E24"')); // danger text
  const fromZero = svgOf({ kind: 'counter' }, { value: 3, compare: 0 });
  assert.ok(texts(fromZero).some((t) => t === '+3'));
  assert.ok(!texts(fromZero).some((t) => t.includes('%')));
  assert.ok(texts(svgOf({ kind: 'counter' }, { value: 3, compare: 3 })).includes('No change'));
});

test('counter: target, unit and partial', () => {
  const root = svgOf({ kind: 'counter', format: { unit: 'pts' } }, { value: 42, target: 50, partial: true });
  assert.equal(texts(root)[0], '42+\u00A0/\u00A050\u00A0pts');
  assert.equal(label(root), 'at least 42 pts, target 50 pts');
});

test('counter: a number too wide for the gadget switches to compact notation', () => {
  const root = svgOf({ kind: 'counter' }, { value: 123_456_789_012 }, { width: 160 });
  assert.equal(texts(root)[0], '123.5B');
  assert.match(label(root), /123,456,789,012/);
});

test('progress: percent rounding never claims done or nothing wrongly', () => {
  const cases: [number, number, string][] = [
    [0, 40, '0%'],
    [1, 500, '<1%'],
    [498, 500, '99%'],
    [40, 40, '100%'],
    [21, 50, '42%'],
    [55, 50, '110%'],
  ];
  for (const [done, total, expected] of cases) assert.equal(displayPercent(done, total), expected, `${done}/${total}`);
});

test('progress: total 0 is "No issues", a missing total is "No data"', () => {
  assert.match(label(svgOf({ kind: 'progress' }, { value: 0, total: 0 })), /^No issues/);
  assert.match(label(svgOf({ kind: 'progress' }, { value: 3 })), /^No data/);
  assert.match(label(svgOf({ kind: 'progress' }, { value: 3, total: -1 })), /^No data/);
});

test('width picks the viewBox width, clamped to 160–1200', () => {
  const cases: [number | undefined, string][] = [
    [undefined, '320'],
    [50, '160'],
    [479.6, '480'],
    [5000, '1200'],
    [NaN, '320'],
  ];
  for (const [width, expected] of cases) {
    for (const kind of ['gauge', 'counter', 'progress'] as const) {
      assert.equal(svgOf({ kind }, { value: 1, total: 2 }, { width }).attrs.viewBox.split(' ')[2], expected, `${kind} ${width}`);
    }
  }
});

test("a status card standing in for a gadget has that gadget's height", () => {
  for (const kind of ['gauge', 'counter', 'progress'] as const) {
    for (const width of [160, 320, 1200]) {
      const gadget = svgOf({ kind, title: 'T', label: 'l' }, { value: 1, total: 2, min: 0, max: 2 }, { width });
      const card = parseXml(renderStatus({ state: 'error', message: 'x', title: 'T', kind }, { width }));
      assert.equal(card.attrs.viewBox, gadget.attrs.viewBox, `${kind} at ${width}`);
    }
  }
});

test('an unknown kind renders an error card, not a throw', () => {
  assert.match(label(parseXml(render({ kind: 'pie' as 'gauge' }, { value: 1 }))), /Unknown gadget kind/);
  assert.match(label(parseXml(render(null as unknown as RenderSpec, null as unknown as Reading))), /Unknown gadget kind/);
});

test('dark mode uses the dark palette', () => {
  const svg = render({ kind: 'counter', title: 'T' }, { value: 1 }, { colorMode: 'dark' });
  assert.ok(svg.includes('fill="#22272B"') && svg.includes('fill="#B6C2CF"'));
  assert.ok(!svg.includes('#172B4D'));
});

test('background: surface rectangle by default, none when transparent', () => {
  for (const kind of ['gauge', 'counter', 'progress'] as const) {
    const withBg = svgOf({ kind }, { value: 1, total: 2 });
    const without = svgOf({ kind }, { value: 1, total: 2 }, { background: 'transparent' });
    assert.equal(allElements(withBg).filter((e) => e.name === 'rect' && e.attrs.fill === '#FFFFFF').length, 1, kind);
    assert.equal(allElements(without).filter((e) => e.name === 'rect' && e.attrs.fill === '#FFFFFF').length, 0, kind);
  }
  const card = parseXml(renderStatus({ state: 'loading', message: 'x' }, { background: 'transparent', colorMode: 'dark' }));
  assert.ok(!allElements(card).some((e) => e.attrs.fill === '#22272B'));
});

test('wide gadgets use their space: a bigger, centred counter, and a trend beside the value or the gauge', () => {
  const trend = {
    series: 'created' as const,
    interval: 'week' as const,
    points: [2, 3, 20].map((value, i) => ({ value, label: `W${i}` })),
  };
  const fontSize = (svg: string) => Number(/<g data-drill="value"[^>]*><text x="([\d.]+)" y="[\d.]+" font-size="([\d.]+)"/.exec(svg)?.[2]);
  const valueX = (svg: string) => Number(/<g data-drill="value"[^>]*><text x="([\d.]+)"/.exec(svg)?.[1]);
  const narrow = render({ kind: 'counter', title: 'Open bugs' }, { value: 81 }, { width: 320 });
  const wide = render({ kind: 'counter', title: 'Open bugs' }, { value: 81 }, { width: 1200 });
  assert.equal(fontSize(narrow), 44);
  assert.equal(fontSize(wide), 88, 'the number grows with the frame, to a cap');
  assert.ok(valueX(wide) > 500, `centred, not stranded at the left: x=${valueX(wide)}`);
  for (const kind of ['counter', 'gauge'] as const) {
    const svg = render({ kind, title: 'Open bugs' }, { value: 81, max: 100, trend }, { width: 1200 });
    const first = /<rect x="([\d.]+)" y="([\d.]+)" width="[\d.]+" height="([\d.]+)" data-drill="trend-0"/.exec(svg);
    assert.ok(first, kind);
    const height = Number(/viewBox="0 0 1200 (\d+)"/.exec(svg)?.[1]);
    assert.ok(Number(first[1]) > 400, `${kind}: the trend starts beside, at x=${first[1]}`);
    assert.ok(Number(first[3]) > 30, `${kind}: a taller plot beside (${first[3]} px)`);
    assert.ok(Number(first[2]) + Number(first[3]) < height - 16, `${kind}: inside the gadget`);
    const under = render({ kind, title: 'Open bugs' }, { value: 81, max: 100, trend }, { width: 400 });
    assert.match(under, /<rect x="16" y="[\d.]+" width="[\d.]+" height="30" data-drill="trend-0"/, `${kind}: under the value at 400 px`);
  }
});
