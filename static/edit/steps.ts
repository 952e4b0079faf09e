/**
 * Where a new threshold step starts and which colour it takes: relative to the gadget's scale and
 * direction, so two steps added to a 0–400 "higher is better" gauge start at 200 (amber) and 320
 * (green), not at 50 and 60. Pure: the form reads its controls into a {@link StepContext}.
 */
import type { StepValues } from './codec';

export interface StepContext {
  kind: string;
  /** 'percent' (of the scale, or of the target on a counter) or 'absolute'. */
  mode: string;
  /** The form's min, max and target as typed ('' when empty). */
  min: string;
  max: string;
  target: string;
  /** 'false' when lower is better. */
  higherIsBetter: string;
}

const num = (s: string): number | undefined => (s.trim() !== '' && Number.isFinite(Number(s)) ? Number(s) : undefined);

/** The span the steps divide: percent 0–100; a gauge's min–max (or up to a quarter above the target); a counter's 0–target; else 0–100. */
function stepSpan(c: StepContext): { lo: number; hi: number } {
  if (c.mode === 'percent') return { lo: 0, hi: 100 };
  const lo = c.kind === 'gauge' ? (num(c.min) ?? 0) : 0;
  const target = num(c.target);
  const hi =
    (c.kind === 'gauge' ? num(c.max) : undefined) ?? (target !== undefined ? (c.kind === 'gauge' ? target * 1.25 : target) : undefined);
  return hi !== undefined && hi > lo ? { lo, hi } : { lo, hi: lo + 100 };
}

/** Rounds `v` to a step of about a fiftieth of the span (1, 2 or 5 times a power of ten). */
function tidy(v: number, span: number): number {
  const raw = span / 50;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = [1, 2, 5, 10].find((m) => m * power >= raw)! * power;
  return Number((Math.round(v / unit) * unit).toPrecision(12));
}

/**
 * The next step: the first at half the span, the second at 80 %, later ones halfway to the end.
 * Higher is better: amber then green (the base is red); lower is better: amber then red.
 */
export function nextStep(rows: readonly StepValues[], c: StepContext): StepValues {
  const { lo, hi } = stepSpan(c);
  const span = hi - lo;
  const last = num(rows.at(-1)?.from ?? '');
  const at = rows.length === 0 ? lo + span * 0.5 : rows.length === 1 ? lo + span * 0.8 : (last ?? lo) + (hi - (last ?? lo)) / 2;
  const from = Math.max(tidy(at, span), last !== undefined ? last + span / 50 : -Infinity);
  const good = c.higherIsBetter !== 'false';
  return { from: String(tidy(from, span)), color: rows.length === 0 ? 'amber' : good ? 'green' : 'red', label: '' };
}

/** The base colour that goes with the first step: red below it when higher is better, green when lower is. */
export function baseFor(c: StepContext): string {
  return c.higherIsBetter === 'false' ? 'green' : 'red';
}
