/**
 * The gauge: a semicircular track with the value arc (round caps), threshold bands as a thin outer
 * ring, an optional target tick, min/max under the ends, the big value in the centre (with the
 * threshold state's icon) and the label under it, and an optional trend sparkline below. Values
 * outside [min, max] clamp the arc but show the real number.
 */
import { el, type SvgElement } from './svg';
import { canvasWidth, root, textEl, titleNote, titleRow } from './frame';
import { accessibleName, clauses, spokenValue, valueInWords, wordsOf } from './spoken';
import { arcPath, fraction, linePath, pointAt } from './geometry';
import { formatNumber, ownsUnit, shownValue } from './format';
import { cleanText, fitText, textWidth } from './text';
import { palette, sortedSteps, thresholdState, resolveColor } from './theme';
import { statusTree } from './status';
import { gaugeLayout } from './layout';
import { absoluteThresholds, stateIcon, stateKind, stateWords } from './state';
import { mappedText, noValueText } from './mapping';
import { trendNodes, trendPoints } from './trend';
import { partAttrs } from './parts';
import type { Reading, RenderOptions, RenderSpec } from './types';

const RING = 4;
/** Font size of the target's words by its tick. */
const TARGET_SIZE = 11;
const RING_GAP = 4;

/** Round numbers a derived scale ends at: these times a power of ten. */
const NICE = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** The smallest round number (see NICE) at or above `v` > 0. */
export function niceCeil(v: number): number {
  const power = 10 ** Math.floor(Math.log10(v));
  const step = NICE.find((n) => n * power >= v * (1 - 1e-9)) ?? 10;
  return Number((step * power).toPrecision(12));
}

/**
 * Scale of a reading: min (default 0) and max, or null when unusable. Without a maximum the scale
 * ends at a round number at or above the value and a quarter above the target (so the target's
 * tick is not at the very end): 423 points → 0–500; 286 with a target of 300 → 0–400. `derived`
 * says the maximum was chosen that way (the gauge says so in words).
 */
export function gaugeScale(reading: Reading): { min: number; max: number; derived: boolean } | null {
  const min = reading.min ?? 0;
  let max = reading.max;
  const derived = max === undefined;
  if (max === undefined) {
    const finite = (n: unknown): number => (typeof n === 'number' && Number.isFinite(n) ? n : -Infinity);
    const top = Math.max(finite(reading.value), finite(reading.target) * 1.25) - min;
    max = top > 0 ? min + niceCeil(top) : min + 100;
  }
  return Number.isFinite(min) && Number.isFinite(max) && max > min ? { min, max, derived } : null;
}

/** The gauge's element tree (a "no data" card when the value or the scale is unusable). */
export function gaugeTree(spec: RenderSpec, reading: Reading, options: RenderOptions = {}): SvgElement {
  const scale = gaugeScale(reading);
  const value = reading.value;
  const say = wordsOf(options);
  if (typeof value !== 'number' || !Number.isFinite(value) || !scale) {
    const detail = scale ? undefined : say('gauge.badScale');
    return statusTree(
      { state: 'empty', message: scale ? noValueText(spec, say) : say('state.empty'), detail, title: spec.title },
      options,
      'gauge',
      trendPoints(reading.trend) !== null,
    );
  }
  const { min, max } = scale;
  const mode = options.colorMode;
  const p = palette(mode, spec.palette);
  const width = canvasWidth(options.width);
  const note = titleNote(reading, say);
  const title = titleRow(spec.title, width, p, note);
  const format = spec.format ?? {};
  const locale = options.locale;
  const trend = trendPoints(reading.trend);

  const { radius: R, thickness: t, cx, cy, rowY, trend: trendPlace, height } = gaugeLayout(width, title.bottom, trend !== null);
  // Percent thresholds are a share of the scale.
  const thresholds = absoluteThresholds(spec.thresholds, { origin: min, size: max - min });
  const hasBands = !!thresholds;
  const rc = (hasBands ? R - RING - RING_GAP : R) - t / 2;
  const inner = rc - t / 2;
  const f = fraction(value, min, max);
  const state = thresholdState(value, thresholds, mode, 'blue', spec.palette);
  const higherIsBetter = spec.higherIsBetter ?? true;

  // Threshold bands: [min, first step) in the base colour, then each step up to the next.
  const bands: SvgElement[] = [];
  if (thresholds) {
    const steps = sortedSteps(thresholds);
    const colour = (c: string) => resolveColor(c, mode, 'blue', spec.palette);
    const starts = [{ from: min, color: colour(thresholds.base) }, ...steps.map((s) => ({ from: s.from, color: colour(s.color) }))];
    starts.forEach((band, i) => {
      const d = arcPath(cx, cy, R - RING / 2, fraction(band.from, min, max), fraction(starts[i + 1]?.from ?? max, min, max));
      if (d) bands.push(el('path', { d, stroke: band.color }));
    });
  }

  let tick: SvgElement | null = null;
  const target = reading.target;
  if (typeof target === 'number' && Number.isFinite(target)) {
    const ft = fraction(target, min, max);
    const d = linePath(pointAt(cx, cy, inner - 3, ft), pointAt(cx, cy, R + 1, ft));
    tick = el(
      'g',
      { 'stroke-linecap': 'round' },
      el('path', { d, stroke: p.surface, 'stroke-width': 5 }),
      el('path', { d, stroke: p.text, 'stroke-width': 2 }),
    );
  }

  // Big value (and a smaller unit) fitted into the hollow of the arc.
  // A partial sum is a lower bound: "412+" (a glyph every font has, unlike "≥").
  const mapped = mappedText(value, spec.mappings);
  const shown = shownValue(value, format);
  const numberText = mapped ?? formatNumber(shown.value, shown.format, locale) + (reading.partial ? '+' : '');
  const unit = mapped || ownsUnit(shown.format) ? '' : cleanText(shown.format.unit);
  const maxSize = Math.min(56, Math.max(18, inner * 0.5));
  const iconSize = thresholds ? Math.round(Math.min(24, Math.max(12, inner * 0.19))) : 0;
  const iconRoom = iconSize ? iconSize + 6 : 0;
  const room = Math.max(24, inner * 1.7) - iconRoom;
  const unitGap = unit ? textWidth(`\u00A0${unit}`, 0.4) : 0; // unit at 0.4× the value size
  const value1 = textWidth(numberText, 1, 600) + unitGap;
  const size = Math.max(mapped ? 12 : 14, Math.min(maxSize, Math.floor((room / value1) * 2) / 2));
  const fittedNumber = fitText(numberText, room - unitGap * size, size, size, 600);
  const unitFit = unit
    ? fitText(unit, Math.max(0, room - textWidth(fittedNumber.text, size, 600) - 4), Math.max(11, size * 0.4), 10)
    : null;
  const valueY = cy - 4;
  // The value line (number, unit) and the icon after it are centred together.
  const lineWidth =
    textWidth(fittedNumber.text, size, 600) + (unitFit && unitFit.text ? textWidth(`\u00A0${unitFit.text}`, unitFit.size) : 0);
  const valueX = cx - iconRoom / 2;
  const icon = thresholds
    ? stateIcon(
        stateKind(thresholds, state.index, higherIsBetter),
        valueX + lineWidth / 2 + 6 + iconSize / 2,
        valueY - Math.min(size, 40) * 0.36,
        iconSize,
        state.color,
      )
    : null;

  // Min / max under the ends of the track, the label between them.
  // The scale and the target are shown as typed: a value's fixed decimals are not invented for them ("90 %", not "90.0 %").
  const typed = { ...format, decimals: undefined };
  const minText = fitText(formatNumber(min, typed, locale), rc, 11);
  const maxText = fitText(formatNumber(max, typed, locale), rc, 11);
  const leftEdge = cx - rc - t / 2;
  const rightEdge = cx + rc + t / 2;
  const minRight = leftEdge + textWidth(minText.text, minText.size);
  const maxLeft = rightEdge - textWidth(maxText.text, maxText.size);
  const labelRoom = 2 * Math.min(cx - minRight, maxLeft - cx) - 16;
  // The target's tick is labelled ("target 300", the words the gadget speaks) inside the arc by the
  // tick; where that would touch the value, the words join the label under the gauge instead.
  const targetWords = tick ? say('a11y.target', { target: formatNumber(target as number, typed, locale) }) : '';
  const valueBox = { x0: valueX - lineWidth / 2, x1: valueX + lineWidth / 2 + iconRoom, y0: valueY - size * 0.78, y1: valueY + 3 };
  const targetLabel = tick ? targetTag(targetWords, fraction(target as number, min, max), cx, cy, inner, valueBox) : null;
  const label = [cleanText(spec.label), tick && !targetLabel ? targetWords : ''].filter(Boolean).join(' · ');
  const labelFit = label ? fitText(label, labelRoom, 12, 11) : null;

  const spark = trend ? trendNodes(trend, trendPlace, reading.trend, p.named.blue, p, format, locale, say) : null;

  const spokenLabel = cleanText(spec.label);
  const amount = valueInWords(spokenValue(value, format, locale, spokenLabel), spokenLabel, reading.partial === true, mapped, say);
  const position = value > max ? 'above' : value < min ? 'below' : 'inside';
  const valueWords = clauses(say, [
    say('gauge.a11yScale', { value: amount, min: formatNumber(min, typed, locale), max: formatNumber(max, typed, locale), position }),
    tick && targetWords,
    scale.derived && say('gauge.derivedScale'),
    thresholds && stateWords(value, thresholds, state, higherIsBetter, format, locale, say),
  ]);
  const words = clauses(say, [valueWords, spark?.words]);

  return root(
    { width, height, label: accessibleName(say, spec.title, words, note?.words), palette: p, background: options.background, parts: true },
    title.node,
    bands.length > 0 && el('g', { fill: 'none', 'stroke-width': RING }, bands),
    el(
      'g',
      partAttrs('value', valueWords),
      el(
        'g',
        { fill: 'none', 'stroke-width': t, 'stroke-linecap': 'round' },
        el('path', { d: arcPath(cx, cy, rc, 0, 1), stroke: p.track }),
        f > 0 && el('path', { d: arcPath(cx, cy, rc, 0, f), stroke: state.color }),
      ),
      el(
        'text',
        { x: valueX, y: valueY, 'font-size': size, 'font-weight': 600, fill: p.text, 'text-anchor': 'middle' },
        fittedNumber.text,
        unitFit && unitFit.text && el('tspan', { 'font-size': unitFit.size, 'font-weight': 400, fill: p.subtle }, `\u00A0${unitFit.text}`),
      ),
      icon,
    ),
    tick,
    targetLabel &&
      textEl(targetLabel.text, { x: targetLabel.x, y: targetLabel.y, size: TARGET_SIZE, fill: p.text, anchor: targetLabel.anchor }),
    textEl(minText.text, { x: leftEdge, y: rowY, size: minText.size, fill: p.subtle }),
    textEl(maxText.text, { x: rightEdge, y: rowY, size: maxText.size, fill: p.subtle, anchor: 'end' }),
    labelFit && labelFit.text && textEl(labelFit.text, { x: cx, y: rowY, size: labelFit.size, fill: p.subtle, anchor: 'middle' }),
    spark?.nodes,
  );
}

/**
 * Where the target's words go inside the arc, by the tick at fraction `ft`: left of the top they
 * start at the tick, right of it they end there, at the top they are centred under it. Null when
 * they would not fit the hollow or would touch the value's box.
 */
function targetTag(
  words: string,
  ft: number,
  cx: number,
  cy: number,
  inner: number,
  value: { x0: number; x1: number; y0: number; y1: number },
): { text: string; x: number; y: number; anchor: 'start' | 'middle' | 'end' } | null {
  const at = pointAt(cx, cy, inner - 6, ft);
  const anchor = ft < 0.4 ? 'start' : ft > 0.6 ? 'end' : 'middle';
  const fit = fitText(words, inner * 0.9, TARGET_SIZE, TARGET_SIZE);
  if (fit.text !== words) return null; // cut words would say another number
  const w = textWidth(words, TARGET_SIZE);
  const y = Math.round((at.y + TARGET_SIZE * (anchor === 'middle' ? 0.9 : 0.5)) * 10) / 10;
  const x = Math.round(at.x * 10) / 10;
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  const box = { x0, x1: x0 + w, y0: y - TARGET_SIZE * 0.78, y1: y + 3 };
  const touches = box.x0 < value.x1 + 4 && box.x1 > value.x0 - 4 && box.y0 < value.y1 + 2 && box.y1 > value.y0 - 2;
  const outside = box.x0 < cx - inner || box.x1 > cx + inner || box.y1 > cy;
  return touches || outside ? null : { text: words, x, y, anchor };
}
