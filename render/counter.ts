/**
 * The counter: a big number (fitted to the width; switches to compact notation before it would
 * ever cut digits), an optional " / target", the unit, a label line and a delta line against the
 * comparison value (▲/▼, absolute and %, coloured by whether up is good).
 */
import { el, num, type SvgElement } from './svg.ts';
import { canvasWidth, padding, root, textEl, titleRow } from './frame.ts';
import { formatDelta, formatNumber, formatPercent, formatValue } from './format.ts';
import { cleanText, fitText, textWidth } from './text.ts';
import { palette, type Palette } from './theme.ts';
import { statusTree } from './status.ts';
import { counterLayout } from './layout.ts';
import type { NumberFormat, Reading, RenderOptions, RenderSpec } from './types.ts';

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
function fitBig(value: number, target: number | undefined, format: NumberFormat, suffix: string, room: number, maxSize: number, locale?: string): BigValue {
  const unit = format.style === 'percent' || format.style === 'duration' ? '' : cleanText(format.unit);
  const make = (f: NumberFormat) => ({
    number: formatNumber(value, f, locale) + suffix,
    target: target === undefined ? '' : `\u00A0/\u00A0${formatNumber(target, f, locale)}`,
    unit,
  });
  let v = make(format);
  let size = Math.min(maxSize, Math.floor((room / bigWidth(v)) * 2) / 2);
  if (size < MIN_VALUE_SIZE && (format.style ?? 'number') === 'number') {
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
  nodes: SvgElement[];
  words: string;
}

function deltaRow(value: number, compare: number, spec: RenderSpec, reading: Reading, x: number, y: number, room: number, p: Palette, locale?: string): DeltaRow {
  const format = spec.format ?? {};
  const delta = value - compare;
  const abs = formatDelta(delta, format, locale);
  const same = !/[1-9]/.test(abs);
  // A relative change of a percentage ("−2.7% (17.7%)") reads as noise: percent values show points only.
  const pct = compare !== 0 && !same && format.style !== 'percent' ? formatPercent((delta / Math.abs(compare)) * 100, undefined, locale) : '';
  const label = cleanText(reading.compareLabel);
  if (same) {
    const text = fitText(label ? `No change ${label}` : 'No change', room, 12, 11);
    return { nodes: [textEl(text.text, { x, y, size: text.size, fill: p.subtle })], words: `no change${label ? ` ${label}` : ''}` };
  }
  const up = delta > 0;
  const good = up === (spec.higherIsBetter ?? true);
  const colour = good ? p.successText : p.dangerText;
  const main = pct ? `${abs} (${pct.startsWith('-') ? pct.slice(1) : pct})` : abs;
  const textX = x + 13;
  const mainFit = fitText(main, room - 13, 12, 11, 600);
  const rest = room - 13 - textWidth(mainFit.text, mainFit.size, 600) - 4;
  const labelFit = label && !mainFit.truncated ? fitText(label, rest, mainFit.size, mainFit.size) : null;
  return {
    nodes: [
      triangle(x, y, up, good ? p.named.green : p.named.red),
      el(
        'text',
        { x: textX, y, 'font-size': mainFit.size, fill: colour, 'font-weight': 600 },
        mainFit.text,
        labelFit && labelFit.text && el('tspan', { fill: p.subtle, 'font-weight': 400 }, `\u00A0${labelFit.text}`),
      ),
    ],
    words: `${up ? 'up' : 'down'} ${formatValue(Math.abs(delta), format, locale)}${pct ? ` (${pct.replace(/^-/, '')})` : ''}${label ? ` ${label}` : ''}`,
  };
}

/** The counter's element tree (a "no data" card when the value is unusable). */
export function counterTree(spec: RenderSpec, reading: Reading, options: RenderOptions = {}): SvgElement {
  const value = reading.value;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return statusTree({ state: 'empty', message: 'No data', title: spec.title }, options, 'counter');
  }
  const p = palette(options.colorMode);
  const width = canvasWidth(options.width);
  const pad = padding(width);
  const title = titleRow(spec.title, width, p);
  const format = spec.format ?? {};
  const locale = options.locale;
  const target = typeof reading.target === 'number' && Number.isFinite(reading.target) ? reading.target : undefined;
  const compare = typeof reading.compare === 'number' && Number.isFinite(reading.compare) ? reading.compare : undefined;
  const label = cleanText(spec.label);
  const rows = (label ? 1 : 0) + (compare !== undefined ? 1 : 0);
  const layout = counterLayout(width, title.bottom, rows);
  const room = width - 2 * pad;

  const big = fitBig(value, target, format, reading.partial ? '+' : '', room, layout.size, locale);
  const bigLine = el(
    'text',
    { x: pad, y: layout.valueY, 'font-size': big.size, 'font-weight': 600, fill: p.text },
    big.number,
    big.target && el('tspan', { 'font-size': big.size * TARGET_SCALE, 'font-weight': 400, fill: p.subtle }, big.target),
    big.unit && el('tspan', { 'font-size': big.size * UNIT_SCALE, 'font-weight': 400, fill: p.subtle }, `\u00A0${big.unit}`),
  );

  let rowIndex = 0;
  const labelFit = label ? fitText(label, room, 13, 11) : null;
  const labelNode = labelFit && textEl(labelFit.text, { x: pad, y: layout.rowYs[rowIndex++], size: labelFit.size, fill: p.subtle });
  const delta = compare !== undefined ? deltaRow(value, compare, spec, reading, pad, layout.rowYs[rowIndex], room, p, locale) : null;

  const words = [
    cleanText(spec.title),
    [
      `${reading.partial ? 'at least ' : ''}${formatValue(value, format, locale)}${label ? ` ${label}` : ''}`,
      target !== undefined ? `target ${formatValue(target, format, locale)}` : '',
      delta?.words ?? '',
    ]
      .filter(Boolean)
      .join(', '),
  ].filter(Boolean);

  return root({ width, height: layout.height, label: words.join(': '), palette: p, background: options.background }, title.node, bigLine, labelNode, delta?.nodes);
}
