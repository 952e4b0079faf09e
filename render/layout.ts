/**
 * Vertical layout of each gadget as a function of the canvas width and the top of the content
 * (below the title row). Gadgets and the status cards that stand in for them share these numbers,
 * so a card never makes the view jump.
 */
import { padding } from './frame';
import type { GadgetKind } from './types';

/** Height of a trend's plot under the value, and of its caption row. */
export const TREND_PLOT = 30;
export const TREND_CAPTION = 13;
/** Height a trend sparkline under the value adds: gap, plot and caption row (fixed, so the height depends only on whether there is a trend). */
const TREND_BLOCK = 10 + TREND_PLOT + TREND_CAPTION;

/** Top of the content: below the title row, or at the padding without a title. */
function contentTop(width: number, hasTitle: boolean): number {
  const pad = padding(width);
  return hasTitle ? pad + 23 : pad;
}

/** From this width a trend goes beside the value (counter) or the gauge instead of under it. */
export const WIDE = 640;
/** Gap between the value (or the gauge) and a trend beside it. */
const BESIDE_GAP = 40;

/** Where a trend goes: its plot's box (`plot` tall; the caption row is under it). */
interface TrendPlace {
  x: number;
  y: number;
  width: number;
  plot: number;
}

/** Outer radius of the gauge (threshold ring included); a trend beside it leaves the gauge about half the width. */
function gaugeRadius(width: number, beside = false): number {
  const room = width - 2 * padding(width);
  return beside ? Math.min(170, Math.round((room - BESIDE_GAP) * 0.225)) : Math.min(room / 2, 170);
}

/** Track thickness of the gauge for an outer radius. */
function gaugeThickness(radius: number): number {
  return Math.round(Math.min(24, Math.max(10, radius * 0.15)));
}

/**
 * Gauge: centre (x of the middle, baseline of the semicircle), the row of min/max/label, where the
 * trend goes (when there is one: under the gauge, or beside it from {@link WIDE}) and the total height.
 * Without a trend a wide gauge stays centred at its largest size.
 */
export function gaugeLayout(
  width: number,
  top: number,
  trend = false,
): { radius: number; thickness: number; cx: number; cy: number; rowY: number; trend: TrendPlace; height: number } {
  const pad = padding(width);
  const beside = trend && width >= WIDE;
  const radius = gaugeRadius(width, beside);
  const thickness = gaugeThickness(radius);
  const cy = top + 8 + radius;
  const rowY = cy + thickness / 2 + 13;
  if (beside) {
    // The gauge in the left part, centred there; the trend fills the rest, from a third of the arc's
    // height down to the min/max row.
    const cx = pad + Math.round((width - 2 * pad) * 0.225) + 8;
    const x = Math.round(cx + radius + BESIDE_GAP);
    const y = Math.round(top + 8 + radius / 3);
    const place = { x, y, width: width - pad - x, plot: Math.round(rowY + 3 - TREND_CAPTION - y) };
    return { radius, thickness, cx, cy, rowY, trend: place, height: Math.round(rowY + 3 + padding(width)) };
  }
  const place = { x: pad, y: rowY + 10, width: width - 2 * pad, plot: TREND_PLOT };
  return { radius, thickness, cx: width / 2, cy, rowY, trend: place, height: Math.round(rowY + 3 + (trend ? TREND_BLOCK : 0) + pad) };
}

/**
 * Counter: big value size and baseline, the room of the value's column, the baselines of the `rows`
 * small lines, where the trend goes, and the height. The value grows with the width (44 px up to
 * 480 px wide, then a tenth of the width, at most 88 px); from {@link WIDE} a trend goes beside it,
 * taking what the value's column leaves.
 */
export function counterLayout(
  width: number,
  top: number,
  rows: number,
  trend = false,
): { size: number; valueY: number; column: number; rowYs: number[]; trend: TrendPlace; height: number } {
  const pad = padding(width);
  const room = width - 2 * pad;
  const beside = trend && width >= WIDE;
  const column = beside ? Math.round((room - BESIDE_GAP) * 0.45) : room;
  const size = width < 240 ? 32 : Math.round(Math.min(88, Math.max(44, beside ? column / 8 : width / 10)));
  const valueY = top + 6 + Math.round(size * 0.73);
  const rowYs: number[] = [];
  let y = valueY;
  // A bigger number has deeper descenders (the comma of "1,234"): the first row moves down with it.
  const first = 22 + Math.max(0, Math.round((size - 44) * 0.35));
  for (let i = 0; i < rows; i++) rowYs.push((y += i === 0 ? first : 19));
  if (beside) {
    const x = pad + column + BESIDE_GAP;
    const place = { x, y: top + 6, width: width - pad - x, plot: Math.max(TREND_PLOT, y + 5 - TREND_CAPTION - (top + 6)) };
    return { size, valueY, column, rowYs, trend: place, height: Math.round(Math.max(y + 5, place.y + place.plot + TREND_CAPTION) + pad) };
  }
  const place = { x: pad, y: y + 12, width: room, plot: TREND_PLOT };
  return { size, valueY, column, rowYs, trend: place, height: Math.round(y + 5 + (trend ? TREND_BLOCK - 2 : 0) + pad) };
}

/**
 * Progress bar: percent row baseline, bar position and size, the baselines of the expected-progress
 * row's `expectedLines` lines (right under the bar; the time takes a second line when it does not fit
 * beside the state), legend row baselines, height.
 */
export function progressLayout(
  width: number,
  top: number,
  legendRows: number,
  expectedLines = 0,
): { percentY: number; barY: number; barHeight: number; expectedYs: number[]; legendYs: number[]; height: number } {
  const percentY = top + 25;
  const barY = percentY + 10;
  const barHeight = width >= 480 ? 12 : 10;
  const expectedYs = Array.from({ length: expectedLines }, (_, i) => barY + barHeight + 20 + i * 16);
  const expected = expectedYs.length > 0;
  const below = expected ? expectedYs[expectedYs.length - 1] : barY + barHeight;
  const legendYs: number[] = [];
  for (let i = 0; i < legendRows; i++) legendYs.push(below + (expected ? 20 : 19) + i * 18);
  const bottom = legendRows > 0 ? legendYs[legendYs.length - 1] + 4 : expected ? below + 4 : barY + barHeight;
  return { percentY, barY, barHeight, expectedYs, legendYs, height: Math.round(bottom + padding(width)) };
}

/** Height of a gadget of `kind` in its usual form (what a status card standing in for it uses), with a trend row when `trend`. */
export function kindHeight(kind: GadgetKind | undefined, width: number, hasTitle: boolean, trend = false): number {
  const top = contentTop(width, hasTitle);
  switch (kind) {
    case 'gauge':
      return gaugeLayout(width, top, trend).height;
    case 'counter':
      return counterLayout(width, top, 1, trend).height;
    case 'progress':
      return progressLayout(width, top, 0).height;
    default:
      return Math.max(top + 96, 120);
  }
}
