/** Validation of the display settings: thresholds, number format, comparison, trend, expected progress, mappings. */
import { said } from '../errors';
import type { Color, ThresholdStep, Thresholds } from '../../render/types';
import { join, membersOf, strip, type Checker } from './checker';
import { LIMITS } from './limits';
import { parseSource } from './metric';
import type { CompareV2, Expected, FormatSetting, GadgetConfig, Trend } from './types';
import { COLOR_NAMES, COMPARE_MODES, FORMAT_STYLES, THRESHOLD_MODES, TREND_INTERVALS, TREND_SERIES } from './vocabulary';

function parseColor(c: Checker, value: unknown, path: string): Color | undefined {
  if (typeof value === 'string' && ((COLOR_NAMES as readonly string[]).includes(value) || /^#[0-9a-fA-F]{6}$/.test(value))) {
    return (value.startsWith('#') ? value.toLowerCase() : value) as Color;
  }
  return c.fail(path, 'config.colour', { colours: COLOR_NAMES.join(', ') });
}

/** Threshold steps ascending by `from`; `mode` percent = `from` in % of the target or scale. */
export function parseThresholds(c: Checker, value: unknown, path: string): Thresholds | undefined {
  const obj = c.object(value, path, 'field.thresholds');
  if (!obj) return undefined;
  return c.clean(() => {
    c.unknownKeys(obj, membersOf<Thresholds>()(['base', 'baseLabel', 'steps', 'mode']), path);
    const base = parseColor(c, obj.base, join(path, 'base'));
    const baseLabel = c.optString(obj, 'baseLabel', path, LIMITS.thresholdLabel, 'field.label');
    const mode = c.optOneOf(obj, 'mode', THRESHOLD_MODES, path, 'field.thresholdMode');
    const rawSteps = obj.steps ?? [];
    const steps: ThresholdStep[] = [];
    if (!Array.isArray(rawSteps)) {
      c.fail(join(path, 'steps'), 'config.stepsList');
    } else if (rawSteps.length > LIMITS.thresholdSteps) {
      c.fail(join(path, 'steps'), 'config.stepsMax', { max: LIMITS.thresholdSteps });
    } else {
      rawSteps.forEach((raw, i) => {
        const p = join(join(path, 'steps'), i);
        const step = c.object(raw, p, said('field.step', { n: i + 1 }));
        if (!step) return;
        c.unknownKeys(step, membersOf<ThresholdStep>()(['from', 'color', 'label']), p);
        const from = c.optNumber(step, 'from', p, said('field.stepFrom', { n: i + 1 }));
        if (from === undefined && step.from === undefined) c.fail(join(p, 'from'), 'config.stepFrom', { n: i + 1 });
        const color = parseColor(c, step.color, join(p, 'color'));
        const label = c.optString(step, 'label', p, LIMITS.thresholdLabel, 'field.label');
        if (from !== undefined && steps.length > 0 && from <= steps[steps.length - 1].from) {
          c.fail(join(p, 'from'), 'config.stepsUp');
        }
        if (from !== undefined && color !== undefined) steps.push(label === undefined ? { from, color } : { from, color, label });
      });
    }
    if (base === undefined) return undefined;
    return { base, ...strip({ baseLabel }), steps, ...strip({ mode }) };
  });
}

/** Number format; `currency` needs an ISO 4217 code. */
export function parseFormat(c: Checker, value: unknown, path: string): FormatSetting | undefined {
  const obj = c.object(value, path, 'field.format');
  if (!obj) return undefined;
  return c.clean(() => {
    c.unknownKeys(obj, membersOf<FormatSetting>()(['style', 'decimals', 'prefix', 'unit', 'suffix', 'currency']), path);
    const style = c.optOneOf(obj, 'style', FORMAT_STYLES, path, 'field.style');
    const decimals = c.optNumber(obj, 'decimals', path, 'field.decimals');
    if (decimals !== undefined && (!Number.isInteger(decimals) || decimals < 0 || decimals > LIMITS.decimals)) {
      c.fail(join(path, 'decimals'), 'config.decimals', { max: LIMITS.decimals });
    }
    const prefix = c.optString(obj, 'prefix', path, LIMITS.prefix, 'field.prefix');
    const unit = c.optString(obj, 'unit', path, LIMITS.unit, 'field.unit');
    const suffix = c.optString(obj, 'suffix', path, LIMITS.suffix, 'field.suffix');
    const rawCurrency = c.optString(obj, 'currency', path, 3, 'field.currency');
    const currency = rawCurrency?.toUpperCase();
    if (currency !== undefined && !/^[A-Z]{3}$/.test(currency)) {
      c.fail(join(path, 'currency'), 'config.currencyCode');
    }
    if (style === 'currency' && currency === undefined && obj.currency === undefined) {
      c.fail(join(path, 'currency'), 'config.currencyMissing');
    }
    return strip({ style, decimals, prefix, unit, suffix, currency });
  });
}

/** Counter comparison: a second source, its label, and how the delta is written. */
export function parseCompare(c: Checker, value: unknown, path: string): CompareV2 | undefined {
  const obj = c.object(value, path, 'field.compare');
  if (!obj) return undefined;
  return c.clean(() => {
    c.unknownKeys(obj, membersOf<CompareV2>()(['source', 'label', 'mode', 'decimals']), path);
    const source = parseSource(c, obj.source, join(path, 'source'));
    const label = c.optString(obj, 'label', path, LIMITS.compareLabel, 'field.compareLabel');
    const mode = c.optOneOf(obj, 'mode', COMPARE_MODES, path, 'field.compareMode');
    const decimals = c.optNumber(obj, 'decimals', path, 'field.compareDecimals');
    if (decimals !== undefined && (!Number.isInteger(decimals) || decimals < 0 || decimals > LIMITS.decimals)) {
      c.fail(join(path, 'decimals'), 'config.decimals', { max: LIMITS.decimals });
    }
    return source === undefined ? undefined : { source, ...strip({ label, mode, decimals }) };
  });
}

/** Trend: series, interval and 2–12 points. */
export function parseTrend(c: Checker, value: unknown, path: string): Trend | undefined {
  const obj = c.object(value, path, 'field.trend');
  if (!obj) return undefined;
  return c.clean(() => {
    c.unknownKeys(obj, membersOf<Trend>()(['series', 'interval', 'points']), path);
    const series = c.oneOf(obj.series, TREND_SERIES, join(path, 'series'), 'field.trendSeries');
    const interval = c.oneOf(obj.interval, TREND_INTERVALS, join(path, 'interval'), 'field.trendInterval');
    const points = obj.points;
    if (typeof points !== 'number' || !Number.isInteger(points) || points < LIMITS.trendPointsMin || points > LIMITS.trendPointsMax) {
      c.fail(join(path, 'points'), 'config.trendPoints', { min: LIMITS.trendPointsMin, max: LIMITS.trendPointsMax });
    }
    return series && interval ? { series, interval, points: points as number } : undefined;
  });
}

/** Expected progress: `{start, end}` dates (yyyy-mm-dd, start before end), `{versionId}` or `{sprint: 'active' | id}`. */
export function parseExpected(c: Checker, value: unknown, path: string): Expected | undefined {
  const obj = c.object(value, path, 'field.expected');
  if (!obj) return undefined;
  return c.clean(() => {
    if ('sprint' in obj && obj.sprint !== undefined && obj.sprint !== null) {
      c.unknownKeys(obj, membersOf<Extract<Expected, { sprint: unknown }>>()(['sprint']), path);
      if (obj.sprint === 'active') return { sprint: 'active' as const };
      // A sprint picked in the form, by its id (Jira's sprint ids are positive integers).
      const id = typeof obj.sprint === 'string' && /^[0-9]{1,15}$/.test(obj.sprint.trim()) ? Number(obj.sprint) : obj.sprint;
      return typeof id === 'number' && Number.isSafeInteger(id) && id > 0
        ? { sprint: id }
        : c.fail(join(path, 'sprint'), 'config.sprintActive');
    }
    if ('versionId' in obj && obj.versionId !== undefined && obj.versionId !== null) {
      c.unknownKeys(obj, membersOf<Extract<Expected, { versionId: string }>>()(['versionId']), path);
      const raw = obj.versionId;
      const id = typeof raw === 'number' && Number.isSafeInteger(raw) ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
      if (!/^[0-9]+$/.test(id) || id.length > LIMITS.versionId) {
        return c.fail(join(path, 'versionId'), 'config.versionId');
      }
      return { versionId: id };
    }
    c.unknownKeys(obj, membersOf<Extract<Expected, { start: string }>>()(['start', 'end']), path);
    const start = parseDate(c, obj.start, join(path, 'start'), 'start');
    const end = parseDate(c, obj.end, join(path, 'end'), 'end');
    if (start !== undefined && end !== undefined && start >= end) {
      return c.fail(join(path, 'end'), 'config.endAfterStart');
    }
    return start !== undefined && end !== undefined ? { start, end } : undefined;
  });
}

function parseDate(c: Checker, value: unknown, path: string, which: 'start' | 'end'): string | undefined {
  if (value === undefined || value === null || value === '')
    return c.fail(path, which === 'start' ? 'config.enterStart' : 'config.enterEnd');
  const text = typeof value === 'string' ? value.trim() : '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !day || day.toISOString().slice(0, 10) !== text) {
    return c.fail(path, which === 'start' ? 'config.realStart' : 'config.realEnd');
  }
  return text;
}

/** Value mappings: at most 20 exact values, each with its words. */
export function parseMappings(c: Checker, value: unknown, path: string): GadgetConfig['mappings'] {
  if (!Array.isArray(value)) return c.fail(path, 'config.mappingsList');
  if (value.length > LIMITS.mappings) return c.fail(path, 'config.mappingsMax', { max: LIMITS.mappings });
  return c.clean(() => {
    const out: { value: number; text: string }[] = [];
    value.forEach((raw, i) => {
      const p = join(path, i);
      const obj = c.object(raw, p, said('field.mapping', { n: i + 1 }));
      if (!obj) return;
      c.unknownKeys(obj, membersOf<NonNullable<GadgetConfig['mappings']>[number]>()(['value', 'text']), p);
      const v = c.optNumber(obj, 'value', p, 'field.mappingValue');
      if (v === undefined && (obj.value === undefined || obj.value === null)) {
        c.fail(join(p, 'value'), 'config.mappingValue', { n: i + 1 });
      }
      const text = c.optString(obj, 'text', p, LIMITS.mappingText, 'field.mappingText');
      const blank = obj.text === undefined || obj.text === null || (typeof obj.text === 'string' && obj.text.trim() === '');
      if (text === undefined && blank) c.fail(join(p, 'text'), 'config.mappingText', { n: i + 1 });
      if (v !== undefined && out.some((m) => m.value === v)) c.fail(join(p, 'value'), 'config.mappedTwice', { value: String(v) });
      if (v !== undefined && text !== undefined) out.push({ value: v, text });
    });
    return out.length > 0 ? out : undefined;
  });
}
