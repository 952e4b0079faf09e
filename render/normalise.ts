/**
 * Normalises user-supplied text before rendering (validate → normalise → render): every string a
 * gadget may show or speak (title, label, prefix, unit, comparison and threshold words) goes
 * through {@link cleanText}, so control characters and bidi overrides never reach the output,
 * not even the accessible label. (Mapping texts, trend point labels and the expected-progress label
 * are cleaned where they are read: mapping.ts, trend.ts, progress.ts.)
 */
import { cleanText } from './text';
import type { Reading, RenderSpec, StatusSpec, Thresholds } from './types';

function optional(value: unknown): string | undefined {
  const clean = cleanText(value);
  return clean ? clean : undefined;
}

function thresholds(t: Thresholds | undefined): Thresholds | undefined {
  if (!t || typeof t !== 'object') return undefined;
  const steps = Array.isArray(t.steps) ? t.steps.filter((s) => s && typeof s === 'object') : [];
  return { ...t, baseLabel: optional(t.baseLabel), steps: steps.map((s) => ({ ...s, label: optional(s.label) })) };
}

/** Longest prefix / suffix kept, in code points: they are repeated with every number (trend tooltips, words). */
const MAX_AFFIX = 16;

/** Longest unit and trend-window words kept, in code points: repeated in every trend tooltip and in the label. */
const MAX_UNIT = 24;

function cut(value: unknown, max: number): string | undefined {
  return typeof value === 'string' ? Array.from(cleanText(value)).slice(0, max).join('') || undefined : undefined;
}

function affix(value: unknown): string | undefined {
  return typeof value === 'string' ? Array.from(cleanText(value)).slice(0, MAX_AFFIX).join('') : undefined;
}

/** A copy of `spec` with its strings cleaned. */
export function normaliseSpec(spec: RenderSpec): RenderSpec {
  const format = spec.format && typeof spec.format === 'object' ? spec.format : undefined;
  return {
    ...spec,
    title: optional(spec.title),
    label: optional(spec.label),
    format: format && {
      ...format,
      prefix: affix(format.prefix),
      suffix: affix(format.suffix),
      unit: cut(format.unit, MAX_UNIT),
      negativeUnit: cut(format.negativeUnit, MAX_UNIT),
    },
    thresholds: thresholds(spec.thresholds),
    noValueText: optional(spec.noValueText),
  };
}

/** A copy of `reading` with its strings cleaned (a non-object becomes "no value"). */
export function normaliseReading(reading: Reading): Reading {
  if (!reading || typeof reading !== 'object') return { value: null };
  const trend =
    reading.trend && typeof reading.trend === 'object' ? { ...reading.trend, label: cut(reading.trend.label, MAX_UNIT) } : reading.trend;
  return { ...reading, compareLabel: optional(reading.compareLabel), trend };
}

/** A copy of `status` with its strings cleaned. */
export function normaliseStatus(status: StatusSpec): StatusSpec {
  const s = status && typeof status === 'object' ? status : ({ state: 'error', message: '' } as StatusSpec);
  return { ...s, message: cleanText(s.message), detail: optional(s.detail), title: optional(s.title) };
}
