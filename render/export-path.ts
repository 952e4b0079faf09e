/**
 * Path-data helpers of the portable export: moving and scaling the absolute outlines satori emits
 * into the gadget's coordinate space, and reading their vertical extent (for baseline calibration).
 */
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

/** Hundredths (an integer) → the shortest decimal: 150 → "1.5", 5 → ".05", -30 → "-.3". */
function hundredths(h: number): string {
  if (h === 0) return '0';
  const a = Math.abs(h);
  const whole = Math.floor(a / 100);
  const frac = a % 100;
  const text = frac === 0 ? String(whole) : `${whole === 0 ? '' : whole}.${String(frac).padStart(2, '0').replace(/0$/, '')}`;
  return h < 0 ? `-${text}` : text;
}

/** Appends numbers to path data with the fewest separators SVG path syntax allows. */
function appendNumbers(out: string, numbers: string[]): string {
  for (const n of numbers) {
    const last = out.charAt(out.length - 1);
    const afterNumber = isDigit(last) || last === '.';
    const needsSpace = afterNumber && !n.startsWith('-') && !(n.startsWith('.') && endsInFraction(out));
    out += needsSpace ? ` ${n}` : n;
  }
  return out;
}

const isDigit = (c: string): boolean => c >= '0' && c <= '9';

/** Whether `s` ends in `.` and digits (`/\.\d*$/`), read from the end: a regex would rescan the whole path. */
function endsInFraction(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && isDigit(s.charAt(i))) i--;
  return s.charAt(i) === '.';
}

/**
 * Maps every point (x, y) of `d` to (dx + k·x, dy + k·y) and writes compact path data: points
 * rounded to 1/100 at the output, then relative commands from the rounded points (so rounding never
 * accumulates), zero-length lines dropped.
 */
export function transformPath(d: string, k: number, dx: number, dy: number): string {
  const round = (v: number): number => Math.round(v * 100) || 0;
  let out = '';
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  let first = true;
  let last = '';
  for (const c of parsePath(d)) {
    if (c.op === 'Z') {
      out += 'z';
      last = 'z';
      cx = sx;
      cy = sy;
      continue;
    }
    const arity = ARITY[c.op];
    for (let i = 0; i < c.args.length; i += arity) {
      // Extra pairs after a moveto are linetos.
      const cmd = c.op === 'M' && i > 0 ? 'L' : c.op;
      const points: number[] = [];
      for (let j = i; j < i + arity; j += 2) points.push(round(dx + k * c.args[j]), round(dy + k * c.args[j + 1]));
      const ex = points[arity - 2];
      const ey = points[arity - 1];
      if (cmd === 'L' && ex === cx && ey === cy) continue;
      const op = first ? 'M' : cmd.toLowerCase();
      const rel = points.map((v, idx) => (first ? v : v - (idx % 2 === 0 ? cx : cy)));
      // A repeated command letter may be left out (after a moveto, pairs continue as linetos).
      const implicit = op === last || (op === 'l' && last === 'm');
      out = appendNumbers(implicit ? out : out + op, rel.map(hundredths));
      last = op;
      first = false;
      cx = ex;
      cy = ey;
      if (cmd === 'M') {
        sx = ex;
        sy = ey;
      }
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

/** `d` moved by (dx, dy), still absolute `M L Q C Z` commands (so it can be transformed again). */
export function offsetPath(d: string, dx: number, dy: number): string {
  const n = (v: number): string => String(Math.round(v * 1000) / 1000);
  return parsePath(d)
    .map((c) => c.op + c.args.map((v, i) => n(v + (i % 2 === 0 ? dx : dy))).join(' '))
    .join('');
}
