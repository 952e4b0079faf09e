/**
 * The counter: a big number (fitted to the width; switches to compact notation before it would
 * ever cut digits), an optional " / target", the unit, a threshold state icon, a label line, a delta
 * line against the comparison value (▲/▼, absolute and/or %, percentage points for percentages,
 * coloured by whether up is good) and an optional trend sparkline.
 */
import { el, num, type SvgElement } from './svg';
import { canvasWidth, padding, root, textEl, titleNote, titleRow } from './frame';
import { clampDecimals, formatDelta, formatNumber, formatPercent, formatValue, MINUS, ownsUnit, shownValue } from './format';
import { cleanText, fitText, textWidth } from './text';
import { palette, thresholdState, type Palette } from './theme';
import { statusTree } from './status';
import { counterLayout, WIDE } from './layout';
import { absoluteThresholds, stateIcon, stateKind, stateWords } from './state';
import { mappedText, noValueText } from './mapping';
import { trendNodes, trendPoints } from './trend';
import { partAttrs } from './parts';
import type { NumberFormat, Reading, RenderOptions, RenderSpec } from './types';
import { accessibleName, clauses, spokenValue, valueInWords, wordsOf } from './spoken';
import type { Translate } from '../i18n/index';

const MIN_VALUE_SIZE = 18;
const TARGET_SCALE = 0.5;
const UNIT_SCALE = 0.4;

interface BigValue {
  number: string;
  target: string;
  unit: string;
  size: number;
}

/** Width of the big line per px of value size. */
function bigWidth(v: Omit<BigValue, 'size'>): number {
  return textWidth(v.number, 1, 600) + textWidth(v.target, TARGET_SCALE) + textWidth(v.unit ? `\u00A0${v.unit}` : '', UNIT_SCALE);
}

/** Fits the big line; falls back to compact notation rather than shrinking below the floor. */
function fitBig(
  value: number,
  target: number | undefined,
  format: NumberFormat,
  suffix: string,
  room: number,
  maxSize: number,
  locale?: string,
): BigValue {
  const shown = shownValue(value, format);
  const unit = ownsUnit(shown.format) ? '' : cleanText(shown.format.unit);
  const make = (f: NumberFormat) => ({
    number: formatNumber(shown.value, f, locale) + suffix,
    target: target === undefined ? '' : `\u00A0/\u00A0${formatNumber(target, f, locale)}`,
    unit,
  });
  let v = make(format);
  let size = Math.min(maxSize, Math.floor((room / bigWidth(v)) * 2) / 2);
  const style = format.style ?? 'number';
  if (size < MIN_VALUE_SIZE && (style === 'number' || style === 'currency')) {
    v = make({ ...format, style: 'compact' });
    size = Math.min(maxSize, Math.floor((room / bigWidth(v)) * 2) / 2);
  }
  if (size >= MIN_VALUE_SIZE) return { ...v, size };
  // Still too wide at the floor (absurd magnitudes or a long unit): drop the unit, then cut.
  const number = fitText(v.number + v.target, room, MIN_VALUE_SIZE, MIN_VALUE_SIZE, 600).text;
  return { number, target: '', unit: '', size: MIN_VALUE_SIZE };
}

/** A small ▲ or ▼ built from a path (font-independent). */
function triangle(x: number, baseline: number, up: boolean, fill: string): SvgElement {
  const d = up ? `M${num(x)} ${num(baseline - 1)}h9l-4.5-8z` : `M${num(x)} ${num(baseline - 9)}h9l-4.5 8z`;
  return el('path', { d, fill });
}

interface DeltaRow {
  node: SvgElement;
  words: string;
  /** Drawn width. */
  width: number;
}

/**
 * The delta line: absolute change, relative change or both (`spec.compare.mode`, default both);
 * percentage points for percent values (their relative change only when asked for); no relative
 * change against 0 (it would be infinite).
 */
function deltaRow(
  value: number,
  compare: number,
  spec: RenderSpec,
  reading: Reading,
  x: number,
  y: number,
  room: number,
  p: Palette,
  locale: string | undefined,
  t: Translate,
): DeltaRow {
  const format = spec.format ?? {};
  const options = spec.compare && typeof spec.compare === 'object' ? spec.compare : {};
  const mode = options.mode === 'absolute' || options.mode === 'percent' ? options.mode : 'both';
  const decimals = clampDecimals(options.decimals);
  const isPercent = format.style === 'percent';
  const absFormat: NumberFormat = isPercent
    ? { style: 'number', decimals: decimals ?? clampDecimals(format.decimals), suffix: t('counter.pointsSuffix') }
    : decimals === undefined
      ? format
      : { ...format, decimals };
  const delta = value - compare;
  const abs = formatDelta(delta, absFormat, locale);
  const same = !(abs.startsWith('+') || abs.startsWith(MINUS));
  // A relative change of a percentage ("−2.7 pp (17.7%)") reads as noise: only when asked for.
  const relative = compare !== 0 && !same && mode !== 'absolute' && (!isPercent || mode === 'percent');
  const pct = relative ? formatPercent(Math.abs(delta / compare) * 100, decimals, locale) : '';
  const label = cleanText(reading.compareLabel);
  if (same) {
    const text = fitText(label ? t('counter.noChangeLabel', { label }) : t('counter.noChange'), room, 12, 11);
    const words = label ? t('counter.a11yNoChangeLabel', { label }) : t('counter.a11yNoChange');
    return {
      node: el('g', partAttrs('compare', words), textEl(text.text, { x, y, size: text.size, fill: p.subtle })),
      words,
      width: textWidth(text.text, text.size),
    };
  }
  const up = delta > 0;
  const good = up === (spec.higherIsBetter ?? true);
  const colour = good ? p.successText : p.dangerText;
  const signedPct = `${up ? '+' : MINUS}${pct}`;
  const main = mode === 'percent' && pct ? signedPct : pct ? t('counter.withPercent', { amount: abs, percent: pct }) : abs;
  const textX = x + 13;
  const mainFit = fitText(main, room - 13, 12, 11, 600);
  const rest = room - 13 - textWidth(mainFit.text, mainFit.size, 600) - 4;
  const labelFit = label && !mainFit.truncated ? fitText(label, rest, mainFit.size, mainFit.size) : null;
  const absWords = formatValue(Math.abs(delta), absFormat, locale);
  const amount = mode === 'percent' && pct ? pct : pct ? t('counter.withPercent', { amount: absWords, percent: pct }) : absWords;
  const change = t(up ? 'counter.a11yUp' : 'counter.a11yDown', { amount });
  const words = label ? t('a11y.valueLabel', { value: change, label }) : change;
  return {
    node: el(
      'g',
      partAttrs('compare', words),
      triangle(x, y, up, good ? p.named.green : p.named.red),
      el(
        'text',
        { x: textX, y, 'font-size': mainFit.size, fill: colour, 'font-weight': 600 },
        mainFit.text,
        labelFit && labelFit.text && el('tspan', { fill: p.subtle, 'font-weight': 400 }, `\u00A0${labelFit.text}`),
      ),
    ),
    words,
    width: 13 + textWidth(mainFit.text, mainFit.size, 600) + (labelFit?.text ? textWidth(`\u00A0${labelFit.text}`, labelFit.size) : 0),
  };
}

/** The counter's element tree (a "no data" card when the value is unusable). */
export function counterTree(spec: RenderSpec, reading: Reading, options: RenderOptions = {}): SvgElement {
  const value = reading.value;
  const t = wordsOf(options);
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return statusTree(
      { state: 'empty', message: noValueText(spec, t), title: spec.title },
      options,
      'counter',
      trendPoints(reading.trend) !== null,
    );
  }
  const mode = options.colorMode;
  const p = palette(mode, spec.palette);
  const width = canvasWidth(options.width);
  const pad = padding(width);
  const note = titleNote(reading, t);
  const title = titleRow(spec.title, width, p, note);
  const format = spec.format ?? {};
  const locale = options.locale;
  const target = typeof reading.target === 'number' && Number.isFinite(reading.target) ? reading.target : undefined;
  const compare = typeof reading.compare === 'number' && Number.isFinite(reading.compare) ? reading.compare : undefined;
  const label = cleanText(spec.label);
  const trend = trendPoints(reading.trend);
  const rows = (label ? 1 : 0) + (compare !== undefined ? 1 : 0);
  const layout = counterLayout(width, title.bottom, rows, trend !== null);
  // The value's column: the whole width, or what a trend beside it leaves.
  const room = layout.column;

  // Threshold state: an icon after the value (percent mode: % of the target).
  const higherIsBetter = spec.higherIsBetter ?? true;
  const thresholds = absoluteThresholds(spec.thresholds, target === undefined ? null : { origin: 0, size: target });
  const state = thresholds ? thresholdState(value, thresholds, mode, 'blue', spec.palette) : null;
  const iconSize = Math.round(Math.min(22, Math.max(14, layout.size * 0.42)));
  const iconRoom = state ? iconSize + 8 : 0;

  const mapped = mappedText(value, spec.mappings);
  const big: BigValue = mapped
    ? (() => {
        // Words are longer than digits: a step smaller than a number, so they do not shout.
        const fit = fitText(mapped, room - iconRoom, Math.round(layout.size * 0.8), MIN_VALUE_SIZE, 600);
        return { number: fit.text, target: '', unit: '', size: fit.size };
      })()
    : fitBig(value, target, format, reading.partial ? '+' : '', room - iconRoom, layout.size, locale);
  let rowIndex = 0;
  const labelFit = label ? fitText(label, room, 13, 11) : null;
  const labelY = label ? layout.rowYs[rowIndex++] : 0;
  const deltaAt = (x: number) =>
    compare !== undefined ? deltaRow(value, compare, spec, reading, x, layout.rowYs[rowIndex], room, p, locale, t) : null;
  // Wide and alone, the value, its label and its change are one block in the middle, left-aligned
  // within it (a big number stranded at the left of a 1200 px frame read as a small gadget).
  const block = Math.max(
    bigWidth(big) * big.size + iconRoom,
    labelFit ? textWidth(labelFit.text, labelFit.size) : 0,
    deltaAt(pad)?.width ?? 0,
  );
  const x0 = width >= WIDE && !trend ? Math.round(pad + Math.max(0, room - block) / 2) : pad;
  const bigLine = el(
    'text',
    { x: x0, y: layout.valueY, 'font-size': big.size, 'font-weight': 600, fill: p.text },
    big.number,
    big.target && el('tspan', { 'font-size': big.size * TARGET_SCALE, 'font-weight': 400, fill: p.subtle }, big.target),
    big.unit && el('tspan', { 'font-size': big.size * UNIT_SCALE, 'font-weight': 400, fill: p.subtle }, `\u00A0${big.unit}`),
  );
  const icon =
    state && thresholds
      ? stateIcon(
          stateKind(thresholds, state.index, higherIsBetter),
          x0 + bigWidth(big) * big.size + 8 + iconSize / 2,
          layout.valueY - big.size * 0.36,
          iconSize,
          state.color,
        )
      : null;

  const labelNode = labelFit && textEl(labelFit.text, { x: x0, y: labelY, size: labelFit.size, fill: p.subtle });
  const delta = deltaAt(x0);
  const spark = trend ? trendNodes(trend, layout.trend, reading.trend, p.named.blue, p, format, locale, t) : null;

  // The value's own words name its keyboard stop; the whole sentence names the gadget.
  const valueWords = clauses(t, [
    valueInWords(spokenValue(value, format, locale, label), label, reading.partial === true, mapped, t),
    state && thresholds && stateWords(value, thresholds, state, higherIsBetter, format, locale, t),
    target !== undefined && t('a11y.target', { target: formatValue(target, format, locale) }),
  ]);
  const words = clauses(t, [valueWords, delta?.words, spark?.words]);

  return root(
    {
      width,
      height: layout.height,
      label: accessibleName(t, spec.title, words, note?.words),
      palette: p,
      background: options.background,
      parts: true,
    },
    title.node,
    el('g', partAttrs('value', valueWords), bigLine, icon),
    labelNode,
    delta?.node,
    spark?.nodes,
  );
}
