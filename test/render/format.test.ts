import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDelta, formatDuration, formatNumber, formatPercent, formatValue, safeLocale } from '../../render/format';
import type { NumberFormat } from '../../render/types';

const H = 3600;
const D = 8 * H; // Jira working day
const W = 5 * D; // Jira working week

test('formatNumber by style, decimals, prefix and locale', () => {
  const cases: [number, NumberFormat, string | undefined, string][] = [
    [1234.567, {}, undefined, '1,234.57'],
    [1234, {}, undefined, '1,234'],
    [1234.5, {}, 'de-DE', '1.234,5'],
    [1, { decimals: 2 }, undefined, '1.00'],
    [1.23456, { decimals: 3 }, undefined, '1.235'],
    [1.5, { decimals: 7 }, undefined, '1.500'],
    [1.5, { decimals: -1 }, undefined, '2'],
    [1234, { style: 'compact' }, undefined, '1.2K'],
    [3_400_000, { style: 'compact' }, undefined, '3.4M'],
    [999, { style: 'compact' }, undefined, '999'],
    [42, { style: 'percent' }, undefined, '42%'],
    [87.46, { style: 'percent', decimals: 1 }, undefined, '87.5%'],
    [42, { style: 'percent' }, 'de-DE', '42\u00A0%'],
    [100_800, { style: 'duration' }, undefined, '3d 4h'],
    [12, { prefix: '$' }, undefined, '$12'],
    [-12, { prefix: '$' }, undefined, '-$12'],
    [-0, {}, undefined, '0'],
    [-0.0001, {}, undefined, '0'],
    [-0.0001, { style: 'compact' }, undefined, '0'],
    [NaN, {}, undefined, '–'],
    [Infinity, { style: 'percent' }, undefined, '–'],
    [-Infinity, { style: 'duration' }, undefined, '–'],
    [1e21, {}, undefined, '1,000,000,000,000,000,000,000'],
  ];
  for (const [value, format, locale, expected] of cases) {
    assert.equal(formatNumber(value, format, locale), expected, `${value} ${JSON.stringify(format)} ${locale}`);
  }
});

test('formatValue appends the unit, except for a missing value', () => {
  assert.equal(formatValue(12.5, { unit: 'pts' }), '12.5 pts');
  assert.equal(formatValue(12.5, { unit: '  ' }), '12.5');
  assert.equal(formatValue(NaN, { unit: 'pts' }), '–');
});

test('formatDuration uses Jira units (1w = 5d, 1d = 8h) and two adjacent units', () => {
  const cases: [number, string][] = [
    [0, '0m'],
    [29, '0m'],
    [45, '<1m'],
    [60, '1m'],
    [90 * 60, '1h 30m'],
    [H, '1h'],
    [D, '1d'],
    [D + 4 * H, '1d 4h'],
    [3 * D + 4 * H, '3d 4h'],
    [3 * D + 3 * H + 46 * 60, '3d 4h'],
    [4 * D + 7 * H + 59 * 60, '1w'], // rounding carries into the next unit
    [W + 2 * D, '1w 2d'],
    [W + 3 * H, '1w'], // hours are below the precision shown next to weeks
    [-2 * H, '−2h'],
    [1e9, '6,944w 2d'],
  ];
  for (const [seconds, expected] of cases) assert.equal(formatDuration(seconds), expected, String(seconds));
});

test('formatPercent and formatDelta', () => {
  assert.equal(formatPercent(12.345, undefined), '12.3%');
  assert.equal(formatPercent(50, 0), '50%');
  assert.equal(formatDelta(5), '+5');
  assert.equal(formatDelta(-3.5), '−3.5');
  assert.equal(formatDelta(0), '0');
  assert.equal(formatDelta(-0.001), '0');
  assert.equal(formatDelta(28_800, { style: 'duration' }), '+1d');
  assert.equal(formatDelta(NaN), '–');
});

test('safeLocale falls back to en-US for anything Intl rejects', () => {
  assert.equal(safeLocale('de-DE'), 'de-DE');
  for (const bad of [undefined, '', '<script>', 'x'.repeat(100), 'en_US!']) assert.equal(safeLocale(bad), 'en-US', String(bad));
});

test('formatNumber: days, currency, suffix, compact currency', () => {
  const cases: [number, NumberFormat, string | undefined, string][] = [
    [100_800, { style: 'days' }, undefined, '3.5\u00A0d'],
    [748_800, { style: 'days' }, undefined, '26\u00A0d'], // "5w 1d" in Jira units
    [100_000, { style: 'days', decimals: 2 }, undefined, '3.47\u00A0d'],
    [100_800, { style: 'days' }, 'de-DE', '3,5\u00A0T.'],
    [-28_800, { style: 'days' }, undefined, '-1\u00A0d'],
    [0, { style: 'days' }, undefined, '0\u00A0d'],
    [1234.5, { style: 'currency', currency: 'USD' }, undefined, '$1,234.50'],
    [1234.5, { style: 'currency', currency: 'usd' }, undefined, '$1,234.50'],
    [1234.5, { style: 'currency', currency: 'EUR' }, 'de-DE', '1.234,50\u00A0€'],
    [1234.5, { style: 'currency', currency: 'JPY' }, undefined, '¥1,235'],
    [1234.5, { style: 'currency', currency: 'USD', decimals: 0 }, undefined, '$1,235'],
    [-12, { style: 'currency', currency: 'USD' }, undefined, '-$12.00'],
    [12, { style: 'currency', currency: '<script>' }, undefined, '12'],
    [12, { style: 'currency', currency: 'US' }, undefined, '12'],
    [12, { style: 'currency' }, undefined, '12'],
    [1_234_567, { style: 'compact', currency: 'USD' }, undefined, '$1.2M'],
    [3, { suffix: '/wk' }, undefined, '3/wk'],
    [-3, { prefix: '~', suffix: '/wk' }, undefined, '-~3/wk'],
    [42, { style: 'percent', suffix: ' done' }, undefined, '42% done'],
    [NaN, { style: 'days' }, undefined, '–'],
    [Infinity, { style: 'currency', currency: 'USD' }, undefined, '–'],
  ];
  for (const [value, format, locale, expected] of cases) {
    assert.equal(formatNumber(value, format, locale), expected, `${value} ${JSON.stringify(format)} ${locale}`);
  }
});

test('formatValue: styles with their own unit (percent, duration, days) do not add format.unit', () => {
  assert.equal(formatValue(100_800, { style: 'days', unit: 'days' }), '3.5\u00A0d');
  assert.equal(formatValue(42, { style: 'percent', unit: 'pts' }), '42%');
  assert.equal(formatValue(12, { style: 'currency', currency: 'USD', unit: 'per seat' }), '$12.00 per seat');
});

test('formatDelta: a prefix or suffix with digits does not count as a change', () => {
  assert.equal(formatDelta(0.001, { suffix: 'x10' }), '0x10');
  assert.equal(formatDelta(0.001, { prefix: 'v2 ' }), 'v2 0');
  assert.equal(formatDelta(2, { prefix: '$', suffix: '/wk' }), '+$2/wk');
  assert.equal(formatDelta(-28_800, { style: 'days' }), '−1\u00A0d');
});
