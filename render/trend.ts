/**
 * The trend sparkline of the counter and the gauge: a line with a light area over a zero-based axis,
 * gaps for missing points, the minimum and maximum marked with dots, the last point emphasised, the
 * first and last point's labels under it with the series' name between them ("created per week"),
 * and an invisible hit target per point (`data-drill="trend-<i>"`): a keyboard stop named with its
 * value ("Nov 3: 20, created per week", also its tooltip) that the view opens as that window's issues.
 */
import { el, num, type SvgElement } from './svg';
import { clamp01 } from './geometry';
import { textEl } from './frame';
import { partAttrs } from './parts';
import { TREND_CAPTION, TREND_PLOT } from './layout';
import { formatValue } from './format';
import { cleanText, fitText, textWidth } from './text';
import type { Palette } from './theme';
import type { NumberFormat, Reading } from './types';
import type { Translate } from '../i18n/index';

/** At most this many points are drawn (the newest); bounds the output size. */
export const MAX_TREND_POINTS = 24;
/** Longest point label kept, in code points. */
const MAX_POINT_LABEL = 40;

export interface TrendPoint {
  value: number | null;
  label: string;
  /** Position in the reading's points (its drill id is `trend-<index>`). */
  index: number;
}

/**
 * The drawable points of a reading's trend (newest {@link MAX_TREND_POINTS}, non-finite values as
 * gaps, labels cleaned), or null when there is nothing to draw: fewer than 2 points or no value at all.
 */
export function trendPoints(trend: Reading['trend']): TrendPoint[] | null {
  if (!trend || typeof trend !== 'object' || !Array.isArray(trend.points)) return null;
  const offset = Math.max(0, trend.points.length - MAX_TREND_POINTS);
  const points = trend.points.slice(offset).map((p, i) => {
    const value = p && typeof p === 'object' && typeof p.value === 'number' && Number.isFinite(p.value) ? p.value : null;
    const label = Array.from(cleanText(p && typeof p === 'object' ? p.label : ''))
      .slice(0, MAX_POINT_LABEL)
      .join('');
    return { value, label, index: offset + i };
  });
  return points.length >= 2 && points.some((p) => p.value !== null) ? points : null;
}

/** Where the plot goes: its box (the caption row is below it). */
interface TrendBox {
  x: number;
  y: number;
  width: number;
  /** Height of the plot (default 30; taller beside the value of a wide gadget). */
  plot?: number;
}

/** Index of the first smallest (or largest) value. */
function extreme(points: TrendPoint[], largest: boolean): number {
  let best = -1;
  points.forEach((p, i) => {
    if (p.value === null) return;
    const b = best < 0 ? null : (points[best].value as number);
    if (b === null || (largest ? p.value > b : p.value < b)) best = i;
  });
  return best;
}

const SERIES: readonly unknown[] = ['created', 'resolved', 'open', 'matching'];
const INTERVALS: readonly unknown[] = ['day', 'week', 'month'];

/**
 * What the line is, in words: the series' name ("created per week") when the reading says what is
 * counted per what, and its span ("8 weeks"; the reading's own label first, "8 points" when unknown).
 */
function trendWords(trend: Reading['trend'], count: number, t: Translate): { name?: string; span: string } {
  const interval = INTERVALS.includes(trend?.interval) ? trend?.interval : undefined;
  const series = SERIES.includes(trend?.series) ? trend?.series : undefined;
  const span = cleanText(trend?.label) || (interval ? t('trend.span', { interval, count }) : t('trend.points', { count }));
  return { ...(series && interval ? { name: t('trend.name', { series, interval }) } : {}), span };
}

/** What a point says (its keyboard stop's name and tooltip): "Nov 3: 20, created per week". */
function pointWords(label: string, value: string, name: string | undefined, t: Translate): string {
  const point = label ? t('trend.pointTitle', { label, value }) : value;
  return name ? [point, name].join(t('a11y.separator')) : point;
}

/** The sparkline's elements and its accessible words ("created per week over 8 weeks: from 12 to 30, min 10, max 31"). */
export function trendNodes(
  points: TrendPoint[],
  box: TrendBox,
  about: Reading['trend'],
  colour: string,
  p: Palette,
  format: NumberFormat,
  locale: string | undefined,
  t: Translate,
): { nodes: SvgElement[]; words: string } {
  const values = points.map((pt) => pt.value).filter((v): v is number => v !== null);
  // Zero-based: the axis always includes 0, so a small change never looks like a cliff.
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  // Halves keep the span finite even for ±Number.MAX_VALUE.
  const half = hi / 2 - lo / 2;
  const inset = 4;
  const top = box.y + inset;
  const plot = box.plot ?? TREND_PLOT;
  const height = plot - inset - 1;
  const step = (box.width - 2 * inset) / (points.length - 1);
  const xs = points.map((_, i) => box.x + inset + i * step);
  const yOf = (v: number) => top + height * (1 - (half > 0 ? clamp01((v / 2 - lo / 2) / half) : 0));
  const zeroY = yOf(0);

  let line = '';
  let area = '';
  const singles: number[] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length === 1) singles.push(run[0]);
    if (run.length > 1) {
      // One decimal is plenty at this size and keeps the sparkline small.
      const pts = run.map((i) => `${num(xs[i], 1)} ${num(yOf(points[i].value as number), 1)}`);
      line += `M${pts.join('L')}`;
      area += `M${num(xs[run[0]], 1)} ${num(zeroY, 1)}L${pts.join('L')}V${num(zeroY, 1)}Z`;
    }
    run = [];
  };
  points.forEach((pt, i) => (pt.value === null ? flush() : run.push(i)));
  flush();

  const last = points.length - 1 - [...points].reverse().findIndex((pt) => pt.value !== null);
  const first = points.findIndex((pt) => pt.value !== null);
  const min = extreme(points, false);
  const max = extreme(points, true);
  const dots = [...new Set([min, max, ...singles])].filter((i) => i !== last);
  const fmt = (i: number) => formatValue(points[i].value as number, format, locale);

  const captionY = box.y + plot + TREND_CAPTION - 2;
  const half2 = box.width / 2 - 4;
  const firstLabel = fitText(points[0].label, half2, 10, 10);
  const lastLabel = fitText(points[points.length - 1].label, half2, 10, 10);
  const { name, span } = trendWords(about, points.length, t);
  // The name between the two labels, centred; left out (it is spoken) rather than cut when it does not fit.
  const sides = Math.max(textWidth(firstLabel.text, 10), textWidth(lastLabel.text, 10)) + 8;
  const nameFit = name ? fitText(name, box.width - 2 * sides, 10, 9) : null;

  const nodes: SvgElement[] = [
    el('path', { d: `M${num(box.x)} ${num(zeroY)}H${num(box.x + box.width)}`, stroke: p.track }),
    area && el('path', { d: area, fill: colour, 'fill-opacity': 0.16 }),
    line &&
      el('path', { d: line, fill: 'none', stroke: colour, 'stroke-width': 1.5, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' }),
    el(
      'g',
      { fill: colour },
      dots.map((i) =>
        el('circle', { cx: xs[i], cy: yOf(points[i].value as number), r: singles.includes(i) && i !== min && i !== max ? 1.5 : 2.25 }),
      ),
    ),
    el('circle', { cx: xs[last], cy: yOf(points[last].value as number), r: 3.5, fill: colour, stroke: p.surface, 'stroke-width': 1.5 }),
    firstLabel.text ? textEl(firstLabel.text, { x: box.x, y: captionY, size: 10, fill: p.subtle }) : null,
    lastLabel.text ? textEl(lastLabel.text, { x: box.x + box.width, y: captionY, size: 10, fill: p.subtle, anchor: 'end' }) : null,
    nameFit && !nameFit.truncated
      ? textEl(nameFit.text, { x: box.x + box.width / 2, y: captionY, size: nameFit.size, fill: p.subtle, anchor: 'middle' })
      : null,
    // Hit targets last, on top: one transparent column per point, as wide as the gap between points
    // and cut to the plot's box (so a focus ring around it stays inside the gadget); each a keyboard
    // stop with the point's value, in the tab order oldest first.
    el(
      'g',
      { fill: 'transparent' },
      points.map((pt, i) => {
        if (pt.value === null) return null;
        const x0 = Math.max(box.x, xs[i] - step / 2);
        const x1 = Math.min(box.x + box.width, xs[i] + step / 2);
        const words = pointWords(pt.label, fmt(i), name, t);
        return el(
          'rect',
          { x: num(x0, 1), y: num(box.y, 1), width: num(x1 - x0, 1), height: plot, ...partAttrs(`trend-${pt.index}`) },
          el('title', {}, words), // its name and its tooltip
        );
      }),
    ),
  ].filter((n): n is SvgElement => !!n);

  const missing = points.length - values.length;
  const figures = { span, first: fmt(first), last: fmt(last), min: fmt(min), max: fmt(max) };
  const words = name ? t('trend.a11yNamed', { name, ...figures }) : t('trend.a11y', figures);
  return { nodes, words: missing > 0 ? [words, t('trend.a11yMissing', { count: missing })].join(t('a11y.separator')) : words };
}
