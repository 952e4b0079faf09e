/**
 * Number formatting: locale-aware grouping (Intl.NumberFormat), compact (1.2K), percent (value in
 * percent units), fixed decimals 0–3, durations, prefix and unit. Output never contains `NaN`,
 * `Infinity` or `-0`: a non-finite value formats as an en dash.
 *
 * Durations use Jira's default time-tracking units: 1w = 5d, 1d = 8h (Jira's "working day").
 */
import type { NumberFormat } from './types.ts';

/** Shown for a value that cannot be formatted. */
export const NO_VALUE = '–';
/** The minus sign of signed deltas (U+2212, not a hyphen). */
export const MINUS = '−';
const DEFAULT_LOCALE = 'en-US';
const formatters = new Map<string, Intl.NumberFormat>();
/** Checked locales (the check costs ~20 µs; bounded like the formatter cache). */
const locales = new Map<string, string>();

/** The locale if Intl accepts it, else en-US. */
export function safeLocale(locale: string | undefined): string {
  if (typeof locale !== 'string' || locale.length === 0 || locale.length > 64) return DEFAULT_LOCALE;
  const known = locales.get(locale);
  if (known) return known;
  let result = DEFAULT_LOCALE;
  try {
    if (Intl.NumberFormat.supportedLocalesOf([locale]).length > 0) result = locale;
  } catch {
    // RangeError: not a well-formed language tag
  }
  if (locales.size >= 128) locales.clear();
  locales.set(locale, result);
  return result;
}

type FormatterKind = 'int' | 'number' | 'compact' | 'percent';

/** A cached Intl.NumberFormat (the cache is bounded so arbitrary locales cannot grow it). */
function formatter(locale: string, kind: FormatterKind, decimals: number | undefined): Intl.NumberFormat {
  const key = `${locale}|${kind}|${decimals}`;
  let f = formatters.get(key);
  if (!f) {
    if (formatters.size >= 128) formatters.clear();
    const options: Intl.NumberFormatOptions =
      kind === 'int'
        ? { maximumFractionDigits: 0 }
        : { ...(kind === 'percent' ? { style: 'percent' } : kind === 'compact' ? { notation: 'compact' } : {}), ...digits(decimals, kind === 'number' ? 2 : 1) };
    f = new Intl.NumberFormat(locale, { signDisplay: 'negative', ...options } as Intl.NumberFormatOptions);
    formatters.set(key, f);
  }
  return f;
}

/** Fixed decimals 0–3 (integers only), or undefined when not set. */
export function clampDecimals(decimals: number | undefined): number | undefined {
  if (typeof decimals !== 'number' || !Number.isFinite(decimals)) return undefined;
  return Math.min(3, Math.max(0, Math.round(decimals)));
}

function digits(decimals: number | undefined, defaultMax: number): Intl.NumberFormatOptions {
  return decimals === undefined
    ? { minimumFractionDigits: 0, maximumFractionDigits: defaultMax }
    : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
}

const UNITS: [string, number][] = [
  ['w', 5 * 8 * 3600],
  ['d', 8 * 3600],
  ['h', 3600],
  ['m', 60],
];

/**
 * Seconds as Jira-style time ("3d 4h", "1w 2d", "45m"): the largest non-zero unit and the next one,
 * rounded to that next unit; 1w = 5d and 1d = 8h as in Jira's default time tracking.
 * Under a minute (but not zero) is "<1m".
 */
export function formatDuration(seconds: number, locale?: string): string {
  if (!Number.isFinite(seconds)) return NO_VALUE;
  const loc = safeLocale(locale);
  const abs = Math.abs(seconds);
  const sign = seconds < 0 && abs >= 30 ? MINUS : '';
  if (abs < 30) return '0m';
  if (abs < 60) return '<1m';
  const int = formatter(loc, 'int', undefined);
  let big = UNITS.findIndex(([, size]) => abs >= size);
  const small = Math.min(big + 1, UNITS.length - 1);
  const total = Math.round(abs / UNITS[small][1]) * UNITS[small][1];
  // Rounding may carry into a larger unit (4d 7h 59m → 1w).
  big = UNITS.findIndex(([, size]) => total >= size);
  const parts: string[] = [];
  let rest = total;
  for (let i = big; i <= Math.min(big + 1, UNITS.length - 1); i++) {
    const [name, size] = UNITS[i];
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0) parts.push(`${int.format(count)}${name}`);
  }
  return sign + parts.join(' ');
}

/** A percent from a value in percent units (42 → "42%"), localised. */
export function formatPercent(percent: number, decimals: number | undefined, locale?: string): string {
  if (!Number.isFinite(percent)) return NO_VALUE;
  return formatter(safeLocale(locale), 'percent', clampDecimals(decimals)).format(percent / 100);
}

/** The number alone (prefix included, unit excluded), per `format.style`. */
export function formatNumber(value: number, format: NumberFormat = {}, locale?: string): string {
  if (!Number.isFinite(value)) return NO_VALUE;
  const loc = safeLocale(locale);
  const decimals = clampDecimals(format.decimals);
  const prefix = typeof format.prefix === 'string' ? format.prefix : '';
  let body: string;
  switch (format.style) {
    case 'duration':
      body = formatDuration(value, loc);
      break;
    case 'percent':
      body = formatPercent(value, decimals, loc);
      break;
    case 'compact':
      body = formatter(loc, 'compact', decimals).format(value);
      break;
    default:
      body = formatter(loc, 'number', decimals).format(value);
  }
  // A prefix goes after the sign: −$12, not $−12.
  if (prefix && (body.startsWith('-') || body.startsWith(MINUS))) return `${body[0]}${prefix}${body.slice(1)}`;
  return prefix + body;
}

/** The number with its unit ("12.5 pts"). */
export function formatValue(value: number, format: NumberFormat = {}, locale?: string): string {
  const n = formatNumber(value, format, locale);
  const unit = typeof format.unit === 'string' ? format.unit.trim() : '';
  return unit && n !== NO_VALUE ? `${n} ${unit}` : n;
}

/** A signed delta: "+12", "−3.5", "+1d 2h"; zero has no sign. */
export function formatDelta(delta: number, format: NumberFormat = {}, locale?: string): string {
  if (!Number.isFinite(delta)) return NO_VALUE;
  const body = formatNumber(Math.abs(delta), format, locale);
  if (/^[^1-9]*$/.test(body)) return body; // rounds to zero
  return (delta > 0 ? '+' : MINUS) + body;
}
