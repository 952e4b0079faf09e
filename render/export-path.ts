/**
 * Path-data helpers of the portable export: moving and scaling the absolute outlines satori emits
 * into the gadget's coordinate space, and reading their vertical extent (for baseline calibration).
 */
import { num } from './svg.ts';

/** One absolute path command with its flat list of coordinates (x, y pairs). */
interface Command {
  op: 'M' | 'L' | 'Q' | 'C' | 'Z';
  args: number[];
}

const ARITY: Record<Command['op'], number> = { M: 2, L: 2, Q: 4, C: 6, Z: 0 };
const TOKEN = /([MLQCZ])|(-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)|([\s,]+)|(.)/gi;

/**
 * Parses path data made only of absolute `M L Q C Z` commands (what satori writes for glyph
 * outlines). Throws on anything else — relative or arc commands would be transformed wrongly.
 */
export function parsePath(d: string): Command[] {
  const out: Command[] = [];
  let current: Command | undefined;
  for (const m of d.matchAll(TOKEN)) {
    const [, op, number, , other] = m;
    if (other !== undefined) throw new Error(`export: unexpected path character "${other}"`);
    if (op !== undefined) {
      if (op !== op.toUpperCase()) throw new Error(`export: relative path command "${op}" is not supported`);
      current = { op: op as Command['op'], args: [] };
      out.push(current);
    } else if (number !== undefined) {
      if (!current || current.op === 'Z') throw new Error('export: path number without a command');
      current.args.push(Number(number));
    }
  }
  for (const c of out) {
    const arity = ARITY[c.op];
    if (arity === 0 ? c.args.length !== 0 : c.args.length === 0 || c.args.length % arity !== 0) {
      throw new Error(`export: path command ${c.op} has ${c.args.length} numbers`);
    }
  }
  return out;
}

/** Maps every point (x, y) of `d` to (dx + k·x, dy + k·y), rounded to 2 decimals at the output. */
export function transformPath(d: string, k: number, dx: number, dy: number): string {
  let out = '';
  for (const c of parsePath(d)) {
    out += c.op;
    for (let i = 0; i < c.args.length; i += 2) {
      out += `${i === 0 ? '' : ' '}${num(dx + k * c.args[i])} ${num(dy + k * c.args[i + 1])}`;
    }
  }
  return out;
}

/** Smallest and largest y of all points of `d` (control points included), or null for an empty path. */
export function yExtent(d: string): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (const c of parsePath(d)) {
    for (let i = 1; i < c.args.length; i += 2) {
      min = Math.min(min, c.args[i]);
      max = Math.max(max, c.args[i]);
    }
  }
  return min === Infinity ? null : { min, max };
}
