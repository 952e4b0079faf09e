/**
 * Number formatting: locale-aware grouping (Intl.NumberFormat), compact (1.2K), percent (value in
 * percent units), fixed decimals 0–3, durations (Jira style or numeric days), currency, prefix,
 * suffix and unit. Output never contains `NaN`, `Infinity` or `-0`: a non-finite value formats as an
 * en dash.
 *
 * Durations use Jira's default time-tracking units: 1w = 5d, 1d = 8h (Jira's "working day"); the
 * `days` style divides seconds by the same 8-hour day, so "5w 1d" reads as "26 d". The unit words
 * come from the locale's catalogue (i18n/messages: "3d 4h", "3 T. 4 Std.", "3日 4時間").
 */
import type { NumberFormat } from './types';
import { translator, type MessageKey } from '../i18n/index';
import { supportedLocale } from '../i18n/locale';
import { memo } from '../i18n/memo';

/** Shown for a value that cannot be formatted. */
const NO_VALUE = '–';
/** The minus sign of signed deltas (U+2212, not a hyphen). */
export const MINUS = '−';
const DEFAULT_LOCALE = 'en-US';
// eslint-disable-next-line no-restricted-syntax -- Intl.NumberFormat per locale tag and format option: no Jira data; bounded to 128
const formatters = memo<string, Intl.NumberFormat>(128);

/** The locale if Intl formats in it (i18n/locale.ts, the one check), as a canonical tag; else en-US. */
export function safeLocale(locale: string | undefined): string {
  return supportedLocale(locale) ?? DEFAULT_LOCALE;
}

type FormatterKind = 'int' | 'number' | 'compact' | 'percent' | 'days' | 'currency' | 'compact-currency';

/** Seconds in a Jira working day (time tracking's default: 1d = 8h). */
const WORK_DAY = 8 * 3600;

function formatterOptions(kind: FormatterKind, decimals: number | undefined, currency: string): Intl.NumberFormatOptions {
  switch (kind) {
    case 'int':
      return { maximumFractionDigits: 0 };
    case 'percent':
      return { style: 'percent', ...digits(decimals, 1) };
    case 'compact':
      return { notation: 'compact', ...digits(decimals, 1) };
    case 'days':
      return digits(decimals, 1);
    case 'currency':
      // Without fixed decimals the currency's own minor units apply ($12.50, ¥1,250).
      return { style: 'currency', currency, ...(decimals === undefined ? {} : digits(decimals, 2)) };
    case 'compact-currency':
      return { style: 'currency', currency, notation: 'compact', ...digits(decimals, 1) };
    default:
      return digits(decimals, 2);
  }
}

/** A cached Intl.NumberFormat (the cache is bounded so arbitrary locales cannot grow it). */
function formatter(locale: string, kind: FormatterKind, decimals: number | undefined, currency = ''): Intl.NumberFormat {
  return formatters(
    `${locale}|${kind}|${decimals}|${currency}`,
    () =>
      new Intl.NumberFormat(locale, {
        signDisplay: 'negative',
        ...formatterOptions(kind, decimals, currency),
      } as Intl.NumberFormatOptions),
  );
}

const CURRENCY = /^[A-Z]{3}$/;

/** An ISO 4217-shaped code (three letters, upper-cased) that Intl accepts, or undefined. */
export function currencyCode(code: unknown): string | undefined {
  if (typeof code !== 'string') return undefined;
  const upper = code.trim().toUpperCase();
  if (!CURRENCY.test(upper)) return undefined;
  try {
    formatter(DEFAULT_LOCALE, 'currency', undefined, upper);
    return upper;
  } catch {
    return undefined;
  }
}

/** True when the style writes its own unit (%, "3d 4h", "12.5 d"), so `format.unit` is not shown. */
export function ownsUnit(format: NumberFormat): boolean {
  return format.style === 'percent' || format.style === 'duration' || format.style === 'days';
}

/**
 * The value and format a gadget shows for `value`: a negative value with a `negativeUnit` is its
 * absolute value with that unit ("3 days overdue", not "−3 days"); anything else as given.
 */
export function shownValue(value: number, format: NumberFormat): { value: number; format: NumberFormat } {
  if (!(value < 0) || !format.negativeUnit || ownsUnit(format)) return { value, format };
  return { value: Math.abs(value), format: { ...format, unit: format.negativeUnit } };
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

const UNITS: [MessageKey, number][] = [
  ['unit.week', 5 * 8 * 3600],
  ['unit.day', 8 * 3600],
  ['unit.hour', 3600],
  ['unit.minute', 60],
];

/**
 * Seconds as Jira-style time ("3d 4h", "1w 2d", "45m"): the largest non-zero unit and the next one,
 * rounded to that next unit; 1w = 5d and 1d = 8h as in Jira's default time tracking.
 * Under a minute (but not zero) is "<1m".
 */
export function formatDuration(seconds: number, locale?: string): string {
  if (!Number.isFinite(seconds)) return NO_VALUE;
  const loc = safeLocale(locale);
  const t = translator(loc);
  const abs = Math.abs(seconds);
  const sign = seconds < 0 && abs >= 30 ? MINUS : '';
  const int = formatter(loc, 'int', undefined);
  if (abs < 30) return t('unit.minute', { n: int.format(0) });
  if (abs < 60) return `<${t('unit.minute', { n: int.format(1) })}`;
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
    if (count > 0) parts.push(t(name, { n: int.format(count) }));
  }
  return sign + parts.join(' ');
}

/** A percent from a value in percent units (42 → "42%"), localised. */
export function formatPercent(percent: number, decimals: number | undefined, locale?: string): string {
  if (!Number.isFinite(percent)) return NO_VALUE;
  return formatter(safeLocale(locale), 'percent', clampDecimals(decimals)).format(percent / 100);
}

/** The number alone, without prefix, suffix or unit. */
function formatBody(value: number, format: NumberFormat, loc: string): string {
  const decimals = clampDecimals(format.decimals);
  const currency = currencyCode(format.currency);
  switch (format.style) {
    case 'duration':
      return formatDuration(value, loc);
    case 'days':
      return translator(loc)('unit.workDays', { n: formatter(loc, 'days', decimals).format(value / WORK_DAY) });
    case 'percent':
      return formatPercent(value, decimals, loc);
    case 'compact':
      return formatter(loc, currency ? 'compact-currency' : 'compact', decimals, currency).format(value);
    case 'currency':
      if (currency) return formatter(loc, 'currency', decimals, currency).format(value);
      return formatter(loc, 'number', decimals).format(value);
    default:
      return formatter(loc, 'number', decimals).format(value);
  }
}

/**
 * The number with prefix and suffix (unit excluded), per `format.style`: number, compact (with a
 * `currency`: "$1.2M"), percent, duration ("3d 4h"), days ("12.5 d", seconds / 8 h) or currency
 * (Intl currency style in the locale; an unknown code falls back to a plain number).
 */
export function formatNumber(value: number, format: NumberFormat = {}, locale?: string): string {
  if (!Number.isFinite(value)) return NO_VALUE;
  const body = formatBody(value, format, safeLocale(locale));
  const prefix = typeof format.prefix === 'string' ? format.prefix : '';
  const suffix = typeof format.suffix === 'string' ? format.suffix : '';
  // A prefix goes after the sign: −$12, not $−12.
  if (prefix && (body.startsWith('-') || body.startsWith(MINUS))) return `${body[0]}${prefix}${body.slice(1)}${suffix}`;
  return prefix + body + suffix;
}

/** The number with its unit ("12.5 pts"); styles that write their own unit (%, d) show none. */
export function formatValue(value: number, format: NumberFormat = {}, locale?: string): string {
  const n = formatNumber(value, format, locale);
  const unit = typeof format.unit === 'string' && !ownsUnit(format) ? format.unit.trim() : '';
  return unit && n !== NO_VALUE ? `${n} ${unit}` : n;
}

/** A signed delta: "+12", "−3.5", "+1d 2h", "+$12.00"; a delta that rounds to zero has no sign. */
export function formatDelta(delta: number, format: NumberFormat = {}, locale?: string): string {
  if (!Number.isFinite(delta)) return NO_VALUE;
  const magnitude = Math.abs(delta);
  const body = formatNumber(magnitude, format, locale);
  // Decide on the bare number: a prefix or suffix with digits ("x10") must not count.
  if (/^[^1-9]*$/.test(formatBody(magnitude, format, safeLocale(locale)))) return body;
  return (delta > 0 ? '+' : MINUS) + body;
}

// eslint-disable-next-line no-restricted-syntax -- Intl.DateTimeFormat per checked locale tag: no Jira data; bounded to 128
const dayFormats = memo<string, Intl.DateTimeFormat>(128);

/**
 * A calendar day (`yyyy-mm-dd`) as the locale's short month and day: "Nov 17", "17. Nov.", "11月17日".
 * The day is formatted as a UTC date, so no time zone can move it; not a date → en dash.
 */
export function formatDay(iso: string, locale?: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
  if (!Number.isFinite(ms)) return NO_VALUE;
  const loc = safeLocale(locale);
  return dayFormats(loc, () => new Intl.DateTimeFormat(loc, { month: 'short', day: 'numeric', timeZone: 'UTC' })).format(ms);
}
