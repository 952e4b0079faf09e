/**
 * Threshold states beyond colour: each state is ok, warning or critical, drawn as a small icon of its
 * own shape (check in a circle, "!" in a triangle, ✕ in an octagon) and said in words
 * ("above warning 30"), so no state is told by colour alone.
 */
import { el, num, type SvgElement } from './svg';
import { formatValue } from './format';
import { cleanText } from './text';
import { sortedSteps, type ThresholdState } from './theme';
import type { NumberFormat, Thresholds } from './types';
import type { MessageKey, Translate } from '../i18n/index';

export type StateKind = 'ok' | 'warning' | 'critical';

/**
 * Thresholds with `from` in the value's units. Percent mode: `from` is a percentage of `span`
 * (from `span.origin`): the target for a counter, the scale for a gauge. Without a usable span the
 * thresholds are dropped (a counter without a target has no 100 %).
 */
export function absoluteThresholds(t: Thresholds | undefined, span: { origin: number; size: number } | null): Thresholds | undefined {
  if (!t || t.mode !== 'percent') return t;
  if (!span || !Number.isFinite(span.origin) || !Number.isFinite(span.size) || span.size === 0) return undefined;
  return { ...t, mode: 'absolute', steps: sortedSteps(t).map((s) => ({ ...s, from: span.origin + (s.from / 100) * span.size })) };
}

const BY_COLOR: Record<string, StateKind> = { green: 'ok', amber: 'warning', red: 'critical' };
const WORDS: [RegExp, StateKind][] = [
  [/\b(crit\w*|bad|danger\w*|fail\w*|breach\w*|alert|error|severe|blocked|red)\b/i, 'critical'],
  [/\b(warn\w*|risk\w*|caution|watch|attention|amber|yellow|behind)\b/i, 'warning'],
  [/\b(ok|okay|good|healthy|fine|great|pass\w*|clear|done|green|on track)\b/i, 'ok'],
];

/**
 * The kind of threshold band `index` (-1 = base): by its palette colour (green / amber / red), else
 * by words in its label, else by position: the best end of the scale (top when higher is better) is
 * ok, the other end critical, bands in between warning.
 */
export function stateKind(t: Thresholds, index: number, higherIsBetter = true): StateKind {
  const steps = sortedSteps(t);
  const band = index < 0 ? { color: t.base, label: t.baseLabel } : steps[index];
  if (!band) return 'ok';
  if (typeof band.color === 'string' && Object.prototype.hasOwnProperty.call(BY_COLOR, band.color)) return BY_COLOR[band.color];
  const label = cleanText(band.label);
  for (const [re, kind] of WORDS) if (re.test(label)) return kind;
  const position = index + 1; // 0 (base) … steps.length
  const rank = higherIsBetter ? steps.length - position : position; // 0 = best
  return rank === 0 ? 'ok' : rank === steps.length ? 'critical' : 'warning';
}

const KIND_WORDS: Record<StateKind, MessageKey> = { ok: 'threshold.ok', warning: 'threshold.warning', critical: 'threshold.critical' };

/** The words of a band: its label, else its kind in the card's language. */
function bandName(t: Thresholds, index: number, higherIsBetter: boolean, say: Translate): string {
  const label = cleanText(index < 0 ? t.baseLabel : sortedSteps(t)[index]?.label);
  return label || say(KIND_WORDS[stateKind(t, index, higherIsBetter)]);
}

/**
 * The state in words for the accessible label: "above warning 30", "at critical 25", a good band
 * first by name ("on track, above 80"), the base band "healthy, below warning 10".
 */
export function stateWords(
  value: number,
  t: Thresholds,
  state: ThresholdState,
  higherIsBetter: boolean,
  format: NumberFormat,
  locale: string | undefined,
  say: Translate,
): string {
  const steps = sortedSteps(t);
  // A threshold is said as it was typed: 15, not "15.0" because the value shows one decimal.
  format = { ...format, decimals: undefined };
  if (state.index >= 0) {
    const step = steps[state.index];
    const where = value > step.from ? 'above' : 'at';
    const from = formatValue(step.from, format, locale);
    const name = bandName(t, state.index, higherIsBetter, say);
    // "above on track 80" reads oddly: a good band names itself first ("on track, above 80").
    return say(stateKind(t, state.index, higherIsBetter) === 'ok' ? 'threshold.good' : 'threshold.bad', { name, where, from });
  }
  const base = bandName(t, -1, higherIsBetter, say);
  return steps.length > 0
    ? say('threshold.base', { name: base, next: bandName(t, 0, higherIsBetter, say), from: formatValue(steps[0].from, format, locale) })
    : base;
}

/** Relative luminance of `#rrggbb` (WCAG). */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** Dark ink on light fills (amber, orange), white on the rest. */
function inkOn(fill: string): string {
  return luminance(fill) > 0.4 ? '#172B4D' : '#FFFFFF';
}

/**
 * A state icon of `size` px centred on (cx, cy), built from paths (font-independent):
 * ok = check in a circle, warning = "!" in a rounded triangle, critical = ✕ in an octagon.
 */
export function stateIcon(kind: StateKind, cx: number, cy: number, size: number, fill: string): SvgElement {
  const r = size / 2;
  const ink = inkOn(fill);
  const P = (x: number, y: number) => `${num(cx + x * r)} ${num(cy + y * r)}`;
  const mark = {
    fill: 'none',
    stroke: ink,
    'stroke-width': Math.max(1.2, size * 0.13),
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
  };
  if (kind === 'ok') {
    return el(
      'g',
      {},
      el('circle', { cx, cy, r, fill }),
      el('path', { ...mark, d: `M${P(-0.42, 0.02)}L${P(-0.12, 0.32)}L${P(0.44, -0.28)}` }),
    );
  }
  if (kind === 'warning') {
    return el(
      'g',
      {},
      // Rounded corners from a stroke of the same colour around the fill.
      el('path', {
        d: `M${P(0, -0.86)}L${P(0.92, 0.8)}H${num(cx - 0.92 * r)}Z`,
        fill,
        stroke: fill,
        'stroke-width': size * 0.14,
        'stroke-linejoin': 'round',
      }),
      el('path', { ...mark, d: `M${P(0, -0.3)}V${num(cy + 0.16 * r)}` }),
      el('circle', { cx, cy: cy + 0.5 * r, r: Math.max(0.7, size * 0.075), fill: ink }),
    );
  }
  const k = 0.4142; // tan(22.5°): an octagon with flat sides facing the axes
  const o = `M${P(-k, -1)}L${P(k, -1)}L${P(1, -k)}L${P(1, k)}L${P(k, 1)}L${P(-k, 1)}L${P(-1, k)}L${P(-1, -k)}Z`;
  return el(
    'g',
    {},
    el('path', { d: o, fill }),
    el('path', { ...mark, d: `M${P(-0.36, -0.36)}L${P(0.36, 0.36)}M${P(0.36, -0.36)}L${P(-0.36, 0.36)}` }),
  );
}
