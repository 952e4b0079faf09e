/**
 * Arc geometry for the gauge: a semicircle from the left (fraction 0) over the top to the right
 * (fraction 1). Pure math in full precision; rounding happens only when a path string is written.
 */
import { num } from './svg';

/** A point in SVG coordinates (y down). */
interface Point {
  x: number;
  y: number;
}

/** Clamps `f` into [0, 1]; non-finite input gives 0. */
export function clamp01(f: number): number {
  if (!Number.isFinite(f)) return 0;
  return Math.min(1, Math.max(0, f));
}

/** Where `value` sits on [min, max] as a fraction in [0, 1] (clamped). */
export function fraction(value: number, min: number, max: number): number {
  return max > min ? clamp01((value - min) / (max - min)) : 0;
}

/** The point at `f` (0 = left, 0.5 = top, 1 = right) on the semicircle of radius `r` around (cx, cy). */
export function pointAt(cx: number, cy: number, r: number, f: number): Point {
  const angle = Math.PI * (1 - clamp01(f));
  return { x: cx + r * Math.cos(angle), y: cy - r * Math.sin(angle) };
}

/**
 * Path data of the arc from fraction `f0` to `f1` (clockwise on screen, never more than half a
 * turn, so the large-arc flag is always 0). Returns '' for an empty span.
 */
export function arcPath(cx: number, cy: number, r: number, f0: number, f1: number): string {
  const a = clamp01(Math.min(f0, f1));
  const b = clamp01(Math.max(f0, f1));
  if (!(b > a) || !(r > 0)) return '';
  const p0 = pointAt(cx, cy, r, a);
  const p1 = pointAt(cx, cy, r, b);
  return `M${num(p0.x)} ${num(p0.y)}A${num(r)} ${num(r)} 0 0 1 ${num(p1.x)} ${num(p1.y)}`;
}

/** Path data of a straight line between two points. */
export function linePath(a: Point, b: Point): string {
  return `M${num(a.x)} ${num(a.y)}L${num(b.x)} ${num(b.y)}`;
}
