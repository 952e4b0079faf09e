/** Validation of the display settings: thresholds, number format, comparison, trend, expected progress, mappings. */
import type { Color, NumberFormat, ThresholdStep, Thresholds } from '../../render/types';
import { join, strip, type Checker } from './checker';
import { LIMITS } from './limits';
import { parseSource } from './metric';
import type { CompareV2, Expected, GadgetConfig, Trend } from './types';
import { COLOR_NAMES, COMPARE_MODES, FORMAT_STYLES, THRESHOLD_MODES, TREND_INTERVALS, TREND_SERIES } from './vocabulary';

function parseColor(c: Checker, value: unknown, path: string): Color | undefined {
  if (typeof value === 'string' && ((COLOR_NAMES as readonly string[]).includes(value) || /^#[0-9a-fA-F]{6}$/.test(value))) {
    return (value.startsWith('#') ? value.toLowerCase() : value) as Color;
  }
  return c.fail(path, `Choose a colour: ${COLOR_NAMES.join(', ')}, or #rrggbb.`);
}

/** Threshold steps ascending by `from`; `mode` percent = `from` in % of the target or scale. */
export function parseThresholds(c: Checker, value: unknown, path: string): Thresholds | undefined {
  const obj = c.object(value, path, 'The thresholds');
  if (!obj) return undefined;
  return c.clean(() => {
    c.unknownKeys(obj, ['base', 'baseLabel', 'steps', 'mode'], path);
    const base = parseColor(c, obj.base, join(path, 'base'));
    const baseLabel = c.optString(obj, 'baseLabel', path, LIMITS.thresholdLabel, 'The label');
    const mode = c.optOneOf(obj, 'mode', THRESHOLD_MODES, path, 'The threshold mode');
    const rawSteps = obj.steps ?? [];
    const steps: ThresholdStep[] = [];
    if (!Array.isArray(rawSteps)) {
      c.fail(join(path, 'steps'), 'The threshold steps must be a list.');
    } else if (rawSteps.length > LIMITS.thresholdSteps) {
      c.fail(join(path, 'steps'), `Use at most ${LIMITS.thresholdSteps} threshold steps.`);
    } else {
      rawSteps.forEach((raw, i) => {
        const p = join(join(path, 'steps'), i);
        const step = c.object(raw, p, `Threshold step ${i + 1}`);
        if (!step) return;
        c.unknownKeys(step, ['from', 'color', 'label'], p);
        const from = c.optNumber(step, 'from', p, `The start of threshold step ${i + 1}`);
        if (from === undefined && step.from === undefined) c.fail(join(p, 'from'), `Enter where threshold step ${i + 1} starts.`);
        const color = parseColor(c, step.color, join(p, 'color'));
        const label = c.optString(step, 'label', p, LIMITS.thresholdLabel, 'The label');
        if (from !== undefined && steps.length > 0 && from <= steps[steps.length - 1].from) {
          c.fail(join(p, 'from'), 'Threshold steps must go up: each starts above the one before.');
        }
        if (from !== undefined && color !== undefined) steps.push(label === undefined ? { from, color } : { from, color, label });
      });
    }
    if (base === undefined) return undefined;
    return { base, ...strip({ baseLabel }), steps, ...strip({ mode }) };
  });
}

/** Number format; `currency` needs an ISO 4217 code. */
export function parseFormat(c: Checker, value: unknown, path: string): NumberFormat | undefined {
  const obj = c.object(value, path, 'The number format');
  if (!obj) return undefined;
  return c.clean(() => {
    c.unknownKeys(obj, ['style', 'decimals', 'prefix', 'unit', 'suffix', 'currency'], path);
    const style = c.optOneOf(obj, 'style', FORMAT_STYLES, path, 'The number style');
    const decimals = c.optNumber(obj, 'decimals', path, 'Decimals');
    if (decimals !== undefined && (!Number.isInteger(decimals) || decimals < 0 || decimals > LIMITS.decimals)) {
      c.fail(join(path, 'decimals'), `Decimals must be a whole number from 0 to ${LIMITS.decimals}.`);
    }
    const prefix = c.optString(obj, 'prefix', path, LIMITS.prefix, 'The prefix');
    const unit = c.optString(obj, 'unit', path, LIMITS.unit, 'The unit');
    const suffix = c.optString(obj, 'suffix', path, LIMITS.suffix, 'The suffix');
    const rawCurrency = c.optString(obj, 'currency', path, 3, 'The currency');
    const currency = rawCurrency?.toUpperCase();
    if (currency !== undefined && !/^[A-Z]{3}$/.test(currency)) {
      c.fail(join(path, 'currency'), 'The currency must be a three-letter ISO 4217 code such as USD or EUR.');
    }
    if (style === 'currency' && currency === undefined && obj.currency === undefined) {
      c.fail(join(path, 'currency'), 'Choose a currency (a code such as USD or EUR).');
    }
    return strip({ style, decimals, prefix, unit, suffix, currency });
  });
}

/** Counter comparison: a second source, its label, and how the delta is written. */
export function parseCompare(c: Checker, value: unknown, path: string): CompareV2 | undefined {
  const obj = c.object(value, path, 'The comparison');
  if (!obj) return undefined;
  return c.clean(() => {
    c.unknownKeys(obj, ['source', 'label', 'mode', 'decimals'], path);
    const source = parseSource(c, obj.source, join(path, 'source'));
    const label = c.optString(obj, 'label', path, LIMITS.compareLabel, 'The comparison label');
    const mode = c.optOneOf(obj, 'mode', COMPARE_MODES, path, 'The change shown');
    const decimals = c.optNumber(obj, 'decimals', path, 'Decimals of the change');
    if (decimals !== undefined && (!Number.isInteger(decimals) || decimals < 0 || decimals > LIMITS.decimals)) {
      c.fail(join(path, 'decimals'), `Decimals must be a whole number from 0 to ${LIMITS.decimals}.`);
    }
    return source === undefined ? undefined : { source, ...strip({ label, mode, decimals }) };
  });
}

/** Trend: series, interval and 2–12 points. */
export function parseTrend(c: Checker, value: unknown, path: string): Trend | undefined {
  const obj = c.object(value, path, 'The trend');
  if (!obj) return undefined;
  return c.clean(() => {
    c.unknownKeys(obj, ['series', 'interval', 'points'], path);
    const series = c.oneOf(obj.series, TREND_SERIES, join(path, 'series'), 'The trend series');
    const interval = c.oneOf(obj.interval, TREND_INTERVALS, join(path, 'interval'), 'The trend interval');
    const points = obj.points;
    if (typeof points !== 'number' || !Number.isInteger(points) || points < LIMITS.trendPointsMin || points > LIMITS.trendPointsMax) {
      c.fail(join(path, 'points'), `The trend needs a whole number of points from ${LIMITS.trendPointsMin} to ${LIMITS.trendPointsMax}.`);
    }
    return series && interval ? { series, interval, points: points as number } : undefined;
  });
}

/** Expected progress: `{start, end}` dates (yyyy-mm-dd, start before end), `{versionId}` or `{sprint: 'active'}`. */
export function parseExpected(c: Checker, value: unknown, path: string): Expected | undefined {
  const obj = c.object(value, path, 'The expected progress');
  if (!obj) return undefined;
  return c.clean(() => {
    if ('sprint' in obj && obj.sprint !== undefined && obj.sprint !== null) {
      c.unknownKeys(obj, ['sprint'], path);
      return obj.sprint === 'active' ? { sprint: 'active' as const } : c.fail(join(path, 'sprint'), 'The sprint can only be "active": the active sprint of the gadget\'s issues.');
    }
    if ('versionId' in obj && obj.versionId !== undefined && obj.versionId !== null) {
      c.unknownKeys(obj, ['versionId'], path);
      const raw = obj.versionId;
      const id = typeof raw === 'number' && Number.isSafeInteger(raw) ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
      if (!/^[0-9]+$/.test(id) || id.length > LIMITS.versionId) {
        return c.fail(join(path, 'versionId'), 'Choose a Jira version (its id is a number).');
      }
      return { versionId: id };
    }
    c.unknownKeys(obj, ['start', 'end'], path);
    const start = parseDate(c, obj.start, join(path, 'start'), 'the start date');
    const end = parseDate(c, obj.end, join(path, 'end'), 'the end date');
    if (start !== undefined && end !== undefined && start >= end) {
      return c.fail(join(path, 'end'), 'The end date must be after the start date.');
    }
    return start !== undefined && end !== undefined ? { start, end } : undefined;
  });
}

function parseDate(c: Checker, value: unknown, path: string, what: string): string | undefined {
  if (value === undefined || value === null || value === '') return c.fail(path, `Enter ${what} (yyyy-mm-dd).`);
  const text = typeof value === 'string' ? value.trim() : '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !day || day.toISOString().slice(0, 10) !== text) {
    return c.fail(path, `${what[0].toUpperCase()}${what.slice(1)} must be a real date written yyyy-mm-dd.`);
  }
  return text;
}

/** Value mappings: at most 20 exact values, each with its words. */
export function parseMappings(c: Checker, value: unknown, path: string): GadgetConfig['mappings'] {
  if (!Array.isArray(value)) return c.fail(path, 'The value mappings must be a list.');
  if (value.length > LIMITS.mappings) return c.fail(path, `Use at most ${LIMITS.mappings} value mappings.`);
  return c.clean(() => {
    const out: { value: number; text: string }[] = [];
    value.forEach((raw, i) => {
      const p = join(path, i);
      const obj = c.object(raw, p, `Mapping ${i + 1}`);
      if (!obj) return;
      c.unknownKeys(obj, ['value', 'text'], p);
      const v = c.optNumber(obj, 'value', p, 'The value');
      if (v === undefined && (obj.value === undefined || obj.value === null)) {
        c.fail(join(p, 'value'), `Enter the value mapping ${i + 1} replaces.`);
      }
      const text = c.optString(obj, 'text', p, LIMITS.mappingText, 'The text');
      const blank = obj.text === undefined || obj.text === null || (typeof obj.text === 'string' && obj.text.trim() === '');
      if (text === undefined && blank) c.fail(join(p, 'text'), `Enter the words shown for mapping ${i + 1}.`);
      if (v !== undefined && out.some((m) => m.value === v)) c.fail(join(p, 'value'), `The value ${v} is mapped twice.`);
      if (v !== undefined && text !== undefined) out.push({ value: v, text });
    });
    return out.length > 0 ? out : undefined;
  });
}
