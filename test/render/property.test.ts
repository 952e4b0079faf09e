import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scalarText } from '../helpers/arbitraries';
import { render, renderStatus } from '../../render/index';
import type { Reading, RenderOptions, RenderSpec, StatusSpec } from '../../render/types';
import { forbiddenMarkup } from '../helpers/xml';

/**
 * Strings chosen to break markup, encodings and layout. (The words NaN/Infinity/undefined are left
 * out: user text may legitimately contain them, and the output check looks for them anywhere.)
 */
const HOSTILE = [
  '<script>alert(1)</script>',
  ']]>',
  '"><svg onload=alert(1)>',
  "' onmouseover='x",
  '&amp;&lt;&#x3C;&nbsp;&bogus;',
  '\u0000\u0001\u0008\u000B\u001F\uFFFE\uFFFF',
  '\u202Eevil\u202C\u2067x\u2069',
  '\uD800lone\uDC00',
  'x'.repeat(10_000),
  '🚀'.repeat(3000),
  'javascript:alert(1)',
  'url(https://evil.example/x)',
  '<foreignObject><style>*{}</style>',
];

const hostileString = fc.oneof(fc.constantFrom(...HOSTILE), scalarText(40), fc.string({ maxLength: 200 }));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const number = fc.oneof(
  fc.double(),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1e21, -1e21, Number.MAX_VALUE, Number.MIN_VALUE, 0.1 + 0.2),
);
const color = fc.oneof(fc.constantFrom('green', 'amber', 'red', 'blue', 'purple', 'teal', 'grey', '#00FF00', '#abcdef'), hostileString);

const spec: fc.Arbitrary<RenderSpec> = fc.record({
  kind: fc.constantFrom('gauge', 'counter', 'progress'),
  title: maybe(hostileString),
  label: maybe(hostileString),
  format: maybe(
    fc.record({
      style: maybe(fc.constantFrom('number', 'compact', 'percent', 'duration', 'days', 'currency', 'bogus' as 'number')),
      currency: maybe(fc.oneof(fc.constantFrom('USD', 'eur', 'JPY', 'XXX', 'BHD', 'US', 'USDX', '€'), hostileString)),
      decimals: maybe(number),
      prefix: maybe(hostileString),
      suffix: maybe(hostileString),
      unit: maybe(hostileString),
    }),
  ),
  thresholds: maybe(
    fc.record({
      base: color,
      baseLabel: maybe(hostileString),
      steps: fc.array(fc.record({ from: number, color, label: maybe(hostileString) }), { maxLength: 5 }),
      mode: maybe(fc.constantFrom('absolute', 'percent', 'bogus' as 'percent')),
    }),
  ),
  higherIsBetter: maybe(fc.boolean()),
  showSegments: maybe(fc.boolean()),
  mappings: maybe(fc.array(fc.record({ value: number, text: hostileString }), { maxLength: 25 })),
  noValueText: maybe(hostileString),
  palette: maybe(fc.constantFrom('default', 'colorblind', 'bogus' as 'default')),
  compare: maybe(fc.record({ mode: maybe(fc.constantFrom('absolute', 'percent', 'both', 'bogus' as 'both')), decimals: maybe(number) })),
}) as fc.Arbitrary<RenderSpec>;

/** Trends: nulls, NaN, negative, huge, hostile labels; sometimes more points than are drawn. */
const trend = fc.record({
  points: fc.array(fc.record({ value: fc.oneof(number, fc.constant(null)), label: hostileString }), { maxLength: 30 }),
  label: maybe(hostileString),
});

const reading: fc.Arbitrary<Reading> = fc.record({
  value: fc.oneof(number, fc.constant(null)),
  min: maybe(number),
  max: maybe(number),
  target: maybe(number),
  total: maybe(number),
  segments: maybe(fc.record({ todo: number, inProgress: number, done: number })),
  compare: maybe(fc.oneof(number, fc.constant(null))),
  compareLabel: maybe(hostileString),
  partial: maybe(fc.boolean()),
  trend: maybe(trend),
  expected: maybe(fc.record({ fraction: number, label: maybe(hostileString) })),
});

const options: fc.Arbitrary<RenderOptions> = fc.record({
  colorMode: maybe(fc.constantFrom('light', 'dark', 'purple' as 'light')),
  width: maybe(number),
  locale: maybe(fc.oneof(fc.constantFrom('en-US', 'de-DE', 'ar-EG', 'ja-JP', 'fr-CH'), hostileString)),
});

const status: fc.Arbitrary<StatusSpec> = fc.record({
  state: fc.constantFrom('error', 'empty', 'loading', 'bogus' as 'error'),
  message: hostileString,
  detail: maybe(hostileString),
  title: maybe(hostileString),
  kind: maybe(fc.constantFrom('gauge', 'counter', 'progress')),
});

/** The invariants every output must keep. */
function assertSafe(svg: string): void {
  assert.deepEqual(forbiddenMarkup(svg), []); // parses strictly, too
  assert.ok(!svg.includes('<script') && !svg.includes(']]>') && !svg.includes('<foreignObject'), 'hostile markup leaked');
  assert.ok(!/[\u202A-\u202E\u2066-\u2069]/.test(svg.replace(/\u202B[^\u202C]*\u202C/g, '')), 'bidi override leaked');
  assert.ok(Buffer.byteLength(svg) < 12_000, `output too large: ${svg.length}`);
}

test('any spec, reading and options render safe, well-formed, bounded SVG', () => {
  fc.assert(
    fc.property(spec, reading, options, (s, r, o) => {
      assertSafe(render(s, r, o));
    }),
    { numRuns: 600 },
  );
});

test('any status renders safe, well-formed SVG', () => {
  fc.assert(
    fc.property(status, options, (s, o) => {
      assertSafe(renderStatus(s, o));
    }),
    { numRuns: 300 },
  );
});

test('rendering is deterministic: same input, same bytes', () => {
  fc.assert(
    fc.property(spec, reading, options, (s, r, o) => {
      assert.equal(render(s, r, o), render(structuredClone(s), structuredClone(r), structuredClone(o)));
    }),
    { numRuns: 200 },
  );
});

test('numbers in attributes never show -0, NaN or more than 3 decimals', () => {
  fc.assert(
    fc.property(spec, reading, options, (s, r, o) => {
      const svg = render(s, r, o);
      for (const m of svg.matchAll(/ (?:x|y|cx|cy|r|rx|width|height|font-size|stroke-width)="([^"]*)"/g)) {
        assert.match(m[1], /^(?:0|-?[1-9]\d*(?:\.\d{1,3})?|-?0\.\d{1,3}|100%)$/, m[0]);
      }
      for (const m of svg.matchAll(/ d="([^"]*)"/g)) assert.doesNotMatch(m[1], /-0(?![.\d])|\.\d{4,}/, m[0]);
    }),
    { numRuns: 300 },
  );
});

test('trend and expected progress: every mapping, trend and marker stays safe and bounded (no NaN in any coordinate)', () => {
  fc.assert(
    fc.property(spec, trend, fc.oneof(number, fc.constant(null)), options, (s, t, v, o) => {
      for (const kind of ['counter', 'gauge', 'progress'] as const) {
        const svg = render(
          { ...s, kind },
          { value: v, total: 100, min: 0, max: 100, trend: t, expected: { fraction: typeof v === 'number' ? v / 100 : 0.5 } },
          o,
        );
        assertSafe(svg);
        for (const m of svg.matchAll(/ data-drill="([^"]*)"/g))
          assert.match(m[1], /^(?:value|compare|segment-(?:todo|inProgress|done)|trend-\d+)$/);
      }
    }),
    { numRuns: 300 },
  );
});

test('a hostile title is escaped in the output, not dropped silently', () => {
  const svg = render({ kind: 'counter', title: '<b>"Q&A"</b>' }, { value: 1 });
  assert.ok(svg.includes('&lt;b&gt;&quot;Q&amp;A&quot;&lt;/b&gt;'));
});
