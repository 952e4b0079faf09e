/**
 * Vertical layout of each gadget as a function of the canvas width and the top of the content
 * (below the title row). Gadgets and the status cards that stand in for them share these numbers,
 * so a card never makes the view jump.
 */
import { padding } from './frame';
import type { GadgetKind } from './types';

/** Height a trend sparkline adds: gap, plot and caption row (fixed, so the height depends only on whether there is a trend). */
export const TREND_BLOCK = 10 + 30 + 13;

/** Top of the content: below the title row, or at the padding without a title. */
export function contentTop(width: number, hasTitle: boolean): number {
  const pad = padding(width);
  return hasTitle ? pad + 23 : pad;
}

/** Outer radius of the gauge (threshold ring included). */
export function gaugeRadius(width: number): number {
  return Math.min((width - 2 * padding(width)) / 2, 170);
}

/** Track thickness of the gauge for an outer radius. */
export function gaugeThickness(radius: number): number {
  return Math.round(Math.min(24, Math.max(10, radius * 0.15)));
}

/**
 * Gauge: centre (baseline of the semicircle), the row of min/max/label, the top of the trend plot
 * (when there is one) and the total height.
 */
export function gaugeLayout(
  width: number,
  top: number,
  trend = false,
): { radius: number; thickness: number; cy: number; rowY: number; trendY: number; height: number } {
  const radius = gaugeRadius(width);
  const thickness = gaugeThickness(radius);
  const cy = top + 8 + radius;
  const rowY = cy + thickness / 2 + 13;
  const trendY = rowY + 10;
  return { radius, thickness, cy, rowY, trendY, height: Math.round(rowY + 3 + (trend ? TREND_BLOCK : 0) + padding(width)) };
}

/** Counter: big value size and baseline, the baselines of the `rows` small lines, the trend plot's top, and the height. */
export function counterLayout(
  width: number,
  top: number,
  rows: number,
  trend = false,
): { size: number; valueY: number; rowYs: number[]; trendY: number; height: number } {
  const size = width < 240 ? 32 : 44;
  const valueY = top + 6 + Math.round(size * 0.73);
  const rowYs: number[] = [];
  let y = valueY;
  for (let i = 0; i < rows; i++) rowYs.push((y += i === 0 ? 22 : 19));
  const trendY = y + 12;
  return { size, valueY, rowYs, trendY, height: Math.round(y + 5 + (trend ? TREND_BLOCK - 2 : 0) + padding(width)) };
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
