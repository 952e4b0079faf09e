/**
 * Issue 11 display options: trend sparkline, drill targets, threshold states (icon + words), percent
 * thresholds, colour-blind palette, value mappings, no-value text, comparison modes, expected progress.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '../../render/index';
import { expectedState } from '../../render/progress';
import { absoluteThresholds, stateKind } from '../../render/state';
import { MAX_TREND_POINTS, trendPoints } from '../../render/trend';
import { palette } from '../../render/theme';
import type { Reading, RenderOptions, RenderSpec, Thresholds } from '../../render/types';
import { allElements, parseXml, textContent, type XmlElement } from '../helpers/xml';
import { BUGS, TREND, TREND_GAPS, UP_GOOD } from './cases';

function svgOf(spec: RenderSpec, reading: Reading, options?: RenderOptions): XmlElement {
  return parseXml(render(spec, reading, options));
}
const label = (root: XmlElement) => root.attrs['aria-label'];
const drills = (root: XmlElement) =>
  allElements(root)
    .map((e) => e.attrs['data-drill'])
    .filter(Boolean);
const height = (root: XmlElement) => Number(root.attrs.viewBox.split(' ')[3]);
const texts = (root: XmlElement) =>
  allElements(root)
    .filter((e) => e.name === 'text')
    .map(textContent);

test('trend: one drill target per non-missing point, words with from/to/min/max, height grows by a constant', () => {
  for (const kind of ['counter', 'gauge'] as const) {
    const plain = svgOf({ kind, title: 'T' }, { value: 30 });
    const full = svgOf({ kind, title: 'T' }, { value: 30, trend: TREND });
    const gaps = svgOf({ kind, title: 'T' }, { value: 30, trend: TREND_GAPS });
    assert.deepEqual(
      drills(full).filter((d) => d.startsWith('trend-')),
      TREND.points.map((_, i) => `trend-${i}`),
      kind,
    );
    assert.deepEqual(
      drills(gaps).filter((d) => d.startsWith('trend-')),
      ['trend-0', 'trend-1', 'trend-3', 'trend-5', 'trend-6', 'trend-7'],
      kind,
    );
    assert.match(label(full), /created per week over 8 weeks: from 12 to 30, min 9, max 31$/, kind);
    assert.ok(texts(full).includes('created per week'), `${kind}: the series is named under the line`);
    assert.match(label(gaps), /trend over 8 weeks: from -4 to 5, min -8, max 6, 2 points missing$/, kind);
    assert.ok(height(full) > height(plain), kind);
    assert.equal(height(full), height(gaps), `${kind}: the height does not depend on the data`);
    const points = allElements(full).filter((e) => e.attrs['data-drill']?.startsWith('trend-'));
    // Each point is a keyboard stop named by its <title> (also its tooltip): its value and what it counts.
    assert.deepEqual(
      points.slice(0, 2).map((e) => textContent(e)),
      ['Oct 6: 12, created per week', 'Oct 13: 15, created per week'],
      kind,
    );
    assert.ok(
      points.every(
        (e) => e.attrs.tabindex === '0' && e.attrs.role === 'link' && e.children.some((c) => typeof c !== 'string' && c.name === 'title'),
      ),
      kind,
    );
  }
});

test('trend: says what it is: the series named under the line, the span in its interval, in six languages (issue #25)', () => {
  const points = TREND.points;
  const words = (trend: Reading['trend'], locale = 'en-US', width = 320) => {
    const root = svgOf({ kind: 'counter', title: 'Open bugs' }, { value: 81, trend }, { locale, width });
    return { label: label(root), texts: texts(root) };
  };
  // Without the series and interval it can only count points (what the gadget said before).
  assert.match(words({ points }).label, /trend over 8 points: from 12/);
  assert.match(words({ points, series: 'resolved', interval: 'day' }).label, /resolved per day over 8 days: from 12/);
  assert.ok(words({ points, series: 'resolved', interval: 'day' }).texts.includes('resolved per day'));
  assert.ok(words({ points, series: 'open', interval: 'month' }).texts.includes('open at each month’s end'));
  assert.match(words({ points, series: 'matching', interval: 'month' }).label, /monthly over 8 months: /);
  const created = { points, series: 'created', interval: 'week' } as const;
  const named: Record<string, [string, RegExp]> = {
    'de-DE': ['erstellt pro Woche', /erstellt pro Woche über 8 Wochen: von 12 auf 30/],
    'fr-FR': ['créés par semaine', /créés par semaine sur 8 semaines\u00A0: de 12 à 30/],
    'es-ES': ['creadas por semana', /creadas por semana en 8 semanas: de 12 a 30/],
    'pt-BR': ['criados por semana', /criados por semana em 8 semanas: de 12 a 30/],
    'ja-JP': ['週ごとの作成数', /8 週間 の週ごとの作成数：12 から 30/],
  };
  for (const [locale, [text, spoken]] of Object.entries(named)) {
    const w = words(created, locale, 240);
    assert.ok(w.texts.includes(text), `${locale}: ${JSON.stringify(w.texts)}`);
    assert.match(w.label, spoken, locale);
  }
  // Too narrow for the name between the labels: left out, never cut (the spoken text still has it).
  const narrow = words({ ...created, points: points.map((p) => ({ ...p, label: `Week of ${p.label}, 2026` })) }, 'en-US', 160);
  assert.ok(!narrow.texts.some((t) => t.includes('created') || t.includes('…created')), JSON.stringify(narrow.texts));
  assert.match(narrow.label, /created per week over 8 weeks/);
});

test('trend: zero-based axis (a flat high series does not fill the plot), gaps break the line', () => {
  const flat = svgOf({ kind: 'counter' }, { value: 1, trend: { points: [100, 101, 100].map((value) => ({ value, label: '' })) } });
  const area = allElements(flat).find((e) => e.name === 'path' && e.attrs['fill-opacity']);
  assert.ok(area);
  const ys = [...area.attrs.d.matchAll(/[ML][\d.]+ ([\d.]+)/g)].map((m) => Number(m[1]));
  const zero = Math.max(...ys);
  const top = Math.min(...ys);
  assert.ok(zero - top > 20, `values near 100 sit near the top of the plot, far from the zero line (${zero - top})`);
  const line = allElements(svgOf({ kind: 'counter' }, { value: 1, trend: TREND_GAPS })).find(
    (e) => e.name === 'path' && e.attrs.fill === 'none' && e.attrs['stroke-width'] === '1.5',
  );
  assert.equal(line?.attrs.d.match(/M/g)?.length, 2, 'two runs of 2+ points; the isolated point is a dot');
});

test('trend: unusable input draws nothing; long input keeps the newest points with their original indices', () => {
  assert.equal(trendPoints(undefined), null);
  assert.equal(trendPoints({ points: [{ value: 3, label: 'a' }] }), null);
  assert.equal(
    trendPoints({
      points: [
        { value: null, label: 'a' },
        { value: NaN, label: 'b' },
      ],
    }),
    null,
  );
  assert.equal(trendPoints({ points: 'x' } as never), null);
  const many = { points: Array.from({ length: 30 }, (_, i) => ({ value: i, label: `p${i}` })) };
  const pts = trendPoints(many);
  assert.equal(pts?.length, MAX_TREND_POINTS);
  assert.equal(pts?.[0].index, 30 - MAX_TREND_POINTS);
  const root = svgOf({ kind: 'counter' }, { value: 1, trend: many });
  assert.equal(
    drills(root)
      .filter((d) => d.startsWith('trend-'))
      .at(-1),
    'trend-29',
  );
  const plain = svgOf({ kind: 'counter' }, { value: 1, trend: { points: [{ value: 3, label: 'a' }] } });
  assert.equal(height(plain), height(svgOf({ kind: 'counter' }, { value: 1 })));
});

test('drill targets: value, compare, each segment', () => {
  assert.deepEqual(drills(svgOf({ kind: 'counter' }, { value: 5, compare: 3 })), ['value', 'compare']);
  assert.deepEqual(drills(svgOf({ kind: 'counter' }, { value: 5, compare: 5 })), ['value', 'compare']);
  assert.deepEqual(drills(svgOf({ kind: 'gauge' }, { value: 5 })), ['value']);
  const seg = drills(
    svgOf({ kind: 'progress', showSegments: true }, { value: 2, total: 6, segments: { todo: 1, inProgress: 3, done: 2 } }),
  );
  assert.deepEqual(seg, [
    'value',
    'segment-todo',
    'segment-inProgress',
    'segment-done',
    'segment-todo',
    'segment-inProgress',
    'segment-done',
  ]);
  const noDone = drills(
    svgOf({ kind: 'progress', showSegments: true }, { value: 0, total: 4, segments: { todo: 4, inProgress: 0, done: 0 } }),
  );
  assert.deepEqual(noDone.slice(0, 2), ['value', 'segment-todo'], 'empty segments draw no bar');
});

/** Shapes of the state icon: ok = circle, warning = triangle path (3 corners), critical = octagon path (8 corners). */
function iconShape(root: XmlElement): string {
  const value = allElements(root).find((e) => e.attrs['data-drill'] === 'value');
  const icon = value?.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === 'g' && Object.keys(c.attrs).length === 0);
  if (!icon) return 'none';
  const first = icon.children[0] as XmlElement;
  if (first.name === 'circle') return 'circle';
  const corners = (first.attrs.d.match(/[LH]/g) ?? []).length + 1;
  return corners === 3 ? 'triangle' : corners === 8 ? 'octagon' : `path(${corners})`;
}

test('threshold state: icon shape and words by state, never colour alone', () => {
  const spec: RenderSpec = { kind: 'counter', label: 'open bugs', thresholds: BUGS, higherIsBetter: false };
  const cases: [number, string, RegExp][] = [
    [12, 'circle', /^12 open bugs, ok, below warning 30$/],
    [30, 'triangle', /^30 open bugs, at warning 30$/],
    [42, 'triangle', /^42 open bugs, above warning 30$/],
    [57, 'octagon', /^57 open bugs, above critical 50$/],
  ];
  for (const [value, shape, words] of cases) {
    const root = svgOf(spec, { value });
    assert.equal(iconShape(root), shape, String(value));
    assert.match(label(root), words, String(value));
  }
  assert.equal(iconShape(svgOf({ kind: 'counter' }, { value: 42 })), 'none', 'no thresholds, no icon');
  assert.equal(iconShape(svgOf({ kind: 'gauge', thresholds: UP_GOOD }, { value: 90 })), 'circle');
  assert.equal(iconShape(svgOf({ kind: 'progress', thresholds: UP_GOOD }, { value: 1, total: 10 })), 'octagon');
});

test('stateKind: by palette colour, else label words, else position and direction', () => {
  const hex: Thresholds = {
    base: '#111111',
    steps: [
      { from: 10, color: '#222222' },
      { from: 20, color: '#333333' },
    ],
  };
  assert.deepEqual(
    [-1, 0, 1].map((i) => stateKind(hex, i, true)),
    ['critical', 'warning', 'ok'],
  );
  assert.deepEqual(
    [-1, 0, 1].map((i) => stateKind(hex, i, false)),
    ['ok', 'warning', 'critical'],
  );
  const two: Thresholds = { base: 'purple', steps: [{ from: 10, color: 'teal' }] };
  assert.deepEqual(
    [-1, 0].map((i) => stateKind(two, i, true)),
    ['critical', 'ok'],
  );
  const words: Thresholds = {
    base: '#111111',
    baseLabel: 'SLA breached',
    steps: [
      { from: 10, color: '#222222', label: 'at risk' },
      { from: 20, color: '#333333', label: 'Healthy' },
    ],
  };
  assert.deepEqual(
    [-1, 0, 1].map((i) => stateKind(words, i, false)),
    ['critical', 'warning', 'ok'],
  );
  assert.deepEqual(
    [-1, 0, 1].map((i) => stateKind(UP_GOOD, i, false)),
    ['critical', 'warning', 'ok'],
    'colour names win over direction',
  );
});

test('percent thresholds: % of the target (counter), % of the scale (gauge); no target, no state', () => {
  const t: Thresholds = {
    base: 'red',
    steps: [
      { from: 50, color: 'amber' },
      { from: 80, color: 'green' },
    ],
    mode: 'percent',
  };
  assert.deepEqual(
    absoluteThresholds(t, { origin: 0, size: 200 })?.steps.map((s) => s.from),
    [100, 160],
  );
  assert.deepEqual(
    absoluteThresholds(t, { origin: -100, size: 200 })?.steps.map((s) => s.from),
    [0, 60],
  );
  assert.equal(absoluteThresholds(t, null), undefined);
  assert.equal(absoluteThresholds(t, { origin: 0, size: 0 }), undefined);
  assert.equal(absoluteThresholds({ ...t, mode: 'absolute' }, null)?.steps[0].from, 50);
  assert.match(label(svgOf({ kind: 'counter', thresholds: t }, { value: 45, target: 50 })), /45, ok, above 40, target 50$/);
  assert.doesNotMatch(label(svgOf({ kind: 'counter', thresholds: t }, { value: 45 })), /above|below/);
  assert.match(label(svgOf({ kind: 'gauge', thresholds: t }, { value: 150, min: 0, max: 200 })), /above warning 100$/);
});

test('colour-blind palette: state colours become blue / orange / vermillion, in light and dark', () => {
  for (const mode of ['light', 'dark'] as const) {
    const cb = palette(mode, 'colorblind');
    const std = palette(mode);
    assert.notEqual(cb.named.green, std.named.green);
    assert.notEqual(cb.named.red, std.named.red);
    assert.equal(cb.surface, std.surface);
    const svg = render({ kind: 'gauge', thresholds: UP_GOOD, palette: 'colorblind' }, { value: 90 }, { colorMode: mode });
    assert.ok(svg.includes(`stroke="${cb.named.green}"`) && !svg.includes(std.named.green), mode);
  }
  assert.equal(palette('light', 'colorblind').named.green, '#0072B2');
  assert.equal(palette('light', 'colorblind').named.amber, '#E69F00');
  assert.equal(palette('light', 'colorblind').named.red, '#D55E00');
});

test('mappings replace the shown value (words keep the number); no-value text replaces "No data"', () => {
  const spec: RenderSpec = {
    kind: 'counter',
    label: 'blockers',
    mappings: [
      { value: 0, text: 'All clear' },
      { value: 0, text: 'second' },
      { value: 1, text: '  ' },
    ],
  };
  assert.equal(texts(svgOf(spec, { value: 0 }))[0], 'All clear');
  assert.equal(label(svgOf(spec, { value: 0 })), 'All clear (0 blockers)');
  assert.equal(texts(svgOf(spec, { value: 1 }))[0], '1', 'an empty text does not map');
  assert.equal(texts(svgOf(spec, { value: 0.5 }))[0], '0.5');
  assert.ok(texts(svgOf({ kind: 'gauge', mappings: [{ value: 7, text: 'Lucky' }] }, { value: 7 })).includes('Lucky'));
  assert.equal(texts(svgOf({ kind: 'progress', mappings: [{ value: 100, text: 'Shipped' }] }, { value: 4, total: 4 }))[0], 'Shipped');
  for (const kind of ['counter', 'gauge', 'progress'] as const) {
    assert.match(label(svgOf({ kind, noValueText: 'Nothing yet' }, { value: null })), /^Nothing yet/, kind);
    assert.match(label(svgOf({ kind, noValueText: ' \u0000 ' }, { value: null })), /^No data/, kind);
  }
});

test('comparison modes: absolute, percent, both; pp for percent values; no % against 0', () => {
  const delta = (spec: Partial<RenderSpec>, value: number, compare: number) => {
    const root = svgOf({ kind: 'counter', ...spec }, { value, compare });
    const g = allElements(root).find((e) => e.attrs['data-drill'] === 'compare');
    return g ? textContent(g) : '';
  };
  const cases: [Partial<RenderSpec>, number, number, string][] = [
    [{}, 1234, 1100, '+134 (12.2%)'],
    [{ compare: { mode: 'absolute' } }, 1234, 1100, '+134'],
    [{ compare: { mode: 'percent' } }, 1234, 1100, '+12.2%'],
    [{ compare: { mode: 'percent', decimals: 0 } }, 1100, 1234, '−11%'],
    [{ compare: { mode: 'both', decimals: 2 } }, 5.6667, 5.1, '+0.57 (11.11%)'],
    [{ compare: { mode: 'percent' } }, 3, 0, '+3'],
    [{ format: { style: 'percent' } }, 62.5, 58, '+4.5\u00A0pp'],
    [{ format: { style: 'percent' }, compare: { mode: 'percent' } }, 62.5, 50, '+25%'],
    [{ format: { style: 'currency', currency: 'USD' } }, 120, 100, '+$20.00 (20%)'],
    [{ format: { style: 'days' } }, 748_800, 676_800, '+2.5\u00A0d (10.6%)'],
    [{ compare: { mode: 'percent' } }, 3, 3, 'No change'],
  ];
  for (const [spec, value, compare, expected] of cases) assert.equal(delta(spec, value, compare), expected, JSON.stringify(spec));
  assert.match(
    label(svgOf({ kind: 'counter', compare: { mode: 'percent' } }, { value: 1234, compare: 1100, compareLabel: 'vs last week' })),
    /up 12\.2% vs last week$/,
  );
  assert.match(label(svgOf({ kind: 'counter', format: { style: 'percent' } }, { value: 62.5, compare: 58 })), /up 4\.5\spp$/);
});

test('comparison colours invert when lower is better (also in the colour-blind palette)', () => {
  for (const name of ['default', 'colorblind'] as const) {
    const p = palette('light', name);
    const down = (higherIsBetter: boolean) => render({ kind: 'counter', higherIsBetter, palette: name }, { value: 3, compare: 5 });
    assert.ok(down(false).includes(`fill="${p.successText}"`), name);
    assert.ok(down(true).includes(`fill="${p.dangerText}"`), name);
  }
});

test('expected progress: marker at the time elapsed, ahead / behind / on track within ±2 points', () => {
  const cases: [number, number, string, number][] = [
    [42, 0.5, 'behind', 8],
    [62, 0.5, 'ahead', 12],
    [51, 0.5, 'on track', 1],
    [48, 0.5, 'on track', 2],
    [47.9, 0.5, 'behind', 2],
    [0, 0, 'on track', 0],
  ];
  for (const [done, fraction, kind, points] of cases)
    assert.deepEqual(expectedState(done, fraction), { kind, points }, `${done} vs ${fraction}`);
  const root = svgOf({ kind: 'progress', title: 'S' }, { value: 21, total: 50, expected: { fraction: 0.5 } }, { width: 320 });
  assert.equal(label(root), 'S: 21 of 50 done, 42%, behind by 8 points (50% of time elapsed)');
  assert.ok(texts(root).includes('Behind by 8 points'));
  const marker = allElements(root).find((e) => e.name === 'path' && e.attrs.stroke === '#172B4D' && /^M160 /.test(e.attrs.d));
  assert.ok(marker, 'a marker line at the middle of the bar (16 + 288 × 0.5)');
  const plain = svgOf({ kind: 'progress', title: 'S' }, { value: 21, total: 50 });
  assert.ok(height(root) > height(plain));
  for (const fraction of [-1, 2, NaN]) {
    const r = svgOf({ kind: 'progress' }, { value: 1, total: 2, expected: { fraction } });
    assert.doesNotMatch(render({ kind: 'progress' }, { value: 1, total: 2, expected: { fraction } }), /NaN/);
    if (Number.isNaN(fraction)) assert.doesNotMatch(label(r), /elapsed/);
    else
      assert.match(label(r), fraction < 0 ? /ahead by 50 points \(0% of time elapsed\)/ : /behind by 50 points \(100% of time elapsed\)/);
  }
});

test('prefix and suffix are cut to 16 characters (they repeat with every number of the trend)', () => {
  const root = svgOf({ kind: 'counter', format: { prefix: 'p'.repeat(40), suffix: 's'.repeat(40) } }, { value: 1 });
  assert.equal(label(root), `${'p'.repeat(16)}1${'s'.repeat(16)}`);
});

test('a gadget with a trend keeps its height when the value is missing; the sparkline stays inside the canvas', () => {
  for (const kind of ['counter', 'gauge'] as const) {
    for (const width of [160, 320, 1200]) {
      // (a counter's card is sized for one line under the value, as without a trend)
      const full = svgOf({ kind, title: 'T', label: 'l' }, { value: 1, trend: TREND }, { width });
      const empty = svgOf({ kind, title: 'T', label: 'l' }, { value: null, trend: TREND }, { width });
      assert.equal(empty.attrs.viewBox, full.attrs.viewBox, `${kind} at ${width}`);
      const [, , w, h] = full.attrs.viewBox.split(' ').map(Number);
      for (const c of allElements(full).filter((e) => e.name === 'circle')) {
        const [cx, cy, r] = [Number(c.attrs.cx), Number(c.attrs.cy), Number(c.attrs.r)];
        assert.ok(cx - r >= 0 && cx + r <= w && cy - r >= 0 && cy + r <= h, `${kind} at ${width}: circle at ${cx},${cy}`);
      }
    }
  }
});

test('size: a trend of 8 points adds at most 2.1 KB (most of it the per-point keyboard stops and tooltips, the series name and the words)', () => {
  for (const kind of ['counter', 'gauge'] as const) {
    const spec: RenderSpec = { kind, title: 'Created per week', label: 'issues created' };
    const without = Buffer.byteLength(render(spec, { value: 30, compare: 31 }));
    const withTrend = Buffer.byteLength(render(spec, { value: 30, compare: 31, trend: TREND }));
    assert.ok(withTrend - without <= 2100, `${kind}: +${withTrend - without} bytes`);
  }
});

test('a long unit and trend window label are cut, so a trend gadget stays bounded (fast-check counterexample)', () => {
  const long = '🚀'.repeat(4000);
  const points = Array.from({ length: 6 }, (_, i) => ({ value: 0, label: i === 2 ? '<script>alert(1)</script>' : '' }));
  for (const kind of ['counter', 'gauge'] as const) {
    const svg = render({ kind, format: { unit: long } }, { value: 0, min: 0, max: 100, trend: { points, label: long } });
    assert.ok(Buffer.byteLength(svg) < 6_000, `${kind}: ${Buffer.byteLength(svg)} bytes`);
    assert.ok(svg.includes('🚀'.repeat(24)) && !svg.includes('🚀'.repeat(25)), `${kind}: unit cut to 24 code points`);
  }
});
